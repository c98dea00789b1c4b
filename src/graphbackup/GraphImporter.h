#pragma once

#include "GraphContentSummary.h"
#include "GraphMetadata.h"

#include <QHash>
#include <QSet>

#include <array>

class FalkorConnection;
class TaskContext;

// Restores one exported graph folder into a graph on a live server.
//
// Nothing on the server is touched until the folder checked out: graph.json's format version, the size
// and SHA-256 of both files, every cell parsed against its column type, every edge endpoint present, and
// the recomputed fingerprint equal to the recorded one. Then nodes are created in batches with
// parameterised UNWIND queries (grouped by label set), edges likewise with id seeks on both endpoints
// (each query shape checked once with GRAPH.EXPLAIN), then indexes and constraints, which are waited for
// until operational. Finally the live graph's counts and fingerprint must equal the backup's.
//
// While a restore runs, a marker key records it on the server; if the restore fails or is canceled the
// partial graph is deleted, and if the process dies the marker stays, so the next restore or verify of
// that graph reports the unfinished restore instead of treating a half graph as whole.
//
// Replace never writes into the target: it restores into a staging graph next to it and swaps that in
// only once it is complete and verified (StagingGraph), so a failure or cancel leaves the old graph
// whole, and a failure during the swap leaves the complete restored graph under a name it reports.
class GraphImporter
{
public:
    enum class Mode {
        Empty,   // the target must not exist or be empty (the default)
        // Replace the target (needs confirmation): restore into a staging graph, verify it, then delete
        // the target and copy the staging graph into its place (room for a second copy needed).
        Replace,
        // Upsert into a graph that may hold other data, matching on the property _bmb_key (see
        // mergeKey). Running it twice gives the same graph; an interrupted merge is completed by
        // running it again.
        Merge,
    };
    struct Options
    {
        Mode mode = Mode::Empty;
        bool confirmed = false;      // --yes: required for Replace
        int batchRows = 2000;
        qint64 batchBytes = 8 << 20; // parameter text per query
        bool verify = true;          // replace verifies the staging graph and the target regardless
        int schemaWaitSeconds = 1800;
    };
    struct Report
    {
        QString sourceGraph;
        QString targetGraph;
        qint64 nodesCreated = 0;
        qint64 edgesCreated = 0;
        int indexesCreated = 0;
        int constraintsCreated = 0;
        bool verified = false;
        GraphContentSummary expected;
        GraphContentSummary actual;
        QStringList warnings;
    };

    GraphImporter(FalkorConnection &connection, TaskContext &context);

    // Checks a graph folder without any server: checksums, cells, endpoints, fingerprint.
    static GraphMetadata checkFolder(const QString &directory, TaskContext &context);
    Report importGraph(const QString &directory, const QString &targetGraph, const Options &options);
    // Throws when the target cannot take a restore in this mode (not empty, unfinished earlier restore,
    // replace without confirmation, or a server that cannot GRAPH.COPY for the swap). Changes nothing
    // (the copy check uses a tiny graph of its own, deleted again): restores of several graphs check
    // every target first.
    void checkTarget(const QString &targetGraph, const Options &options);

    static QString markerKey(const QString &graph);
    // The property merge mode matches on, and its value for one node or edge: the first 16 bytes of
    // the entity's content digest (hex) and its id in the backup. Distinct entities of one backup never
    // share a key; a later backup of the same graph gives unchanged entities the same key.
    static constexpr const char *MergeKeyProperty = "_bmb_key";
    static QString mergeKey(const std::array<quint8, 32> &digest, quint64 sourceId);

private:
    void abandonPartialRestore(const QString &targetGraph, const Options &options);
    void importNodes(const QString &directory, const GraphMetadata &metadata, const QString &targetGraph,
                     const Options &options, class SortedIdTable &idMap, class NodeDigestIndex *digests, Report &report);
    void importEdges(const QString &directory, const GraphMetadata &metadata, const QString &targetGraph,
                     const Options &options, const class SortedIdTable &idMap, const class NodeDigestIndex *digests,
                     Report &report);
    void prepareMergeIndexes(const GraphMetadata &metadata, const QString &targetGraph);
    void verifyMerge(const GraphMetadata &metadata, const QString &targetGraph, const class SortedIdTable &idMap,
                     Report &report);
    void checkSeekPlan(const QString &targetGraph, const QString &query);
    QList<QList<GraphValue>> write(const QString &targetGraph, const QString &query);

    FalkorConnection &m_connection;
    TaskContext &m_context;
    QSet<QString> m_checkedPlans;
    QSet<QString> m_copyChecked; // replace targets whose server passed StagingGraph::checkCopyWorks
};
