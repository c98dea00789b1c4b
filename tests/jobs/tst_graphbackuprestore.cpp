// End to end: graphs on a live server (the FalkorDB stand-in in redis-server, or a real falkordb.so from
// FALKORDB_MODULE) are backed up into a set, checked, restored into another server and verified.

#include "BackupJob.h"
#include "FalkorConnection.h"
#include "GraphImporter.h"
#include "GraphTestData.h"
#include "OperationError.h"
#include "RedisServerFixture.h"
#include "RestoreJob.h"
#include "StagingGraph.h"
#include "TaskContext.h"
#include "TestEnvironment.h"
#include "VerifyJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

// The limits FalkorDB's Docker image ships with, with a tiny row cap so that every page and hub split
// path runs on a small graph.
const QStringList kServerLimits { QStringLiteral("RESULTSET_SIZE"), QStringLiteral("10"), QStringLiteral("TIMEOUT"),
                                  QStringLiteral("1000"), QStringLiteral("MAX_QUEUED_QUERIES"), QStringLiteral("25") };

qint64 countOf(FalkorConnection &connection, const QString &graph, const QString &query)
{
    return connection.query(graph, query, QueryOptions { true, -1 }).rows.value(0).value(0).toInteger();
}

void rewriteFile(const QString &path, const std::function<QByteArray(QByteArray)> &change)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray changed = change(file.readAll());
    file.close();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(changed);
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

// Makes a set's checksums agree with edited files again, as a buggy producer would: the restore must
// still refuse bad content on its own.
void resealSet(const QString &setDirectory, const QString &graphFolder)
{
    const QString graphJson = QDir(graphFolder).filePath(QStringLiteral("graph.json"));
    QFile file(graphJson);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject files = json.value(QStringLiteral("files")).toObject();
    for (const QString &table : { QStringLiteral("nodes"), QStringLiteral("edges") }) {
        QJsonObject entry = files.value(table).toObject();
        const QString path = QDir(graphFolder).filePath(entry.value(QStringLiteral("name")).toString());
        entry.insert(QStringLiteral("sha256"), sha256Of(path));
        entry.insert(QStringLiteral("size"), QFileInfo(path).size());
        files.insert(table, entry);
    }
    json.insert(QStringLiteral("files"), files);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();
    BackupManifest manifest = BackupManifest::load(setDirectory);
    CallbackTaskContext context;
    manifest.recordFiles(setDirectory, context);
    manifest.save(setDirectory);
}

GraphContentSummary summaryOf(FalkorConnection &connection, const QString &graph)
{
    CallbackTaskContext context;
    return GraphContentSummary::fromLiveGraph(connection, graph, context);
}

// Every key a replace of `target` may leave: staging graphs, copy checks and their markers.
QStringList stagingKeys(FalkorConnection &connection, const QString &target)
{
    QStringList keys;
    const RespReply reply = connection.command({ "KEYS", "*" });
    for (const RespReply &key : reply.elements) {
        const QString name = QString::fromUtf8(key.text);
        if (name.contains(StagingGraph::namePrefix(target)))
            keys.append(name);
    }
    return keys;
}

QStringList stagingGraphs(FalkorConnection &connection, const QString &target)
{
    QStringList graphs;
    for (const QString &graph : connection.listGraphs())
        if (graph.startsWith(StagingGraph::namePrefix(target)))
            graphs.append(graph);
    return graphs;
}

bool hasMarker(FalkorConnection &connection, const QString &graph)
{
    return connection.command({ "EXISTS", GraphImporter::markerKey(graph).toUtf8() }).integer > 0;
}

} // namespace

class TestGraphBackupRestore : public QObject
{
    Q_OBJECT

private:
    RedisServerFixture m_source;
    RedisServerFixture m_target;
    FalkorConnection m_sourceConnection;
    FalkorConnection m_targetConnection;
    QTemporaryDir m_work;
    QString m_richSet;

    void connect(FalkorConnection &connection, const RedisServerFixture &server)
    {
        FalkorEndpoint endpoint;
        QString error;
        QVERIFY2(FalkorEndpoint::parse(server.url(), &endpoint, &error), qPrintable(error));
        connection.open(endpoint);
    }

    RestoreJob::Result restore(const QString &set, const QString &url, const QStringList &graphs,
                               GraphImporter::Mode mode = GraphImporter::Mode::Empty, bool yes = false)
    {
        RestoreJob::Request request;
        request.setDirectory = set;
        request.falkordbUrl = url;
        QString error;
        GraphMapping::parse(graphs, &request.graphs, &error);
        request.mode = mode;
        request.confirmed = yes;
        CallbackTaskContext context;
        return RestoreJob::run(request, context);
    }

    template<typename Work>
    OperationError::Kind failureOf(Work &&work)
    {
        try {
            work();
        } catch (const OperationError &error) {
            qInfo("expected failure: %s", qPrintable(error.fullText()));
            return error.kind();
        }
        return OperationError::Kind(-1); // no failure at all
    }

    template<typename Work>
    std::optional<OperationError> errorOf(Work &&work)
    {
        try {
            work();
        } catch (const OperationError &error) {
            qInfo("expected failure: %s", qPrintable(error.fullText()));
            return error;
        }
        return std::nullopt;
    }

    // The target server's URL for a user of its own (ACL), to take permissions away from a restore.
    QString urlAs(const QString &user) const
    {
        return QString(m_target.url()).replace(QStringLiteral("redis://"), QStringLiteral("redis://%1:pw@").arg(user));
    }

