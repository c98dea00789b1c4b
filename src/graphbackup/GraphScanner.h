#pragma once

#include "FalkorConnection.h"
#include "GraphValue.h"

#include <functional>

class TaskContext;

// Reads every node and edge of a live graph, whatever the server's limits: ID-range pages no wider
// than RESULTSET_SIZE (so the silent row cap can never cut a page), edges paged by source-node range and
// split further when a page comes back full (hubs are paged by edge id), page width reduced when a page
// hits the server's query TIMEOUT, and doubles recovered bit-exactly (the server prints only 15
// significant digits; see recoverExactDoubles). Only GRAPH.RO_QUERY is used. Memory is one page.
class GraphScanner
{
public:
    struct Options
    {
        int maxPageWidth = 10000;
        int exactDoubleBatch = 2000;
        qint64 pageBytes = 32 << 20; // target memory of one parsed page

    };

    GraphScanner(FalkorConnection &connection, TaskContext &context, QString graph, Options options);
    GraphScanner(FalkorConnection &connection, TaskContext &context, QString graph);

    // Reads the limits and the node/edge counts (O(1) on FalkorDB). Call before scanning.
    void prepare();
    qint64 expectedNodes() const { return m_expectedNodes; }
    qint64 expectedEdges() const { return m_expectedEdges; }
    int pageWidth() const { return m_pageWidth; }

    // Nodes in ascending id order.
    void scanNodes(const std::function<void(const GraphValue::Node &)> &onNode);
    // The given nodes (by id), in pages that respect RESULTSET_SIZE, with exact doubles. Ids that do not
    // exist are skipped: callers compare counts.
    void scanNodesById(const QList<quint64> &ids, const std::function<void(const GraphValue::Node &)> &onNode);
    // Edges grouped by source-node range; call after scanNodes (it uses the range of ids seen).
    void scanEdges(const std::function<void(const GraphValue::Edge &)> &onEdge);

    // Node and edge counts now (used to detect a graph that changed during a scan).
    qint64 countNodes();
    qint64 countEdges();

private:
    QueryResult readQuery(const QString &cypher);
    QList<GraphValue::Node> fetchNodePage(quint64 low, quint64 high);
    void fetchEdgeRange(quint64 low, quint64 high, QList<GraphValue::Edge> *edges);
    void fetchHubEdges(quint64 node, QList<GraphValue::Edge> *edges);
    template<typename Entity>
    struct ExactDoubleQuery
    {
        QString variable;
        QString entityName;
        QString head; // UNWIND ... MATCH ..., binding i (entity id) and s (scales)
        std::function<GraphValue::Array(const Entity &)> rowKey;
    };
    template<typename Entity>
    void recoverExactDoubles(QList<Entity> &entities, const ExactDoubleQuery<Entity> &shape);
    void recoverExactDoubles(QList<GraphValue::Node> &nodes);
    void recoverExactDoubles(QList<GraphValue::Edge> &edges);
    qint64 singleInteger(const QString &cypher);
    int nextWidth(int width, quint64 idsCovered, qint64 rows, qint64 bytes) const;

    FalkorConnection &m_connection;
    TaskContext &m_context;
    QString m_graph;
    Options m_options;
    qint64 m_resultSetLimit = -1; // -1: unlimited
    int m_pageWidth = 10000;
    qint64 m_expectedNodes = 0;
    qint64 m_expectedEdges = 0;
    quint64 m_nodeScanEnd = 0;    // exclusive upper bound of the node id ranges scanned
};
