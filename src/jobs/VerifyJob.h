#pragma once

#include "GraphContentSummary.h"
#include "GraphMapping.h"
#include "VectorVerify.h"

#include <QJsonObject>

class TaskContext;

// Proves a backup set is whole (every file against the manifest, every graph's rows against its
// recorded counts and fingerprint) and, given a server, that the live graphs equal the backup.
class VerifyJob
{
public:
    struct Request
    {
        QString setDirectory;
        QString falkordbUrl;           // empty: check the set only
        QList<GraphMapping> graphs;
        bool checkGraph = true;
        bool checkVector = true;       // the set's vector folder; live row counts when vector.milvusUrl is set
        VectorVerify::Request vector;
    };
    struct GraphCheck
    {
        QString source;
        QString target;                // empty when only the set was checked
        GraphContentSummary expected;
        GraphContentSummary actual;
        QStringList differences;
    };
    struct Result
    {
        bool ok = true;
        QStringList problems;          // files and graph folders that failed their checks
        QList<GraphCheck> graphs;
        QList<VectorVerify::CollectionCheck> collections;
        qint64 elapsedMs = 0;
        QJsonObject toJson() const;
    };

    static Result run(const Request &request, TaskContext &context);
};
