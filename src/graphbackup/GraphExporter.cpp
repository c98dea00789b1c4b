#include "GraphExporter.h"

#include "BuildInfo.h"
#include "FalkorConnection.h"
#include "GraphFingerprint.h"
#include "OperationError.h"
#include "TaskContext.h"
#include "TypedValueCodec.h"

#include <QDir>
#include <QObject>
#include <QUuid>

#include <cstring>

namespace {

QStringList namesFrom(const QueryResult &result)
{
    QStringList names;
    for (const auto &row : result.rows)
        names.append(row.value(0).toString());
    return names;
}

QByteArray labelsCell(const QStringList &labels)
{
    GraphValue::Array items;
    for (const QString &label : labels)
        items.append(GraphValue::string(label));
    return TypedValueCodec::encodeTypedJson(GraphValue::array(items));
}

} // namespace

GraphExporter::GraphExporter(FalkorConnection &connection, TaskContext &context)
    : m_connection(connection)
    , m_context(context)
{
}

GraphMetadata GraphExporter::exportGraph(const QString &graph, const QString &directory, const Options &options)
{
    m_connection.requireGraphModule();
    if (!m_connection.listGraphs().contains(graph))
        throw OperationError(OperationError::Kind::NotFound,
                             QObject::tr("There is no graph named \"%1\" on %2.").arg(graph, m_connection.endpoint().redactedUrl()),
                             QObject::tr("Check the name; the graphs on that server are: %1")
                                 .arg(m_connection.listGraphs().join(QLatin1String(", "))));
    QDir dir(directory);
    if (dir.exists() && !dir.isEmpty())
        throw OperationError(OperationError::Kind::Conflict,
                             QObject::tr("The folder %1 already has files in it.").arg(directory),
                             QObject::tr("Choose a new folder for the backup."));
    if (!QDir().mkpath(directory))
        throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot create the folder %1.").arg(directory));

    QString snapshot;
    try {
        GraphMetadata metadata;
        if (options.consistentSnapshot) {
            snapshot = graph + QStringLiteral("__bmb_snapshot_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
            m_context.log(LogLevel::Info, QObject::tr("Copying %1 to a temporary snapshot %2 ...").arg(graph, snapshot));
            m_connection.copyGraph(graph, snapshot);
            metadata = exportFrom(snapshot, graph, directory, options);
            m_connection.deleteGraph(snapshot);
            snapshot.clear();
        } else {
            metadata = exportFrom(graph, graph, directory, options);
        }
        return metadata;
    } catch (...) {
        // Leave nothing half-written: remove what this export created (the folder was empty).
        QDir(directory).removeRecursively();
        if (!snapshot.isEmpty()) {
            try {
                // The cleanup must run even when the export was canceled (which may close the connection).
                m_connection.setTaskContext(nullptr);
                if (!m_connection.isOpen())
                    m_connection.open(m_connection.endpoint());
                m_connection.deleteGraph(snapshot);
                m_connection.setTaskContext(&m_context);
            } catch (const OperationError &) {
                m_context.log(LogLevel::Warning,
                              QObject::tr("Could not delete the temporary snapshot %1; delete it with GRAPH.DELETE.").arg(snapshot));
            }
        }
        throw;
    }
}

GraphMetadata GraphExporter::exportFrom(const QString &sourceGraph, const QString &graph, const QString &directory,
                                        const Options &options)
{
    GraphMetadata metadata;
    metadata.toolVersion = QStringLiteral(BMB_VERSION_STRING);
    metadata.graph = graph;
    metadata.server = QStringLiteral("%1:%2").arg(m_connection.endpoint().host).arg(m_connection.endpoint().port);
    metadata.falkordbVersion = m_connection.moduleInfo().versionString();
    metadata.redisVersion = m_connection.redisVersion();
    metadata.startedAt = QDateTime::currentDateTimeUtc();
    metadata.consistentSnapshot = options.consistentSnapshot;

    const QueryOptions read { true, -1 };
    metadata.labels = namesFrom(m_connection.query(sourceGraph, QStringLiteral("CALL db.labels()"), read));
    metadata.relationshipTypes = namesFrom(m_connection.query(sourceGraph, QStringLiteral("CALL db.relationshipTypes()"), read));
    metadata.propertyKeys = namesFrom(m_connection.query(sourceGraph, QStringLiteral("CALL db.propertyKeys()"), read));
    metadata.schema = GraphSchemaDefinition::fromQueryResults(m_connection.query(sourceGraph, QStringLiteral("CALL db.indexes()"), read),
                                                    m_connection.query(sourceGraph, QStringLiteral("CALL db.constraints()"), read));
    for (const auto &name : metadata.labels + metadata.relationshipTypes + metadata.propertyKeys)
        if (name.contains(QLatin1Char('`')))
            metadata.warnings.append(QObject::tr("The name \"%1\" contains a backtick; Cypher cannot write it, so a restore will refuse it.").arg(name));

    GraphScanner scanner(m_connection, m_context, sourceGraph, options.scanner);
    scanner.prepare();

    const QString nodesPath = QDir(directory).filePath(QLatin1String(GraphMetadata::NodesFileName));
    const QString edgesPath = QDir(directory).filePath(QLatin1String(GraphMetadata::EdgesFileName));
    GraphFingerprint fingerprint;
    NodeDigestIndex nodeDigests(directory);

    GraphTableWriter nodesWriter(nodesPath, { QStringLiteral("_id"), QStringLiteral("_labels") });
    scanner.scanNodes([&](const GraphValue::Node &node) {
        nodesWriter.writeRow({ { QByteArray::number(node.id), false }, { labelsCell(node.labels), false } }, node.properties);
        const auto digest = GraphFingerprint::nodeDigest(node.labels, node.properties);
        fingerprint.addNode(digest);
        nodeDigests.add(node.id, digest);
        if (node.labels.isEmpty())
            ++metadata.unlabeledNodes;
        for (const QString &label : node.labels)
            ++metadata.nodesPerLabel[label];
    });
    const auto nodesResult = nodesWriter.finish(&m_context);
    nodeDigests.finish();

    GraphTableWriter edgesWriter(edgesPath, { QStringLiteral("_id"), QStringLiteral("_type"), QStringLiteral("_src"),
                                              QStringLiteral("_dst") });
    scanner.scanEdges([&](const GraphValue::Edge &edge) {
        GraphFingerprint::Digest source {}, destination {};
        if (!nodeDigests.find(edge.sourceId, &source) || !nodeDigests.find(edge.destinationId, &destination))
            throw OperationError(OperationError::Kind::Failed,
                                 QObject::tr("Edge %1 of %2 points at a node that was not exported; the graph changed during the backup.")
                                     .arg(edge.id)
                                     .arg(graph),
                                 QObject::tr("Run the backup again with --consistent."));
        edgesWriter.writeRow({ { QByteArray::number(edge.id), false },
                               { edge.type.toUtf8(), edge.type.isEmpty() },
                               { QByteArray::number(edge.sourceId), false },
                               { QByteArray::number(edge.destinationId), false } },
                             edge.properties);
        fingerprint.addEdge(GraphFingerprint::edgeDigest(edge.type, edge.properties, source, destination));
        ++metadata.edgesPerType[edge.type];
    });
    const auto edgesResult = edgesWriter.finish(&m_context);

    metadata.nodeCount = fingerprint.nodeCount();
    metadata.edgeCount = fingerprint.edgeCount();
    // Pages are separate queries: a graph written to meanwhile can be torn. Say so rather than guess.
    if (!options.consistentSnapshot) {
        const qint64 nodesNow = scanner.countNodes();
        const qint64 edgesNow = scanner.countEdges();
        if (nodesNow != scanner.expectedNodes() || edgesNow != scanner.expectedEdges()
            || metadata.nodeCount != scanner.expectedNodes() || metadata.edgeCount != scanner.expectedEdges()) {
            metadata.changedDuringExport = true;
            metadata.warnings.append(
                QObject::tr("%1 changed during the backup (nodes %2 → %3, edges %4 → %5); this backup may not be a "
                            "single point in time. Use --consistent for a snapshot.")
                    .arg(graph)
                    .arg(scanner.expectedNodes())
                    .arg(nodesNow)
                    .arg(scanner.expectedEdges())
                    .arg(edgesNow));
            m_context.log(LogLevel::Warning, metadata.warnings.last());
        }
    } else if (metadata.nodeCount != scanner.expectedNodes() || metadata.edgeCount != scanner.expectedEdges()) {
        throw OperationError(OperationError::Kind::IntegrityError,
                             QObject::tr("The snapshot of %1 has %2 nodes and %3 edges but %4 and %5 were read.")
                                 .arg(graph)
                                 .arg(scanner.expectedNodes())
                                 .arg(scanner.expectedEdges())
                                 .arg(metadata.nodeCount)
                                 .arg(metadata.edgeCount));
    }

    metadata.fingerprint = fingerprint.graphHex();
    metadata.nodesFingerprint = fingerprint.nodesHex();
    metadata.edgesFingerprint = fingerprint.edgesHex();
    metadata.nodes = { QLatin1String(GraphMetadata::NodesFileName), nodesResult.bytes,
                       QString::fromLatin1(nodesResult.sha256Hex), nodesResult.rows, nodesResult.columns };
    metadata.edges = { QLatin1String(GraphMetadata::EdgesFileName), edgesResult.bytes,
                       QString::fromLatin1(edgesResult.sha256Hex), edgesResult.rows, edgesResult.columns };
    metadata.finishedAt = QDateTime::currentDateTimeUtc();
    metadata.save(directory);
    return metadata;
}
