#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

class QTcpServer;

// A tiny HTTP/1.1 server on a random loopback port, running in its own thread, whose every answer a
// test scripts: status, headers, body, and faults (close the connection after N body bytes, or send
// N bytes and then go silent). Used for what a real S3 server will not do on demand.
class ScriptedHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray rawTarget;                   // exactly as sent, e.g. "/bucket/a%20b?uploads="
        QByteArray path;                        // rawTarget before '?'
        QByteArray query;                       // after '?'
        QHash<QByteArray, QByteArray> headers;  // lower-case names
        QByteArray body;
    };

    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 contentLength = -1;              // -1: body.size()
        qint64 closeAfterBodyBytes = -1;        // >= 0: send that much of the body, then drop the connection
        qint64 stallAfterBodyBytes = -1;        // >= 0: send that much, then nothing (connection stays open)
    };

    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedHttpServer(Handler handler);
    ~ScriptedHttpServer();

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QList<Request> requests() const;
    int requestCount() const;

    // Helpers for handlers.
    static Response s3Error(int status, const QByteArray &code, const QByteArray &message = {});
    // Serves `data` honouring "Range: bytes=a-" / "bytes=a-b" (206 + Content-Range) and adds an ETag.
    static Response serveBytes(const Request &request, const QByteArray &data, const QByteArray &etag = {});

private:
    void record(const Request &request);

    Handler m_handler;
    QThread m_thread;
    QTcpServer *m_server = nullptr;             // lives in m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Request> m_requests;

    friend class ScriptedHttpConnection;
};
