#include "FalkorConnection.h"

#include "CompactReplyParser.h"
#include "OperationError.h"
#include "RespReader.h"
#include "ServerErrorClassifier.h"
#include "TaskContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <hiredis/hiredis.h>

#include <vector>

namespace {
using Kind = OperationError::Kind;

// How often a blocking wait wakes up to look at TaskContext cancellation.
constexpr int kCancelPollMs = 100;

QString commandName(const QList<QByteArray> &arguments)
{
    return arguments.isEmpty() ? QString() : QString::fromUtf8(arguments.first()).toUpper();
}
} // namespace

struct FalkorConnection::Private
{
    FalkorEndpoint endpoint;
    TaskContext *context = nullptr;
    std::unique_ptr<QTcpSocket> socket;
    RespReader reader;
    QHash<QString, GraphSchema> schemas;

    QString where() const
    {
        const QString host = endpoint.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + endpoint.host + QLatin1Char(']')
                                                                       : endpoint.host;
        return host + QLatin1Char(':') + QString::number(endpoint.port);
    }

    // Last line of defence: no message leaves this class with the password in it.
    OperationError scrubbed(const OperationError &error) const
    {
        if (endpoint.password.isEmpty())
            return error;
        QString message = error.message();
        QString hint = error.hint();
        message.replace(endpoint.password, QStringLiteral("***"));
        hint.replace(endpoint.password, QStringLiteral("***"));
        return OperationError(error.kind(), message, hint);
    }

    void dropConnection()
    {
        if (socket) {
            socket->abort();
            socket.reset();
        }
        reader.clear();
    }

    [[noreturn]] void canceled()
    {
        dropConnection();
        throw OperationError(Kind::Canceled, tr("Canceled while talking to FalkorDB at %1.").arg(where()));
    }

    void checkCanceled()
    {
        if (context && context->isCanceled())
            canceled();
    }

