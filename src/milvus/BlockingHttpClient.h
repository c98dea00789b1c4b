#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkRequest>
#include <QString>

class QNetworkAccessManager;
class TaskContext;

// What came back over HTTP, whatever the status. Transport failures never produce one: they throw.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

// One blocking HTTP exchange at a time over a QNetworkAccessManager, for code that runs on a worker
// thread: a local event loop per request, a whole-request timeout, and a cancel check every 50 ms.
// Refused connections, DNS failures, resets, timeouts and cancels become OperationErrors that name
// the service and its URL, so a person knows which server to look at.
class BlockingHttpClient
{
    Q_DECLARE_TR_FUNCTIONS(BlockingHttpClient)

public:
    // serviceName is what the messages call the server ("milvus-backup", "Milvus").
    // nam == nullptr: the client creates and owns one (on the calling thread).
    explicit BlockingHttpClient(QString serviceName, QNetworkAccessManager *nam = nullptr);
    ~BlockingHttpClient();
    BlockingHttpClient(const BlockingHttpClient &) = delete;
    BlockingHttpClient &operator=(const BlockingHttpClient &) = delete;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Throws OperationError (ConnectionFailed, Timeout, Canceled). Any HTTP status is returned.
    // timeoutMs < 0 uses timeoutMs(). context may be null.
    HttpResponse send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body,
                      TaskContext *context, int timeoutMs = -1);

    // Waits ms while the event loop runs; throws OperationError(Canceled) as soon as a stop is requested.
    static void sleep(int ms, TaskContext *context);

private:
    QString m_serviceName;
    QNetworkAccessManager *m_nam;
    bool m_ownsNam;
    int m_timeoutMs = 30000;
};
