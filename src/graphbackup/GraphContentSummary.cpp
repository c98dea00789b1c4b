#include "GraphContentSummary.h"

#include "FalkorConnection.h"
#include "GraphFingerprint.h"
#include "GraphScanner.h"
#include "GraphTableReader.h"
#include "OperationError.h"
#include "TaskContext.h"
#include "TypedValueCodec.h"

#include <QDir>
#include <QObject>
#include <QSet>

namespace {

void compareCounts(QStringList &lines, const QString &what, const QMap<QString, qint64> &expected,
                   const QMap<QString, qint64> &actual, const QString &expectedName, const QString &actualName)
{
    QSet<QString> keys;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        keys.insert(it.key());
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    for (const QString &key : std::as_const(sorted)) {
        const qint64 a = expected.value(key), b = actual.value(key);
        if (a != b)
            lines.append(QObject::tr("%1 %2: %3 in %4, %5 in %6 (%7%8)")
                             .arg(what, key)
                             .arg(a)
                             .arg(expectedName)
                             .arg(b)
                             .arg(actualName)
                             .arg(b > a ? QStringLiteral("+") : QString())
                             .arg(b - a));
    }
}

QStringList labelsFromCell(GraphTableReader &reader, const CsvReader::Field &cell)
{
    GraphValue value;
    try {
        value = TypedValueCodec::decodeTypedJson(cell.text);
    } catch (const OperationError &error) {
        reader.fail(QObject::tr("_labels: %1").arg(error.message()));
    }
    if (value.type() != GraphValue::Type::Array)
        reader.fail(QObject::tr("_labels must be a list of strings"));
    QStringList labels;
    for (const GraphValue &item : value.toArray()) {
        if (item.type() != GraphValue::Type::String)
            reader.fail(QObject::tr("_labels must be a list of strings"));
        labels.append(item.toString());
    }
    return labels;
}

quint64 idFromCell(GraphTableReader &reader, const CsvReader::Field &cell, const char *column)
{
    bool ok = false;
    const quint64 id = cell.text.toULongLong(&ok);
    if (!ok || cell.quoted)
        reader.fail(QObject::tr("%1 must be a node or edge id (a whole number)").arg(QLatin1String(column)));
    return id;
}

} // namespace

GraphContentSummary GraphContentSummary::fromMetadata(const GraphMetadata &metadata)
{
    GraphContentSummary summary;
    summary.nodes = metadata.nodeCount;
    summary.edges = metadata.edgeCount;
    summary.unlabeledNodes = metadata.unlabeledNodes;
    summary.nodesPerLabel = metadata.nodesPerLabel;
    summary.edgesPerType = metadata.edgesPerType;
    summary.fingerprint = metadata.fingerprint;
    return summary;
}

GraphContentSummary GraphContentSummary::fromFiles(const QString &directory, const GraphMetadata &metadata,
                                                   TaskContext &context)
{
    GraphContentSummary summary;
    GraphFingerprint fingerprint;
    NodeDigestIndex digests(directory);
    const QString component = metadata.graph;

    GraphTableReader nodes(QDir(directory).filePath(metadata.nodes.name), { QStringLiteral("_id"), QStringLiteral("_labels") });
    nodes.open();
    GraphTableReader::Row row;
    bool first = true;
    quint64 previous = 0;
    while (nodes.next(&row)) {
        const quint64 id = idFromCell(nodes, row.fixed[0], "_id");
        if (!first && id <= previous)
            nodes.fail(QObject::tr("node ids must be unique and ascending (%1 after %2)").arg(id).arg(previous));
        first = false;
        previous = id;
        const QStringList labels = labelsFromCell(nodes, row.fixed[1]);
        const auto digest = GraphFingerprint::nodeDigest(labels, row.properties);
        fingerprint.addNode(digest);
        digests.add(id, digest);
        if (labels.isEmpty())
            ++summary.unlabeledNodes;
        for (const QString &label : labels)
            ++summary.nodesPerLabel[label];
        if ((fingerprint.nodeCount() & 0x3ff) == 0) {
            context.checkCanceled();
            context.progress({ component, QObject::tr("checking nodes"), nodes.bytesRead(), nodes.totalBytes(), QObject::tr("bytes") });
        }
    }
    digests.finish();

    GraphTableReader edges(QDir(directory).filePath(metadata.edges.name),
                           { QStringLiteral("_id"), QStringLiteral("_type"), QStringLiteral("_src"), QStringLiteral("_dst") });
    edges.open();
    while (edges.next(&row)) {
        idFromCell(edges, row.fixed[0], "_id");
        const QString type = QString::fromUtf8(row.fixed[1].text);
        const quint64 source = idFromCell(edges, row.fixed[2], "_src");
        const quint64 destination = idFromCell(edges, row.fixed[3], "_dst");
        GraphFingerprint::Digest sourceDigest, destinationDigest;
        if (!digests.find(source, &sourceDigest) || !digests.find(destination, &destinationDigest))
            edges.fail(QObject::tr("the edge points at node %1 or %2, which is not in %3")
                           .arg(source)
                           .arg(destination)
                           .arg(metadata.nodes.name));
        fingerprint.addEdge(GraphFingerprint::edgeDigest(type, row.properties, sourceDigest, destinationDigest));
        ++summary.edgesPerType[type];
        if ((fingerprint.edgeCount() & 0x3ff) == 0) {
            context.checkCanceled();
            context.progress({ component, QObject::tr("checking edges"), edges.bytesRead(), edges.totalBytes(), QObject::tr("bytes") });
        }
    }
    summary.nodes = fingerprint.nodeCount();
    summary.edges = fingerprint.edgeCount();
    summary.fingerprint = fingerprint.graphHex();
    return summary;
}

