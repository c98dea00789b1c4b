#include "S3Client.h"

#include "FileSliceDevice.h"
#include "OperationError.h"
#include "S3ErrorMapper.h"
#include "S3XmlParser.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>

#include <unistd.h>

namespace {

// Kept short on purpose: error bodies are small XML documents; anything bigger is not one.
constexpr qsizetype kMaxBufferedErrorBody = 64 * 1024;

void hashFileRange(const QString &path, qint64 offset, qint64 length, TaskContext *context,
                   const QList<QCryptographicHash *> &hashes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::NotFound,
                             QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (!file.seek(offset))
        throw OperationError(OperationError::Kind::Failed,
                             QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 remaining = length;
    while (remaining > 0) {
        if (context)
            context->checkCanceled();
        const qint64 n = file.read(buffer.data(), qMin<qint64>(buffer.size(), remaining));
        if (n <= 0) {
            throw OperationError(OperationError::Kind::Failed,
                                 QObject::tr("Cannot read %1: %2").arg(path, n < 0 ? file.errorString()
                                                                                   : QObject::tr("the file got shorter")));
        }
        for (QCryptographicHash *hash : hashes)
            hash->addData(QByteArrayView(buffer.constData(), n));
        remaining -= n;
    }
}

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

QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

bool S3Client::Response::ok() const
{
    return httpStatus >= 200 && httpStatus < 300 && networkError == QNetworkReply::NoError && !stalled && !canceled
        && sinkError.isEmpty();
}

S3Client::S3Client(S3Endpoint endpoint, QNetworkAccessManager *network)
    : m_endpoint(std::move(endpoint))
    , m_signer(m_endpoint.accessKey(), m_endpoint.secretKey(), m_endpoint.region())
    , m_network(network)
{
    if (!m_network) {
        m_ownedNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownedNetwork.get();
    }
    if (!m_endpoint.caCertificateFile().isEmpty()) {
        // A mistyped path is a setting to correct, not a TLS problem with the server: say which.
        const QString caFile = m_endpoint.caCertificateFile();
        if (!QFileInfo(caFile).isFile()) {
            throw OperationError(OperationError::Kind::NotFound,
                                 QObject::tr("The CA certificate file %1 does not exist.").arg(caFile),
                                 QObject::tr("Give the path of the CA certificate (PEM) that signed the S3 server's "
                                             "certificate."));
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            throw OperationError(OperationError::Kind::InvalidInput,
                                 QObject::tr("No PEM certificate could be read from %1.").arg(caFile),
                                 QObject::tr("Give the CA certificate (PEM) that signed the S3 server's certificate."));
        }
        m_sslConfiguration = QSslConfiguration::defaultConfiguration();
        m_sslConfiguration.addCaCertificates(certificates);
        m_hasSslConfiguration = true;
    }
}

S3Client::~S3Client() = default;

QString S3Client::displayKey(const QString &key) const
{
    return m_endpoint.bucket() + QLatin1Char('/') + key;
}

S3Client::Response S3Client::executeOnce(const Request &request, TaskContext *context)
{
    Response response;
    if (context && context->isCanceled()) {
        response.canceled = true;
        return response;
    }

    const QUrl server = m_endpoint.serverUrl();
    QByteArray host = server.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (server.port() > 0)
        host += ':' + QByteArray::number(server.port());

    QString path = QLatin1Char('/') + m_endpoint.bucket();
    if (!request.key.isEmpty())
        path += QLatin1Char('/') + request.key;
    // The URL is built from exactly the bytes that are signed, so the server's canonical URI matches.
    QByteArray urlText = server.scheme().toLatin1() + "://" + host + S3Signer::canonicalUri(path);
    const QByteArray query = S3Signer::canonicalQuery(request.query);
    if (!query.isEmpty())
        urlText += '?' + query;
    const QUrl url = QUrl::fromEncoded(urlText, QUrl::StrictMode);

    std::unique_ptr<FileSliceDevice> bodyDevice;
    qint64 bodyLength = request.body.size();
    if (!request.bodyFile.isEmpty()) {
        bodyDevice = std::make_unique<FileSliceDevice>(request.bodyFile, request.bodyOffset, request.bodyLength);
        if (!bodyDevice->open(QIODevice::ReadOnly)) {
            throw OperationError(OperationError::Kind::Failed,
                                 QObject::tr("Cannot read %1: %2").arg(request.bodyFile, bodyDevice->errorString()));
        }
        bodyLength = request.bodyLength;
    }

    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    S3Signer::Request toSign;
    toSign.method = request.method;
    toSign.path = path;
    toSign.query = request.query;
    toSign.payloadHash = request.payloadHash.isEmpty()
        ? QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex()
        : request.payloadHash;
    toSign.time = now;
    toSign.headers = request.headers;
    toSign.headers.append({ QByteArrayLiteral("host"), host });
    toSign.headers.append({ QByteArrayLiteral("x-amz-date"), S3Signer::amzDate(now) });
    toSign.headers.append({ QByteArrayLiteral("x-amz-content-sha256"), toSign.payloadHash });
    const S3Signer::Signature signature = m_signer.sign(toSign);

    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    for (const auto &header : std::as_const(toSign.headers)) {
        if (header.first != "host")
            networkRequest.setRawHeader(header.first, header.second);
    }
    networkRequest.setRawHeader("Authorization", signature.authorization);
    // Without this Qt asks for gzip and silently inflates it: the bytes on disk would then differ
    // from the object (and its ETag) whenever an object was stored with Content-Encoding.
    networkRequest.setRawHeader("Accept-Encoding", "identity");
    if (request.method == "PUT" || request.method == "POST")
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, bodyLength);
    if (m_hasSslConfiguration && m_endpoint.isTls())
        networkRequest.setSslConfiguration(m_sslConfiguration);

    QNetworkReply *reply = nullptr;
    if (request.method == "HEAD")
        reply = m_network->head(networkRequest);
    else if (bodyDevice)
        reply = m_network->sendCustomRequest(networkRequest, request.method, bodyDevice.get());
    else
        reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);

