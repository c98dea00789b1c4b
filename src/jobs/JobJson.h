#pragma once

#include "GraphContentSummary.h"

#include <QJsonObject>

// The JSON shape of a content summary, shared by the restore and verify results.
namespace JobJson {
QJsonObject summary(const GraphContentSummary &summary);
}
