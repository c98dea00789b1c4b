#pragma once

#include "GraphMetadata.h"
#include "GraphScanner.h"

class FalkorConnection;
class TaskContext;

// Exports one graph of a live server into a folder: nodes.csv, edges.csv and graph.json (written last).
// The folder must not exist yet or be empty; on failure or cancel the files written so far are removed,
// so a folder either holds a whole export or nothing.
class GraphExporter
{
public:
    struct Options
    {
        // Export from a temporary GRAPH.COPY so that concurrent writers cannot tear the export.
        bool consistentSnapshot = false;
        GraphScanner::Options scanner;
    };

    GraphExporter(FalkorConnection &connection, TaskContext &context);

    GraphMetadata exportGraph(const QString &graph, const QString &directory, const Options &options);

private:
    GraphMetadata exportFrom(const QString &sourceGraph, const QString &graph, const QString &directory,
                             const Options &options);

    FalkorConnection &m_connection;
    TaskContext &m_context;
};
