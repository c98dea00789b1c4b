// SetDiff on sets made from graphs that differ in known ways, set against set and set against the
// live server; the differences found must be exactly the ones made. Collections likewise: a set made
// by a real backup through the milvus-backup + Milvus stand-in, then compared with that Milvus after
// rows were deleted, a collection was recreated with another schema and one was added.

#include "BackupJob.h"
#include "BackupManifest.h"
#include "FalkorConnection.h"
#include "MilvusBackupStandin.h"
#include "OperationError.h"
#include "PackageWriter.h"
#include "RedisServerFixture.h"
#include "SetDiff.h"
#include "StandinVectorServers.h"
#include "TaskContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {
const SetDiff::CollectionDiff *collectionNamed(const SetDiff::Result &result, const QString &name)
{
    for (const auto &collection : result.collections)
        if (collection.name == name)
            return &collection;
    return nullptr;
}

std::optional<OperationError::Kind> failureKind(const SetDiff::Request &request, TaskContext &context)
{
    try {
        SetDiff::run(request, context);
    } catch (const OperationError &error) {
        qInfo("expected failure: %s", qPrintable(error.fullText()));
        return error.kind();
    }
    return std::nullopt;
}
} // namespace

class TestSetDiff : public QObject
{
    Q_OBJECT

private:
    RedisServerFixture m_server;
    FalkorConnection m_connection;
    QTemporaryDir m_work;
    QString m_before;
    QString m_after;

    void run(const QString &cypher)
    {
        m_connection.query(QStringLiteral("kg"), cypher, QueryOptions { false, -1 });
    }

    QString backup(const QString &name)
    {
        BackupJob::Request request;
        request.setDirectory = m_work.filePath(name);
        request.falkordbUrl = m_server.url();
        request.graphs = { QStringLiteral("kg") };
        CallbackTaskContext context;
        BackupJob::run(request, context);
        return request.setDirectory;
    }

    static void checkKnownDifferences(const SetDiff::GraphDiff &graph)
    {
        QVERIFY(!graph.identical());
        QCOMPARE(graph.a.nodes, 303);
        QCOMPARE(graph.b.nodes, 303); // -1 Entity +1 Entity, -1 Chunk +1 Topic
        QCOMPARE(graph.nodes.changed, 2);
        QCOMPARE(graph.nodes.removed, 2);
        QCOMPARE(graph.nodes.added, 2);
        QCOMPARE(graph.a.nodesPerLabel.value(QStringLiteral("Entity")), 200);
        QCOMPARE(graph.b.nodesPerLabel.value(QStringLiteral("Entity")), 200);
        QCOMPARE(graph.b.nodesPerLabel.value(QStringLiteral("Topic")), 1);
        // The changed nodes are paired by name, with the property that changed.
        QStringList changes;
        for (const auto &sample : graph.nodes.changedSamples)
            changes += sample.changes;
        changes.sort();
        QCOMPARE(changes, (QStringList { QStringLiteral("description: \"old text\" -> \"new text\""),
                                         QStringLiteral("rank: added 7") }));
        // Edges: 9->10 removed with entity 10, 0->200 added, and the edges whose endpoint changed count
        // as changed.
        QCOMPARE(graph.edges.added, 1);
        QCOMPARE(graph.edges.removed, 1);
        QCOMPARE(graph.edges.changed, 3); // 4->5, 5->6 and 6->7 touch the changed entities 5 and 6
        QCOMPARE(graph.propertyKeyChanges, (QStringList { QStringLiteral("Entity.rank (Integer): only in B"),
                                                        QStringLiteral("Topic.title (String): only in B") }));
        QCOMPARE(graph.schemaOnlyInA, QStringList());
        QCOMPARE(graph.schemaOnlyInB.size(), 1);
        QVERIFY(graph.schemaOnlyInB.first().contains(QLatin1String("Entity.name")));
        QVERIFY(graph.nodes.addedSamples.size() <= 5);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        FalkorEndpoint endpoint;
        QVERIFY(FalkorEndpoint::parse(m_server.url(), &endpoint, &error));
        m_connection.open(endpoint);
        // 200 entities with names, 100 chunks without a stable key property, 3 documents with ids.
        run(QStringLiteral("UNWIND range(0, 199) AS i CREATE (:Entity {name: 'entity ' + toString(i), description: 'old text'})"));
        run(QStringLiteral("UNWIND range(0, 99) AS i CREATE (:Chunk {text: 'chunk ' + toString(i)})"));
        run(QStringLiteral("UNWIND range(0, 2) AS i CREATE (:Document {id: i})"));
        run(QStringLiteral("UNWIND range(0, 9) AS i MATCH (a:Entity {name: 'entity ' + toString(i)}), "
                           "(b:Entity {name: 'entity ' + toString(i + 1)}) CREATE (a)-[:REL {w: i}]->(b)"));
        m_before = backup(QStringLiteral("before"));
        // The known changes:
        run(QStringLiteral("MATCH (n:Entity {name: 'entity 5'}) SET n.description = 'new text'"));     // changed
        run(QStringLiteral("MATCH (n:Entity {name: 'entity 6'}) SET n.rank = 7"));                     // changed, new key
        run(QStringLiteral("MATCH (n:Entity {name: 'entity 10'}) DETACH DELETE n"));                   // removed (+ edge 9->10)
        run(QStringLiteral("MATCH (n:Chunk {text: 'chunk 3'}) DELETE n"));                             // removed (no key)
        run(QStringLiteral("CREATE (:Entity {name: 'entity 200', description: 'old text'})"));         // added
        run(QStringLiteral("CREATE (:Topic {title: 'new topic'})"));                                   // added
        run(QStringLiteral("MATCH (a:Entity {name: 'entity 0'}), (b:Entity {name: 'entity 200'}) CREATE (a)-[:REL {w: 99}]->(b)"));
        run(QStringLiteral("CREATE INDEX FOR (n:Entity) ON (n.name)"));
        m_after = backup(QStringLiteral("after"));
    }