    QEventLoop loop;
    QElapsedTimer sinceActivity;
    sinceActivity.start();
    qint64 uploadedSoFar = 0;

    const auto takeData = [&] {
        if (response.httpStatus == 0)
            response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray chunk = reply->readAll();
        if (chunk.isEmpty())
            return;
        response.bytesReceived += chunk.size();
        const bool success = response.httpStatus >= 200 && response.httpStatus < 300;
        if (success && request.sink) {
            if (!response.sinkError.isEmpty())
                return;
            QString error;
            if (!request.sink(chunk, response.httpStatus, reply, &error)) {
                response.sinkError = error.isEmpty() ? QObject::tr("the transfer was stopped") : error;
                reply->abort();
            }
        } else if (response.body.size() < kMaxBufferedErrorBody || success) {
            response.body += chunk;
        }
    };

    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        sinceActivity.restart();
        takeData();
    });
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64) {
        // Qt reports (0, 0) once a reply finishes; only forward progress.
        if (sent > uploadedSoFar) {
            sinceActivity.restart();
            if (request.onUploadBytes)
                request.onUploadBytes(sent - uploadedSoFar);
            uploadedSoFar = sent;
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (context && context->isCanceled()) {
            response.canceled = true;
            reply->abort();
        } else if (sinceActivity.elapsed() > m_options.stallTimeoutMs) {
            response.stalled = true;
            reply->abort();
        }
    });
    tick.start();
    if (!reply->isFinished())
        loop.exec();
    tick.stop();

    if (response.sinkError.isEmpty() && !response.canceled && !response.stalled)
        takeData();
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.networkError = reply->error();
    response.networkErrorString = reply->errorString();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    // An HTTP error status is judged by its status and S3 code; Qt's mapping of it is not needed.
    if (response.httpStatus >= 300 && !response.stalled && !response.canceled && response.sinkError.isEmpty())
        response.networkError = QNetworkReply::NoError;
    reply->deleteLater();
    if (!response.ok() && request.onUploadBytes && uploadedSoFar > 0)
        request.onUploadBytes(-uploadedSoFar);
    return response;
}

bool S3Client::isRetryable(const Response &response) const
{
    if (response.canceled || !response.sinkError.isEmpty())
        return false;
    if (response.stalled)
        return true;
    if (response.httpStatus >= 300 || (response.httpStatus > 0 && response.httpStatus < 200)) {
        const S3XmlParser::ErrorDocument error = S3XmlParser::parseError(response.body);
        return S3ErrorMapper::isRetryableHttp(response.httpStatus, error.code);
    }
    return S3ErrorMapper::isRetryableNetwork(response.networkError);
}

