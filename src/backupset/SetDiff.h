#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class TaskContext;

// What differs between two backup sets, or between a set and what is live on a FalkorDB server and/or
// a Milvus (docs/FORMAT.md, "Diff"). Per graph: counts per label and type, property keys per label with
// their types, indexes and constraints, and which nodes and edges were added, removed or changed, judged
// by content (the node and edge digests of GraphFingerprint), with a few samples of each. Per
// collection: row counts, index and fields (CollectionComparison). The CLI prints it; the GUI's diff
// view shows the same data. The work is split: GraphDiffIndex reads one side of a graph,
// GraphContentComparison compares two, CollectionComparison does the collections, and this class
// puts the report together.
//
// Memory stays bounded whatever the graph size: every node and edge becomes a fixed-size record in
// hash-partitioned temporary files, and only one partition per side is in memory at a time. A node
// that is in one side but not the other is reported as "changed" when a node with the same labels and
// the same stable key property (id, uuid, key, name or title) is on the other side, else as removed or
// added. An edge is "changed" when its type and both endpoints' keys match.
class SetDiff
{
public:
    struct Request
    {
        QString setA;                 // a set folder or package
        QString setB;                 // a set folder or package; empty when comparing with live servers
        QString falkordbUrl;          // compare setA's graphs with the live graphs here
        QString milvusUrl;            // compare setA's collections with the live Milvus here (REST v2)
        QString milvusToken;          // "user:password" or an API key; never shown or logged
        QMap<QString, QString> graphMapping; // graph in A -> graph in B (default: the same name)
        int samples = 5;              // per kind of change
        QString temporaryDirectory;   // for the partition files (default: TMPDIR)
    };
    struct Sample
    {
        QJsonObject before;           // empty for an added entity
        QJsonObject after;            // empty for a removed entity
        QStringList changes;          // for a changed entity: "name: \"a\" -> \"b\"", ...
    };
    struct EntityChanges
    {
        qint64 added = 0;
        qint64 removed = 0;
        qint64 changed = 0;
        QList<Sample> addedSamples;
        QList<Sample> removedSamples;
        QList<Sample> changedSamples;
        bool isEmpty() const { return added == 0 && removed == 0 && changed == 0; }
    };
    struct Counts
    {
        qint64 nodes = 0;
        qint64 edges = 0;
        QMap<QString, qint64> nodesPerLabel;
        QMap<QString, qint64> edgesPerType;
        QMap<QString, QMap<QString, QStringList>> propertyKeys; // label -> key -> types
        QStringList schema;           // GraphSchemaDefinition::describe()
    };
    struct GraphDiff
    {
        QString nameA;
        QString nameB;
        bool inA = true;
        bool inB = true;
        Counts a;
        Counts b;
        EntityChanges nodes;
        EntityChanges edges;
        QStringList schemaOnlyInA;
        QStringList schemaOnlyInB;
        QStringList propertyKeyChanges; // "Person.age: Integer in A, String in B", "Person.email: only in B"
        bool identical() const;
    };
    struct CollectionDiff
    {
        QString name;                 // database.collection
        bool inA = false;
        bool inB = false;
        QJsonObject a;                // rows, size, hasIndex, fields as recorded
        QJsonObject b;
        QStringList differences;
        // Row counts of both sides; -1 when that side has no such collection or no count.
        qint64 rowsA() const { return inA ? a.value(QStringLiteral("rows")).toInteger(-1) : -1; }
        qint64 rowsB() const { return inB ? b.value(QStringLiteral("rows")).toInteger(-1) : -1; }
    };
    struct Result
    {
        QString labelA;
        QString labelB;
        QList<GraphDiff> graphs;
        QList<CollectionDiff> collections;
        bool graphsCompared = false;  // false: only collections were compared (live Milvus only)
        bool collectionsCompared = false;
        bool identical() const;
        QJsonObject toJson() const;
    };

    // Set against set compares graphs and collections. Against live servers, graphs are compared when
    // falkordbUrl is given and collections when milvusUrl is (either or both). Throws OperationError
    // (NotFound / InvalidInput / IntegrityError for an unreadable set, connection and AuthFailed errors
    // for the live side, Canceled).
    static Result run(const Request &request, TaskContext &context);
};
