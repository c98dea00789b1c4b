#include "TargetDiffSummary.h"

#include <QLocale>
#include <QStringList>

QString TargetDiffSummary::text(const SetDiff::Result &result)
{
    const QLocale locale;
    QStringList lines;
    const auto changes = [](const SetDiff::EntityChanges &entities) {
        return tr("%1 only on the target, %2 only in the backup, %3 different")
            .arg(entities.added).arg(entities.removed).arg(entities.changed);
    };
    for (const SetDiff::GraphDiff &graph : result.graphs) {
        if (!graph.inA)
            continue; // a graph of the target the set does not hold: the restore does not touch it
        const QString name = !graph.nameB.isEmpty() && graph.nameB != graph.nameA ? tr("%1 → %2").arg(graph.nameA, graph.nameB) : graph.nameA;
        if (!graph.inB) {
            lines.append(tr("graph %1: not on the target").arg(name));
        } else if (graph.identical()) {
            lines.append(tr("graph %1: identical to the backup (%2 nodes, %3 edges)")
                             .arg(name, locale.toString(graph.a.nodes), locale.toString(graph.a.edges)));
        } else {
            lines.append(tr("graph %1: differs — the backup has %2 nodes and %3 edges, the target %4 and %5")
                             .arg(name, locale.toString(graph.a.nodes), locale.toString(graph.a.edges),
                                  locale.toString(graph.b.nodes), locale.toString(graph.b.edges)));
            if (!graph.nodes.isEmpty())
                lines.append(QStringLiteral("    ") + tr("nodes: %1").arg(changes(graph.nodes)));
            if (!graph.edges.isEmpty())
                lines.append(QStringLiteral("    ") + tr("edges: %1").arg(changes(graph.edges)));
            const qsizetype schema = graph.schemaOnlyInA.size() + graph.schemaOnlyInB.size() + graph.propertyKeyChanges.size();
            if (schema > 0)
                lines.append(QStringLiteral("    ") + tr("%n schema or property difference(s)", nullptr, int(schema)));
        }
    }
    for (const SetDiff::CollectionDiff &collection : result.collections) {
        if (!collection.inA)
            continue;
        if (!collection.inB)
            lines.append(tr("collection %1: not in the target Milvus").arg(collection.name));
        else if (collection.differences.isEmpty())
            lines.append(tr("collection %1: identical to the backup (%2 rows)").arg(collection.name, locale.toString(collection.rowsA())));
        else
            lines.append(tr("collection %1: differs — %2").arg(collection.name, collection.differences.join(QStringLiteral("; "))));
    }
    if (lines.isEmpty())
        return tr("Nothing to compare: the set holds nothing the target profile has a server for.");
    return lines.join(QLatin1Char('\n'));
}
