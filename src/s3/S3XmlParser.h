#pragma once

#include "S3Types.h"

#include <QByteArray>
#include <QString>

// The few S3 XML documents the client reads, parsed with QXmlStreamReader (which also undoes the
// XML escaping of keys such as "a&amp;b"). Namespaces are ignored: MinIO, AWS and s3rver differ there.
namespace S3XmlParser {

struct ErrorDocument
{
    bool isError = false;     // the root element was <Error>
    QString code;             // "NoSuchKey", "AccessDenied", ...
    QString message;
};

// Throws OperationError(ServerError) when the document is not well-formed XML.
S3ListPage parseListObjectsV2(const QByteArray &xml);
ErrorDocument parseError(const QByteArray &xml);
// <InitiateMultipartUploadResult><UploadId>; empty when missing.
QString parseUploadId(const QByteArray &xml);
// <CompleteMultipartUploadResult><ETag> without quotes; an <Error> root sets *error instead.
QByteArray parseCompleteMultipartUpload(const QByteArray &xml, ErrorDocument *error);
// <DeleteResult><Error><Key>/<Code>/<Message>: one "key: code message" line per key not deleted.
QStringList parseDeleteErrors(const QByteArray &xml);
// Quotes removed, as kept everywhere else.
QByteArray unquoteEtag(QByteArray etag);

} // namespace S3XmlParser
