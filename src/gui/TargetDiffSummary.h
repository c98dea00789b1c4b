#pragma once

#include "SetDiff.h"

#include <QCoreApplication>
#include <QString>

// The restore wizard's "compare with the target" answer in a few lines a person reads before deciding:
// per graph of the set, identical to the target or what differs (counts, entities only on one side or
// changed, schema); per collection, identical or its differences. The Compare tab shows the samples.
class TargetDiffSummary
{
    Q_DECLARE_TR_FUNCTIONS(TargetDiffSummary)

public:
    static QString text(const SetDiff::Result &result);
};