void S3Client::throwFor(const Response &response, const Request &request) const
{
    using Kind = OperationError::Kind;
    if (response.canceled)
        throw OperationError(Kind::Canceled, QObject::tr("The operation was canceled."));
    if (!response.sinkError.isEmpty())
        throw OperationError(Kind::Failed, QObject::tr("S3 %1 failed: %2").arg(request.operation, response.sinkError));
    if (response.stalled) {
        throw OperationError(Kind::Timeout,
                             QObject::tr("S3 %1 stalled: no data moved for %2 seconds.")
                                 .arg(request.operation)
                                 .arg(m_options.stallTimeoutMs / 1000.0),
                             QObject::tr("Check the network and the S3 server, then retry; finished files are kept."));
    }
    if (response.httpStatus >= 300 || (response.httpStatus > 0 && response.httpStatus < 200)) {
        const S3XmlParser::ErrorDocument error = S3XmlParser::parseError(response.body);
        throw S3ErrorMapper::fromHttp(response.httpStatus, error.code, error.message, request.operation,
                                      m_endpoint.bucket());
    }
    throw S3ErrorMapper::fromNetwork(response.networkError, response.networkErrorString, request.operation);
}

void S3Client::backoff(int attempt, TaskContext *context) const
{
    const qint64 base = qMin<qint64>(m_options.maxBackoffMs,
                                     qint64(m_options.initialBackoffMs) << qMin(attempt - 1, 20));
    // Full jitter between half and all of the delay keeps parallel workers from retrying in step.
    const qint64 delay = base / 2 + (base > 1 ? QRandomGenerator::global()->bounded(base / 2 + 1) : 0);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < delay) {
        if (context)
            context->checkCanceled();
        QThread::msleep(static_cast<unsigned long>(qMin<qint64>(50, delay - waited.elapsed() + 1)));
    }
}

S3Client::Response S3Client::execute(const Request &request, TaskContext *context)
{
    for (int attempt = 1;; ++attempt) {
        const Response response = executeOnce(request, context);
        if (response.ok())
            return response;
        if (response.canceled)
            throwFor(response, request);
        if (attempt < m_options.maxAttempts && isRetryable(response)) {
            if (context) {
                const QString reason = response.stalled ? QObject::tr("stalled")
                    : response.httpStatus > 0           ? QStringLiteral("HTTP %1").arg(response.httpStatus)
                                                        : response.networkErrorString;
                context->log(LogLevel::Warning, QObject::tr("S3 %1: %2, retrying (attempt %3 of %4).")
                                                    .arg(request.operation, reason)
                                                    .arg(attempt + 1)
                                                    .arg(m_options.maxAttempts));
            }
            backoff(attempt, context);
            continue;
        }
        throwFor(response, request);
    }
}

bool S3Client::bucketExists(TaskContext *context)
{
    Request request;
    request.method = "HEAD";
    request.operation = QObject::tr("check of bucket %1").arg(m_endpoint.bucket());
    for (int attempt = 1;; ++attempt) {
        const Response response = executeOnce(request, context);
        if (response.ok())
            return true;
        if (response.httpStatus == 404)
            return false;
        if (attempt < m_options.maxAttempts && isRetryable(response)) {
            backoff(attempt, context);
            continue;
        }
        throwFor(response, request);
    }
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
    for (int attempt = 1;; ++attempt) {
        const Response response = executeOnce(request, context);
        if (response.ok())
            return;
        const S3XmlParser::ErrorDocument error = S3XmlParser::parseError(response.body);
        if (error.code == QLatin1String("BucketAlreadyOwnedByYou"))
            return;
        // s3rver (and some MinIO versions) say BucketAlreadyExists for a bucket of our own; if we can
        // reach it, it is usable.
        if (error.code == QLatin1String("BucketAlreadyExists") && bucketExists(context))
            return;
        if (attempt < m_options.maxAttempts && isRetryable(response)) {
            backoff(attempt, context);
            continue;
        }
        throwFor(response, request);
    }
}