    void setAgainstSet()
    {
        SetDiff::Request request;
        request.setA = m_before;
        request.setB = m_after;
        CallbackTaskContext context;
        const auto result = SetDiff::run(request, context);
        QCOMPARE(result.graphs.size(), 1);
        checkKnownDifferences(result.graphs.first());
        QVERIFY(!result.identical());
        QCOMPARE(result.toJson().value(QStringLiteral("identical")).toBool(), false);
    }

    void setAgainstLiveGraphAndPackage()
    {
        CallbackTaskContext context;
        const QString package = PackageWriter::write(m_before, PackageWriter::defaultPackagePath(m_before), context).packagePath;
        SetDiff::Request request;
        request.setA = package;
        request.falkordbUrl = m_server.url();
        const auto result = SetDiff::run(request, context);
        QCOMPARE(result.graphs.size(), 1);
        checkKnownDifferences(result.graphs.first());
    }

    void identicalSetsHaveNoDifferences()
    {
        SetDiff::Request request;
        request.setA = m_after;
        request.falkordbUrl = m_server.url();
        CallbackTaskContext context;
        const auto result = SetDiff::run(request, context);
        QVERIFY(result.identical());
        QCOMPARE(result.graphs.first().nodes.added + result.graphs.first().nodes.removed + result.graphs.first().nodes.changed, 0);
    }