    [[noreturn]] void socketFailed(const QString &during)
    {
        const QAbstractSocket::SocketError error = socket ? socket->error() : QAbstractSocket::UnknownSocketError;
        const QString detail = socket ? socket->errorString() : QString();
        QList<QSslError> sslErrors;
        if (auto *ssl = qobject_cast<QSslSocket *>(socket.get()))
            sslErrors = ssl->sslHandshakeErrors();
        dropConnection();
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            throw OperationError(Kind::ConnectionFailed, tr("Could not connect to %1: connection refused.").arg(where()),
                                 tr("Is FalkorDB running on %1?").arg(where()));
        case QAbstractSocket::HostNotFoundError:
            throw OperationError(Kind::ConnectionFailed, tr("The host '%1' was not found.").arg(endpoint.host),
                                 tr("Check the host name in the FalkorDB address."));
        case QAbstractSocket::NetworkError:
        case QAbstractSocket::SocketAccessError:
            throw OperationError(Kind::ConnectionFailed, tr("Could not reach %1: %2.").arg(where(), detail),
                                 tr("Check the network, the host and the port."));
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInternalError:
        case QAbstractSocket::SslInvalidUserDataError: {
            QStringList reasons;
            for (const QSslError &sslError : sslErrors)
                reasons << sslError.errorString();
            if (reasons.isEmpty())
                reasons << detail;
            throw OperationError(Kind::TlsFailed,
                                 tr("The TLS connection to %1 failed: %2.").arg(where(), reasons.join(QStringLiteral("; "))),
                                 tr("Check the CA file (ca=), the server name (sni=) and that the server speaks TLS on "
                                    "this port; insecure=1 turns certificate checks off."));
        }
        case QAbstractSocket::RemoteHostClosedError:
            throw OperationError(Kind::ConnectionFailed,
                                 tr("The server at %1 closed the connection %2.").arg(where(), during),
                                 endpoint.tls ? tr("Check that the server is FalkorDB/Redis and still running.")
                                              : tr("If the server uses TLS, use a rediss:// address."));
        default:
            throw OperationError(Kind::ConnectionFailed, tr("The connection to %1 failed %2: %3.").arg(where(), during, detail),
                                 tr("Check that FalkorDB is running and reachable."));
        }
    }

    void connectSocket()
    {
        const int timeoutMs = endpoint.connectTimeoutMs > 0 ? endpoint.connectTimeoutMs : 10000;
        QElapsedTimer timer;
        timer.start();
        if (endpoint.tls) {
            if (!QSslSocket::supportsSsl())
                throw OperationError(Kind::TlsFailed, tr("TLS is not available on this computer (no OpenSSL backend for Qt)."),
                                     tr("Install OpenSSL 3 (libssl3) or use a redis:// address."));
            auto ssl = std::make_unique<QSslSocket>();
            QSslConfiguration configuration = ssl->sslConfiguration();
            if (!endpoint.caFile.isEmpty()) {
                const QList<QSslCertificate> certificates = QSslCertificate::fromPath(endpoint.caFile, QSsl::Pem);
                if (certificates.isEmpty())
                    throw OperationError(Kind::TlsFailed,
                                         tr("Could not read a CA certificate from '%1'.").arg(endpoint.caFile),
                                         tr("ca= must name a PEM file (for FalkorDB's Docker image: ca.crt from "
                                            "/var/lib/falkordb/tls)."));
                // Trust exactly this CA: a self-hosted server's certificate is not signed by a public CA.
                configuration.setCaCertificates(certificates);
            }
            configuration.setPeerVerifyMode(endpoint.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
            ssl->setSslConfiguration(configuration);
            if (!endpoint.verifyPeer && context)
                context->log(LogLevel::Warning,
                             tr("TLS certificate checks are off for %1 (insecure=1).").arg(where()));
            const QString peerName = endpoint.serverName.isEmpty() ? endpoint.host : endpoint.serverName;
            ssl->connectToHostEncrypted(endpoint.host, endpoint.port, peerName);
            socket = std::move(ssl);
        } else {
            socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(endpoint.host, endpoint.port);
        }
        auto established = [this] {
            if (auto *ssl = qobject_cast<QSslSocket *>(socket.get()))
                return ssl->isEncrypted();
            return socket->state() == QAbstractSocket::ConnectedState;
        };
        while (!established()) {
            checkCanceled();
            if (timer.elapsed() >= timeoutMs) {
                dropConnection();
                throw OperationError(Kind::Timeout,
                                     tr("Connecting to %1 took longer than %2 ms.").arg(where()).arg(timeoutMs),
                                     tr("Check the host and port, or raise connect_timeout= in the address."));
            }
            const int slice = int(qMin<qint64>(kCancelPollMs, timeoutMs - timer.elapsed()));
            if (auto *ssl = qobject_cast<QSslSocket *>(socket.get()))
                ssl->waitForEncrypted(qMax(1, slice));
            else
                socket->waitForConnected(qMax(1, slice));
            if (socket->state() == QAbstractSocket::UnconnectedState
                || (socket->error() != QAbstractSocket::UnknownSocketError
                    && socket->error() != QAbstractSocket::SocketTimeoutError && !established()))
                socketFailed(tr("while connecting"));
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    }

    void write(const QByteArray &data)
    {
        if (socket->write(data) != data.size())
            socketFailed(tr("while sending"));
        while (socket->bytesToWrite() > 0) {
            checkCanceled();
            if (!socket->waitForBytesWritten(kCancelPollMs)) {
                if (socket->state() != QAbstractSocket::ConnectedState
                    || (socket->error() != QAbstractSocket::SocketTimeoutError
                        && socket->error() != QAbstractSocket::UnknownSocketError))
                    socketFailed(tr("while sending"));
            }
        }
    }

    RespReply readReply()
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            if (std::optional<RespReply> reply = reader.take())
                return std::move(*reply);
            checkCanceled();
            if (socket->bytesAvailable() > 0) {
                reader.feed(socket->readAll());
                continue;
            }
            if (socket->state() != QAbstractSocket::ConnectedState)
                socketFailed(tr("while waiting for a reply"));
            int slice = kCancelPollMs;
            if (endpoint.readTimeoutMs > 0) {
                const qint64 left = endpoint.readTimeoutMs - timer.elapsed();
                if (left <= 0) {
                    dropConnection();
                    throw OperationError(Kind::Timeout,
                                         tr("FalkorDB at %1 did not answer within %2 ms.").arg(where()).arg(endpoint.readTimeoutMs),
                                         tr("The server may still be working on the request. Raise read_timeout= "
                                            "(0 waits forever) or use smaller pages."));
                }
                slice = int(qMin<qint64>(slice, left));
            }
            if (!socket->waitForReadyRead(qMax(1, slice))) {
                if (socket->bytesAvailable() > 0)
                    continue;
                if (socket->state() != QAbstractSocket::ConnectedState
                    || (socket->error() != QAbstractSocket::SocketTimeoutError
                        && socket->error() != QAbstractSocket::UnknownSocketError))
                    socketFailed(tr("while waiting for a reply"));
            }
        }
    }
};