S3ListPage S3Client::listObjectsPage(const QString &prefix, const QString &continuationToken,
                                     const QString &delimiter, int maxKeys, TaskContext *context)
{
    Request request;
    request.method = "GET";
    request.operation = QObject::tr("listing of %1").arg(displayKey(prefix));
    request.query.append({ QStringLiteral("list-type"), QStringLiteral("2") });
    request.query.append({ QStringLiteral("max-keys"), QString::number(maxKeys) });
    request.query.append({ QStringLiteral("prefix"), prefix });
    if (!delimiter.isEmpty())
        request.query.append({ QStringLiteral("delimiter"), delimiter });
    if (!continuationToken.isEmpty())
        request.query.append({ QStringLiteral("continuation-token"), continuationToken });
    const Response response = execute(request, context);
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
                                             "continuation token.").arg(displayKey(prefix)));
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
    request.operation = QObject::tr("check of %1").arg(displayKey(key));
    for (int attempt = 1;; ++attempt) {
        const Response response = executeOnce(request, context);
        if (response.ok()) {
            S3ObjectInfo info;
            info.key = key;
            info.size = response.header("content-length").toLongLong();
            info.etag = S3XmlParser::unquoteEtag(response.header("etag"));
            info.lastModified = QDateTime::fromString(QString::fromLatin1(response.header("last-modified")),
                                                      Qt::RFC2822Date);
            return info;
        }
        if (response.httpStatus == 404)
            return std::nullopt;
        if (attempt < m_options.maxAttempts && isRetryable(response)) {
            backoff(attempt, context);
            continue;
        }
        throwFor(response, request);
    }
}

