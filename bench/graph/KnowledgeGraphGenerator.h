#pragma once

#include <QList>
#include <QString>

#include <vector>

class FalkorConnection;

// Writes a seeded, knowledge-graph-shaped graph through the product's FalkorDB client (batched UNWIND
// CREATE, the edge batches with id seeks): Document, Chunk and Entity nodes (a quarter of the entities
// with a second label such as Person), ~300-character texts with Vietnamese and English words, entity
// names that repeat (as extraction produces them) and a few that are missing, chunks without a name,
// doubles that need 17 digits, integers, and optionally a vecf32 embedding on every entity.
// Edges: Chunk-[:MENTIONS]->Entity, Chunk-[:PART_OF]->Document, Entity-[:RELATED {description, weight,
// keywords}]->Entity; most go to a node within a few hundred ids (documents are processed in order),
// one in ten anywhere in the graph.
class KnowledgeGraphGenerator
{
public:
    struct Options
    {
        qint64 nodes = 20000;
        qint64 edges = 40000;
        int vectorDimension = 0; // 0: no embeddings
        quint32 seed = 20240501;
        int batchRows = 1000;
    };
    struct Result
    {
        qint64 nodes = 0;
        qint64 edges = 0;
        qint64 namelessNodes = 0;
        qint64 multiLabelNodes = 0;
    };

    KnowledgeGraphGenerator(FalkorConnection &connection, QString graph, Options options);

    Result generate();

private:
    enum class Kind : unsigned char { Document, Chunk, Entity };

    void createNodes(Result *result);
    void createEdges(Result *result);
    qint64 nearby(qint64 from, Kind kind, class QRandomGenerator &random) const;
    QString text(class QRandomGenerator &random) const;

    FalkorConnection &m_connection;
    QString m_graph;
    Options m_options;
    std::vector<Kind> m_kinds;    // by generation index
    std::vector<qint64> m_ids;    // generation index -> node id on the server
};
