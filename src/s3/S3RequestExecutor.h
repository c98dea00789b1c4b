#pragma once

#include "S3Client.h"
#include "S3Endpoint.h"
#include "S3Signer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class TaskContext;

// Sends one signed S3 request and waits for it on the calling thread: the single place that builds
// the URL from the signed bytes, streams file bodies, watches for stalls and cancels, and decides
// which failures are retried (with backoff) and which become an OperationError. Everything S3Client
// does goes through execute(); the resumable download alone drives executeOnce() itself, because a
// retry there continues from the last byte written instead of starting over.
//
// It reads the owning S3Client's Options and clock by reference, so S3Client::setOptions() and
// setClock() take effect on the next request.
class S3RequestExecutor
{
public:
    struct Request
    {
        QByteArray method;
        QString key;                                // empty: the bucket itself
        QList<QPair<QString, QString>> query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        // Streamed body: a slice of a file, re-opened for each attempt.
        QString bodyFile;
        qint64 bodyOffset = 0;
        qint64 bodyLength = -1;
        QByteArray payloadHash;                     // empty: SHA-256 of body
        QString operation;                          // for messages: "listing of backup/b1/"
        // Receives the body of 2xx replies instead of buffering it; returns false (and sets the
        // error string) to abort the transfer, e.g. when the disk is full.
        std::function<bool(const QByteArray &chunk, int httpStatus, const QNetworkReply *reply, QString *error)> sink;
        S3Client::BytesCallback onUploadBytes;
    };

    struct Response
    {
        int httpStatus = 0;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorString;
        QHash<QByteArray, QByteArray> headers;      // lower-case names
        QByteArray body;                            // non-2xx, or 2xx without a sink
        bool stalled = false;
        bool canceled = false;
        QString sinkError;
        qint64 bytesReceived = 0;

        bool ok() const;
        QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    };

    // A reply that is not 2xx but is an answer, not a failure, for this request (a HEAD that says 404,
    // a bucket that already exists): execute() hands it back instead of retrying or throwing.
    using AcceptedReply = std::function<bool(const Response &response)>;
    static AcceptedReply acceptStatus(int httpStatus);

    // Throws OperationError when the endpoint names a CA certificate file that is missing or holds
    // no certificate: a setting to correct before any request goes out.
    S3RequestExecutor(const S3Endpoint &endpoint, const S3Client::Options &options,
                      const std::function<QDateTime()> &clock, QNetworkAccessManager *network);
    ~S3RequestExecutor();
    S3RequestExecutor(const S3RequestExecutor &) = delete;
    S3RequestExecutor &operator=(const S3RequestExecutor &) = delete;

    // Retries what is worth retrying (see isRetryable), then throws the mapped error for anything
    // that is neither 2xx nor accepted. The one retry loop of the client.
    Response execute(const Request &request, TaskContext *context, const AcceptedReply &accepted = {});
    // One attempt, never retried; throws only when a file body cannot be opened.
    Response executeOnce(const Request &request, TaskContext *context);

    [[noreturn]] void throwFor(const Response &response, const Request &request) const;
    bool isRetryable(const Response &response) const;
    // Sleeps before retry number `attempt` (1-based), checking for a cancel while it waits.
    void backoff(int attempt, TaskContext *context) const;

    // "bucket/key", as messages name an object.
    QString displayKey(const QString &key) const;
    const S3Endpoint &endpoint() const { return m_endpoint; }
    const S3Client::Options &options() const { return m_options; }

private:
    const S3Endpoint &m_endpoint;
    const S3Client::Options &m_options;
    const std::function<QDateTime()> &m_clock;
    S3Signer m_signer;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_ownedNetwork;
    QSslConfiguration m_sslConfiguration;
    bool m_hasSslConfiguration = false;
};
