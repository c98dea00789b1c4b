#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

// One request as the fake server received it.
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// What the fake server answers.
struct CannedResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    int delayMs = 0;          // answer late
    bool neverReply = false;  // keep the connection open and silent
    bool dropConnection = false; // close without an answer

    static CannedResponse json(const QByteArray &body, int status = 200);
    static CannedResponse text(const QByteArray &body, int status = 200);
    static CannedResponse silent();
    static CannedResponse dropped();
};

// A small scriptable HTTP/1.1 server on a random loopback port for client tests: canned answers per
// "METHOD /path" in sequence (the last one repeats, which suits polling), an optional handler that
// decides dynamically, and a record of every request. It lives on the test thread; the blocking
// clients spin a local event loop, so it answers while they wait.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<std::optional<CannedResponse>(const RecordedRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;

    void enqueue(const QByteArray &method, const QString &path, const CannedResponse &response);
    void enqueue(const QByteArray &method, const QString &path, const QList<CannedResponse> &responses);
    // Consulted first; returning nullopt falls through to the queues.
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<RecordedRequest> requests() const { return m_requests; }
    QList<RecordedRequest> requestsTo(const QString &path) const;
    void clearRequests() { m_requests.clear(); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const CannedResponse &response);

    QTcpServer m_server;
    QMap<QString, QList<CannedResponse>> m_queues;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_sockets;
};