S3Client::DownloadResult S3Client::getObjectToFile(const QString &key, const QString &destination,
                                                   qint64 expectedSize, const QByteArray &expectedEtag,
                                                   TaskContext *context, const BytesCallback &onBytes)
{
    using Kind = OperationError::Kind;
    const QString partialPath = destination + partialSuffix();
    const QString operation = QObject::tr("download of %1").arg(displayKey(key));
    if (!QDir().mkpath(QFileInfo(destination).absolutePath())) {
        throw OperationError(Kind::Failed,
                             QObject::tr("Cannot create the folder %1.").arg(QFileInfo(destination).absolutePath()));
    }

    DownloadResult result;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QCryptographicHash md5(QCryptographicHash::Md5);
    qint64 offset = 0;

    QFile file(partialPath);
    if (file.exists()) {
        if (expectedSize >= 0 && file.size() > expectedSize) {
            file.remove();
        } else if (file.size() > 0) {
            // Resume: the bytes already on disk count, and go into the digests first.
            hashFileRange(partialPath, 0, file.size(), context, { &sha, &md5 });
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
        if (m_options.sendIfMatch && !etag.isEmpty())
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

        const Response response = executeOnce(request, context);
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
            throwFor(response, request);
        }
        if (response.httpStatus == 416 && requestedFrom > 0) {
            // The partial file already holds everything (or more than) the object has.
            if (expectedSize >= 0 && offset == expectedSize)
                break;
            restartFromZero();
            if (attempt < m_options.maxAttempts)
                continue;
        }
        if (response.httpStatus == 412) {
            failAndRemove(OperationError(Kind::Conflict,
                                         QObject::tr("%1 changed on the server while it was being downloaded.")
                                             .arg(displayKey(key)),
                                         QObject::tr("Make sure nothing writes to this backup folder, then retry.")));
        }
        const bool truncatedBody = response.ok();   // 2xx but fewer bytes than the object has
        if (attempt < m_options.maxAttempts && (truncatedBody || isRetryable(response))) {
            if (context) {
                context->log(LogLevel::Warning,
                             QObject::tr("S3 %1 interrupted at byte %2 (%3), resuming (attempt %4 of %5).")
                                 .arg(operation)
                                 .arg(offset)
                                 .arg(response.stalled ? QObject::tr("stalled")
                                          : response.httpStatus >= 300 ? QStringLiteral("HTTP %1").arg(response.httpStatus)
                                                                       : response.networkErrorString)
                                 .arg(attempt + 1)
                                 .arg(m_options.maxAttempts));
            }
            file.flush();
            backoff(attempt, context);
            continue;
        }
        file.close();
        if (truncatedBody) {
            throw OperationError(Kind::IntegrityError,
                                 QObject::tr("S3 %1 ended early: %2 of %3 bytes.").arg(operation).arg(offset).arg(objectSize));
        }
        throwFor(response, request);
    }

    if (!file.flush() || (m_options.syncToDisk && ::fsync(file.handle()) != 0)) {
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
                                         .arg(displayKey(key))
                                         .arg(offset)
                                         .arg(expectedSize)));
    }
    S3ObjectInfo etagInfo;
    etagInfo.etag = etag;
    if (etagInfo.etagIsPlainMd5() && etag.toLower() != result.md5) {
        failAndRemove(OperationError(Kind::IntegrityError,
                                     QObject::tr("%1 arrived corrupted: its MD5 %2 differs from the server's ETag %3.")
                                         .arg(displayKey(key), QString::fromLatin1(result.md5),
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

QByteArray S3Client::getObjectRange(const QString &key, qint64 from, qint64 to, TaskContext *context)
{
    Request request;
    request.method = "GET";
    request.key = key;
    request.operation = QObject::tr("ranged read of %1").arg(displayKey(key));
    request.headers.append({ QByteArrayLiteral("range"), "bytes=" + QByteArray::number(from) + '-'
                                                           + (to >= 0 ? QByteArray::number(to) : QByteArray()) });
    const Response response = execute(request, context);
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
    request.operation = QObject::tr("upload of %1").arg(displayKey(key));
    request.headers.append({ QByteArrayLiteral("content-md5"),
                             QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64() });
    request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/octet-stream") });
    const Response response = execute(request, context);
    return S3XmlParser::unquoteEtag(response.header("etag"));
}

S3Client::UploadResult S3Client::putObjectFromFile(const QString &key, const QString &path, TaskContext *context,
                                                   const BytesCallback &onBytes)
{
    using Kind = OperationError::Kind;
    const QFileInfo info(path);
    if (!info.isFile())
        throw OperationError(Kind::NotFound, QObject::tr("%1 is not a readable file.").arg(path));
    UploadResult result;
    result.size = info.size();
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QCryptographicHash md5(QCryptographicHash::Md5);

    if (result.size < m_options.multipartThreshold) {
        // One pass for Content-MD5 (the server rejects a corrupted body), the signed payload hash and
        // the manifest's SHA-256; a second pass is the upload itself, streamed from disk.
        hashFileRange(path, 0, result.size, context, { &sha, &md5 });
        result.sha256 = sha.result().toHex();
        result.md5 = md5.result().toHex();
        Request request;
        request.method = "PUT";
        request.key = key;
        request.bodyFile = path;
        request.bodyLength = result.size;
        request.payloadHash = result.sha256;
        request.operation = QObject::tr("upload of %1").arg(displayKey(key));
        request.onUploadBytes = onBytes;
        request.headers.append({ QByteArrayLiteral("content-md5"), QByteArray::fromHex(result.md5).toBase64() });
        request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/octet-stream") });
        const Response response = execute(request, context);
        result.etag = S3XmlParser::unquoteEtag(response.header("etag"));
        S3ObjectInfo etagInfo;
        etagInfo.etag = result.etag;
        if (etagInfo.etagIsPlainMd5() && result.etag.toLower() != result.md5) {
            throw OperationError(Kind::IntegrityError,
                                 QObject::tr("The server stored %1 with MD5 %2, but the file's MD5 is %3.")
                                     .arg(displayKey(key), QString::fromLatin1(result.etag),
                                          QString::fromLatin1(result.md5)));
        }
        return result;
    }

    const qint64 partSize = qMax<qint64>(m_options.partSize, 5LL << 20);
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
            hashFileRange(path, offset, length, context, { &sha, &md5, &partMd5, &partSha });
            const QByteArray partMd5Binary = partMd5.result();
            partMd5s += partMd5Binary;

            Request request;
            request.method = "PUT";
            request.key = key;
            request.query = { { QStringLiteral("partNumber"), QString::number(index + 1) },
                              { QStringLiteral("uploadId"), uploadId } };
            request.bodyFile = path;
            request.bodyOffset = offset;
            request.bodyLength = length;
            request.payloadHash = partSha.result().toHex();
            request.onUploadBytes = onBytes;
            request.operation = QObject::tr("upload of part %1/%2 of %3").arg(index + 1).arg(partCount).arg(displayKey(key));
            request.headers.append({ QByteArrayLiteral("content-md5"), partMd5Binary.toBase64() });
            const Response response = execute(request, context);
            const QByteArray etag = S3XmlParser::unquoteEtag(response.header("etag"));
            if (etag.isEmpty()) {
                throw OperationError(Kind::ServerError,
                                     QObject::tr("The S3 server returned no ETag for part %1 of %2.")
                                         .arg(index + 1)
                                         .arg(displayKey(key)));
            }
            S3ObjectInfo etagInfo;
            etagInfo.etag = etag;
            if (etagInfo.etagIsPlainMd5() && etag.toLower() != partMd5Binary.toHex()) {
                throw OperationError(Kind::IntegrityError,
                                     QObject::tr("Part %1 of %2 was stored with a different MD5.").arg(index + 1).arg(displayKey(key)));
            }
            partEtags.append(etag);
        }
        result.sha256 = sha.result().toHex();
        result.md5 = md5.result().toHex();
        result.etag = completeMultipartUpload(key, uploadId, partEtags, context);
        result.parts = int(partCount);
    } catch (const OperationError &error) {
        // Abort without the (possibly canceled) context: the abort must go out even after a cancel.
        const AbortOutcome outcome = abortMultipartUpload(key, uploadId, nullptr);
        if (outcome != AbortOutcome::Aborted && context) {
            context->log(LogLevel::Warning,
                         QObject::tr("The incomplete multipart upload %1 of %2 could not be removed; it may keep "
                                     "using space on the server until a lifecycle rule or an administrator removes it.")
                             .arg(uploadId, displayKey(key)));
        }
        throw;
    }

    // A multipart ETag is MD5(concatenated part MD5s)-N on AWS and MinIO; s3rver returns the plain MD5
    // of the whole object instead. Check whichever form came back.
    const qsizetype dash = result.etag.indexOf('-');
    S3ObjectInfo etagInfo;
    etagInfo.etag = result.etag;
    if (etagInfo.etagIsPlainMd5() && result.etag.toLower() != result.md5) {
        throw OperationError(Kind::IntegrityError,
                             QObject::tr("The server assembled %1 with MD5 %2, but the file's MD5 is %3.")
                                 .arg(displayKey(key), QString::fromLatin1(result.etag), QString::fromLatin1(result.md5)));
    }
    if (dash == 32) {
        const QByteArray expected = QCryptographicHash::hash(partMd5s, QCryptographicHash::Md5).toHex() + '-'
            + QByteArray::number(partCount);
        if (result.etag.toLower() != expected) {
            throw OperationError(Kind::IntegrityError,
                                 QObject::tr("The server assembled %1 from different parts (ETag %2, expected %3).")
                                     .arg(displayKey(key), QString::fromLatin1(result.etag),
                                          QString::fromLatin1(expected)));
        }
    }
    return result;
}

QString S3Client::createMultipartUpload(const QString &key, TaskContext *context)
{
    Request request;
    request.method = "POST";
    request.key = key;
    request.query = { { QStringLiteral("uploads"), QString() } };
    request.operation = QObject::tr("start of multipart upload of %1").arg(displayKey(key));
    request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/octet-stream") });
    const Response response = execute(request, context);
    const QString uploadId = S3XmlParser::parseUploadId(response.body);
    if (uploadId.isEmpty()) {
        throw OperationError(OperationError::Kind::ServerError,
                             QObject::tr("The S3 server started a multipart upload of %1 but sent no upload id.")
                                 .arg(displayKey(key)));
    }
    return uploadId;
}

QByteArray S3Client::uploadPart(const QString &key, const QString &uploadId, int partNumber, const QString &path,
                                qint64 offset, qint64 length, TaskContext *context, const BytesCallback &onBytes)
{
    QCryptographicHash partMd5(QCryptographicHash::Md5);
    QCryptographicHash partSha(QCryptographicHash::Sha256);
    hashFileRange(path, offset, length, context, { &partMd5, &partSha });
    Request request;
    request.method = "PUT";
    request.key = key;
    request.query = { { QStringLiteral("partNumber"), QString::number(partNumber) },
                      { QStringLiteral("uploadId"), uploadId } };
    request.bodyFile = path;
    request.bodyOffset = offset;
    request.bodyLength = length;
    request.payloadHash = partSha.result().toHex();
    request.onUploadBytes = onBytes;
    request.operation = QObject::tr("upload of part %1 of %2").arg(partNumber).arg(displayKey(key));
    request.headers.append({ QByteArrayLiteral("content-md5"), partMd5.result().toBase64() });
    const Response response = execute(request, context);
    return S3XmlParser::unquoteEtag(response.header("etag"));
}

QByteArray S3Client::completeMultipartUpload(const QString &key, const QString &uploadId,
                                             const QList<QByteArray> &partEtags, TaskContext *context)
{
    Request request;
    request.method = "POST";
    request.key = key;
    request.query = { { QStringLiteral("uploadId"), uploadId } };
    request.operation = QObject::tr("completion of multipart upload of %1").arg(displayKey(key));
    request.headers.append({ QByteArrayLiteral("content-type"), QByteArrayLiteral("application/xml") });
    QByteArray body = "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
    for (qsizetype i = 0; i < partEtags.size(); ++i) {
        body += "<Part><PartNumber>" + QByteArray::number(i + 1) + "</PartNumber><ETag>&quot;" + partEtags.at(i)
            + "&quot;</ETag></Part>";
    }
    body += "</CompleteMultipartUpload>";
    request.body = body;
    const Response response = execute(request, context);
    // Complete can fail after answering 200: the error is in the body.
    S3XmlParser::ErrorDocument error;
    QByteArray etag = S3XmlParser::parseCompleteMultipartUpload(response.body, &error);
    if (error.isError)
        throw S3ErrorMapper::fromHttp(response.httpStatus, error.code, error.message, request.operation,
                                      m_endpoint.bucket());
    if (etag.isEmpty())
        etag = S3XmlParser::unquoteEtag(response.header("etag"));
    return etag;
}

S3Client::AbortOutcome S3Client::abortMultipartUpload(const QString &key, const QString &uploadId, TaskContext *context)
{
    Request request;
    request.method = "DELETE";
    request.key = key;
    request.query = { { QStringLiteral("uploadId"), uploadId } };
    request.operation = QObject::tr("abort of multipart upload of %1").arg(displayKey(key));
    for (int attempt = 1; attempt <= 2; ++attempt) {
        Response response;
        try {
            response = executeOnce(request, context);
        } catch (const OperationError &) {
            return AbortOutcome::Failed;
        }
        if (response.ok() || response.httpStatus == 404)
            return AbortOutcome::Aborted;
        if (response.httpStatus == 405 || response.httpStatus == 501) {
            // s3rver 3.7 has no Abort route (405 MethodNotAllowed); MinIO and AWS do.
            if (context)
                context->log(LogLevel::Warning,
                             QObject::tr("The S3 server does not support aborting multipart uploads (HTTP %1); "
                                         "the incomplete upload of %2 stays on the server.")
                                 .arg(response.httpStatus)
                                 .arg(displayKey(key)));
            return AbortOutcome::NotSupported;
        }
        if (!isRetryable(response) || response.canceled)
            break;
    }
    if (context)
        context->log(LogLevel::Warning,
                     QObject::tr("Aborting the multipart upload of %1 failed.").arg(displayKey(key)));
    return AbortOutcome::Failed;
}

void S3Client::deleteObject(const QString &key, TaskContext *context)
{
    Request request;
    request.method = "DELETE";
    request.key = key;
    request.operation = QObject::tr("deletion of %1").arg(displayKey(key));
    for (int attempt = 1;; ++attempt) {
        const Response response = executeOnce(request, context);
        if (response.ok() || response.httpStatus == 404)
            return;
        if (attempt < m_options.maxAttempts && isRetryable(response)) {
            backoff(attempt, context);
            continue;
        }
        throwFor(response, request);
    }
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
        const Response response = execute(request, context);
        failures += S3XmlParser::parseDeleteErrors(response.body);
    }
    if (!failures.isEmpty()) {
        throw OperationError(OperationError::Kind::ServerError,
                             QObject::tr("The S3 server did not delete %1 objects: %2")
                                 .arg(failures.size())
                                 .arg(failures.mid(0, 5).join(QStringLiteral("; "))));
    }
}
