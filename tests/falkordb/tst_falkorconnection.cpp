#include "CypherParameters.h"
#include "FalkorConnection.h"
#include "FalkorEndpoint.h"
#include "RedisServerFixture.h"
#include "TestEnvironment.h"

#include "OperationError.h"
#include "TaskContext.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {
const QString kPassword = QStringLiteral("S3cret-Pa55word!");

FalkorEndpoint endpointFor(const QString &url)
{
    FalkorEndpoint endpoint;
    QString error;
    if (!FalkorEndpoint::parse(url, &endpoint, &error))
        qFatal("bad test url %s: %s", qPrintable(url), qPrintable(error));
    return endpoint;
}

// Runs `open` and returns the error it throws (or a Failed placeholder when it does not throw).
template<typename Function>
OperationError errorOf(Function function)
{
    try {
        function();
    } catch (const OperationError &error) {
        return error;
    }
    return OperationError(OperationError::Kind::Failed, QStringLiteral("NO ERROR WAS THROWN"));
}

#define START_FIXTURE(fixture, options)                                                                                  \
    do {                                                                                                                 \
        QString startError;                                                                                              \
        if (!(fixture).start((options), &startError))                                                                    \
            QFAIL(qPrintable(QStringLiteral("redis-server: ") + startError));                                             \
    } while (false)

#define REQUIRE_GRAPH_MODULE()                                                                                           \
    do {                                                                                                                 \
        if (TestEnvironment::graphModulePath().isEmpty())                                                                \
            QSKIP("no graph module: build falkordb_standin or set FALKORDB_MODULE");                                      \
    } while (false)

QString kindName(const OperationError &error)
{
    return OperationError::kindName(error.kind());
}
} // namespace

class TestFalkorConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<RedisServerFixture> m_graphServer; // shared by the graph-module tests

    FalkorConnection &graphConnection(FalkorConnection &connection)
    {
        connection.open(endpointFor(m_graphServer->url()));
        return connection;
    }

