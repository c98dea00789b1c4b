#include "ScriptedHttpServer.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// One client connection: parses requests (Content-Length bodies only, which is all Qt sends) and
// writes the scripted answers. Lives in the server thread.
class ScriptedHttpConnection : public QObject
{
public:
    ScriptedHttpConnection(QTcpSocket *socket, ScriptedHttpServer *server)
        : m_socket(socket)
        , m_server(server)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { m_socket->deleteLater(); deleteLater(); });
    }

private:
    void onReadyRead()
    {
        if (m_stalled)
            return;
        m_buffer += m_socket->readAll();
        for (;;) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
            ScriptedHttpServer::Request request;
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            if (requestLine.size() < 2)
                return;
            request.method = requestLine.at(0);
            request.rawTarget = requestLine.at(1);
            const qsizetype question = request.rawTarget.indexOf('?');
            request.path = question < 0 ? request.rawTarget : request.rawTarget.left(question);
            request.query = question < 0 ? QByteArray() : request.rawTarget.mid(question + 1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qint64 length = request.headers.value("content-length", "0").toLongLong();
            if (m_buffer.size() < headerEnd + 4 + length)
                return;
            request.body = m_buffer.mid(headerEnd + 4, length);
            m_buffer.remove(0, headerEnd + 4 + length);
            m_server->record(request);
            respond(request, m_server->m_handler(request));
            if (m_stalled || m_socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    void respond(const ScriptedHttpServer::Request &request, const ScriptedHttpServer::Response &response)
    {
        const qint64 length = response.contentLength >= 0 ? response.contentLength : response.body.size();
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
        for (const auto &header : response.headers)
            head += header.first + ": " + header.second + "\r\n";
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        head += "Connection: keep-alive\r\n\r\n";
        m_socket->write(head);
        if (request.method == "HEAD")
            return;
        if (response.closeAfterBodyBytes >= 0) {
            m_socket->write(response.body.left(response.closeAfterBodyBytes));
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        }
        if (response.stallAfterBodyBytes >= 0) {
            m_socket->write(response.body.left(response.stallAfterBodyBytes));
            m_socket->flush();
            m_stalled = true;
            return;
        }
        m_socket->write(response.body);
    }

    QTcpSocket *m_socket;
    ScriptedHttpServer *m_server;
    QByteArray m_buffer;
    bool m_stalled = false;
};

ScriptedHttpServer::ScriptedHttpServer(Handler handler)
    : m_handler(std::move(handler))
{
    // Listen here, then hand the server to its own thread: the client under test blocks this one.
    m_server = new QTcpServer();
    m_server->listen(QHostAddress::LocalHost, 0);
    m_port = m_server->serverPort();
    QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new ScriptedHttpConnection(socket, this);
    });
    m_server->moveToThread(&m_thread);
    m_thread.start();
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ScriptedHttpServer::record(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

QList<ScriptedHttpServer::Request> ScriptedHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int ScriptedHttpServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

ScriptedHttpServer::Response ScriptedHttpServer::s3Error(int status, const QByteArray &code, const QByteArray &message)
{
    Response response;
    response.status = status;
    response.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml") });
    response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
        + "</Message><RequestId>1</RequestId></Error>";
    return response;
}

ScriptedHttpServer::Response ScriptedHttpServer::serveBytes(const Request &request, const QByteArray &data,
                                                            const QByteArray &etag)
{
    Response response;
    if (!etag.isEmpty())
        response.headers.append({ QByteArrayLiteral("ETag"), '"' + etag + '"' });
    const QByteArray range = request.headers.value("range");
    if (range.startsWith("bytes=")) {
        const QList<QByteArray> bounds = range.mid(6).split('-');
        const qint64 first = bounds.value(0).toLongLong();
        const qint64 last = bounds.value(1).isEmpty() ? data.size() - 1 : bounds.value(1).toLongLong();
        if (first >= data.size())
            return s3Error(416, "InvalidRange", "The requested range is not satisfiable");
        response.status = 206;
        const QByteArray contentRange = "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
            + QByteArray::number(data.size());
        response.headers.append({ QByteArrayLiteral("Content-Range"), contentRange });
        response.body = data.mid(first, last - first + 1);
        return response;
    }
    response.body = data;
    return response;
}