    // A graph on the target that a replace must either leave exactly as it is or replace completely.
    GraphContentSummary createOldGraph(const QString &graph)
    {
        // From scratch, also after an earlier data row failed half way.
        const QStringList keys = stagingKeys(m_targetConnection, graph) << graph << GraphImporter::markerKey(graph);
        for (const QString &key : keys) {
            m_targetConnection.command({ "DEL", key.toUtf8() });
            m_targetConnection.forgetSchema(key);
        }
        GraphTestData::createRandomGraph(m_targetConnection, graph, 31, 40, 6, 99);
        m_targetConnection.query(graph, QStringLiteral("CREATE INDEX FOR (n:Old) ON (n.kept)"), QueryOptions { false, -1 });
        m_targetConnection.query(graph, QStringLiteral("CREATE (:Old {kept: 'yes'})"), QueryOptions { false, -1 });
        return summaryOf(m_targetConnection, graph);
    }

    // Nothing of a stopped replace is left but the old graph, exactly as it was.
    void checkOldGraphUntouched(const QString &graph, const GraphContentSummary &before)
    {
        QVERIFY(m_targetConnection.listGraphs().contains(graph));
        const GraphContentSummary after = summaryOf(m_targetConnection, graph);
        QVERIFY2(before.matches(after), qPrintable(before.differences(after, QStringLiteral("before"), QStringLiteral("after")).join(QLatin1Char('\n'))));
        QCOMPARE(countOf(m_targetConnection, graph, QStringLiteral("MATCH (n:Old {kept: 'yes'}) RETURN count(n)")), 1);
        QCOMPARE(stagingKeys(m_targetConnection, graph), QStringList());
        QVERIFY(!hasMarker(m_targetConnection, graph));
    }

private slots:
    void initTestCase()
    {
        QString error;
        RedisServerFixture::Options options;
        options.moduleArguments = kServerLimits;
        QVERIFY2(m_source.start(options, &error), qPrintable(error));
        QVERIFY2(m_target.start(options, &error), qPrintable(error));
        connect(m_sourceConnection, m_source);
        connect(m_targetConnection, m_target);
        qInfo("graph module: %s", TestEnvironment::usingRealFalkorDB() ? "real FalkorDB" : "stand-in");
        GraphTestData::createRichGraph(m_sourceConnection, QStringLiteral("sample"));
        GraphTestData::createRandomGraph(m_sourceConnection, QStringLiteral("random"), 237, 400, 55, 7);

        m_richSet = m_work.filePath(QStringLiteral("set-rich"));
        BackupJob::Request request;
        request.setDirectory = m_richSet;
        request.falkordbUrl = m_source.url();
        request.graphs = { QStringLiteral("sample"), QStringLiteral("random") };
        CallbackTaskContext context;
        const auto result = BackupJob::run(request, context);
        QCOMPARE(result.manifest.graphs.size(), 2);
    }

    void backupRecordsWhatTheServerHas()
    {
        const BackupManifest manifest = BackupManifest::load(m_richSet);
        for (const auto &graph : manifest.graphs) {
            QCOMPARE(graph.nodes, countOf(m_sourceConnection, graph.name, QStringLiteral("MATCH (n) RETURN count(n)")));
            QCOMPARE(graph.edges, countOf(m_sourceConnection, graph.name, QStringLiteral("MATCH ()-[e]->() RETURN count(e)")));
        }
        // The hub (55 edges) and 237 nodes were read through pages of at most 10 rows.
        const GraphMetadata random = GraphMetadata::load(QDir(m_richSet).filePath(QStringLiteral("graph/random")));
        QCOMPARE(random.nodeCount, 237);
        QCOMPARE(random.edgeCount, 455);
        const GraphMetadata sample = GraphMetadata::load(QDir(m_richSet).filePath(QStringLiteral("graph/sample")));
        QCOMPARE(sample.nodesPerLabel.value(QStringLiteral("Person")), 5);
        QCOMPARE(sample.unlabeledNodes, 1);
        QVERIFY(sample.schema.describe().join(QLatin1Char('\n')).contains(QLatin1String("index VECTOR NODE Doc.embedding")));
        QCOMPARE(sample.schema.constraints.size(), 2);
    }

    void exportedDoublesAreExact()
    {
        QFile nodes(QDir(m_richSet).filePath(QStringLiteral("graph/sample/nodes.csv")));
        QVERIFY(nodes.open(QIODevice::ReadOnly));
        const QByteArray text = nodes.readAll();
        // The server prints these with 15 digits ("0.3", "0.333333333333333", "1e+15"); the file has the
        // exact values.
        QVERIFY(text.contains("0.30000000000000004"));
        QVERIFY(text.contains("0.3333333333333333"));
        QVERIFY(text.contains("1000000000000000.2") || text.contains("1000000000000000.25") || text.contains("1.0000000000000002e+15"));
        QVERIFY(text.contains("5e-324"));
        QVERIFY(text.contains("1.7976931348623157e+308"));
        QVERIFY(text.contains("9223372036854775807"));
        QVERIFY(text.contains("-9223372036854775808"));
        QVERIFY(text.contains("Nguyễn Văn A"));
    }

    void offlineVerifyPasses()
    {
        VerifyJob::Request request;
        request.setDirectory = m_richSet;
        CallbackTaskContext context;
        const auto result = VerifyJob::run(request, context);
        QVERIFY2(result.ok, qPrintable(result.problems.join(QLatin1Char('\n'))));
        QCOMPARE(result.graphs.size(), 2);
    }