FalkorConnection::FalkorConnection()
    : d(std::make_unique<Private>())
{
}

FalkorConnection::~FalkorConnection()
{
    close();
}

QByteArray FalkorConnection::formatCommand(const QList<QByteArray> &arguments)
{
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    argv.reserve(size_t(arguments.size()));
    lengths.reserve(size_t(arguments.size()));
    for (const QByteArray &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    char *formatted = nullptr;
    const int length = redisFormatCommandArgv(&formatted, int(argv.size()), argv.data(), lengths.data());
    if (length < 0 || !formatted)
        throw OperationError(Kind::Failed, tr("Could not encode a command (out of memory)."));
    QByteArray bytes(formatted, length);
    redisFreeCommand(formatted);
    return bytes;
}

void FalkorConnection::open(const FalkorEndpoint &endpoint, TaskContext *context)
{
    close();
    d->endpoint = endpoint;
    d->context = context;
    try {
        d->connectSocket();
        if (!endpoint.password.isEmpty()) {
            QList<QByteArray> auth { QByteArrayLiteral("AUTH") };
            if (!endpoint.user.isEmpty())
                auth << endpoint.user.toUtf8();
            auth << endpoint.password.toUtf8();
            const RespReply reply = command(auth);
            if (reply.isError()) {
                // Redis answers this when a password is given but none is needed: carry on without one.
                if (reply.text.contains("without any password configured")) {
                    if (context)
                        context->log(LogLevel::Warning,
                                     tr("%1 does not need a password; the one given was not used.").arg(d->where()));
                } else {
                    throw ServerErrorClassifier::classify(reply.text, QStringLiteral("AUTH"));
                }
            }
        }
        const RespReply pong = command({ QByteArrayLiteral("PING") });
        if (pong.isError())
            throw ServerErrorClassifier::classify(pong.text, QStringLiteral("PING"));
        if (pong.text != "PONG")
            throw OperationError(Kind::ConnectionFailed,
                                 tr("The server at %1 did not answer PING like Redis does.").arg(d->where()),
                                 tr("Check that the address points at a FalkorDB server."));
    } catch (const OperationError &error) {
        d->dropConnection();
        throw d->scrubbed(error);
    }
}

void FalkorConnection::close()
{
    d->dropConnection();
}

bool FalkorConnection::isOpen() const
{
    return d->socket != nullptr;
}

const FalkorEndpoint &FalkorConnection::endpoint() const
{
    return d->endpoint;
}

void FalkorConnection::setTaskContext(TaskContext *context)
{
    d->context = context;
}

RespReply FalkorConnection::command(const QList<QByteArray> &arguments)
{
    if (!d->socket)
        throw OperationError(Kind::Failed, tr("Not connected to FalkorDB."),
                             tr("The connection was closed after an earlier error; open it again."));
    try {
        d->checkCanceled();
        d->write(formatCommand(arguments));
        return d->readReply();
    } catch (const OperationError &error) {
        throw d->scrubbed(error);
    }
}

RespReply FalkorConnection::checkedCommand(const QList<QByteArray> &arguments, const QString &graph)
{
    RespReply reply = command(arguments);
    if (reply.isError()) {
        QString action = commandName(arguments);
        if (!graph.isEmpty())
            action = tr("%1 on graph '%2'").arg(action, graph);
        throw d->scrubbed(ServerErrorClassifier::classify(reply.text, action, graph));
    }
    return reply;
}

QString ModuleInfo::versionString() const
{
    return QStringLiteral("%1.%2.%3").arg(version / 10000).arg((version / 100) % 100).arg(version % 100);
}

ModuleInfo FalkorConnection::moduleInfo()
{
    ModuleInfo info;
    const RespReply reply = command({ QByteArrayLiteral("MODULE"), QByteArrayLiteral("LIST") });
    if (reply.isError()) {
        // A least-privilege user may not run MODULE LIST: ask the module itself instead.
        const RespReply probe = command({ QByteArrayLiteral("GRAPH.LIST") });
        if (probe.isError() && ServerErrorClassifier::isUnknownGraphCommand(probe.text))
            return info;
        // Redis looks a command up before it checks ACLs, so NOPERM also proves the module is there.
        if (probe.isError() && !probe.text.startsWith("NOPERM"))
            throw d->scrubbed(ServerErrorClassifier::classify(probe.text, QStringLiteral("GRAPH.LIST")));
        info.loaded = true; // the version stays 0: unknown
        return info;
    }
    for (const RespReply &module : reply.elements) {
        bool isGraph = false;
        qint64 version = 0;
        for (qsizetype i = 0; i + 1 < module.elements.size(); i += 2) {
            const QByteArray key = module.elements.at(i).text;
            const RespReply &value = module.elements.at(i + 1);
            if (key == "name")
                isGraph = value.text.compare("graph", Qt::CaseInsensitive) == 0;
            else if (key == "ver")
                version = value.type == RespReply::Type::Integer ? value.integer : value.text.toLongLong();
        }
        if (isGraph) {
            info.loaded = true;
            info.version = int(version);
        }
    }
    return info;
}

void FalkorConnection::requireGraphModule()
{
    if (!moduleInfo().loaded)
        throw OperationError(Kind::ServerError,
                             tr("This Redis server (%1) has no FalkorDB graph module.").arg(d->where()),
                             tr("Connect to a FalkorDB server, or load the module (loadmodule falkordb.so)."));
}

QString FalkorConnection::redisVersion()
{
    const RespReply reply = checkedCommand({ QByteArrayLiteral("INFO"), QByteArrayLiteral("server") });
    for (const QByteArray &line : reply.text.split('\n')) {
        if (line.startsWith("redis_version:"))
            return QString::fromUtf8(line.mid(14).trimmed());
    }
    return {};
}

QStringList FalkorConnection::listGraphs()
{
    const RespReply reply = checkedCommand({ QByteArrayLiteral("GRAPH.LIST") });
    QStringList graphs;
    for (const RespReply &name : reply.elements)
        graphs << QString::fromUtf8(name.text);
    return graphs;
}

bool FalkorConnection::graphExists(const QString &graph)
{
    const QByteArray key = graph.toUtf8();
    const RespReply exists = checkedCommand({ QByteArrayLiteral("EXISTS"), key }, graph);
    if (exists.integer == 0)
        return false;
    const RespReply type = checkedCommand({ QByteArrayLiteral("TYPE"), key }, graph);
    return type.text == "graphdata";
}

void FalkorConnection::deleteGraph(const QString &graph)
{
    checkedCommand({ QByteArrayLiteral("GRAPH.DELETE"), graph.toUtf8() }, graph);
    forgetSchema(graph);
}

void FalkorConnection::copyGraph(const QString &source, const QString &destination)
{
    checkedCommand({ QByteArrayLiteral("GRAPH.COPY"), source.toUtf8(), destination.toUtf8() }, source);
    forgetSchema(destination);
}

qint64 FalkorConnection::configValue(const QString &name)
{
    const RespReply reply = checkedCommand({ QByteArrayLiteral("GRAPH.CONFIG"), QByteArrayLiteral("GET"), name.toUtf8() });
    // [name, value]; some versions wrap a single pair in another array.
    const RespReply *pair = &reply;
    if (pair->elements.size() == 1 && pair->elements.first().type == RespReply::Type::Array)
        pair = &pair->elements.first();
    if (pair->type != RespReply::Type::Array || pair->elements.size() != 2)
        throw OperationError(Kind::NotFound, tr("The server did not return the configuration field %1.").arg(name));
    const RespReply &value = pair->elements.at(1);
    if (value.type == RespReply::Type::Integer)
        return value.integer;
    bool ok = false;
    const qint64 number = value.text.toLongLong(&ok);
    if (!ok)
        throw OperationError(Kind::InvalidInput,
                             tr("The configuration field %1 is not a number ('%2').").arg(name, QString::fromUtf8(value.text)));
    return number;
}

QMap<QString, QString> FalkorConnection::allConfig()
{
    const RespReply reply = checkedCommand({ QByteArrayLiteral("GRAPH.CONFIG"), QByteArrayLiteral("GET"), QByteArrayLiteral("*") });
    QMap<QString, QString> config;
    for (const RespReply &pair : reply.elements) {
        if (pair.elements.size() != 2)
            continue;
        const RespReply &value = pair.elements.at(1);
        config.insert(QString::fromUtf8(pair.elements.at(0).text),
                      value.type == RespReply::Type::Integer ? QString::number(value.integer) : QString::fromUtf8(value.text));
    }
    return config;
}

GraphSchema FalkorConnection::fetchSchemaList(const QString &graph, GraphSchema::List list, GraphSchema schema)
{
    // collect() returns the whole list as one row, so RESULTSET_SIZE cannot truncate it; the procedure
    // yields in id order (row index = id, falkordb.md §1.7) and collect keeps that order.
    QString cypher;
    switch (list) {
    case GraphSchema::List::Labels: cypher = QStringLiteral("CALL db.labels() YIELD label RETURN collect(label)"); break;
    case GraphSchema::List::RelationshipTypes:
        cypher = QStringLiteral("CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType)");
        break;
    case GraphSchema::List::PropertyKeys:
        cypher = QStringLiteral("CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey)");
        break;
    }
    const QString action = tr("reading the schema of graph '%1'").arg(graph);
    const RespReply reply = checkedCommand(
        { QByteArrayLiteral("GRAPH.RO_QUERY"), graph.toUtf8(), cypher.toUtf8(), QByteArrayLiteral("--compact") }, graph);
    const GraphSchema empty;
    const QueryResult result = CompactReplyParser(&empty, action, graph).parse(reply);
    QStringList names;
    if (!result.rows.isEmpty() && !result.rows.first().isEmpty()) {
        for (const GraphValue &name : result.rows.first().first().toArray())
            names << name.toString();
    }
    schema.list(list) = names;
    return schema;
}

QueryResult FalkorConnection::query(const QString &graph, const QString &cypher, const QueryOptions &options)
{
    QList<QByteArray> arguments { options.readOnly ? QByteArrayLiteral("GRAPH.RO_QUERY") : QByteArrayLiteral("GRAPH.QUERY"),
                                  graph.toUtf8(), cypher.toUtf8(), QByteArrayLiteral("--compact") };
    if (options.timeoutMs >= 0)
        arguments << QByteArrayLiteral("timeout") << QByteArray::number(options.timeoutMs);
    const QString action = tr("%1 on graph '%2'").arg(commandName(arguments), graph);
    const RespReply reply = command(arguments);

    GraphSchema &schema = d->schemas[graph];
    QSet<int> refreshed;
    for (;;) {
        try {
            return CompactReplyParser(&schema, action, graph).parse(reply);
        } catch (const CompactReplyParser::UnknownId &unknown) {
            // Ids are append-only per key: an unknown id means the cached list is old. Refresh that list
            // once; if the id is still unknown the reply and the schema disagree.
            if (refreshed.contains(int(unknown.list))) {
                static const char *const names[] = { "label", "relationship type", "property key" };
                throw OperationError(Kind::Failed,
                                     tr("The reply of %1 refers to %2 id %3, which the graph's schema does not list.")
                                         .arg(action, QLatin1String(names[int(unknown.list)]))
                                         .arg(unknown.id),
                                     tr("The graph may have been deleted and recreated meanwhile; run the operation again."));
            }
            refreshed.insert(int(unknown.list));
            schema = fetchSchemaList(graph, unknown.list, schema);
        } catch (const OperationError &error) {
            throw d->scrubbed(error);
        }
    }
}

QStringList FalkorConnection::explain(const QString &graph, const QString &cypher)
{
    const RespReply reply = checkedCommand({ QByteArrayLiteral("GRAPH.EXPLAIN"), graph.toUtf8(), cypher.toUtf8() }, graph);
    QStringList lines;
    for (const RespReply &line : reply.elements)
        lines << QString::fromUtf8(line.text);
    return lines;
}

QString FalkorConnection::constraintCommand(const QList<QByteArray> &arguments)
{
    QList<QByteArray> full = arguments;
    if (full.isEmpty() || full.first().toUpper() != "GRAPH.CONSTRAINT")
        full.prepend(QByteArrayLiteral("GRAPH.CONSTRAINT"));
    // GRAPH.CONSTRAINT CREATE|DROP <key> ...: the key is the third word.
    const QString graph = full.size() > 2 ? QString::fromUtf8(full.at(2)) : QString();
    const RespReply reply = checkedCommand(full, graph);
    return QString::fromUtf8(reply.text);
}

void FalkorConnection::forgetSchema(const QString &graph)
{
    d->schemas.remove(graph);
}

const GraphSchema *FalkorConnection::cachedSchema(const QString &graph) const
{
    const auto it = d->schemas.constFind(graph);
    return it == d->schemas.constEnd() ? nullptr : &it.value();
}