    void collectionsRowsAndSchema()
    {
        // Two vector-only sets made by hand: rows and a vector dimension differ, one collection is new.
        const auto makeSet = [&](const QString &name, qint64 rows, int dim, bool extra) {
            const QString set = m_work.filePath(name);
            QJsonArray infos;
            const auto info = [&](const QString &collection) {
                return QJsonObject { { QStringLiteral("db_name"), QStringLiteral("default") },
                                     { QStringLiteral("collection_name"), collection },
                                     { QStringLiteral("schema"),
                                       QJsonObject { { QStringLiteral("fields"),
                                                       QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("id") },
                                                                                  { QStringLiteral("data_type"), 5 },
                                                                                  { QStringLiteral("is_primary_key"), true } },
                                                                    QJsonObject { { QStringLiteral("name"), QStringLiteral("vec") },
                                                                                  { QStringLiteral("data_type"), 101 },
                                                                                  { QStringLiteral("type_params"),
                                                                                    QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("dim") },
                                                                                                               { QStringLiteral("value"), QString::number(dim) } } } } } } } } } };
            };
            infos.append(info(QStringLiteral("DocumentChunks")));
            if (extra)
                infos.append(info(QStringLiteral("Extra")));
            QDir().mkpath(set + QStringLiteral("/vector/bk/meta"));
            QFile meta(set + QStringLiteral("/vector/bk/meta/collection_meta.json"));
            QVERIFY(meta.open(QIODevice::WriteOnly));
            meta.write(QJsonDocument(QJsonObject { { QStringLiteral("infos"), infos } }).toJson());
            meta.close();
            BackupManifest manifest;
            manifest.toolVersion = QStringLiteral("test");
            manifest.vectorBackupName = QStringLiteral("bk");
            manifest.vectorFolder = QStringLiteral("vector/bk");
            manifest.collections.append({ QStringLiteral("default"), QStringLiteral("DocumentChunks"), rows });
            if (extra)
                manifest.collections.append({ QStringLiteral("default"), QStringLiteral("Extra"), 1 });
            CallbackTaskContext context;
            manifest.recordFiles(set, context);
            manifest.save(set);
        };
        makeSet(QStringLiteral("vector-a"), 10, 4, false);
        makeSet(QStringLiteral("vector-b"), 12, 8, true);
        SetDiff::Request request;
        request.setA = m_work.filePath(QStringLiteral("vector-a"));
        request.setB = m_work.filePath(QStringLiteral("vector-b"));
        CallbackTaskContext context;
        const auto result = SetDiff::run(request, context);
        QVERIFY(!result.identical());
        QCOMPARE(result.graphs.size(), 0);
        QCOMPARE(result.collections.size(), 2);
        const auto &chunks = result.collections.at(0);
        QCOMPARE(chunks.name, QStringLiteral("default.DocumentChunks"));
        QCOMPARE(chunks.differences.size(), 2);
        // Field by field: only the vector's dimension differs, the primary key is the same.
        QCOMPARE(chunks.differences.at(0), QStringLiteral("field vec: FloatVector(dim=4) in A, FloatVector(dim=8) in B"));
        QVERIFY(chunks.a.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("id:Int64 primary")));
        QCOMPARE(chunks.differences.at(1), QStringLiteral("rows: 10 in A, 12 in B"));
        QCOMPARE(result.collections.at(1).name, QStringLiteral("default.Extra"));
        QCOMPARE(result.collections.at(1).differences, QStringList { QStringLiteral("only in B") });
    }

    void collectionsAgainstLiveMilvus()
    {
        MilvusBackupStandin milvus;
        MilvusBackupStandin::Options options;
        options.taskMs = 200;
        QString error;
        if (!milvus.start(options, &error))
            QSKIP(qPrintable(QStringLiteral("node, s3rver or the milvus-backup stand-in is not available: ") + error));
        milvus.seedCollection(QStringLiteral("default"), QStringLiteral("DocumentChunks"), 230);
        milvus.seedCollection(QStringLiteral("default"), QStringLiteral("EntityDescriptions"), 120);
        milvus.seedCollection(QStringLiteral("default"), QStringLiteral("RelationDescriptions"), 75);

        BackupJob::Request backupRequest;
        backupRequest.setDirectory = m_work.filePath(QStringLiteral("vector-live"));
        VectorBackup::Request vector;
        vector.servers = StandinVectorServers::of(milvus);
        vector.backupName = QStringLiteral("diff_live_1");
        backupRequest.vector = vector;
        CallbackTaskContext backupContext;
        BackupJob::run(backupRequest, backupContext);

        SetDiff::Request request;
        request.setA = backupRequest.setDirectory;
        request.milvusUrl = milvus.milvusUrl().toString();
        request.milvusToken = QStringLiteral("not-needed-but-sent");

        // Right after the backup: the same three collections, rows, index and fields on both sides.
        {
            CallbackTaskContext context;
            const auto result = SetDiff::run(request, context);
            QVERIFY(result.collectionsCompared);
            QVERIFY(!result.graphsCompared);
            QCOMPARE(result.collections.size(), 3);
            for (const auto &collection : result.collections) {
                QVERIFY2(collection.differences.isEmpty(), qPrintable(collection.name + QLatin1String(": ") + collection.differences.join(QLatin1String("; "))));
                QCOMPARE(collection.rowsA(), collection.rowsB());
                // The schema was really compared: milvus-backup's meta and describe give the same fields.
                QCOMPARE(collection.a.value(QStringLiteral("fields")).toArray().size(), 3);
                QCOMPARE(collection.a.value(QStringLiteral("fields")), collection.b.value(QStringLiteral("fields")));
            }
            QCOMPARE(collectionNamed(result, QStringLiteral("default.DocumentChunks"))->rowsB(), 230);
            QVERIFY(result.identical());
            QVERIFY(!result.labelB.contains(QLatin1String("not-needed")));
        }

        // The live side changes: 30 rows deleted, one collection recreated with another vector size and
        // no rows, one dropped, one added; a database the set does not cover gets a collection too.
        QJsonArray ids;
        for (int id = 1; id <= 30; ++id)
            ids.append(id);
        milvus.milvus(QStringLiteral("entities/delete"),
                      { { QStringLiteral("collectionName"), QStringLiteral("DocumentChunks") },
                        { QStringLiteral("filter"), QStringLiteral("id in %1").arg(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))) } });
        milvus.milvus(QStringLiteral("collections/drop"), { { QStringLiteral("collectionName"), QStringLiteral("EntityDescriptions") } });
        const QJsonObject dim8 { { QStringLiteral("dim"), 8 } };
        milvus.milvus(QStringLiteral("collections/create"),
                      { { QStringLiteral("collectionName"), QStringLiteral("EntityDescriptions") },
                        { QStringLiteral("schema"),
                          QJsonObject { { QStringLiteral("autoID"), false },
                                        { QStringLiteral("fields"),
                                          QJsonArray { QJsonObject { { QStringLiteral("fieldName"), QStringLiteral("id") },
                                                                     { QStringLiteral("dataType"), QStringLiteral("Int64") },
                                                                     { QStringLiteral("isPrimary"), true } },
                                                       QJsonObject { { QStringLiteral("fieldName"), QStringLiteral("vec") },
                                                                     { QStringLiteral("dataType"), QStringLiteral("FloatVector") },
                                                                     { QStringLiteral("elementTypeParams"), dim8 } } } } } } });
        milvus.milvus(QStringLiteral("collections/drop"), { { QStringLiteral("collectionName"), QStringLiteral("RelationDescriptions") } });
        milvus.seedCollection(QStringLiteral("default"), QStringLiteral("NewOne"), 5);
        milvus.seedCollection(QStringLiteral("other"), QStringLiteral("Elsewhere"), 10);

        QList<TaskProgress> progress;
        CallbackTaskContext context([&](const TaskProgress &p) { progress.append(p); });
        context.setThrottleIntervalMs(0);
        const auto result = SetDiff::run(request, context);
        QVERIFY(!result.identical());
        QStringList names;
        for (const auto &collection : result.collections)
            names.append(collection.name);
        QCOMPARE(names, (QStringList { QStringLiteral("default.DocumentChunks"), QStringLiteral("default.EntityDescriptions"),
                                       QStringLiteral("default.NewOne"), QStringLiteral("default.RelationDescriptions") }));

        const auto *chunks = collectionNamed(result, QStringLiteral("default.DocumentChunks"));
        QCOMPARE(chunks->rowsA(), 230);
        QCOMPARE(chunks->rowsB(), 200);
        QCOMPARE(chunks->differences, QStringList { QStringLiteral("rows: 230 in A, 200 in B") });

        const auto *entities = collectionNamed(result, QStringLiteral("default.EntityDescriptions"));
        QCOMPARE(entities->rowsB(), 0);
        QCOMPARE(entities->differences,
                 (QStringList { QStringLiteral("field title (VarChar(max_length=64)): only in A"),
                                QStringLiteral("field vec: FloatVector(dim=4) in A, FloatVector(dim=8) in B"),
                                QStringLiteral("hasIndex: true in A, false in B"), QStringLiteral("rows: 120 in A, 0 in B") }));

        const auto *added = collectionNamed(result, QStringLiteral("default.NewOne"));
        QVERIFY(!added->inA && added->inB);
        QCOMPARE(added->rowsB(), 5);
        QCOMPARE(added->differences, QStringList { QStringLiteral("only in B") });
        const auto *removed = collectionNamed(result, QStringLiteral("default.RelationDescriptions"));
        QVERIFY(removed->inA && !removed->inB);
        QCOMPARE(removed->rowsA(), 75);
        QCOMPARE(removed->rowsB(), -1);
        QCOMPARE(removed->differences, QStringList { QStringLiteral("only in A") });

        // Progress per collection, ending at all of them.
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](const TaskProgress &p) {
            return p.component == QLatin1String("milvus") && p.total == 3 && p.done == 3;
        }));
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(QStringLiteral("collections")).toArray().size(), 4);
        QCOMPARE(json.value(QStringLiteral("collections")).toArray().at(0).toObject().value(QStringLiteral("rowsB")).toInteger(), 200);
        QVERIFY(!QString::fromUtf8(QJsonDocument(json).toJson()).contains(QLatin1String("not-needed")));

        // Canceled while counting: stops with Canceled, not with a partial result.
        CallbackTaskContext *self = nullptr;
        CallbackTaskContext canceling([&self](const TaskProgress &p) {
            if (p.component == QLatin1String("milvus") && p.done == 1)
                self->cancel();
        });
        self = &canceling;
        canceling.setThrottleIntervalMs(0);
        QCOMPARE(failureKind(request, canceling), std::optional(OperationError::Kind::Canceled));

        // Graphs and collections together: the set has no graph, so only collections are listed.
        SetDiff::Request both = request;
        both.falkordbUrl = m_server.url();
        CallbackTaskContext bothContext;
        const auto bothResult = SetDiff::run(both, bothContext);
        QVERIFY(bothResult.graphsCompared && bothResult.collectionsCompared);
        QCOMPARE(bothResult.graphs.size(), 0);
        QCOMPARE(bothResult.collections.size(), 4);
        QVERIFY(bothResult.labelB.contains(QLatin1String(" + ")));
    }

    void liveRequestsThatCannotWork()
    {
        CallbackTaskContext context;
        SetDiff::Request request;
        request.setA = m_before;
        request.milvusUrl = QStringLiteral("localhost:19530"); // no scheme
        QCOMPARE(failureKind(request, context), std::optional(OperationError::Kind::InvalidInput));
        request.milvusUrl.clear();
        QCOMPARE(failureKind(request, context), std::optional(OperationError::Kind::InvalidInput)); // neither B nor live
        request.setB = m_after;
        request.milvusUrl = QStringLiteral("http://127.0.0.1:1");
        QCOMPARE(failureKind(request, context), std::optional(OperationError::Kind::InvalidInput)); // both B and live
    }

    void mappedGraphThatIsMissing()
    {
        SetDiff::Request request;
        request.setA = m_before;
        request.falkordbUrl = m_server.url();
        request.graphMapping.insert(QStringLiteral("kg"), QStringLiteral("nothing-here"));
        CallbackTaskContext context;
        const auto result = SetDiff::run(request, context);
        QCOMPARE(result.graphs.size(), 1);
        QVERIFY(!result.graphs.first().inB);
        QCOMPARE(result.graphs.first().nodes.removed, 303);
    }
};

QTEST_GUILESS_MAIN(TestSetDiff)
#include "tst_setdiff.moc"