    void restoreIntoAnotherServerIsExact()
    {
        const auto result = restore(m_richSet, m_target.url(), {});
        QCOMPARE(result.graphs.size(), 2);
        for (const auto &report : result.graphs) {
            QVERIFY(report.verified);
            QVERIFY(report.expected.matches(report.actual));
        }
        // Independent of our own reader: the server itself compares the restored values.
        const auto check = [&](const QString &query) {
            const auto rows = m_targetConnection.query(QStringLiteral("sample"), query, QueryOptions { true, -1 }).rows;
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows[0][0].toBoolean(), true);
        };
        check(QStringLiteral("MATCH (n:Num) WHERE n.third IS NOT NULL RETURN n.sum = 0.1 + 0.2 AND n.third = 1.0 / 3.0 "
                             "AND n.mixed = 1e15 + 0.3 AND n.imin = -9223372036854775807 - 1 AND n.nan <> n.nan "
                             "AND n.inf = 1e300 * 1e10 AND n.ninf = -1e300 * 1e10 AND n.nested[4][1][1] = 0.1 + 0.2 "
                             "AND size(n.empty) = 0"));
        check(QStringLiteral("MATCH (a:Person:Author)-[e:KNOWS]->(b) WHERE e.since = 2020 RETURN e.w = 0.1 + 0.2 AND b.name = 'Nguyễn Văn A'"));
        check(QStringLiteral("MATCH (n:Person) WHERE n.name = '' RETURN count(n) = 1"));
        check(QStringLiteral("MATCH (n:Person) WHERE n.name IS NULL RETURN count(n) = 1"));
        check(QStringLiteral("MATCH (n:Person {name: 'Ada'}) RETURN count(n) = 2"));
        check(QStringLiteral("MATCH (n) WHERE size(labels(n)) = 0 RETURN count(n) = 1"));
        check(QStringLiteral("MATCH (b)-[e:`WORKS WITH`]->(b) RETURN count(e) = 1"));
        check(QStringLiteral("MATCH (:Person:Author)-[e:KNOWS]->(:Person {name: 'Nguyễn Văn A'}) RETURN count(e) = 2"));
        check(QStringLiteral("MATCH (n:`Thực thể`) RETURN n.`tên riêng` = 'Hà Nội' AND n.`_id` = 'not the id'"));
        // The schema came back after the data.
        QCOMPARE(countOf(m_targetConnection, QStringLiteral("sample"), QStringLiteral("CALL db.constraints() YIELD type RETURN count(type)")), 2);
    }

    void renameRestoresUnderAnotherName()
    {
        const auto result = restore(m_richSet, m_source.url(), { QStringLiteral("sample=sample_copy") });
        QCOMPARE(result.graphs.size(), 1);
        QCOMPARE(result.graphs[0].targetGraph, QStringLiteral("sample_copy"));
        QVERIFY(result.graphs[0].verified);
        // And verify against the live copy through the verify job.
        VerifyJob::Request request;
        request.setDirectory = m_richSet;
        request.falkordbUrl = m_source.url();
        GraphMapping::parse({ QStringLiteral("sample=sample_copy") }, &request.graphs, nullptr);
        CallbackTaskContext context;
        const auto verify = VerifyJob::run(request, context);
        QVERIFY(verify.ok);
        QCOMPARE(verify.graphs.size(), 1);
    }

    void nonEmptyTargetIsRefusedAndUntouched()
    {
        const qint64 before = countOf(m_targetConnection, QStringLiteral("sample"), QStringLiteral("MATCH (n) RETURN count(n)"));
        QCOMPARE(failureOf([&] { restore(m_richSet, m_target.url(), {}); }), OperationError::Kind::Conflict);
        QCOMPARE(countOf(m_targetConnection, QStringLiteral("sample"), QStringLiteral("MATCH (n) RETURN count(n)")), before);
        // Replace needs --yes ...
        QCOMPARE(failureOf([&] { restore(m_richSet, m_target.url(), { QStringLiteral("random") }, GraphImporter::Mode::Replace); }),
                 OperationError::Kind::InvalidInput);
        // ... and with it the graph is replaced by the backup, exactly.
        m_targetConnection.query(QStringLiteral("random"), QStringLiteral("CREATE (:Extra)"), QueryOptions { false, -1 });
        const auto result = restore(m_richSet, m_target.url(), { QStringLiteral("random") }, GraphImporter::Mode::Replace, true);
        QVERIFY(result.graphs[0].verified);
        QCOMPARE(countOf(m_targetConnection, QStringLiteral("random"), QStringLiteral("MATCH (n:Extra) RETURN count(n)")), 0);
    }

    void damagedSetsAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("expected");
        QTest::newRow("a changed cell (checksum)") << QStringLiteral("flip") << int(OperationError::Kind::IntegrityError);
        QTest::newRow("truncated edges.csv") << QStringLiteral("truncate") << int(OperationError::Kind::IntegrityError);
        QTest::newRow("missing file") << QStringLiteral("delete") << int(OperationError::Kind::IntegrityError);
        QTest::newRow("no manifest (incomplete set)") << QStringLiteral("nomanifest") << int(OperationError::Kind::NotFound);
        QTest::newRow("newer set format") << QStringLiteral("newformat") << int(OperationError::Kind::InvalidInput);
        QTest::newRow("wrong cell type, checksums resealed") << QStringLiteral("badtype") << int(OperationError::Kind::InvalidInput);
        QTest::newRow("malformed CSV, checksums resealed") << QStringLiteral("badcsv") << int(OperationError::Kind::InvalidInput);
        QTest::newRow("edge to a missing node, resealed") << QStringLiteral("dangling") << int(OperationError::Kind::InvalidInput);
        QTest::newRow("newer graph format, resealed") << QStringLiteral("newgraphformat") << int(OperationError::Kind::InvalidInput);
        QTest::newRow("content changed, counts equal, resealed") << QStringLiteral("content") << int(OperationError::Kind::IntegrityError);
    }

    void damagedSetsAreRefusedAndNothingIsWritten()
    {
        QFETCH(QString, damage);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString set = dir.filePath(QStringLiteral("set"));
        QVERIFY(QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-r"), m_richSet, set }) == 0);
        const QString graphFolder = QDir(set).filePath(QStringLiteral("graph/sample"));
        const QString nodes = QDir(graphFolder).filePath(QStringLiteral("nodes.csv"));
        const QString edges = QDir(graphFolder).filePath(QStringLiteral("edges.csv"));
        if (damage == QLatin1String("flip")) {
            rewriteFile(nodes, [](QByteArray b) { return b.replace("Hà Nội", "Ha Noi!!"); });
        } else if (damage == QLatin1String("truncate")) {
            rewriteFile(edges, [](QByteArray b) { return b.left(b.size() - 7); });
        } else if (damage == QLatin1String("delete")) {
            QFile::remove(edges);
        } else if (damage == QLatin1String("nomanifest")) {
            QFile::remove(QDir(set).filePath(QStringLiteral("manifest.json")));
        } else if (damage == QLatin1String("newformat")) {
            rewriteFile(QDir(set).filePath(QStringLiteral("manifest.json")),
                        [](QByteArray b) { return b.replace("\"formatVersion\": 1", "\"formatVersion\": 99"); });
        } else if (damage == QLatin1String("badtype")) {
            rewriteFile(nodes, [](QByteArray b) { return b.replace(",1815,", ",18x5,"); });
            resealSet(set, graphFolder);
        } else if (damage == QLatin1String("badcsv")) {
            rewriteFile(nodes, [](QByteArray b) { return b.replace("Hà Nội", "Hà \"Nội"); });
            resealSet(set, graphFolder);
        } else if (damage == QLatin1String("dangling")) {
            rewriteFile(edges, [](QByteArray b) -> QByteArray {
                const qsizetype secondLine = b.indexOf("\r\n") + 2;
                const qsizetype comma = b.indexOf(',', b.indexOf(',', b.indexOf(',', secondLine) + 1) + 1);
                return b.left(comma + 1) + "999999" + b.mid(b.indexOf(',', comma + 1));
            });
            resealSet(set, graphFolder);
        } else if (damage == QLatin1String("newgraphformat")) {
            rewriteFile(QDir(graphFolder).filePath(QStringLiteral("graph.json")),
                        [](QByteArray b) { return b.replace("\"formatVersion\": 1", "\"formatVersion\": 7"); });
            BackupManifest manifest = BackupManifest::load(set);
            CallbackTaskContext context;
            manifest.recordFiles(set, context);
            manifest.save(set);
        } else if (damage == QLatin1String("content")) {
            rewriteFile(nodes, [](QByteArray b) { return b.replace("poetry", "poetrY"); });
            resealSet(set, graphFolder);
        }
        QCOMPARE(int(failureOf([&] { restore(set, m_source.url(), { QStringLiteral("sample=untouched") }); })), expected);
        QVERIFY(!m_sourceConnection.listGraphs().contains(QStringLiteral("untouched")));
    }

    void incompleteSetRestoresOnlyWithForce()
    {
        QTemporaryDir dir;
        const QString set = dir.filePath(QStringLiteral("set"));
        QVERIFY(QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-r"), m_richSet, set }) == 0);
        QFile::remove(QDir(set).filePath(QStringLiteral("manifest.json")));
        RestoreJob::Request request;
        request.setDirectory = set;
        request.falkordbUrl = m_source.url();
        GraphMapping::parse({ QStringLiteral("random=random_forced") }, &request.graphs, nullptr);
        request.force = true;
        CallbackTaskContext context;
        const auto result = RestoreJob::run(request, context);
        QVERIFY(result.graphs[0].verified);
        QVERIFY(!result.warnings.isEmpty());
    }

    void canceledRestoreLeavesNoGraph()
    {
        RestoreJob::Request request;
        request.setDirectory = m_richSet;
        request.falkordbUrl = m_source.url();
        GraphMapping::parse({ QStringLiteral("random=random_canceled") }, &request.graphs, nullptr);
        int progressCalls = 0;
        CallbackTaskContext *self = nullptr;
        CallbackTaskContext context([&](const TaskProgress &progress) {
            if (progress.phase.contains(QLatin1String("restoring")) && ++progressCalls == 1)
                self->cancel();
        });
        self = &context;
        context.setThrottleIntervalMs(0);
        QCOMPARE(failureOf([&] { RestoreJob::run(request, context); }), OperationError::Kind::Canceled);
        QVERIFY(!m_sourceConnection.listGraphs().contains(QStringLiteral("random_canceled")));
        QCOMPARE(m_sourceConnection.command({ "EXISTS", GraphImporter::markerKey(QStringLiteral("random_canceled")).toUtf8() }).integer, 0);
    }

    void unfinishedRestoreIsReported()
    {
        // A restore that died (kill -9) leaves its marker: the next restore refuses and verify says so.
        m_sourceConnection.command({ "SET", GraphImporter::markerKey(QStringLiteral("half")).toUtf8(), "{\"source\":\"random\"}" });
        m_sourceConnection.query(QStringLiteral("half"), QStringLiteral("CREATE (:Entity)"), QueryOptions { false, -1 });
        QCOMPARE(failureOf([&] { restore(m_richSet, m_source.url(), { QStringLiteral("random=half") }); }),
                 OperationError::Kind::Conflict);
        VerifyJob::Request request;
        request.setDirectory = m_richSet;
        request.falkordbUrl = m_source.url();
        GraphMapping::parse({ QStringLiteral("random=half") }, &request.graphs, nullptr);
        CallbackTaskContext context;
        const auto verify = VerifyJob::run(request, context);
        QVERIFY(!verify.ok);
        const QString said = verify.graphs[0].differences.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QLatin1String("did not finish")), qPrintable(said));
        // Replace redoes it.
        const auto result = restore(m_richSet, m_source.url(), { QStringLiteral("random=half") }, GraphImporter::Mode::Replace, true);
        QVERIFY(result.graphs[0].verified);
    }

    void replaceSwapsInExactlyTheBackup()
    {
        const QString target = QStringLiteral("replaced");
        createOldGraph(target);
        const auto result = restore(m_richSet, m_target.url(), { QStringLiteral("sample=replaced") },
                                    GraphImporter::Mode::Replace, true);
        QVERIFY(result.graphs[0].verified);
        // The target is the backup, checked independently of the job's own report ...
        const GraphMetadata backup = GraphMetadata::load(QDir(m_richSet).filePath(QStringLiteral("graph/sample")));
        const GraphContentSummary live = summaryOf(m_targetConnection, target);
        QVERIFY2(GraphContentSummary::fromMetadata(backup).matches(live),
                 qPrintable(GraphContentSummary::fromMetadata(backup).differences(live, QStringLiteral("backup"), target).join(QLatin1Char('\n'))));
        QCOMPARE(countOf(m_targetConnection, target, QStringLiteral("MATCH (n:Old) RETURN count(n)")), 0);
        // ... with its indexes and constraints (they travel through the copy), and nothing else left.
        QCOMPARE(countOf(m_targetConnection, target, QStringLiteral("CALL db.constraints() YIELD type RETURN count(type)")), 2);
        QCOMPARE(countOf(m_targetConnection, target, QStringLiteral("CALL db.indexes() YIELD label WHERE label = 'Old' RETURN count(label)")), 0);
        QCOMPARE(stagingKeys(m_targetConnection, target), QStringList());
        QVERIFY(!hasMarker(m_targetConnection, target));
        // Replacing a graph that does not exist yet works the same way.
        const auto fresh = restore(m_richSet, m_target.url(), { QStringLiteral("random=replaced_new") }, GraphImporter::Mode::Replace, true);
        QVERIFY(fresh.graphs[0].verified);
        QCOMPARE(countOf(m_targetConnection, QStringLiteral("replaced_new"), QStringLiteral("MATCH ()-[e]->() RETURN count(e)")), 455);
        QCOMPARE(stagingKeys(m_targetConnection, QStringLiteral("replaced_new")), QStringList());
    }

    void replaceFailureAfterLoadKeepsOldGraph_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<int>("expected");
        QTest::newRow("index the server rejects (graph.json edited, resealed)") << QStringLiteral("schema")
                                                                                << int(OperationError::Kind::ServerError);
        QTest::newRow("staging graph written to during the restore") << QStringLiteral("intruder")
                                                                     << int(OperationError::Kind::IntegrityError);
    }

    void replaceFailureAfterLoadKeepsOldGraph()
    {
        QFETCH(QString, failure);
        QFETCH(int, expected);
        const QString target = QStringLiteral("old_") + failure;
        const GraphContentSummary before = createOldGraph(target);
        QTemporaryDir dir;
        const QString set = dir.filePath(QStringLiteral("set"));
        QVERIFY(QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-r"), m_richSet, set }) == 0);
        if (failure == QLatin1String("schema")) {
            // Passes every offline check (the schema is not part of the fingerprint); the server refuses
            // the vector index only after all nodes and edges are in.
            rewriteFile(QDir(set).filePath(QStringLiteral("graph/sample/graph.json")),
                        [](QByteArray b) { return b.replace("\"cosine\"", "\"manhattan\""); });
            BackupManifest manifest = BackupManifest::load(set);
            CallbackTaskContext context;
            manifest.recordFiles(set, context);
            manifest.save(set);
        }
        RestoreJob::Request request;
        request.setDirectory = set;
        request.falkordbUrl = m_target.url();
        GraphMapping::parse({ QStringLiteral("sample=") + target }, &request.graphs, nullptr);
        request.mode = GraphImporter::Mode::Replace;
        request.confirmed = true;
        qint64 edgesWritten = 0;
        QString staging;
        CallbackTaskContext context([&](const TaskProgress &progress) {
            if (progress.phase != QLatin1String("restoring edges"))
                return;
            edgesWritten = progress.done;
            if (failure == QLatin1String("intruder") && staging.isEmpty()) {
                staging = stagingGraphs(m_targetConnection, target).value(0);
                m_targetConnection.query(staging, QStringLiteral("CREATE (:Intruder)"), QueryOptions { false, -1 });
            }
        });
        context.setThrottleIntervalMs(0);
        const auto error = errorOf([&] { RestoreJob::run(request, context); });
        QVERIFY(error.has_value());
        QCOMPARE(int(error->kind()), expected);
        // The failure came after the data was loaded, into the staging graph and not into the target.
        QCOMPARE(edgesWritten, BackupManifest::load(set).graphs[0].edges);
        QVERIFY(error->fullText().contains(QStringLiteral("\"%1\" is untouched").arg(target)));
        checkOldGraphUntouched(target, before);
        if (QTest::currentTestFailed())
            return;
    }

    void replaceCanceledKeepsOldGraph_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::newRow("writing nodes") << QStringLiteral("restoring nodes");
        QTest::newRow("writing edges") << QStringLiteral("restoring edges");
        QTest::newRow("verifying the staging graph") << QStringLiteral("staging:nodes");
    }

    void replaceCanceledKeepsOldGraph()
    {
        QFETCH(QString, phase);
        const QString target = QStringLiteral("old_canceled");
        const GraphContentSummary before = createOldGraph(target);
        RestoreJob::Request request;
        request.setDirectory = m_richSet;
        request.falkordbUrl = m_target.url();
        GraphMapping::parse({ QStringLiteral("random=") + target }, &request.graphs, nullptr);
        request.mode = GraphImporter::Mode::Replace;
        request.confirmed = true;
        CallbackTaskContext *self = nullptr;
        bool canceled = false;
        CallbackTaskContext context([&](const TaskProgress &progress) {
            const bool staging = progress.component.startsWith(StagingGraph::namePrefix(target));
            const bool hit = phase.startsWith(QLatin1String("staging:")) ? staging && progress.phase == phase.mid(8)
                                                                         : progress.phase == phase;
            if (hit && !canceled) {
                canceled = true;
                self->cancel();
            }
        });
        self = &context;
        context.setThrottleIntervalMs(0);
        QCOMPARE(failureOf([&] { RestoreJob::run(request, context); }), OperationError::Kind::Canceled);
        QVERIFY(canceled);
        checkOldGraphUntouched(target, before);
        if (QTest::currentTestFailed())
            return;
    }

    void replaceRefusedWhenTheCopyIsNotAllowed()
    {
        // Without GRAPH.COPY the swap could not happen: the replace must not start.
        const QString target = QStringLiteral("old_nocopy");
        const GraphContentSummary before = createOldGraph(target);
        QCOMPARE(m_targetConnection.command({ "ACL", "SETUSER", "nocopy", "on", ">pw", "+@all", "-graph.copy", "~*", "&*" }).text,
                 QByteArray("OK"));
        const auto error = errorOf([&] {
            restore(m_richSet, urlAs(QStringLiteral("nocopy")), { QStringLiteral("sample=") + target }, GraphImporter::Mode::Replace, true);
        });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind(), OperationError::Kind::AuthFailed);
        QVERIFY(error->fullText().contains(QStringLiteral("\"%1\" is untouched").arg(target)));
        checkOldGraphUntouched(target, before);
        if (QTest::currentTestFailed())
            return;
    }

    void swapFailureLeavesTheCompleteGraphInStaging()
    {
        // This user may copy between staging names (the copy check passes) but not into the target
        // itself, so the swap fails after the old graph was deleted.
        const QString target = QStringLiteral("swapfail");
        createOldGraph(target);
        QCOMPARE(m_targetConnection.command({ "ACL", "SETUSER", "swapper", "on", ">pw", "+@all", "-graph.copy", "~*", "&*",
                                              "(+graph.copy ~*.bmb-staging-*)" }).text,
                 QByteArray("OK"));
        const auto error = errorOf([&] {
            restore(m_richSet, urlAs(QStringLiteral("swapper")), { QStringLiteral("sample=") + target }, GraphImporter::Mode::Replace, true);
        });
        QVERIFY(error.has_value());
        const QStringList staged = stagingGraphs(m_targetConnection, target);
        QCOMPARE(staged.size(), 1);
        const QString staging = staged.first();
        // The message names the graph that holds the data, and how to put it in place.
        QVERIFY2(error->message().contains(QStringLiteral("complete and verified in \"%1\"").arg(staging)), qPrintable(error->message()));
        QVERIFY(error->hint().contains(QStringLiteral("GRAPH.COPY \"%1\" \"%2\"").arg(staging, target)));
        // It really is the complete backup, schema included.
        const GraphMetadata backup = GraphMetadata::load(QDir(m_richSet).filePath(QStringLiteral("graph/sample")));
        QVERIFY(GraphContentSummary::fromMetadata(backup).matches(summaryOf(m_targetConnection, staging)));
        QCOMPARE(countOf(m_targetConnection, staging, QStringLiteral("CALL db.constraints() YIELD type RETURN count(type)")), 2);
        QVERIFY(!hasMarker(m_targetConnection, staging));
        QVERIFY(!m_targetConnection.listGraphs().contains(target));

        // The next restore and verify of the target say where the data is.
        QVERIFY(hasMarker(m_targetConnection, target));
        const auto refused = errorOf([&] { restore(m_richSet, m_target.url(), { QStringLiteral("sample=") + target }); });
        QVERIFY(refused.has_value());
        QCOMPARE(refused->kind(), OperationError::Kind::Conflict);
        QVERIFY2(refused->message().contains(staging), qPrintable(refused->message()));
        VerifyJob::Request verifyRequest;
        verifyRequest.setDirectory = m_richSet;
        verifyRequest.falkordbUrl = m_target.url();
        GraphMapping::parse({ QStringLiteral("sample=") + target }, &verifyRequest.graphs, nullptr);
        CallbackTaskContext verifyContext;
        const auto verified = VerifyJob::run(verifyRequest, verifyContext);
        QVERIFY(!verified.ok);
        // Verify names the staging graph that holds the complete restore.
        const QString said = verified.graphs.value(0).differences.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(staging), qPrintable(said));

        // Running the replace again (with the permission) finishes the job and removes the leftover.
        const auto again = restore(m_richSet, m_target.url(), { QStringLiteral("sample=") + target }, GraphImporter::Mode::Replace, true);
        QVERIFY(again.graphs[0].verified);
        QVERIFY(GraphContentSummary::fromMetadata(backup).matches(summaryOf(m_targetConnection, target)));
        QCOMPARE(stagingKeys(m_targetConnection, target), QStringList());
        QVERIFY(!hasMarker(m_targetConnection, target));
    }

    void swapRunsToItsEndOrNamesTheStagingGraph_data()
    {
        QTest::addColumn<QString>("during");
        QTest::newRow("cancel while the target is checked after the copy") << QStringLiteral("cancel");
        QTest::newRow("target written to while it is checked after the copy") << QStringLiteral("write");
    }

    void swapRunsToItsEndOrNamesTheStagingGraph()
    {
        QFETCH(QString, during);
        const QString target = QStringLiteral("swap_") + during;
        createOldGraph(target);
        RestoreJob::Request request;
        request.setDirectory = m_richSet;
        request.falkordbUrl = m_target.url();
        GraphMapping::parse({ QStringLiteral("random=") + target }, &request.graphs, nullptr);
        request.mode = GraphImporter::Mode::Replace;
        request.confirmed = true;
        CallbackTaskContext *self = nullptr;
        bool done = false;
        CallbackTaskContext context([&](const TaskProgress &progress) {
            // Progress of the target itself only comes from the check after the copy.
            if (done || progress.component != target || progress.phase != QLatin1String("nodes"))
                return;
            done = true;
            if (during == QLatin1String("cancel"))
                self->cancel();
            else
                m_targetConnection.query(target, QStringLiteral("CREATE (:Late)"), QueryOptions { false, -1 });
        });
        self = &context;
        context.setThrottleIntervalMs(0);
        const auto error = errorOf([&] { RestoreJob::run(request, context); });
        QVERIFY(done);
        if (during == QLatin1String("cancel")) {
            // Once the old graph is deleted, stopping would leave nothing whole: the swap finishes.
            QVERIFY2(!error.has_value(), error ? qPrintable(error->fullText()) : "");
            QCOMPARE(countOf(m_targetConnection, target, QStringLiteral("MATCH ()-[e]->() RETURN count(e)")), 455);
            QCOMPARE(stagingKeys(m_targetConnection, target), QStringList());
            QVERIFY(!hasMarker(m_targetConnection, target));
            return;
        }
        QVERIFY(error.has_value());
        QCOMPARE(error->kind(), OperationError::Kind::IntegrityError);
        const QStringList staged = stagingGraphs(m_targetConnection, target);
        QCOMPARE(staged.size(), 1);
        QVERIFY2(error->message().contains(QStringLiteral("complete and verified in \"%1\"").arg(staged.first())),
                 qPrintable(error->message()));
        const GraphMetadata backup = GraphMetadata::load(QDir(m_richSet).filePath(QStringLiteral("graph/random")));
        QVERIFY(GraphContentSummary::fromMetadata(backup).matches(summaryOf(m_targetConnection, staged.first())));
        QVERIFY(hasMarker(m_targetConnection, target));
    }

    void killedReplaceIsReportedAndCleanedUp()
    {
        // What a replace killed while loading leaves: a partial staging graph with its marker, and the
        // target's marker naming it (the target itself untouched).
        const QString target = QStringLiteral("killed");
        const GraphContentSummary before = createOldGraph(target);
        const QString staging = StagingGraph::namePrefix(target) + QStringLiteral("0badf00d");
        m_targetConnection.query(staging, QStringLiteral("CREATE (:Entity {half: true})"), QueryOptions { false, -1 });
        m_targetConnection.command({ "SET", GraphImporter::markerKey(staging).toUtf8(),
                                     QStringLiteral("{\"source\":\"random\",\"replaces\":\"%1\"}").arg(target).toUtf8() });
        m_targetConnection.command({ "SET", GraphImporter::markerKey(target).toUtf8(),
                                     QStringLiteral("{\"source\":\"random\",\"staging\":\"%1\",\"phase\":\"loading\"}").arg(staging).toUtf8() });
        const auto refused = errorOf([&] { restore(m_richSet, m_target.url(), { QStringLiteral("random=") + target }); });
        QVERIFY(refused.has_value());
        QCOMPARE(refused->kind(), OperationError::Kind::Conflict);
        QVERIFY2(refused->message().contains(staging) && refused->message().contains(QLatin1String("had not touched")),
                 qPrintable(refused->message()));
        // Verify, by target name and by staging name.
        for (const QString &graph : { target, staging }) {
            VerifyJob::Request request;
            request.setDirectory = m_richSet;
            request.falkordbUrl = m_target.url();
            GraphMapping::parse({ QStringLiteral("random=") + graph }, &request.graphs, nullptr);
            CallbackTaskContext context;
            const auto verify = VerifyJob::run(request, context);
            QVERIFY(!verify.ok);
            const QString said = verify.graphs[0].differences.join(QLatin1Char('\n'));
            QVERIFY2(said.contains(staging) && said.contains(QLatin1String("interrupted")), qPrintable(said));
        }
        // A failing replace puts things back as they were found, minus the partial staging graph ...
        QVERIFY(failureOf([&] {
                    RestoreJob::Request request;
                    request.setDirectory = m_richSet;
                    request.falkordbUrl = m_target.url();
                    GraphMapping::parse({ QStringLiteral("random=") + target }, &request.graphs, nullptr);
                    request.mode = GraphImporter::Mode::Replace;
                    request.confirmed = true;
                    CallbackTaskContext *self = nullptr;
                    CallbackTaskContext context([&](const TaskProgress &progress) {
                        if (progress.phase == QLatin1String("restoring edges"))
                            self->cancel();
                    });
                    self = &context;
                    context.setThrottleIntervalMs(0);
                    RestoreJob::run(request, context);
                })
                == OperationError::Kind::Canceled);
        QVERIFY(!m_targetConnection.listGraphs().contains(staging));
        checkOldGraphUntouched(target, before);
        if (QTest::currentTestFailed())
            return;
        // ... and a successful one replaces the target.
        const auto result = restore(m_richSet, m_target.url(), { QStringLiteral("random=") + target }, GraphImporter::Mode::Replace, true);
        QVERIFY(result.graphs[0].verified);
        QCOMPARE(countOf(m_targetConnection, target, QStringLiteral("MATCH (n:Old) RETURN count(n)")), 0);
        QCOMPARE(stagingKeys(m_targetConnection, target), QStringList());
        QVERIFY(!hasMarker(m_targetConnection, target));
    }

    void liveVerifyFindsDifferences()
    {
        m_targetConnection.query(QStringLiteral("random"), QStringLiteral("MATCH (n:Entity) WITH n LIMIT 1 SET n.weight = 0.5"),
                                 QueryOptions { false, -1 });
        VerifyJob::Request request;
        request.setDirectory = m_richSet;
        request.falkordbUrl = m_target.url();
        GraphMapping::parse({ QStringLiteral("random") }, &request.graphs, nullptr);
        CallbackTaskContext context;
        const auto result = VerifyJob::run(request, context);
        QVERIFY(!result.ok);
        QVERIFY(result.graphs[0].differences.join(QLatin1Char('\n')).contains(QLatin1String("fingerprint")));
    }

    void mergeIsIdempotentAndKeepsOtherData()
    {
        // A target with data of its own.
        const QString target = QStringLiteral("merged");
        m_targetConnection.query(target, QStringLiteral("CREATE (:Person {name: 'Ada', local: true}), (:Local {x: 1})"),
                                 QueryOptions { false, -1 });
        const auto first = restore(m_richSet, m_target.url(), { QStringLiteral("sample=merged") }, GraphImporter::Mode::Merge);
        QVERIFY(first.graphs[0].verified);
        const qint64 nodesAfterFirst = countOf(m_targetConnection, target, QStringLiteral("MATCH (n) RETURN count(n)"));
        const qint64 edgesAfterFirst = countOf(m_targetConnection, target, QStringLiteral("MATCH ()-[e]->() RETURN count(e)"));
        const auto &expected = first.graphs[0].expected;
        QCOMPARE(nodesAfterFirst, expected.nodes + 2);
        QCOMPARE(edgesAfterFirst, expected.edges);
        // The target's own Ada was not merged with either backup Ada (they are distinct nodes).
        QCOMPARE(countOf(m_targetConnection, target, QStringLiteral("MATCH (n:Person {name: 'Ada'}) RETURN count(n)")), 3);
        // Running it again changes nothing.
        const auto second = restore(m_richSet, m_target.url(), { QStringLiteral("sample=merged") }, GraphImporter::Mode::Merge);
        QVERIFY(second.graphs[0].verified);
        QCOMPARE(countOf(m_targetConnection, target, QStringLiteral("MATCH (n) RETURN count(n)")), nodesAfterFirst);
        QCOMPARE(countOf(m_targetConnection, target, QStringLiteral("MATCH ()-[e]->() RETURN count(e)")), edgesAfterFirst);
        QCOMPARE(countOf(m_targetConnection, target, QStringLiteral("MATCH (n:Local) RETURN count(n)")), 1);
        // The exact values made it through MERGE as well.
        const auto rows = m_targetConnection.query(target, QStringLiteral("MATCH (n:Num) WHERE n.third IS NOT NULL RETURN n.sum = 0.1 + 0.2"),
                                                   QueryOptions { true, -1 }).rows;
        QCOMPARE(rows.value(0).value(0).toBoolean(), true);
    }

    void interruptedMergeIsCompletedByRunningItAgain()
    {
        RestoreJob::Request request;
        request.setDirectory = m_richSet;
        request.falkordbUrl = m_target.url();
        GraphMapping::parse({ QStringLiteral("random=merge_resume") }, &request.graphs, nullptr);
        request.mode = GraphImporter::Mode::Merge;
        int calls = 0;
        CallbackTaskContext *self = nullptr;
        CallbackTaskContext context([&](const TaskProgress &progress) {
            // Stop after the nodes were written, before the edges.
            if (progress.phase.contains(QLatin1String("restoring nodes")) && ++calls == 1)
                self->cancel();
        });
        self = &context;
        context.setThrottleIntervalMs(0);
        QCOMPARE(failureOf([&] { RestoreJob::run(request, context); }), OperationError::Kind::Canceled);
        // Part of it is there (merge never deletes the target) ...
        QVERIFY(countOf(m_targetConnection, QStringLiteral("merge_resume"), QStringLiteral("MATCH (n) RETURN count(n)")) > 0);
        // ... and the same command completes it, without duplicates.
        CallbackTaskContext again;
        const auto result = RestoreJob::run(request, again);
        QVERIFY(result.graphs[0].verified);
        QCOMPARE(countOf(m_targetConnection, QStringLiteral("merge_resume"), QStringLiteral("MATCH (n) RETURN count(n)")), 237);
        QCOMPARE(countOf(m_targetConnection, QStringLiteral("merge_resume"), QStringLiteral("MATCH ()-[e]->() RETURN count(e)")), 455);
    }

    void consistentSnapshotBackupCleansUp()
    {
        BackupJob::Request request;
        request.setDirectory = m_work.filePath(QStringLiteral("set-consistent"));
        request.falkordbUrl = m_source.url();
        request.graphs = { QStringLiteral("random") };
        request.consistentSnapshot = true;
        CallbackTaskContext context;
        const auto result = BackupJob::run(request, context);
        QCOMPARE(result.manifest.graphs[0].edges, 455);
        for (const QString &graph : m_sourceConnection.listGraphs())
            QVERIFY2(!graph.contains(QLatin1String("__bmb_snapshot_")), qPrintable(graph));
        // Same content as the non-snapshot backup.
        QCOMPARE(result.manifest.graphs[0].fingerprint, BackupManifest::load(m_richSet).graphs[1].fingerprint);
    }

    void changeDuringExportIsReported()
    {
        // A writer adds a node while the export pages through the graph.
        FalkorConnection writer;
        connect(writer, m_source);
        bool written = false;
        CallbackTaskContext context([&](const TaskProgress &progress) {
            if (!written && progress.phase == QLatin1String("nodes") && progress.done > 0) {
                writer.query(QStringLiteral("random"), QStringLiteral("CREATE (:Entity {name: 'late'})"), QueryOptions { false, -1 });
                written = true;
            }
        });
        context.setThrottleIntervalMs(0);
        BackupJob::Request request;
        request.setDirectory = m_work.filePath(QStringLiteral("set-torn"));
        request.falkordbUrl = m_source.url();
        request.graphs = { QStringLiteral("random") };
        const auto result = BackupJob::run(request, context);
        QVERIFY(written);
        QVERIFY(!result.warnings.isEmpty());
        QVERIFY(result.warnings.join(QLatin1Char(' ')).contains(QLatin1String("--consistent")));
        QVERIFY(GraphMetadata::load(QDir(request.setDirectory).filePath(QStringLiteral("graph/random"))).changedDuringExport);
        writer.query(QStringLiteral("random"), QStringLiteral("MATCH (n:Entity {name: 'late'}) DELETE n"), QueryOptions { false, -1 });
    }

    void backupErrorsLeaveNoSet()
    {
        BackupJob::Request request;
        request.setDirectory = m_work.filePath(QStringLiteral("set-missing"));
        request.falkordbUrl = m_source.url();
        request.graphs = { QStringLiteral("no_such_graph") };
        CallbackTaskContext context;
        QCOMPARE(failureOf([&] { BackupJob::run(request, context); }), OperationError::Kind::NotFound);
        QVERIFY(!QFileInfo::exists(request.setDirectory));
        // An existing, non-empty folder is never reused.
        request.setDirectory = m_richSet;
        request.graphs = { QStringLiteral("random") };
        QCOMPARE(failureOf([&] { BackupJob::run(request, context); }), OperationError::Kind::Conflict);
        QVERIFY(BackupManifest::exists(m_richSet));
    }
};

QTEST_GUILESS_MAIN(TestGraphBackupRestore)
#include "tst_graphbackuprestore.moc"
