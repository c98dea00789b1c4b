#pragma once

#include "GraphValue.h"
#include "SetDiff.h"
#include "SortedIdTable.h"

#include <QFile>
#include <QJsonObject>
#include <QString>

#include <array>
#include <memory>
#include <vector>

class FalkorConnection;
class TaskContext;

// One side of a graph comparison (a set's graph folder or a live graph): its counts and property keys,
// and every node and edge as a fixed-size Record in hash-partitioned temporary files, with the
// entity's description (labels, key, properties for people) appended to a details file. Only the
// records of one partition are ever in memory, so a huge graph costs disk, not heap.
class GraphDiffIndex
{
public:
    static constexpr int Partitions = 64;

    // One node or edge: its content digest, its match key (all zero: none) and where its description is.
    struct Record
    {
        std::array<quint8, 32> digest;
        std::array<quint8, 16> key;
        quint64 offset;
        quint32 length;
        quint32 side; // 0 = A, 1 = B
    };
    static_assert(sizeof(Record) == 64);

    // side 0 is A, 1 is B; both sides of one comparison share the directory.
    GraphDiffIndex(const QString &directory, int side);
    GraphDiffIndex(const GraphDiffIndex &) = delete;
    GraphDiffIndex &operator=(const GraphDiffIndex &) = delete;

    // Fill the index from one source and close it; exactly one of these per index.
    void readSetGraph(const QString &folder, TaskContext &context);
    void readLiveGraph(FalkorConnection &connection, const QString &graph, TaskContext &context);
    void readNothing();

    // The partition file of one kind ("nodes" or "edges") of one side, as the comparison reads it.
    static QString partitionPath(const QString &directory, const char *kind, int side, int partition);
    static std::vector<Record> readRecords(const QString &path);
    static bool hasKey(const Record &record);

    QJsonObject details(const Record &record);
    const SetDiff::Counts &counts() const { return m_counts; }

private:
    void addNode(quint64 id, const QStringList &labels, const QList<GraphValue::Property> &properties);
    void finishNodes();
    void addEdge(const QString &type, quint64 source, quint64 destination, const QList<GraphValue::Property> &properties);
    void close();
    QString nodeSummary(const std::array<quint8, 48> &value);
    void writeDetails(const QJsonObject &description, Record *record);
    static void write(std::vector<std::unique_ptr<QFile>> &files, const Record &record);

    QString m_directory;
    int m_side;
    QFile m_details;
    SortedIdTable m_nodes;
    std::vector<std::unique_ptr<QFile>> m_nodeFiles;
    std::vector<std::unique_ptr<QFile>> m_edgeFiles;
    SetDiff::Counts m_counts;
};
