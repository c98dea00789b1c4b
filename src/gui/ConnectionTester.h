#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

class SecretResolver;
class TaskContext;

// What "Test connection" found for one profile: a line per server (what answered, in which version,
// which graphs with how many nodes and edges; collections and bucket on the vector side) or exactly
// what failed there. Each configured server is tried even when another one failed.
struct ConnectionTestReport
{
    struct Line
    {
        bool ok = true;
        QString text;
    };
    struct GraphCount
    {
        QString name;
        qint64 nodes = -1;
        qint64 edges = -1;
    };
    QList<Line> lines;
    QList<GraphCount> graphs;
    QStringList collections;

    bool ok() const;
    QString toText() const;
};
Q_DECLARE_METATYPE(ConnectionTestReport)

// Runs on a worker thread (blocking clients, cancel through the context).
namespace ConnectionTester {
ConnectionTestReport run(const ConnectionProfile &profile, SecretResolver &secrets, TaskContext &context);
// Just the graph names, for the backup page's scope list. Throws OperationError.
QStringList listGraphs(const ConnectionProfile &profile, SecretResolver &secrets, TaskContext &context);
// Rows per "db.collection" in every database of the profile's Milvus (REST v2 get_stats, so rows
// still streaming in may be missing). Throws OperationError.
QMap<QString, qint64> collectionRows(const ConnectionProfile &profile, SecretResolver &secrets, TaskContext &context);
}
