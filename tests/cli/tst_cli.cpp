// brandmind-backup-cli as a user runs it: exit codes, --json on stdout, progress on stderr, and no
// password in any output.

#include "FalkorConnection.h"
#include "GraphTestData.h"
#include "RedisServerFixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("Sup3r-S3cret-PW-4711");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun runCli(const QStringList &arguments, const QMap<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FALKORDB_PASSWORD"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("BMB_CLI"), arguments);
    process.waitForFinished(300000);
    CliRun run { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    // Whatever happened, the password must not be printed.
    if (run.out.contains(kPassword.toUtf8()) || run.err.contains(kPassword.toUtf8()))
        qFatal("the password appeared in the output of %s", qPrintable(arguments.join(QLatin1Char(' '))));
    return run;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    RedisServerFixture m_server;
    QTemporaryDir m_work;
    QString m_url;           // with the password in it
    QString m_urlNoPassword;

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("BMB_CLI").isEmpty());
        RedisServerFixture::Options options;
        options.password = kPassword;
        options.moduleArguments = { QStringLiteral("RESULTSET_SIZE"), QStringLiteral("10000"), QStringLiteral("TIMEOUT"),
                                    QStringLiteral("1000") };
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_urlNoPassword = m_server.url();
        m_url = QStringLiteral("redis://:%1@127.0.0.1:%2").arg(kPassword).arg(m_server.port());
        FalkorEndpoint endpoint;
        QVERIFY(FalkorEndpoint::parse(m_url, &endpoint, &error));
        FalkorConnection connection;
        connection.open(endpoint);
        GraphTestData::createRichGraph(connection, QStringLiteral("knowledge_graph"));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        const CliRun unknown = runCli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("Unknown command"));
        QCOMPARE(runCli({ QStringLiteral("restore") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("backup"), QStringLiteral("--no-such-option") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("restore"), m_work.path(), QStringLiteral("--falkordb"), m_url,
                          QStringLiteral("--mode"), QStringLiteral("sideways") }).exitCode, 2);
        const CliRun help = runCli({ QStringLiteral("backup"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--falkordb"));
    }

    void backupRestoreVerifyWithJson()
    {
        const QString set = m_work.filePath(QStringLiteral("set1"));
        const CliRun backup = runCli({ QStringLiteral("backup"), QStringLiteral("--falkordb"), m_url, QStringLiteral("--graph"),
                                       QStringLiteral("knowledge_graph"), QStringLiteral("--out"), set, QStringLiteral("--json") });
        QCOMPARE(backup.exitCode, 0);
        QVERIFY2(backup.json().value(QStringLiteral("ok")).toBool(), backup.out.constData());
        QVERIFY(backup.err.contains("Backup set written"));   // progress and messages go to stderr
        QVERIFY(!backup.out.contains("Backup set written"));  // stdout holds only the JSON

        const CliRun verify = runCli({ QStringLiteral("verify"), set, QStringLiteral("--json") });
        QCOMPARE(verify.exitCode, 0);
        QVERIFY(verify.json().value(QStringLiteral("ok")).toBool());

        // The password from the environment instead of the URL.
        const CliRun restore = runCli({ QStringLiteral("restore"), set, QStringLiteral("--falkordb"), m_urlNoPassword,
                                        QStringLiteral("--graph"), QStringLiteral("knowledge_graph=restored"), QStringLiteral("--json") },
                                      { { QStringLiteral("FALKORDB_PASSWORD"), kPassword } });
        QCOMPARE(restore.exitCode, 0);
        const QJsonObject graph = restore.json().value(QStringLiteral("graphs")).toArray().first().toObject();
        QCOMPARE(graph.value(QStringLiteral("target")).toString(), QStringLiteral("restored"));
        QVERIFY(graph.value(QStringLiteral("verified")).toBool());

        const CliRun live = runCli({ QStringLiteral("verify"), set, QStringLiteral("--falkordb"), m_url, QStringLiteral("--graph"),
                                     QStringLiteral("knowledge_graph=restored") });
        QCOMPARE(live.exitCode, 0);
        QVERIFY(live.err.contains("equal to the backup"));

        // Restoring again into the now non-empty graph is a conflict: exit 4, nothing changed.
        const CliRun again = runCli({ QStringLiteral("restore"), set, QStringLiteral("--falkordb"), m_url, QStringLiteral("--graph"),
                                      QStringLiteral("knowledge_graph=restored"), QStringLiteral("--json") });
        QCOMPARE(again.exitCode, 4);
        QCOMPARE(again.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("conflict"));
        QVERIFY(again.err.contains("--mode replace --yes"));
        // Replace without --yes: refused as bad input.
        QCOMPARE(runCli({ QStringLiteral("restore"), set, QStringLiteral("--falkordb"), m_url, QStringLiteral("--graph"),
                          QStringLiteral("knowledge_graph=restored"), QStringLiteral("--mode"), QStringLiteral("replace") })
                     .exitCode,
                 2);

        // A change on the server makes live verification fail with exit 3.
        QProcess::execute(QStringLiteral("redis-cli"), { QStringLiteral("-p"), QString::number(m_server.port()), QStringLiteral("-a"),
                                                         kPassword, QStringLiteral("--no-auth-warning"), QStringLiteral("GRAPH.QUERY"),
                                                         QStringLiteral("restored"), QStringLiteral("CREATE (:Intruder)") });
        const CliRun changed = runCli({ QStringLiteral("verify"), set, QStringLiteral("--falkordb"), m_url, QStringLiteral("--graph"),
                                        QStringLiteral("knowledge_graph=restored"), QStringLiteral("--json") });
        QCOMPARE(changed.exitCode, 3);
        QVERIFY(changed.err.contains("label Intruder"));
    }

    void mergeRunsTwiceWithTheSameResult()
    {
        const QString set = m_work.filePath(QStringLiteral("set-merge"));
        QCOMPARE(runCli({ QStringLiteral("backup"), QStringLiteral("--falkordb"), m_url, QStringLiteral("--graph"),
                          QStringLiteral("knowledge_graph"), QStringLiteral("--out"), set, QStringLiteral("-q") })
                     .exitCode,
                 0);
        const QStringList merge { QStringLiteral("restore"), set, QStringLiteral("--falkordb"), m_url, QStringLiteral("--graph"),
                                  QStringLiteral("knowledge_graph=merged"), QStringLiteral("--mode"), QStringLiteral("merge"),
                                  QStringLiteral("--json") };
        const CliRun first = runCli(merge);
        QCOMPARE(first.exitCode, 0);
        const CliRun second = runCli(merge);
        QCOMPARE(second.exitCode, 0);
        const auto nodes = [](const CliRun &run) {
            return run.json().value(QStringLiteral("graphs")).toArray().first().toObject().value(QStringLiteral("nodesCreated")).toInteger();
        };
        QCOMPARE(nodes(second), nodes(first)); // every node matched again, none added
    }

    void authenticationErrorsSayWhatToDo()
    {
        const CliRun wrong = runCli({ QStringLiteral("backup"), QStringLiteral("--falkordb"),
                                      QStringLiteral("redis://:wrong-password@127.0.0.1:%1").arg(m_server.port()),
                                      QStringLiteral("--out"), m_work.filePath(QStringLiteral("never")) });
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("FALKORDB_PASSWORD") || wrong.err.toLower().contains("password"), wrong.err.constData());
        QVERIFY(!wrong.err.contains("wrong-password"));
        QVERIFY(!QFileInfo::exists(m_work.filePath(QStringLiteral("never"))));

        const CliRun refused = runCli({ QStringLiteral("backup"), QStringLiteral("--falkordb"), QStringLiteral("redis://127.0.0.1:1"),
                                        QStringLiteral("--out"), m_work.filePath(QStringLiteral("never")) });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("127.0.0.1:1"), refused.err.constData());
    }

    void incompleteSetNeedsForce()
    {
        const QString set = m_work.filePath(QStringLiteral("set2"));
        QCOMPARE(runCli({ QStringLiteral("backup"), QStringLiteral("--falkordb"), m_url, QStringLiteral("--out"), set }).exitCode, 0);
        QFile::remove(set + QStringLiteral("/manifest.json"));
        const CliRun refused = runCli({ QStringLiteral("restore"), set, QStringLiteral("--falkordb"), m_url, QStringLiteral("--graph"),
                                        QStringLiteral("knowledge_graph=forced") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("--force"));
        const CliRun forced = runCli({ QStringLiteral("restore"), set, QStringLiteral("--falkordb"), m_url, QStringLiteral("--graph"),
                                       QStringLiteral("knowledge_graph=forced"), QStringLiteral("--force") });
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(forced.err.contains("incomplete"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
