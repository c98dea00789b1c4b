#include "JobJson.h"

namespace JobJson {

QJsonObject summary(const GraphContentSummary &summary)
{
    QJsonObject labels, types;
    for (auto it = summary.nodesPerLabel.cbegin(); it != summary.nodesPerLabel.cend(); ++it)
        labels.insert(it.key(), it.value());
    for (auto it = summary.edgesPerType.cbegin(); it != summary.edgesPerType.cend(); ++it)
        types.insert(it.key(), it.value());
    return { { QStringLiteral("nodes"), summary.nodes },
             { QStringLiteral("edges"), summary.edges },
             { QStringLiteral("unlabeledNodes"), summary.unlabeledNodes },
             { QStringLiteral("nodesPerLabel"), labels },
             { QStringLiteral("edgesPerType"), types },
             { QStringLiteral("fingerprint"), summary.fingerprint } };
}

} // namespace JobJson
