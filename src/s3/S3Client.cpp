#include "S3Client.h"

#include "OperationError.h"
#include "S3FileDownloader.h"
#include "S3FileUploader.h"
#include "S3RequestExecutor.h"
#include "S3XmlParser.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QObject>

// Requests, retries and TLS live in S3RequestExecutor; whole-file transfers in S3FileUploader and
// S3FileDownloader. What stays here are the small bucket, listing, object and delete calls.

using Request = S3RequestExecutor::Request;
using Response = S3RequestExecutor::Response;

namespace {

QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

S3Client::S3Client(S3Endpoint endpoint, QNetworkAccessManager *network)
    : m_endpoint(std::move(endpoint))
    , m_executor(std::make_unique<S3RequestExecutor>(m_endpoint, m_options, m_clock, network))
{
}

S3Client::~S3Client() = default;

bool S3Client::bucketExists(TaskContext *context)
{
    Request request;
    request.method = "HEAD";
    request.operation = QObject::tr("check of bucket %1").arg(m_endpoint.bucket());
    return m_executor->execute(request, context, S3RequestExecutor::acceptStatus(404)).ok();
}

void S3Client::createBucket(TaskContext *context)
{
    Request request;
    request.method = "PUT";
    request.operation = QObject::tr("creation of bucket %1").arg(m_endpoint.bucket());
    if (m_endpoint.region() != S3Endpoint::defaultRegion()) {
        request.body = "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                       "<LocationConstraint>" + xmlEscape(m_endpoint.region()) + "</LocationConstraint>"
                       "</CreateBucketConfiguration>";
    }
    m_executor->execute(request, context, [this, context](const Response &response) {
        const S3XmlParser::ErrorDocument error = S3XmlParser::parseError(response.body);
        if (error.code == QLatin1String("BucketAlreadyOwnedByYou"))
            return true;
        // s3rver (and some MinIO versions) say BucketAlreadyExists for a bucket of our own; if we can
        // reach it, it is usable.
        return error.code == QLatin1String("BucketAlreadyExists") && bucketExists(context);
    });
}

S3ListPage S3Client::listObjectsPage(const QString &prefix, const QString &continuationToken,
                                     const QString &delimiter, int maxKeys, TaskContext *context)
{
    Request request;
    request.method = "GET";
    request.operation = QObject::tr("listing of %1").arg(m_executor->displayKey(prefix));
    request.query.append({ QStringLiteral("list-type"), QStringLiteral("2") });
    request.query.append({ QStringLiteral("max-keys"), QString::number(maxKeys) });
    request.query.append({ QStringLiteral("prefix"), prefix });
    if (!delimiter.isEmpty())
        request.query.append({ QStringLiteral("delimiter"), delimiter });
    if (!continuationToken.isEmpty())
        request.query.append({ QStringLiteral("continuation-token"), continuationToken });
    const Response response = m_executor->execute(request, context);
    return S3XmlParser::parseListObjectsV2(response.body);
}

QList<S3ObjectInfo> S3Client::listObjects(const QString &prefix, TaskContext *context)
{
    QList<S3ObjectInfo> objects;
    QString token;
    for (;;) {
        const S3ListPage page = listObjectsPage(prefix, token, {}, 1000, context);
        objects += page.objects;
        if (!page.isTruncated)
            break;
        if (page.nextContinuationToken.isEmpty() || page.nextContinuationToken == token) {
            throw OperationError(OperationError::Kind::ServerError,
                                 QObject::tr("The S3 server said the listing of %1 continues but gave no new "
                                             "continuation token.").arg(m_executor->displayKey(prefix)));
        }
        token = page.nextContinuationToken;
    }
    return objects;
}

QStringList S3Client::listCommonPrefixes(const QString &prefix, TaskContext *context)
{
    QStringList prefixes;
    QString token;
    for (;;) {
        const S3ListPage page = listObjectsPage(prefix, token, QStringLiteral("/"), 1000, context);
        // s3rver can repeat a common prefix on the next page (max-keys counts objects only).
        for (const QString &p : page.commonPrefixes) {
            if (!prefixes.contains(p))
                prefixes.append(p);
        }
        if (!page.isTruncated || page.nextContinuationToken.isEmpty() || page.nextContinuationToken == token)
            break;
        token = page.nextContinuationToken;
    }
    return prefixes;
}

std::optional<S3ObjectInfo> S3Client::headObject(const QString &key, TaskContext *context)
{
    Request request;
    request.method = "HEAD";
    request.key = key;
    request.operation = QObject::tr("check of %1").arg(m_executor->displayKey(key));
    const Response response = m_executor->execute(request, context, S3RequestExecutor::acceptStatus(404));
    if (!response.ok())
        return std::nullopt;
    S3ObjectInfo info;
    info.key = key;
    info.size = response.header("content-length").toLongLong();
    info.etag = S3XmlParser::unquoteEtag(response.header("etag"));
    info.lastModified = QDateTime::fromString(QString::fromLatin1(response.header("last-modified")), Qt::RFC2822Date);
    return info;
}

S3Client::DownloadResult S3Client::getObjectToFile(const QString &key, const QString &destination,
                                                   qint64 expectedSize, const QByteArray &expectedEtag,
                                                   TaskContext *context, const BytesCallback &onBytes)
{
    return S3FileDownloader(*m_executor).download(key, destination, expectedSize, expectedEtag, context, onBytes);
}

QByteArray S3Client::getObjectRange(const QString &key, qint64 from, qint64 to, TaskContext *context)
{
    Request request;
    request.method = "GET";
    request.key = key;
    request.operation = QObject::tr("ranged read of %1").arg(m_executor->displayKey(key));
    request.headers.append({ QByteArrayLiteral("range"), "bytes=" + QByteArray::number(from) + '-'
                                                           + (to >= 0 ? QByteArray::number(to) : QByteArray()) });
    const Response response = m_executor->execute(request, context);
    if (response.httpStatus == 200 && from > 0) {
        // The server ignored the range and sent everything.
        return response.body.mid(from, to >= 0 ? to - from + 1 : -1);
    }
    return response.body;
}

QByteArray S3Client::putObjectData(const QString &key, const QByteArray &data, TaskContext *context)
{
    Request request;
    request.method = "PUT";
    request.key = key;
    request.body = data;
    request.operation = QObject::tr("upload of %1").arg(m_executor->displayKey(key));
    request.headers.append({ QByteArrayLiteral("content-md5"),
                             QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64() });
    request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/octet-stream") });
    const Response response = m_executor->execute(request, context);
    return S3XmlParser::unquoteEtag(response.header("etag"));
}

S3Client::UploadResult S3Client::putObjectFromFile(const QString &key, const QString &path, TaskContext *context,
                                                   const BytesCallback &onBytes)
{
    return S3FileUploader(*m_executor).upload(key, path, context, onBytes);
}

QString S3Client::createMultipartUpload(const QString &key, TaskContext *context)
{
    return S3FileUploader(*m_executor).createMultipartUpload(key, context);
}

QByteArray S3Client::uploadPart(const QString &key, const QString &uploadId, int partNumber, const QString &path,
                                qint64 offset, qint64 length, TaskContext *context, const BytesCallback &onBytes)
{
    return S3FileUploader(*m_executor).uploadPart(key, uploadId, partNumber, path, offset, length, context, onBytes);
}

QByteArray S3Client::completeMultipartUpload(const QString &key, const QString &uploadId,
                                             const QList<QByteArray> &partEtags, TaskContext *context)
{
    return S3FileUploader(*m_executor).completeMultipartUpload(key, uploadId, partEtags, context);
}

S3Client::AbortOutcome S3Client::abortMultipartUpload(const QString &key, const QString &uploadId, TaskContext *context)
{
    return S3FileUploader(*m_executor).abortMultipartUpload(key, uploadId, context);
}

void S3Client::deleteObject(const QString &key, TaskContext *context)
{
    Request request;
    request.method = "DELETE";
    request.key = key;
    request.operation = QObject::tr("deletion of %1").arg(m_executor->displayKey(key));
    // Already gone is what a delete wants.
    m_executor->execute(request, context, S3RequestExecutor::acceptStatus(404));
}

void S3Client::deleteObjects(const QStringList &keys, TaskContext *context)
{
    QStringList failures;
    for (qsizetype start = 0; start < keys.size(); start += 1000) {
        QByteArray body = "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Quiet>true</Quiet>";
        for (const QString &key : keys.mid(start, 1000))
            body += "<Object><Key>" + xmlEscape(key) + "</Key></Object>";
        body += "</Delete>";
        Request request;
        request.method = "POST";
        request.query = { { QStringLiteral("delete"), QString() } };
        request.body = body;
        request.operation = QObject::tr("deletion of %1 objects").arg(qMin<qsizetype>(1000, keys.size() - start));
        request.headers.append({ QByteArrayLiteral("content-md5"),
                                 QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64() });
        request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/xml") });
        const Response response = m_executor->execute(request, context);
        failures += S3XmlParser::parseDeleteErrors(response.body);
    }
    if (!failures.isEmpty()) {
        throw OperationError(OperationError::Kind::ServerError,
                             QObject::tr("The S3 server did not delete %1 objects: %2")
                                 .arg(failures.size())
                                 .arg(failures.mid(0, 5).join(QStringLiteral("; "))));
    }
}
