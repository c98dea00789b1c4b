#pragma once

#include "GraphImporter.h"
#include "GraphMapping.h"
#include "VectorRestore.h"

#include <QJsonObject>

#include <optional>

class TaskContext;

// Restores a backup set into live servers. Before anything on a server is touched: the manifest must be
// present (or --force for an incomplete set), of a format this program reads, and every file must match
// its size and SHA-256; every target is checked for conflicts. Then each graph is restored and verified.
class RestoreJob
{
public:
    struct Request
    {
        QString setDirectory;
        QString falkordbUrl;              // empty: no graph component
        QList<GraphMapping> graphs;       // empty: every graph in the set under its own name
        GraphImporter::Mode mode = GraphImporter::Mode::Empty;
        bool confirmed = false;
        bool force = false;               // restore from a set without manifest.json
        std::optional<VectorRestore::Request> vector; // none: no vector component
    };
    struct Result
    {
        QList<GraphImporter::Report> graphs;
        std::optional<VectorRestore::Result> vector;
        QStringList warnings;
        qint64 elapsedMs = 0;
        QJsonObject toJson() const;
    };

    static Result run(const Request &request, TaskContext &context);
};
