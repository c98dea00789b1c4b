#include "S3RequestExecutor.h"

#include "FileSliceDevice.h"
#include "OperationError.h"
#include "S3ErrorMapper.h"
#include "S3XmlParser.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>

namespace {

// Kept short on purpose: error bodies are small XML documents; anything bigger is not one.
constexpr qsizetype kMaxBufferedErrorBody = 64 * 1024;

} // namespace

bool S3RequestExecutor::Response::ok() const
{
    return httpStatus >= 200 && httpStatus < 300 && networkError == QNetworkReply::NoError && !stalled && !canceled
        && sinkError.isEmpty();
}

S3RequestExecutor::AcceptedReply S3RequestExecutor::acceptStatus(int httpStatus)
{
    return [httpStatus](const Response &response) { return response.httpStatus == httpStatus; };
}

S3RequestExecutor::S3RequestExecutor(const S3Endpoint &endpoint, const S3Client::Options &options,
                                     const std::function<QDateTime()> &clock, QNetworkAccessManager *network)
    : m_endpoint(endpoint)
    , m_options(options)
    , m_clock(clock)
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

S3RequestExecutor::~S3RequestExecutor() = default;

QString S3RequestExecutor::displayKey(const QString &key) const
{
    return m_endpoint.bucket() + QLatin1Char('/') + key;
}

S3RequestExecutor::Response S3RequestExecutor::executeOnce(const Request &request, TaskContext *context)
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

bool S3RequestExecutor::isRetryable(const Response &response) const
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

void S3RequestExecutor::throwFor(const Response &response, const Request &request) const
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

void S3RequestExecutor::backoff(int attempt, TaskContext *context) const
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

S3RequestExecutor::Response S3RequestExecutor::execute(const Request &request, TaskContext *context,
                                                       const AcceptedReply &accepted)
{
    for (int attempt = 1;; ++attempt) {
        const Response response = executeOnce(request, context);
        if (response.ok())
            return response;
        // Judged before the cancel check: a status that already answers the question (404 to a
        // HEAD) stays the answer even when a cancel arrived while its body was being read.
        if (accepted && accepted(response))
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
