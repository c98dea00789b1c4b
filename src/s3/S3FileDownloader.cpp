#include "S3FileDownloader.h"

#include "FileRangeHasher.h"
#include "OperationError.h"
#include "S3RequestExecutor.h"
#include "S3XmlParser.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkRequest>
#include <QObject>

#include <unistd.h>

using Request = S3RequestExecutor::Request;
using Response = S3RequestExecutor::Response;

namespace {

bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *total)
{
    // "bytes 100-199/5000"
    const QByteArray trimmed = value.trimmed();
    if (!trimmed.startsWith("bytes "))
        return false;
    const QByteArray rest = trimmed.mid(6);
    const qsizetype dash = rest.indexOf('-');
    const qsizetype slash = rest.indexOf('/');
    if (dash < 0 || slash < dash)
        return false;
    bool okFirst = false;
    bool okTotal = false;
    *first = rest.left(dash).toLongLong(&okFirst);
    *total = rest.mid(slash + 1) == "*" ? -1 : rest.mid(slash + 1).toLongLong(&okTotal);
    return okFirst && (okTotal || *total == -1);
}

} // namespace

S3FileDownloader::S3FileDownloader(S3RequestExecutor &executor)
    : m_executor(executor)
{
}

S3Client::DownloadResult S3FileDownloader::download(const QString &key, const QString &destination,
                                                    qint64 expectedSize, const QByteArray &expectedEtag,
                                                    TaskContext *context, const S3Client::BytesCallback &onBytes)
{
    using Kind = OperationError::Kind;
    const QString partialPath = destination + S3Client::partialSuffix();
    const QString operation = QObject::tr("download of %1").arg(m_executor.displayKey(key));
    if (!QDir().mkpath(QFileInfo(destination).absolutePath())) {
        throw OperationError(Kind::Failed,
                             QObject::tr("Cannot create the folder %1.").arg(QFileInfo(destination).absolutePath()));
    }

    S3Client::DownloadResult result;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QCryptographicHash md5(QCryptographicHash::Md5);
    qint64 offset = 0;

    QFile file(partialPath);
    if (file.exists()) {
        if (expectedSize >= 0 && file.size() > expectedSize) {
            file.remove();
        } else if (file.size() > 0) {
            // Resume: the bytes already on disk count, and go into the digests first.
            FileRangeHasher::hash(partialPath, 0, file.size(), context, { &sha, &md5 });
            offset = file.size();
            result.resumedFrom = offset;
        }
    }
    if (!file.open(QIODevice::ReadWrite) || (offset > 0 && !file.seek(offset))) {
        throw OperationError(Kind::Failed, QObject::tr("Cannot write %1: %2").arg(partialPath, file.errorString()),
                             QObject::tr("Check that the folder is writable and has free space."));
    }
    if (onBytes && offset > 0)
        onBytes(offset);

    const auto restartFromZero = [&] {
        file.resize(0);
        file.seek(0);
        sha.reset();
        md5.reset();
        if (onBytes && offset > 0)
            onBytes(-offset);
        offset = 0;
    };
    const auto failAndRemove = [&](const OperationError &error) {
        // QFile::remove() refuses after a failed close (e.g. the final flush hit ENOSPC).
        file.close();
        QFile::remove(partialPath);
        throw error;
    };

    QByteArray etag = expectedEtag;
    qint64 objectSize = expectedSize;
    bool writeFailed = false;
    for (int attempt = 1;; ++attempt) {
        result.attempts = attempt;
        Request request;
        request.method = "GET";
        request.key = key;
        request.operation = operation;
        request.payloadHash = S3Signer::emptyPayloadHash();
        const qint64 requestedFrom = offset;
        if (offset > 0)
            request.headers.append({ QByteArrayLiteral("range"), "bytes=" + QByteArray::number(offset) + '-' });
        if (m_executor.options().sendIfMatch && !etag.isEmpty())
            request.headers.append({ QByteArrayLiteral("if-match"), '"' + etag + '"' });
        bool firstChunk = true;
        request.sink = [&](const QByteArray &chunk, int status, const QNetworkReply *reply, QString *error) {
            if (firstChunk) {
                firstChunk = false;
                if (status == 206) {
                    qint64 first = -1;
                    qint64 total = -1;
                    if (!parseContentRange(reply->rawHeader("Content-Range"), &first, &total) || first != requestedFrom) {
                        *error = QObject::tr("the server sent a different byte range than asked for (%1)")
                                     .arg(QString::fromLatin1(reply->rawHeader("Content-Range")));
                        return false;
                    }
                    if (total >= 0)
                        objectSize = total;
                } else {
                    // A 200 to a ranged request means the server ignored the range: start over.
                    if (requestedFrom > 0)
                        restartFromZero();
                    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
                    if (length.isValid())
                        objectSize = length.toLongLong();
                }
                if (etag.isEmpty())
                    etag = S3XmlParser::unquoteEtag(reply->rawHeader("ETag"));
            }
            if (file.write(chunk) != chunk.size()) {
                writeFailed = true;
                *error = QObject::tr("cannot write %1: %2").arg(partialPath, file.errorString());
                return false;
            }
            sha.addData(chunk);
            md5.addData(chunk);
            offset += chunk.size();
            if (onBytes)
                onBytes(chunk.size());
            return true;
        };

        const Response response = m_executor.executeOnce(request, context);
        if (response.ok() && firstChunk) {
            // An empty body: headers alone tell the size and ETag.
            if (etag.isEmpty())
                etag = S3XmlParser::unquoteEtag(response.header("etag"));
            if (response.httpStatus == 200 && requestedFrom > 0)
                restartFromZero();
            if (response.httpStatus == 200 && response.headers.contains("content-length"))
                objectSize = response.header("content-length").toLongLong();
        }
        if (response.ok() && (objectSize < 0 || offset == objectSize))
            break;
        if (writeFailed) {
            failAndRemove(OperationError(Kind::Failed,
                                         QObject::tr("S3 %1 failed: %2").arg(operation, response.sinkError),
                                         QObject::tr("Free space on the destination disk (or choose another "
                                                     "folder) and retry.")));
        }
        if (response.canceled) {
            file.close();
            m_executor.throwFor(response, request);
        }
        if (response.httpStatus == 416 && requestedFrom > 0) {
            // The partial file already holds everything (or more than) the object has.
            if (expectedSize >= 0 && offset == expectedSize)
                break;
            restartFromZero();
            if (attempt < m_executor.options().maxAttempts)
                continue;
        }
        if (response.httpStatus == 412) {
            failAndRemove(OperationError(Kind::Conflict,
                                         QObject::tr("%1 changed on the server while it was being downloaded.")
                                             .arg(m_executor.displayKey(key)),
                                         QObject::tr("Make sure nothing writes to this backup folder, then retry.")));
        }
        const bool truncatedBody = response.ok();   // 2xx but fewer bytes than the object has
        if (attempt < m_executor.options().maxAttempts && (truncatedBody || m_executor.isRetryable(response))) {
            if (context) {
                context->log(LogLevel::Warning,
                             QObject::tr("S3 %1 interrupted at byte %2 (%3), resuming (attempt %4 of %5).")
                                 .arg(operation)
                                 .arg(offset)
                                 .arg(response.stalled ? QObject::tr("stalled")
                                          : response.httpStatus >= 300 ? QStringLiteral("HTTP %1").arg(response.httpStatus)
                                                                       : response.networkErrorString)
                                 .arg(attempt + 1)
                                 .arg(m_executor.options().maxAttempts));
            }
            file.flush();
            m_executor.backoff(attempt, context);
            continue;
        }
        file.close();
        if (truncatedBody) {
            throw OperationError(Kind::IntegrityError,
                                 QObject::tr("S3 %1 ended early: %2 of %3 bytes.").arg(operation).arg(offset).arg(objectSize));
        }
        m_executor.throwFor(response, request);
    }

    if (!file.flush() || (m_executor.options().syncToDisk && ::fsync(file.handle()) != 0)) {
        failAndRemove(OperationError(Kind::Failed, QObject::tr("Cannot write %1: %2").arg(partialPath, file.errorString()),
                                     QObject::tr("Free space on the destination disk and retry.")));
    }
    file.close();

    result.size = offset;
    result.sha256 = sha.result().toHex();
    result.md5 = md5.result().toHex();
    result.etag = etag;
    if (expectedSize >= 0 && offset != expectedSize) {
        failAndRemove(OperationError(Kind::IntegrityError,
                                     QObject::tr("%1 has %2 bytes but the listing said %3.")
                                         .arg(m_executor.displayKey(key))
                                         .arg(offset)
                                         .arg(expectedSize)));
    }
    if (S3ObjectInfo::etagContradictsMd5(etag, result.md5)) {
        failAndRemove(OperationError(Kind::IntegrityError,
                                     QObject::tr("%1 arrived corrupted: its MD5 %2 differs from the server's ETag %3.")
                                         .arg(m_executor.displayKey(key), QString::fromLatin1(result.md5),
                                              QString::fromLatin1(etag)),
                                     QObject::tr("Retry the download; if it persists, the stored object is damaged.")));
    }
    if (QFile::exists(destination) && !QFile::remove(destination)) {
        failAndRemove(OperationError(Kind::Failed, QObject::tr("Cannot replace %1.").arg(destination)));
    }
    if (!QFile::rename(partialPath, destination)) {
        failAndRemove(OperationError(Kind::Failed, QObject::tr("Cannot rename %1 to %2.").arg(partialPath, destination)));
    }
    return result;
}
