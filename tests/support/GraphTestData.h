#pragma once

#include <QString>

class FalkorConnection;

// Graphs for the backup tests, created with plain Cypher so that the same data can be made on the
// stand-in and on a real FalkorDB.
namespace GraphTestData {
// Everything FalkorDB can store: all value types (doubles that need 17 digits, NaN, infinities, int64
// limits, points, vectors, temporal values where the server has them, nested lists), empty string vs
// absent, several labels and none, duplicate and missing names, Unicode names, self-loops, parallel
// edges, edge properties, and indexes and constraints of every kind.
void createRichGraph(FalkorConnection &connection, const QString &graph);
// A seeded random graph with `nodes` nodes, `edges` edges and one hub node with `hubEdges` outgoing
// edges (to exercise page splitting).
void createRandomGraph(FalkorConnection &connection, const QString &graph, int nodes, int edges, int hubEdges, quint32 seed);
}
