#include "S3XmlParser.h"

#include "OperationError.h"

#include <QObject>
#include <QXmlStreamReader>

namespace S3XmlParser {

namespace {

[[noreturn]] void throwMalformed(const QXmlStreamReader &reader, const char *what)
{
    throw OperationError(OperationError::Kind::ServerError,
                         QObject::tr("The S3 server sent an unreadable %1 response: %2 (line %3).")
                             .arg(QLatin1String(what), reader.errorString())
                             .arg(reader.lineNumber()));
}

} // namespace

QByteArray unquoteEtag(QByteArray etag)
{
    etag = etag.trimmed();
    if (etag.startsWith("W/"))
        etag = etag.mid(2);
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    // Some servers escape the quotes inside XML as &quot; which the reader already undid.
    return etag;
}

S3ListPage parseListObjectsV2(const QByteArray &xml)
{
    S3ListPage page;
    QXmlStreamReader reader(xml);
    S3ObjectInfo current;
    bool inContents = false;
    bool inCommonPrefixes = false;
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            const QStringView name = reader.name();
            if (depth == 1 && name == QLatin1String("Error")) {
                throw OperationError(OperationError::Kind::ServerError,
                                     QObject::tr("The S3 server answered a listing with an error document."));
            }
            if (depth == 2 && name == QLatin1String("Contents")) {
                inContents = true;
                current = S3ObjectInfo();
            } else if (depth == 2 && name == QLatin1String("CommonPrefixes")) {
                inCommonPrefixes = true;
            } else if (depth == 2 && name == QLatin1String("IsTruncated")) {
                page.isTruncated = reader.readElementText().trimmed() == QLatin1String("true");
                --depth;
            } else if (depth == 2 && name == QLatin1String("NextContinuationToken")) {
                page.nextContinuationToken = reader.readElementText();
                --depth;
            } else if (depth == 3 && inContents) {
                // Keys keep their exact text: leading/trailing spaces are part of an S3 key.
                const QString text = reader.readElementText();
                --depth;
                if (name == QLatin1String("Key"))
                    current.key = text;
                else if (name == QLatin1String("Size"))
                    current.size = text.trimmed().toLongLong();
                else if (name == QLatin1String("ETag"))
                    current.etag = unquoteEtag(text.toUtf8());
                else if (name == QLatin1String("LastModified"))
                    current.lastModified = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
            } else if (depth == 3 && inCommonPrefixes && name == QLatin1String("Prefix")) {
                page.commonPrefixes.append(reader.readElementText());
                --depth;
            }
        } else if (reader.isEndElement()) {
            if (depth == 2 && inContents) {
                page.objects.append(current);
                inContents = false;
            } else if (depth == 2 && inCommonPrefixes) {
                inCommonPrefixes = false;
            }
            --depth;
        }
    }
    if (reader.hasError())
        throwMalformed(reader, "listing");
    return page;
}

ErrorDocument parseError(const QByteArray &xml)
{
    ErrorDocument error;
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (depth == 1) {
                error.isError = reader.name() == QLatin1String("Error");
            } else if (depth == 2 && error.isError) {
                const QString name = reader.name().toString();
                const QString text = reader.readElementText();
                --depth;
                if (name == QLatin1String("Code"))
                    error.code = text.trimmed();
                else if (name == QLatin1String("Message"))
                    error.message = text.trimmed();
            }
        } else if (reader.isEndElement()) {
            --depth;
        }
    }
    return error;
}

QString parseUploadId(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("UploadId"))
            return reader.readElementText().trimmed();
    }
    return {};
}

QByteArray parseCompleteMultipartUpload(const QByteArray &xml, ErrorDocument *error)
{
    const ErrorDocument parsedError = parseError(xml);
    if (parsedError.isError) {
        if (error)
            *error = parsedError;
        return {};
    }
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("ETag"))
            return unquoteEtag(reader.readElementText().toUtf8());
    }
    if (reader.hasError())
        throwMalformed(reader, "multipart completion");
    return {};
}

QStringList parseDeleteErrors(const QByteArray &xml)
{
    QStringList errors;
    QXmlStreamReader reader(xml);
    int depth = 0;
    bool inError = false;
    QString key, code, message;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (depth == 2 && reader.name() == QLatin1String("Error")) {
                inError = true;
                key.clear();
                code.clear();
                message.clear();
            } else if (depth == 3 && inError) {
                const QString name = reader.name().toString();
                const QString text = reader.readElementText();
                --depth;
                if (name == QLatin1String("Key"))
                    key = text;
                else if (name == QLatin1String("Code"))
                    code = text;
                else if (name == QLatin1String("Message"))
                    message = text;
            }
        } else if (reader.isEndElement()) {
            if (depth == 2 && inError) {
                errors.append(QStringLiteral("%1: %2 %3").arg(key, code, message).trimmed());
                inError = false;
            }
            --depth;
        }
    }
    return errors;
}

} // namespace S3XmlParser
