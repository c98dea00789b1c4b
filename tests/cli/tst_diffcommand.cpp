// brandmind-backup-cli diff against a live Milvus, as a user runs it: a set made by the CLI's own
// backup through the milvus-backup + Milvus stand-in, compared after the live collections changed.
// Human output and --json both carry the collections with their row counts; MILVUS_TOKEN never shows.

#include "MilvusBackupStandin.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kToken = QStringLiteral("root:Milvus-T0ken-must-not-show");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("S3_ACCESS_KEY"), QStringLiteral("S3RVER"));
    env.insert(QStringLiteral("S3_SECRET_KEY"), QStringLiteral("S3RVER"));
    env.insert(QStringLiteral("MILVUS_TOKEN"), kToken);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("BMB_CLI"), arguments);
    process.waitForFinished(300000);
    CliRun run { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    qInfo("%s -> %d\n%s", qPrintable(arguments.mid(0, 3).join(QLatin1Char(' '))), run.exitCode, run.err.constData());
    // Whatever happened, the token must not be printed.
    if (run.out.contains("T0ken-must-not-show") || run.err.contains("T0ken-must-not-show"))
        qFatal("the Milvus token appeared in the output of %s", qPrintable(arguments.join(QLatin1Char(' '))));
    return run;
}

QJsonObject collectionNamed(const QJsonObject &json, const QString &name)
{
    for (const QJsonValue &value : json.value(QStringLiteral("collections")).toArray())
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    return {};
}

} // namespace

class TestDiffCommand : public QObject
{
    Q_OBJECT

private:
    MilvusBackupStandin m_milvus;
    QTemporaryDir m_work;
    QString m_set;

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("BMB_CLI").isEmpty());
        MilvusBackupStandin::Options options;
        options.taskMs = 200;
        QString error;
        if (!m_milvus.start(options, &error))
            QSKIP(qPrintable(QStringLiteral("node, s3rver or the milvus-backup stand-in is not available: ") + error));
        m_milvus.seedCollection(QStringLiteral("default"), QStringLiteral("DocumentChunks"), 230);
        m_milvus.seedCollection(QStringLiteral("default"), QStringLiteral("EntityDescriptions"), 120);
        m_set = m_work.filePath(QStringLiteral("set"));
        const CliRun backup = runCli({ QStringLiteral("backup"), QStringLiteral("--milvus-backup"), m_milvus.backupUrl().toString(),
                                       QStringLiteral("--s3"), QStringLiteral("http://127.0.0.1:%1").arg(m_milvus.s3Port()),
                                       QStringLiteral("--s3-bucket"), options.bucket, QStringLiteral("--s3-root"),
                                       QStringLiteral("backup"), QStringLiteral("--milvus"), m_milvus.milvusUrl().toString(),
                                       QStringLiteral("--vector-poll-ms"), QStringLiteral("100"), QStringLiteral("--components"),
                                       QStringLiteral("vector"), QStringLiteral("--backup-name"), QStringLiteral("cli_diff"),
                                       QStringLiteral("--out"), m_set, QStringLiteral("--json") });
        QCOMPARE(backup.exitCode, 0);
    }

    void sameRightAfterTheBackup()
    {
        const CliRun run = runCli({ QStringLiteral("diff"), m_set, QStringLiteral("--live"), QStringLiteral("--milvus"),
                                    m_milvus.milvusUrl().toString(), QStringLiteral("--json"), QStringLiteral("-q") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("identical")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("collectionsCompared")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("graphsCompared")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("collections")).toArray().size(), 2);
        QCOMPARE(collectionNamed(json, QStringLiteral("default.DocumentChunks")).value(QStringLiteral("rowsB")).toInteger(), 230);
    }

    void lostRowsAndAMissingCollectionShow()
    {
        QJsonArray ids;
        for (int id = 1; id <= 30; ++id)
            ids.append(id);
        m_milvus.milvus(QStringLiteral("entities/delete"),
                        { { QStringLiteral("collectionName"), QStringLiteral("DocumentChunks") },
                          { QStringLiteral("filter"), QStringLiteral("id in %1").arg(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))) } });
        m_milvus.milvus(QStringLiteral("collections/drop"), { { QStringLiteral("collectionName"), QStringLiteral("EntityDescriptions") } });

        CliRun run = runCli({ QStringLiteral("diff"), m_set, QStringLiteral("--live"), QStringLiteral("--milvus"),
                              m_milvus.milvusUrl().toString(), QStringLiteral("--json"), QStringLiteral("-q") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("identical")).toBool(), false);
        const QJsonObject chunks = collectionNamed(json, QStringLiteral("default.DocumentChunks"));
        QCOMPARE(chunks.value(QStringLiteral("rowsA")).toInteger(), 230);
        QCOMPARE(chunks.value(QStringLiteral("rowsB")).toInteger(), 200);
        QCOMPARE(chunks.value(QStringLiteral("differences")).toArray(), QJsonArray { QStringLiteral("rows: 230 in A, 200 in B") });
        const QJsonObject entities = collectionNamed(json, QStringLiteral("default.EntityDescriptions"));
        QCOMPARE(entities.value(QStringLiteral("inB")).toBool(), false);
        QCOMPARE(entities.value(QStringLiteral("differences")).toArray(), QJsonArray { QStringLiteral("only in A") });

        // The same for a person: the delta per collection, and what was not compared.
        run = runCli({ QStringLiteral("diff"), m_set, QStringLiteral("--live"), QStringLiteral("--milvus"), m_milvus.milvusUrl().toString() });
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QLatin1String("default.DocumentChunks: DIFFERENT, rows 230 -> 200  (-30)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("default.EntityDescriptions: DIFFERENT\n    only in A")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Graphs: not compared")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("The two sides differ.")), qPrintable(text));
    }

    void usageAndConnectionErrors()
    {
        // --live without a server, a server without --live, and a Milvus address without a scheme.
        QCOMPARE(runCli({ QStringLiteral("diff"), m_set, QStringLiteral("--live") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("diff"), m_set, m_set, QStringLiteral("--milvus"), m_milvus.milvusUrl().toString() }).exitCode, 2);
        CliRun run = runCli({ QStringLiteral("diff"), m_set, QStringLiteral("--live"), QStringLiteral("--milvus"),
                              QStringLiteral("localhost:19530"), QStringLiteral("--json") });
        QCOMPARE(run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("invalid-input"));
        QVERIFY(run.exitCode != 0);
        // Nothing listening: a failure that names the server, with a non-zero exit.
        run = runCli({ QStringLiteral("diff"), m_set, QStringLiteral("--live"), QStringLiteral("--milvus"),
                       QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--json") });
        QVERIFY(run.exitCode != 0);
        QCOMPARE(run.json().value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(run.err.contains("127.0.0.1:1"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
