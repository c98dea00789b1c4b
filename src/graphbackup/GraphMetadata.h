#pragma once

#include "GraphSchemaDefinition.h"
#include "GraphTableWriter.h"

#include <QDateTime>
#include <QMap>

// graph.json: everything recorded about one exported graph besides the rows themselves
// (docs/FORMAT.md). It is written last, atomically, so a graph folder without it is incomplete.
struct GraphMetadata
{
    static constexpr int CurrentFormatVersion = 1;
    static constexpr const char *FileName = "graph.json";
    static constexpr const char *NodesFileName = "nodes.csv";
    static constexpr const char *EdgesFileName = "edges.csv";

    struct TableFile
    {
        QString name;
        qint64 size = 0;
        QString sha256;
        qint64 rows = 0;
        QList<GraphTableWriter::Column> columns;
    };

    int formatVersion = CurrentFormatVersion;
    QString toolVersion;
    QString graph;
    QString server;               // host:port only, never credentials
    QString falkordbVersion;
    QString redisVersion;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool consistentSnapshot = false;
    bool changedDuringExport = false;
    QStringList labels;
    QStringList relationshipTypes;
    QStringList propertyKeys;
    qint64 nodeCount = 0;
    qint64 edgeCount = 0;
    QMap<QString, qint64> nodesPerLabel;   // a node with two labels counts under both
    qint64 unlabeledNodes = 0;
    QMap<QString, qint64> edgesPerType;
    QString fingerprint;
    QString nodesFingerprint;
    QString edgesFingerprint;
    GraphSchemaDefinition schema;
    TableFile nodes;
    TableFile edges;
    QStringList warnings;

    QJsonObject toJson() const;
    // Throws OperationError(InvalidInput) for a malformed file or a newer format version.
    static GraphMetadata fromJson(const QJsonObject &json);

    void save(const QString &directory) const;     // atomically, through QSaveFile
    static GraphMetadata load(const QString &directory);

    // A graph name as a safe folder name (percent-encoded; never "." or ".." or a path).
    static QString folderNameFor(const QString &graph);
};
