#include "S3FileUploader.h"

#include "FileRangeHasher.h"
#include "OperationError.h"
#include "S3ErrorMapper.h"
#include "S3RequestExecutor.h"
#include "S3XmlParser.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QObject>

using Request = S3RequestExecutor::Request;
using Response = S3RequestExecutor::Response;

S3FileUploader::S3FileUploader(S3RequestExecutor &executor)
    : m_executor(executor)
{
}

S3Client::UploadResult S3FileUploader::upload(const QString &key, const QString &path, TaskContext *context,
                                              const S3Client::BytesCallback &onBytes)
{
    using Kind = OperationError::Kind;
    const QFileInfo info(path);
    if (!info.isFile())
        throw OperationError(Kind::NotFound, QObject::tr("%1 is not a readable file.").arg(path));
    S3Client::UploadResult result;
    result.size = info.size();
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QCryptographicHash md5(QCryptographicHash::Md5);

    if (result.size < m_executor.options().multipartThreshold) {
        // One pass for Content-MD5 (the server rejects a corrupted body), the signed payload hash and
        // the manifest's SHA-256; a second pass is the upload itself, streamed from disk.
        FileRangeHasher::hash(path, 0, result.size, context, { &sha, &md5 });
        result.sha256 = sha.result().toHex();
        result.md5 = md5.result().toHex();
        Request request;
        request.method = "PUT";
        request.key = key;
        request.bodyFile = path;
        request.bodyLength = result.size;
        request.payloadHash = result.sha256;
        request.operation = QObject::tr("upload of %1").arg(m_executor.displayKey(key));
        request.onUploadBytes = onBytes;
        request.headers.append({ QByteArrayLiteral("content-md5"), QByteArray::fromHex(result.md5).toBase64() });
        request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/octet-stream") });
        const Response response = m_executor.execute(request, context);
        result.etag = S3XmlParser::unquoteEtag(response.header("etag"));
        if (S3ObjectInfo::etagContradictsMd5(result.etag, result.md5)) {
            throw OperationError(Kind::IntegrityError,
                                 QObject::tr("The server stored %1 with MD5 %2, but the file's MD5 is %3.")
                                     .arg(m_executor.displayKey(key), QString::fromLatin1(result.etag),
                                          QString::fromLatin1(result.md5)));
        }
        return result;
    }

    const qint64 partSize = qMax<qint64>(m_executor.options().partSize, 5LL << 20);
    const qint64 partCount = (result.size + partSize - 1) / partSize;
    if (partCount > 10000) {
        throw OperationError(Kind::InvalidInput,
                             QObject::tr("%1 would need %2 parts; S3 allows 10000.").arg(path).arg(partCount),
                             QObject::tr("Raise the multipart part size."));
    }
    const QString uploadId = createMultipartUpload(key, context);
    QList<QByteArray> partEtags;
    QByteArray partMd5s;
    try {
        for (qint64 index = 0; index < partCount; ++index) {
            const qint64 offset = index * partSize;
            const qint64 length = qMin(partSize, result.size - offset);
            QCryptographicHash partMd5(QCryptographicHash::Md5);
            QCryptographicHash partSha(QCryptographicHash::Sha256);
            FileRangeHasher::hash(path, offset, length, context, { &sha, &md5, &partMd5, &partSha });
            const QByteArray partMd5Binary = partMd5.result();
            partMd5s += partMd5Binary;

            const QByteArray etag = putPart(
                key, uploadId, int(index + 1), path, offset, length, partMd5Binary, partSha.result().toHex(),
                QObject::tr("upload of part %1/%2 of %3").arg(index + 1).arg(partCount).arg(m_executor.displayKey(key)),
                context, onBytes);
            if (etag.isEmpty()) {
                throw OperationError(Kind::ServerError,
                                     QObject::tr("The S3 server returned no ETag for part %1 of %2.")
                                         .arg(index + 1)
                                         .arg(m_executor.displayKey(key)));
            }
            if (S3ObjectInfo::etagContradictsMd5(etag, partMd5Binary.toHex())) {
                throw OperationError(Kind::IntegrityError,
                                     QObject::tr("Part %1 of %2 was stored with a different MD5.")
                                         .arg(index + 1)
                                         .arg(m_executor.displayKey(key)));
            }
            partEtags.append(etag);
        }
        result.sha256 = sha.result().toHex();
        result.md5 = md5.result().toHex();
        result.etag = completeMultipartUpload(key, uploadId, partEtags, context);
        result.parts = int(partCount);
    } catch (const OperationError &error) {
        // Abort without the (possibly canceled) context: the abort must go out even after a cancel.
        const S3Client::AbortOutcome outcome = abortMultipartUpload(key, uploadId, nullptr);
        if (outcome != S3Client::AbortOutcome::Aborted && context) {
            context->log(LogLevel::Warning,
                         QObject::tr("The incomplete multipart upload %1 of %2 could not be removed; it may keep "
                                     "using space on the server until a lifecycle rule or an administrator removes it.")
                             .arg(uploadId, m_executor.displayKey(key)));
        }
        throw;
    }

    // A multipart ETag is MD5(concatenated part MD5s)-N on AWS and MinIO; s3rver returns the plain MD5
    // of the whole object instead. Check whichever form came back.
    const qsizetype dash = result.etag.indexOf('-');
    if (S3ObjectInfo::etagContradictsMd5(result.etag, result.md5)) {
        throw OperationError(Kind::IntegrityError,
                             QObject::tr("The server assembled %1 with MD5 %2, but the file's MD5 is %3.")
                                 .arg(m_executor.displayKey(key), QString::fromLatin1(result.etag),
                                      QString::fromLatin1(result.md5)));
    }
    if (dash == 32) {
        const QByteArray expected = QCryptographicHash::hash(partMd5s, QCryptographicHash::Md5).toHex() + '-'
            + QByteArray::number(partCount);
        if (result.etag.toLower() != expected) {
            throw OperationError(Kind::IntegrityError,
                                 QObject::tr("The server assembled %1 from different parts (ETag %2, expected %3).")
                                     .arg(m_executor.displayKey(key), QString::fromLatin1(result.etag),
                                          QString::fromLatin1(expected)));
        }
    }
    return result;
}

