#include "FakeHttpServer.h"

#include <QJsonDocument>
#include <QTimer>

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

CannedResponse CannedResponse::json(const QByteArray &body, int status)
{
    CannedResponse response;
    response.status = status;
    response.body = body;
    return response;
}

CannedResponse CannedResponse::text(const QByteArray &body, int status)
{
    CannedResponse response = json(body, status);
    response.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    return response;
}

CannedResponse CannedResponse::silent()
{
    CannedResponse response;
    response.neverReply = true;
    return response;
}

CannedResponse CannedResponse::dropped()
{
    CannedResponse response;
    response.dropConnection = true;
    return response;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeHttpServer::enqueue(const QByteArray &method, const QString &path, const CannedResponse &response)
{
    m_queues[QString::fromLatin1(method) + QLatin1Char(' ') + path].append(response);
}

void FakeHttpServer::enqueue(const QByteArray &method, const QString &path, const QList<CannedResponse> &responses)
{
    m_queues[QString::fromLatin1(method) + QLatin1Char(' ') + path].append(responses);
}

QList<RecordedRequest> FakeHttpServer::requestsTo(const QString &path) const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &request : m_requests) {
        if (request.path == path)
            out.append(request);
    }
    return out;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    // A local copy: answering may close the socket, which drops its m_buffers entry.
    QByteArray buffer = m_buffers.take(socket) + socket->readAll();
    QPointer<QTcpSocket> alive(socket);
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path();
        request.query = QUrlQuery(target);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.insert(name, value);
            if (name == "content-length")
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        m_requests.append(request);

        std::optional<CannedResponse> response;
        if (m_handler)
            response = m_handler(request);
        if (!response) {
            const QString key = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
            auto it = m_queues.find(key);
            if (it != m_queues.end() && !it->isEmpty())
                response = it->size() > 1 ? it->takeFirst() : it->first();
            else
                response = CannedResponse::text("404 page not found", 404);
        }
        if (response->delayMs > 0) {
            const CannedResponse delayed = *response;
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(delayed.delayMs, this, [this, guard, delayed] {
                if (guard)
                    respond(guard, delayed);
            });
        } else {
            respond(socket, *response);
        }
        if (!alive || alive->state() != QAbstractSocket::ConnectedState)
            return;
    }
    if (alive && alive->state() == QAbstractSocket::ConnectedState)
        m_buffers.insert(socket, buffer);
}

void FakeHttpServer::respond(QTcpSocket *socket, const CannedResponse &response)
{
    if (response.neverReply)
        return;
    if (response.dropConnection) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Canned\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}