GraphContentSummary GraphContentSummary::fromLiveGraph(FalkorConnection &connection, const QString &graph,
                                                       TaskContext &context)
{
    GraphContentSummary summary;
    GraphFingerprint fingerprint;
    NodeDigestIndex digests;
    GraphScanner scanner(connection, context, graph);
    scanner.prepare();
    scanner.scanNodes([&](const GraphValue::Node &node) {
        const auto digest = GraphFingerprint::nodeDigest(node.labels, node.properties);
        fingerprint.addNode(digest);
        digests.add(node.id, digest);
        if (node.labels.isEmpty())
            ++summary.unlabeledNodes;
        for (const QString &label : node.labels)
            ++summary.nodesPerLabel[label];
    });
    digests.finish();
    scanner.scanEdges([&](const GraphValue::Edge &edge) {
        GraphFingerprint::Digest source, destination;
        digests.find(edge.sourceId, &source);
        digests.find(edge.destinationId, &destination);
        fingerprint.addEdge(GraphFingerprint::edgeDigest(edge.type, edge.properties, source, destination));
        ++summary.edgesPerType[edge.type];
    });
    summary.nodes = fingerprint.nodeCount();
    summary.edges = fingerprint.edgeCount();
    summary.fingerprint = fingerprint.graphHex();
    return summary;
}

bool GraphContentSummary::matches(const GraphContentSummary &other) const
{
    return nodes == other.nodes && edges == other.edges && unlabeledNodes == other.unlabeledNodes
        && nodesPerLabel == other.nodesPerLabel && edgesPerType == other.edgesPerType && fingerprint == other.fingerprint;
}

QStringList GraphContentSummary::differences(const GraphContentSummary &actual, const QString &expectedName,
                                             const QString &actualName) const
{
    QStringList lines;
    QMap<QString, qint64> totalsExpected { { QObject::tr("nodes"), nodes }, { QObject::tr("edges"), edges },
                                           { QObject::tr("unlabeled nodes"), unlabeledNodes } };
    QMap<QString, qint64> totalsActual { { QObject::tr("nodes"), actual.nodes }, { QObject::tr("edges"), actual.edges },
                                         { QObject::tr("unlabeled nodes"), actual.unlabeledNodes } };
    compareCounts(lines, QObject::tr("total"), totalsExpected, totalsActual, expectedName, actualName);
    compareCounts(lines, QObject::tr("label"), nodesPerLabel, actual.nodesPerLabel, expectedName, actualName);
    compareCounts(lines, QObject::tr("type"), edgesPerType, actual.edgesPerType, expectedName, actualName);
    if (fingerprint != actual.fingerprint)
        lines.append(QObject::tr("content fingerprint: %1 in %2, %3 in %4%5")
                         .arg(fingerprint.left(16), expectedName, actual.fingerprint.left(16), actualName,
                              lines.isEmpty() ? QObject::tr(" (same counts, different property values)") : QString()));
    return lines;
}