QString S3FileUploader::createMultipartUpload(const QString &key, TaskContext *context)
{
    Request request;
    request.method = "POST";
    request.key = key;
    request.query = { { QStringLiteral("uploads"), QString() } };
    request.operation = QObject::tr("start of multipart upload of %1").arg(m_executor.displayKey(key));
    request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/octet-stream") });
    const Response response = m_executor.execute(request, context);
    const QString uploadId = S3XmlParser::parseUploadId(response.body);
    if (uploadId.isEmpty()) {
        throw OperationError(OperationError::Kind::ServerError,
                             QObject::tr("The S3 server started a multipart upload of %1 but sent no upload id.")
                                 .arg(m_executor.displayKey(key)));
    }
    return uploadId;
}

QByteArray S3FileUploader::uploadPart(const QString &key, const QString &uploadId, int partNumber, const QString &path,
                                      qint64 offset, qint64 length, TaskContext *context,
                                      const S3Client::BytesCallback &onBytes)
{
    QCryptographicHash partMd5(QCryptographicHash::Md5);
    QCryptographicHash partSha(QCryptographicHash::Sha256);
    FileRangeHasher::hash(path, offset, length, context, { &partMd5, &partSha });
    return putPart(key, uploadId, partNumber, path, offset, length, partMd5.result(), partSha.result().toHex(),
                   QObject::tr("upload of part %1 of %2").arg(partNumber).arg(m_executor.displayKey(key)), context,
                   onBytes);
}

QByteArray S3FileUploader::putPart(const QString &key, const QString &uploadId, int partNumber, const QString &path,
                                   qint64 offset, qint64 length, const QByteArray &md5, const QByteArray &sha256Hex,
                                   const QString &operation, TaskContext *context,
                                   const S3Client::BytesCallback &onBytes)
{
    Request request;
    request.method = "PUT";
    request.key = key;
    request.query = { { QStringLiteral("partNumber"), QString::number(partNumber) },
                      { QStringLiteral("uploadId"), uploadId } };
    request.bodyFile = path;
    request.bodyOffset = offset;
    request.bodyLength = length;
    request.payloadHash = sha256Hex;
    request.onUploadBytes = onBytes;
    request.operation = operation;
    request.headers.append({ QByteArrayLiteral("content-md5"), md5.toBase64() });
    const Response response = m_executor.execute(request, context);
    return S3XmlParser::unquoteEtag(response.header("etag"));
}

QByteArray S3FileUploader::completeMultipartUpload(const QString &key, const QString &uploadId,
                                                   const QList<QByteArray> &partEtags, TaskContext *context)
{
    Request request;
    request.method = "POST";
    request.key = key;
    request.query = { { QStringLiteral("uploadId"), uploadId } };
    request.operation = QObject::tr("completion of multipart upload of %1").arg(m_executor.displayKey(key));
    request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/xml") });
    QByteArray body = "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
    for (qsizetype i = 0; i < partEtags.size(); ++i) {
        body += "<Part><PartNumber>" + QByteArray::number(i + 1) + "</PartNumber><ETag>&quot;" + partEtags.at(i)
            + "&quot;</ETag></Part>";
    }
    body += "</CompleteMultipartUpload>";
    request.body = body;
    const Response response = m_executor.execute(request, context);
    // Complete can fail after answering 200: the error is in the body.
    S3XmlParser::ErrorDocument error;
    QByteArray etag = S3XmlParser::parseCompleteMultipartUpload(response.body, &error);
    if (error.isError)
        throw S3ErrorMapper::fromHttp(response.httpStatus, error.code, error.message, request.operation,
                                      m_executor.endpoint().bucket());
    if (etag.isEmpty())
        etag = S3XmlParser::unquoteEtag(response.header("etag"));
    return etag;
}

S3Client::AbortOutcome S3FileUploader::abortMultipartUpload(const QString &key, const QString &uploadId,
                                                            TaskContext *context)
{
    Request request;
    request.method = "DELETE";
    request.key = key;
    request.query = { { QStringLiteral("uploadId"), uploadId } };
    request.operation = QObject::tr("abort of multipart upload of %1").arg(m_executor.displayKey(key));
    for (int attempt = 1; attempt <= 2; ++attempt) {
        Response response;
        try {
            response = m_executor.executeOnce(request, context);
        } catch (const OperationError &) {
            return S3Client::AbortOutcome::Failed;
        }
        if (response.ok() || response.httpStatus == 404)
            return S3Client::AbortOutcome::Aborted;
        if (response.httpStatus == 405 || response.httpStatus == 501) {
            // s3rver 3.7 has no Abort route (405 MethodNotAllowed); MinIO and AWS do.
            if (context)
                context->log(LogLevel::Warning,
                             QObject::tr("The S3 server does not support aborting multipart uploads (HTTP %1); "
                                         "the incomplete upload of %2 stays on the server.")
                                 .arg(response.httpStatus)
                                 .arg(m_executor.displayKey(key)));
            return S3Client::AbortOutcome::NotSupported;
        }
        if (!m_executor.isRetryable(response) || response.canceled)
            break;
    }
    if (context)
        context->log(LogLevel::Warning,
                     QObject::tr("Aborting the multipart upload of %1 failed.").arg(m_executor.displayKey(key)));
    return S3Client::AbortOutcome::Failed;
}
