#pragma once

#include "GraphSchemaDefinition.h"

class FalkorConnection;
class TaskContext;

// Recreates the indexes and constraints of a graph after its data (falkordb.md §4.3): range indexes
// first (a UNIQUE constraint needs one) and waited for, then full-text and vector indexes, then the
// constraints, waited for until every one is operational. A constraint the data violates (FAILED) is
// an IntegrityError.
class GraphSchemaRestorer
{
public:
    struct Result
    {
        int indexes = 0;
        int constraints = 0;
    };

    GraphSchemaRestorer(FalkorConnection &connection, TaskContext &context);

    // With tolerateExisting (merge mode), indexes and constraints that already exist are skipped.
    Result restore(const GraphSchemaDefinition &schema, const QString &graph, bool tolerateExisting, int waitSeconds);
    void waitUntilOperational(const QString &graph, int waitSeconds);

private:
    FalkorConnection &m_connection;
    TaskContext &m_context;
};