private slots:
    void init() { qunsetenv("FALKORDB_PASSWORD"); }

    void formatCommand()
    {
        QCOMPARE(FalkorConnection::formatCommand({ QByteArrayLiteral("GET"), QByteArray("a\r\nb", 4) }),
                 QByteArray("*2\r\n$3\r\nGET\r\n$4\r\na\r\nb\r\n"));
        QCOMPARE(FalkorConnection::formatCommand({ QByteArrayLiteral("X"), QByteArray() }), QByteArray("*2\r\n$1\r\nX\r\n$0\r\n\r\n"));
    }

    void plainRedis()
    {
        RedisServerFixture server;
        RedisServerFixture::Options options;
        options.loadGraphModule = false;
        START_FIXTURE(server, options);
        FalkorConnection connection;
        QVERIFY(!connection.isOpen());
        connection.open(endpointFor(server.url()));
        QVERIFY(connection.isOpen());
        const QByteArray binary("bytes\0with\r\nbreaks", 18);
        QCOMPARE(connection.command({ "SET", "k", binary }).text, QByteArray("OK"));
        QCOMPARE(connection.command({ "GET", "k" }).text, binary);
        QCOMPARE(connection.command({ "GET", "missing" }).type, RespReply::Type::Nil);
        const RespReply error = connection.command({ "NOSUCHCOMMAND" });
        QVERIFY(error.isError());
        QVERIFY(connection.isOpen()); // an error reply is not a connection failure
        QVERIFY(connection.redisVersion().contains(QLatin1Char('.')));
        // A large reply arrives in many reads.
        const QByteArray big(5 * 1024 * 1024, 'x');
        connection.command({ "SET", "big", big });
        QCOMPARE(connection.command({ "GET", "big" }).text, big);
        connection.close();
        QVERIFY(!connection.isOpen());
        QCOMPARE(kindName(errorOf([&] { connection.command({ "PING" }); })), QStringLiteral("failed"));
    }

    void noGraphModule()
    {
        RedisServerFixture server;
        RedisServerFixture::Options options;
        options.loadGraphModule = false;
        START_FIXTURE(server, options);
        FalkorConnection connection;
        connection.open(endpointFor(server.url())); // open() does not require the module
        QVERIFY(!connection.moduleInfo().loaded);
        for (const OperationError &error : { errorOf([&] { connection.requireGraphModule(); }),
                                             errorOf([&] { connection.query(QStringLiteral("g"), QStringLiteral("RETURN 1")); }),
                                             errorOf([&] { connection.listGraphs(); }) }) {
            QCOMPARE(kindName(error), QStringLiteral("server-error"));
            QVERIFY2(error.message().contains(QLatin1String("no FalkorDB graph module")), qPrintable(error.fullText()));
        }
    }

    void passwordAuthentication()
    {
        RedisServerFixture server;
        RedisServerFixture::Options options;
        options.loadGraphModule = false;
        options.password = kPassword;
        START_FIXTURE(server, options);
        const quint16 port = server.port();

        FalkorConnection good;
        good.open(endpointFor(QStringLiteral("redis://:%1@127.0.0.1:%2").arg(kPassword).arg(port)));
        QCOMPARE(good.command({ "PING" }).text, QByteArray("PONG"));

        qputenv("FALKORDB_PASSWORD", kPassword.toUtf8());
        FalkorConnection fromEnvironment;
        fromEnvironment.open(endpointFor(QStringLiteral("redis://127.0.0.1:%1").arg(port)));
        QVERIFY(fromEnvironment.isOpen());
        qunsetenv("FALKORDB_PASSWORD");

        FalkorConnection wrong;
        const OperationError wrongError = errorOf([&] {
            wrong.open(endpointFor(QStringLiteral("redis://:wrong-%1@127.0.0.1:%2").arg(kPassword).arg(port)));
        });
        QCOMPARE(kindName(wrongError), QStringLiteral("auth-failed"));
        QVERIFY2(wrongError.fullText().contains(QLatin1String("FALKORDB_PASSWORD")), qPrintable(wrongError.fullText()));
        QVERIFY(!wrongError.fullText().contains(kPassword));
        QVERIFY(!QString::fromUtf8(wrongError.what()).contains(kPassword));
        QVERIFY(!wrong.isOpen());

        FalkorConnection missing;
        const OperationError missingError = errorOf([&] { missing.open(endpointFor(QStringLiteral("redis://127.0.0.1:%1").arg(port))); });
        QCOMPARE(kindName(missingError), QStringLiteral("auth-failed"));
        QVERIFY2(missingError.message().contains(QLatin1String("NOAUTH")), qPrintable(missingError.fullText()));
        QVERIFY(missingError.fullText().contains(QLatin1String("FALKORDB_PASSWORD")));
    }

    void aclUser()
    {
        RedisServerFixture server;
        RedisServerFixture::Options options;
        options.loadGraphModule = false;
        options.aclUser = QStringLiteral("backup");
        options.aclPassword = kPassword;
        START_FIXTURE(server, options);
        const quint16 port = server.port();

        FalkorConnection good;
        good.open(endpointFor(QStringLiteral("redis://backup:%1@127.0.0.1:%2").arg(kPassword).arg(port)));
        QCOMPARE(good.command({ "ACL", "WHOAMI" }).text, QByteArray("backup"));

        FalkorConnection wrongUser;
        const OperationError error = errorOf([&] {
            wrongUser.open(endpointFor(QStringLiteral("redis://nobody:%1@127.0.0.1:%2").arg(kPassword).arg(port)));
        });
        QCOMPARE(kindName(error), QStringLiteral("auth-failed"));
        QVERIFY(!error.fullText().contains(kPassword));
    }

    // A password given to a server that needs none is not an error (FALKORDB_PASSWORD may be set globally).
    void passwordNotNeeded()
    {
        RedisServerFixture server;
        RedisServerFixture::Options options;
        options.loadGraphModule = false;
        START_FIXTURE(server, options);
        QStringList warnings;
        CallbackTaskContext context({}, [&](LogLevel, const QString &message) { warnings << message; });
        FalkorConnection connection;
        connection.open(endpointFor(QStringLiteral("redis://:unused@127.0.0.1:%1").arg(server.port())), &context);
        QVERIFY(connection.isOpen());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(!warnings.first().contains(QLatin1String("unused")));
    }

    void tls()
    {
        RedisServerFixture server;
        RedisServerFixture::Options options;
        options.loadGraphModule = false;
        options.tls = true;
        options.password = kPassword;
        START_FIXTURE(server, options);

        FalkorEndpoint endpoint = endpointFor(server.url());
        endpoint.password = kPassword;
        FalkorConnection connection;
        connection.open(endpoint);
        QCOMPARE(connection.command({ "PING" }).text, QByteArray("PONG"));
        const QByteArray big(3 * 1024 * 1024, 'y');
        connection.command({ "SET", "big", big });
        QCOMPARE(connection.command({ "GET", "big" }).text, big);

        // The certificate names localhost and 127.0.0.1: both verify; another name does not.
        FalkorEndpoint byName = endpoint;
        byName.host = QStringLiteral("localhost");
        FalkorConnection named;
        named.open(byName);
        QVERIFY(named.isOpen());

        FalkorEndpoint wrongName = endpoint;
        wrongName.serverName = QStringLiteral("graph.example.com");
        FalkorConnection misnamed;
        QCOMPARE(kindName(errorOf([&] { misnamed.open(wrongName); })), QStringLiteral("tls-failed"));

        // A CA that did not sign the server certificate.
        RedisServerFixture other;
        START_FIXTURE(other, options);
        FalkorEndpoint wrongCa = endpoint;
        wrongCa.caFile = other.caCertificatePath();
        FalkorConnection untrusted;
        const OperationError error = errorOf([&] { untrusted.open(wrongCa); });
        QCOMPARE(kindName(error), QStringLiteral("tls-failed"));
        QVERIFY2(error.fullText().contains(QLatin1String("ca=")), qPrintable(error.fullText()));
        QVERIFY(!error.fullText().contains(kPassword));

        // insecure=1 accepts it.
        FalkorEndpoint insecure = wrongCa;
        insecure.verifyPeer = false;
        FalkorConnection unchecked;
        unchecked.open(insecure);
        QVERIFY(unchecked.isOpen());

        // No CA file given: the system CAs do not know the test CA.
        FalkorEndpoint systemCas = endpoint;
        systemCas.caFile.clear();
        FalkorConnection system;
        QCOMPARE(kindName(errorOf([&] { system.open(systemCas); })), QStringLiteral("tls-failed"));

        FalkorEndpoint missingCa = endpoint;
        missingCa.caFile = server.directory() + QStringLiteral("/no-such-ca.crt");
        FalkorConnection noCa;
        QCOMPARE(kindName(errorOf([&] { noCa.open(missingCa); })), QStringLiteral("tls-failed"));

        // Plain RESP to a TLS port: the server drops the connection.
        FalkorEndpoint plain = endpoint;
        plain.tls = false;
        plain.caFile.clear();
        plain.connectTimeoutMs = 5000;
        plain.readTimeoutMs = 5000;
        FalkorConnection mismatch;
        const OperationError plainError = errorOf([&] { mismatch.open(plain); });
        QVERIFY2(plainError.kind() == OperationError::Kind::ConnectionFailed || plainError.kind() == OperationError::Kind::Timeout,
                 qPrintable(plainError.fullText()));
    }

    void tlsToPlainServer()
    {
        RedisServerFixture server;
        RedisServerFixture::Options options;
        options.loadGraphModule = false;
        START_FIXTURE(server, options);
        FalkorEndpoint endpoint = endpointFor(server.url());
        endpoint.tls = true;
        endpoint.connectTimeoutMs = 5000;
        FalkorConnection connection;
        const OperationError error = errorOf([&] { connection.open(endpoint); });
        QVERIFY2(error.kind() == OperationError::Kind::TlsFailed || error.kind() == OperationError::Kind::Timeout,
                 qPrintable(error.fullText()));
    }

    void connectionRefused()
    {
        const quint16 port = TestEnvironment::freeLoopbackPort();
        FalkorConnection connection;
        const OperationError error = errorOf([&] { connection.open(endpointFor(QStringLiteral("redis://127.0.0.1:%1").arg(port))); });
        QCOMPARE(kindName(error), QStringLiteral("connection-failed"));
        QVERIFY2(error.hint().contains(QStringLiteral("Is FalkorDB running on 127.0.0.1:%1?").arg(port)), qPrintable(error.fullText()));
    }

    void hostNotFound()
    {
        FalkorConnection connection;
        const OperationError error = errorOf([&] { connection.open(endpointFor(QStringLiteral("redis://no-such-host.invalid:6379"))); });
        QCOMPARE(kindName(error), QStringLiteral("connection-failed"));
        QVERIFY2(error.message().contains(QLatin1String("no-such-host.invalid")), qPrintable(error.fullText()));
    }

    // A read that would block forever (BLPOP ... 0) ends with Canceled when another thread cancels.
    void cancelBlockedRead()
    {
        RedisServerFixture server;
        RedisServerFixture::Options options;
        options.loadGraphModule = false;
        START_FIXTURE(server, options);
        CallbackTaskContext context;
        FalkorConnection connection;
        connection.open(endpointFor(server.url()), &context);
        QThread *canceler = QThread::create([&context] {
            QThread::msleep(300);
            context.cancel();
        });
        canceler->start();
        const OperationError error = errorOf([&] { connection.command({ "BLPOP", "nosuchkey", "0" }); });
        canceler->wait();
        delete canceler;
        QCOMPARE(kindName(error), QStringLiteral("canceled"));
        QVERIFY(!connection.isOpen()); // the reply may still come: the connection cannot be reused
    }

    void readTimeout()
    {
        RedisServerFixture server;
        RedisServerFixture::Options options;
        options.loadGraphModule = false;
        START_FIXTURE(server, options);
        FalkorConnection connection;
        connection.open(endpointFor(server.url() + QStringLiteral("?read_timeout=300")));
        const OperationError error = errorOf([&] { connection.command({ "BLPOP", "nosuchkey", "0" }); });
        QCOMPARE(kindName(error), QStringLiteral("timeout"));
        QVERIFY(error.hint().contains(QLatin1String("read_timeout")));
        QVERIFY(!connection.isOpen());
    }

    // A server that answers PING, then sends half a reply to the next command and hangs up.
    void connectionLostInsideReply()
    {
        quint16 port = 0;
        QThread *fake = QThread::create([&port] {
            QTcpServer listener;
            listener.listen(QHostAddress::LocalHost, 0);
            port = listener.serverPort();
            if (!listener.waitForNewConnection(10000))
                return;
            QTcpSocket *client = listener.nextPendingConnection();
            QByteArray received;
            auto waitFor = [&](const QByteArray &needle) {
                while (!received.contains(needle) && client->waitForReadyRead(10000))
                    received += client->readAll();
            };
            waitFor("PING");
            client->write("+PONG\r\n");
            client->waitForBytesWritten(5000);
            waitFor("GRAPH.LIST");
            client->write("*3\r\n$5\r\ngraph\r\n$3\r\nab"); // a reply cut in the middle of a string
            client->waitForBytesWritten(5000);
            client->disconnectFromHost();
            if (client->state() != QAbstractSocket::UnconnectedState)
                client->waitForDisconnected(5000);
        });
        fake->start();
        while (port == 0)
            QThread::msleep(10);
        FalkorConnection connection;
        connection.open(endpointFor(QStringLiteral("redis://127.0.0.1:%1").arg(port)));
        const OperationError error = errorOf([&] { connection.listGraphs(); });
        fake->wait();
        delete fake;
        QCOMPARE(kindName(error), QStringLiteral("connection-failed"));
        QVERIFY2(error.message().contains(QLatin1String("closed the connection")), qPrintable(error.fullText()));
        QVERIFY(!connection.isOpen());
    }

    // ---- with the graph module (the stand-in, or a real falkordb.so via FALKORDB_MODULE) ----

    void graphModuleInfo()
    {
        REQUIRE_GRAPH_MODULE();
        QVERIFY(startGraphServer());
        FalkorConnection connection;
        graphConnection(connection);
        const ModuleInfo info = connection.moduleInfo();
        QVERIFY(info.loaded);
        QVERIFY(info.version >= 40000);
        QVERIFY(info.versionString().startsWith(QLatin1String("4.")));
        connection.requireGraphModule();
    }

    // A least-privilege user may not run MODULE LIST; the module is then detected through GRAPH.LIST.
    void moduleInfoWithoutModuleList()
    {
        const QStringList limitedUser { QStringLiteral("--user"), QStringLiteral("limited"), QStringLiteral("on"),
                                        QLatin1Char('>') + kPassword, QStringLiteral("~*"), QStringLiteral("&*"),
                                        QStringLiteral("+@all"), QStringLiteral("-module") };
        for (const bool withModule : { false, true }) {
            if (withModule && TestEnvironment::graphModulePath().isEmpty())
                QSKIP("no graph module: build falkordb_standin or set FALKORDB_MODULE");
            RedisServerFixture server;
            RedisServerFixture::Options options;
            options.loadGraphModule = withModule;
            options.extraArguments = limitedUser;
            START_FIXTURE(server, options);
            FalkorConnection connection;
            connection.open(endpointFor(QStringLiteral("redis://limited:%1@127.0.0.1:%2").arg(kPassword).arg(server.port())));
            QVERIFY(connection.command({ "MODULE", "LIST" }).isError()); // NOPERM
            const ModuleInfo info = connection.moduleInfo();
            QCOMPARE(info.loaded, withModule);
            QCOMPARE(info.version, 0);
        }
    }

    void queryRoundTrip()
    {
        REQUIRE_GRAPH_MODULE();
        QVERIFY(startGraphServer());
        FalkorConnection connection;
        graphConnection(connection);
        const QString graph = QStringLiteral("roundtrip");
        QueryOptions write;
        write.readOnly = false;
        const QueryResult created = connection.query(
            graph,
            QStringLiteral("CREATE (:Person:Author {name: 'Ada', born: 1815, score: 0.1, tags: ['math', 'poetry'], active: true, "
                           "home: point({latitude: 51.5072, longitude: -0.1276})}), (:Doc {embedding: vecf32([0.25, 0.1, 3.0])}), ()"),
            write);
        QCOMPARE(created.statistics.value(QStringLiteral("Nodes created")), 3.0);
        QVERIFY(created.rows.isEmpty());

        const QueryResult nodes = connection.query(graph, QStringLiteral("MATCH (n) RETURN n ORDER BY ID(n)"));
        QCOMPARE(nodes.rows.size(), 3);
        const GraphValue::Node ada = nodes.rows.at(0).at(0).toNode();
        QCOMPARE(ada.labels, QStringList({ QStringLiteral("Person"), QStringLiteral("Author") }));
        QCOMPARE(ada.properties.at(0).value, GraphValue::string(QStringLiteral("Ada")));
        QCOMPARE(ada.properties.at(2).value, GraphValue::number(0.1));
        QCOMPARE(ada.properties.at(3).value.toArray().size(), 2);
        QCOMPARE(ada.properties.at(5).value, GraphValue::point(51.5072f, -0.1276f));
        QCOMPARE(nodes.rows.at(1).at(0).toNode().properties.at(0).value, GraphValue::vector({ 0.25f, 0.1f, 3.0f }));
        QVERIFY(nodes.rows.at(2).at(0).toNode().labels.isEmpty());

        // Parameters, including the hard cases, come back unchanged.
        CypherParameters parameters;
        const QString text = QStringLiteral("it's \"x\"\n\tback\\slash Nguyễn Văn A");
        parameters.add(QStringLiteral("s"), GraphValue::string(text));
        parameters.addInteger(QStringLiteral("lo"), std::numeric_limits<qint64>::min());
        parameters.add(QStringLiteral("f"), GraphValue::number(0.5));
        parameters.add(QStringLiteral("l"), GraphValue::array({ GraphValue::integer(1), GraphValue(), GraphValue::array({ GraphValue::boolean(false) }) }));
        const QueryResult echoed = connection.query(graph, parameters.apply(QStringLiteral("RETURN $s, $lo, $f, $l")));
        QCOMPARE(echoed.rows.at(0).at(0), GraphValue::string(text));
        QCOMPARE(echoed.rows.at(0).at(1), GraphValue::integer(std::numeric_limits<qint64>::min()));
        QCOMPARE(echoed.rows.at(0).at(2), GraphValue::number(0.5));
        QCOMPARE(echoed.rows.at(0).at(3).toArray().size(), 3);

        QueryOptions withTimeout;
        withTimeout.timeoutMs = 0; // `timeout 0` is sent and accepted
        QCOMPARE(connection.query(graph, QStringLiteral("MATCH (n) RETURN count(n)"), withTimeout).rows.at(0).at(0), GraphValue::integer(3));

        QVERIFY(connection.listGraphs().contains(graph));
        QVERIFY(connection.graphExists(graph));
        QVERIFY(!connection.graphExists(QStringLiteral("nope")));
        connection.command({ "SET", "plainkey", "v" });
        QVERIFY(!connection.graphExists(QStringLiteral("plainkey")));
    }

    // Labels, types and keys created after the cache was filled are resolved after one refresh.
    void schemaCacheRefresh()
    {
        REQUIRE_GRAPH_MODULE();
        QVERIFY(startGraphServer());
        FalkorConnection connection;
        graphConnection(connection);
        FalkorConnection other; // another client adds labels meanwhile
        graphConnection(other);
        const QString graph = QStringLiteral("growing");
        QueryOptions write;
        write.readOnly = false;
        connection.query(graph, QStringLiteral("CREATE (:A {x: 1})"), write);
        QCOMPARE(connection.query(graph, QStringLiteral("MATCH (n) RETURN n")).rows.at(0).at(0).toNode().labels,
                 QStringList { QStringLiteral("A") });
        QVERIFY(connection.cachedSchema(graph));
        QCOMPARE(connection.cachedSchema(graph)->labels, QStringList { QStringLiteral("A") });

        other.query(graph, QStringLiteral("CREATE (:B:C {y: 2})-[:REL {z: 3}]->(:A)"), write);
        const QueryResult result = connection.query(graph, QStringLiteral("MATCH (n:B)-[e]->(m) RETURN n, e, m"));
        const GraphValue::Node b = result.rows.at(0).at(0).toNode();
        QCOMPARE(b.labels, QStringList({ QStringLiteral("B"), QStringLiteral("C") }));
        QCOMPARE(b.properties.at(0).key, QStringLiteral("y"));
        QCOMPARE(result.rows.at(0).at(1).toEdge().type, QStringLiteral("REL"));
        QCOMPARE(result.rows.at(0).at(1).toEdge().properties.at(0).key, QStringLiteral("z"));
        QCOMPARE(connection.cachedSchema(graph)->labels, QStringList({ QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));

        connection.forgetSchema(graph);
        QVERIFY(!connection.cachedSchema(graph));
    }

    void unknownGraph()
    {
        REQUIRE_GRAPH_MODULE();
        QVERIFY(startGraphServer());
        FalkorConnection connection;
        graphConnection(connection);
        const OperationError error = errorOf([&] { connection.query(QStringLiteral("no_such_graph"), QStringLiteral("MATCH (n) RETURN n")); });
        QCOMPARE(kindName(error), QStringLiteral("not-found"));
        QVERIFY(error.message().contains(QLatin1String("no_such_graph")));
        QCOMPARE(kindName(errorOf([&] { connection.deleteGraph(QStringLiteral("no_such_graph")); })), QStringLiteral("not-found"));
        QVERIFY(connection.isOpen()); // server errors leave the connection usable
    }

    void configuration()
    {
        REQUIRE_GRAPH_MODULE();
        QVERIFY(startGraphServer());
        FalkorConnection connection;
        graphConnection(connection);
        QCOMPARE(connection.configValue(QStringLiteral("RESULTSET_SIZE")), 10);
        QCOMPARE(connection.configValue(QStringLiteral("TIMEOUT")), 1000);
        const QMap<QString, QString> all = connection.allConfig();
        QCOMPARE(all.value(QStringLiteral("RESULTSET_SIZE")), QStringLiteral("10"));
        QCOMPARE(all.value(QStringLiteral("MAX_QUEUED_QUERIES")), QStringLiteral("25"));
        QCOMPARE(kindName(errorOf([&] { connection.configValue(QStringLiteral("NO_SUCH_FIELD")); })), QStringLiteral("not-found"));

        // The row cap is silent: 20 asked, 10 returned.
        QueryOptions write;
        write.readOnly = false;
        connection.query(QStringLiteral("cap"), QStringLiteral("CREATE ()"), write);
        QCOMPARE(connection.query(QStringLiteral("cap"), QStringLiteral("UNWIND range(1, 20) AS i RETURN i")).rows.size(), 10);
    }

    void copyDeleteExplainConstraint()
    {
        REQUIRE_GRAPH_MODULE();
        QVERIFY(startGraphServer());
        FalkorConnection connection;
        graphConnection(connection);
        QueryOptions write;
        write.readOnly = false;
        connection.query(QStringLiteral("src"), QStringLiteral("CREATE (:P {name: 'a'})"), write);
        connection.copyGraph(QStringLiteral("src"), QStringLiteral("dst"));
        QCOMPARE(connection.query(QStringLiteral("dst"), QStringLiteral("MATCH (n) RETURN count(n)")).rows.at(0).at(0), GraphValue::integer(1));
        QCOMPARE(kindName(errorOf([&] { connection.copyGraph(QStringLiteral("src"), QStringLiteral("dst")); })), QStringLiteral("conflict"));
        connection.deleteGraph(QStringLiteral("dst"));
        QVERIFY(!connection.listGraphs().contains(QStringLiteral("dst")));

        const QStringList plan = connection.explain(QStringLiteral("src"), QStringLiteral("MATCH (n) WHERE ID(n) = 0 RETURN n"));
        QVERIFY(!plan.isEmpty());
        QVERIFY(plan.join(QLatin1Char('\n')).contains(QLatin1String("NodeByIdSeek")));

        connection.query(QStringLiteral("src"), QStringLiteral("CREATE INDEX FOR (n:P) ON (n.name)"), write);
        QCOMPARE(connection.constraintCommand({ "CREATE", "src", "UNIQUE", "NODE", "P", "PROPERTIES", "1", "name" }),
                 QStringLiteral("PENDING"));
    }

    void cleanupTestCase() { m_graphServer.reset(); }

private:
    bool startGraphServer()
    {
        if (m_graphServer)
            return true;
        m_graphServer = std::make_unique<RedisServerFixture>();
        RedisServerFixture::Options options;
        options.moduleArguments = { QStringLiteral("RESULTSET_SIZE"), QStringLiteral("10"), QStringLiteral("TIMEOUT"),
                                    QStringLiteral("1000"), QStringLiteral("MAX_QUEUED_QUERIES"), QStringLiteral("25") };
        QString error;
        if (!m_graphServer->start(options, &error)) {
            const QString log = m_graphServer->logText();
            m_graphServer.reset();
            qWarning("graph server: %s\n%s", qPrintable(error), qPrintable(log.right(600)));
            return false;
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TestFalkorConnection)
#include "tst_falkorconnection.moc"
