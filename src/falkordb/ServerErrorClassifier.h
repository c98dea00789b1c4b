#pragma once

#include "OperationError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Turns a Redis/FalkorDB error reply into an OperationError with the right Kind and a sentence that
// says what to do (falkordb.md §8). The raw server text is kept at the end of the message so nothing
// is hidden, but the first sentence is ours.
class ServerErrorClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ServerErrorClassifier)

public:
    // `action` names what was being done, e.g. "GRAPH.RO_QUERY on graph 'kg'" or "AUTH".
    // `graph` (may be empty) is used for "unknown graph" messages.
    static OperationError classify(const QByteArray &errorText, const QString &action, const QString &graph = {});

    // True for replies that mean "the graph module is not loaded" (unknown GRAPH.* command).
    static bool isUnknownGraphCommand(const QByteArray &errorText);
};
