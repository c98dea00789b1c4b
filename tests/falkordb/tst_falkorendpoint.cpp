#include "FalkorEndpoint.h"

#include <QTest>

class TestFalkorEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("FALKORDB_PASSWORD"); }
    void cleanup() { qunsetenv("FALKORDB_PASSWORD"); }

    void valid_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("plain") << QStringLiteral("redis://localhost:6380") << QStringLiteral("localhost") << 6380 << false << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("default port") << QStringLiteral("redis://db.example.com") << QStringLiteral("db.example.com") << 6379 << false << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("tls") << QStringLiteral("rediss://10.0.0.5:6390") << QStringLiteral("10.0.0.5") << 6390 << true << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("scheme case") << QStringLiteral("REDISS://h:1") << QStringLiteral("h") << 1 << true << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("password only") << QStringLiteral("redis://:s3cret@h:6379") << QStringLiteral("h") << 6379 << false << QStringLiteral("") << QStringLiteral("s3cret");
        QTest::newRow("user and password") << QStringLiteral("redis://backup:pw@h") << QStringLiteral("h") << 6379 << false << QStringLiteral("backup") << QStringLiteral("pw");
        QTest::newRow("percent-decoded") << QStringLiteral("redis://us%40er:p%3Aw%2F%25@h:7000") << QStringLiteral("h") << 7000 << false << QStringLiteral("us@er") << QStringLiteral("p:w/%");
        QTest::newRow("raw @ in password") << QStringLiteral("redis://:p@ss@h:7000") << QStringLiteral("h") << 7000 << false << QStringLiteral("") << QStringLiteral("p@ss");
        QTest::newRow("ipv6") << QStringLiteral("redis://[::1]:6379") << QStringLiteral("::1") << 6379 << false << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("ipv6 default port") << QStringLiteral("rediss://[fe80::1]") << QStringLiteral("fe80::1") << 6379 << true << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("db 0 path") << QStringLiteral("redis://h:6379/0") << QStringLiteral("h") << 6379 << false << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("trailing slash") << QStringLiteral("redis://h:6379/") << QStringLiteral("h") << 6379 << false << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("user only") << QStringLiteral("redis://reader@h") << QStringLiteral("h") << 6379 << false << QStringLiteral("reader") << QStringLiteral("");
    }

    void valid()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, tls);
        QFETCH(QString, user);
        QFETCH(QString, password);
        FalkorEndpoint endpoint;
        QString error;
        QVERIFY2(FalkorEndpoint::parse(url, &endpoint, &error), qPrintable(error));
        QCOMPARE(endpoint.host, host);
        QCOMPARE(int(endpoint.port), port);
        QCOMPARE(endpoint.tls, tls);
        QCOMPARE(endpoint.user, user);
        QCOMPARE(endpoint.password, password);
        QVERIFY(endpoint.verifyPeer);
        QCOMPARE(endpoint.readTimeoutMs, 0);
    }

    void options()
    {
        FalkorEndpoint endpoint;
        QString error;
        QVERIFY2(FalkorEndpoint::parse(QStringLiteral("rediss://h:1?ca=/etc/ssl/my%20ca.crt&sni=graph.internal&insecure=1"
                                                      "&connect_timeout=2500&read_timeout=60000"),
                                       &endpoint, &error),
                 qPrintable(error));
        QCOMPARE(endpoint.caFile, QStringLiteral("/etc/ssl/my ca.crt"));
        QCOMPARE(endpoint.serverName, QStringLiteral("graph.internal"));
        QVERIFY(!endpoint.verifyPeer);
        QCOMPARE(endpoint.connectTimeoutMs, 2500);
        QCOMPARE(endpoint.readTimeoutMs, 60000);
        QVERIFY(FalkorEndpoint::parse(QStringLiteral("rediss://h?insecure=0"), &endpoint, &error));
        QVERIFY(endpoint.verifyPeer);
    }

    void passwordFromEnvironment()
    {
        qputenv("FALKORDB_PASSWORD", "from-env");
        FalkorEndpoint endpoint;
        QString error;
        QVERIFY(FalkorEndpoint::parse(QStringLiteral("redis://h:1"), &endpoint, &error));
        QCOMPARE(endpoint.password, QStringLiteral("from-env"));
        QVERIFY(FalkorEndpoint::parse(QStringLiteral("redis://:in-url@h:1"), &endpoint, &error));
        QCOMPARE(endpoint.password, QStringLiteral("in-url")); // the URL wins
        QVERIFY(!endpoint.redactedUrl().contains(QLatin1String("in-url")));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("no scheme") << QStringLiteral("localhost:6379") << QStringLiteral("redis://");
        QTest::newRow("http") << QStringLiteral("http://h:80") << QStringLiteral("Unsupported scheme");
        QTest::newRow("empty host") << QStringLiteral("redis://:6379") << QStringLiteral("no host");
        QTest::newRow("port zero") << QStringLiteral("redis://h:0") << QStringLiteral("1 to 65535");
        QTest::newRow("port too big") << QStringLiteral("redis://h:70000") << QStringLiteral("1 to 65535");
        QTest::newRow("port not a number") << QStringLiteral("redis://h:abc") << QStringLiteral("not a number");
        QTest::newRow("empty port") << QStringLiteral("redis://h:") << QStringLiteral("port");
        QTest::newRow("bad host") << QStringLiteral("redis://bad host:1") << QStringLiteral("host");
        QTest::newRow("ipv6 without brackets") << QStringLiteral("redis://::1:6379") << QStringLiteral("brackets");
        QTest::newRow("ipv6 unclosed") << QStringLiteral("redis://[::1:6379") << QStringLiteral("]");
        QTest::newRow("bad ipv6") << QStringLiteral("redis://[zz::1]:1") << QStringLiteral("IPv6");
        QTest::newRow("database") << QStringLiteral("redis://h:1/3") << QStringLiteral("database 0");
        QTest::newRow("unknown option") << QStringLiteral("redis://h:1?foo=1") << QStringLiteral("foo");
        QTest::newRow("ca without tls") << QStringLiteral("redis://h:1?ca=/x") << QStringLiteral("rediss://");
        QTest::newRow("bad timeout") << QStringLiteral("redis://h:1?read_timeout=-5") << QStringLiteral("read_timeout");
        QTest::newRow("bad insecure") << QStringLiteral("rediss://h:1?insecure=maybe") << QStringLiteral("insecure");
        QTest::newRow("zero connect timeout") << QStringLiteral("redis://h:1?connect_timeout=0") << QStringLiteral("connect_timeout");
    }

    void invalid()
    {
        QFETCH(QString, url);
        QFETCH(QString, mustMention);
        FalkorEndpoint endpoint;
        endpoint.host = QStringLiteral("unchanged");
        QString error;
        QVERIFY(!FalkorEndpoint::parse(url, &endpoint, &error));
        QVERIFY2(error.contains(mustMention), qPrintable(error));
        QCOMPARE(endpoint.host, QStringLiteral("unchanged"));
    }

    // A password typed where the port belongs must not be echoed.
    void errorsDoNotEchoSecrets()
    {
        FalkorEndpoint endpoint;
        QString error;
        QVERIFY(!FalkorEndpoint::parse(QStringLiteral("redis://admin:Hunter2Secret"), &endpoint, &error));
        QVERIFY2(!error.contains(QLatin1String("Hunter2Secret")), qPrintable(error));
        QVERIFY(!FalkorEndpoint::parse(QStringLiteral("ftp://u:Hunter2Secret@h"), &endpoint, &error));
        QVERIFY2(!error.contains(QLatin1String("Hunter2Secret")), qPrintable(error));
    }

    void redactedUrl()
    {
        FalkorEndpoint endpoint;
        QString error;
        QVERIFY(FalkorEndpoint::parse(QStringLiteral("rediss://backup:Very%40Secret@[::1]:6390?ca=/tmp/ca.crt&read_timeout=5000"),
                                      &endpoint, &error));
        const QString redacted = endpoint.redactedUrl();
        QCOMPARE(redacted, QStringLiteral("rediss://backup:***@[::1]:6390?ca=/tmp/ca.crt&read_timeout=5000"));
        QVERIFY(!redacted.contains(QLatin1String("Secret")));
        // The redacted form (without the password) parses back to the same place.
        FalkorEndpoint again;
        QVERIFY(FalkorEndpoint::parse(QStringLiteral("redis://h:6379"), &again, &error));
        QCOMPARE(again.redactedUrl(), QStringLiteral("redis://h:6379"));
    }
};

QTEST_GUILESS_MAIN(TestFalkorEndpoint)
#include "tst_falkorendpoint.moc"
