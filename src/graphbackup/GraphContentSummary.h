#pragma once

#include "GraphMetadata.h"

#include <QMap>
#include <QStringList>

class FalkorConnection;
class TaskContext;

// What verification compares: counts per label and type and the content fingerprint. It is computed
// from a backup's CSV files (checking every cell on the way), from a live graph, or taken from the
// graph.json recorded at backup time.
struct GraphContentSummary
{
    qint64 nodes = 0;
    qint64 edges = 0;
    qint64 unlabeledNodes = 0;
    QMap<QString, qint64> nodesPerLabel;
    QMap<QString, qint64> edgesPerType;
    QString fingerprint;

    static GraphContentSummary fromMetadata(const GraphMetadata &metadata);
    // Reads nodes.csv and edges.csv of a graph folder: every row parsed and typed, ids unique and in
    // order, every edge's endpoints present. Throws OperationError(InvalidInput) on the first problem.
    static GraphContentSummary fromFiles(const QString &directory, const GraphMetadata &metadata, TaskContext &context);
    static GraphContentSummary fromLiveGraph(FalkorConnection &connection, const QString &graph, TaskContext &context);

    bool matches(const GraphContentSummary &other) const;
    // Human-readable differences ("label Person: 120 in the backup, 118 on the target"), empty when equal.
    QStringList differences(const GraphContentSummary &actual, const QString &expectedName,
                            const QString &actualName) const;
};
