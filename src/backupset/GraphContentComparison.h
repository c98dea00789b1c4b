#pragma once

#include "SetDiff.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class GraphDiffIndex;
class TaskContext;

// What differs between the two indexed sides of one graph: nodes and edges added, removed or changed
// (judged by content digest, paired by match key), property keys with their types, and schema lines.
class GraphContentComparison
{
public:
    // kind is "nodes" or "edges". Reads and then removes the partition files both indexes wrote in
    // directory; one partition per side is in memory at a time. Throws OperationError (Canceled, Failed).
    static SetDiff::EntityChanges entities(const char *kind, GraphDiffIndex &a, GraphDiffIndex &b, const QString &directory,
                                           int samples, TaskContext &context);
    // "labels: ...", "name: \"a\" -> \"b\"", "rank: added 7" between two entity descriptions.
    static QStringList propertyChanges(const QJsonObject &before, const QJsonObject &after);
    // "Person.age: Integer in A, String in B", "Person.email (String): only in B".
    static QStringList propertyKeyChanges(const SetDiff::Counts &a, const SetDiff::Counts &b);
    // The lines of x that y does not have, in x's order.
    static QStringList onlyIn(const QStringList &x, const QStringList &y);
};
