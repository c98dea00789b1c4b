#pragma once

#include "ConnectionProfile.h"
#include "GraphContentSummary.h"

#include <QList>
#include <QMetaType>
#include <QString>

class SecretResolver;
class TaskContext;

// Counts of two sides, graph by graph: two backup sets, or a set and the live graphs of a profile.
// (Stands in for src/backupset's SetDiff until it lands.)
struct SetComparison
{
    struct Side
    {
        QString setDirectory;           // a set ...
        ConnectionProfile profile;      // ... or, when setDirectory is empty, a live profile
        QString label() const;
    };
    struct GraphRow
    {
        QString graph;
        bool leftPresent = false;
        bool rightPresent = false;
        GraphContentSummary left;
        GraphContentSummary right;
        bool identical() const;
    };

    QString leftLabel;
    QString rightLabel;
    QList<GraphRow> graphs;

    // Runs on a worker thread; reading a live graph computes its fingerprint (a full scan).
    static SetComparison compare(const Side &left, const Side &right, SecretResolver &secrets, TaskContext &context);
};
Q_DECLARE_METATYPE(SetComparison)
