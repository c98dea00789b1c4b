#include "DiffCommand.h"

#include "ConsoleTaskContext.h"
#include "MilvusRestClient.h"
#include "SetDiff.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace {

QString sampleText(const QJsonObject &entity)
{
    if (entity.contains(QStringLiteral("type"))) // an edge
        return QStringLiteral("(%1)-[:%2]->(%3)")
            .arg(entity.value(QStringLiteral("from")).toString(), entity.value(QStringLiteral("type")).toString(),
                 entity.value(QStringLiteral("to")).toString());
    QStringList labels;
    for (const QJsonValue &label : entity.value(QStringLiteral("labels")).toArray())
        labels.append(label.toString());
    QStringList properties;
    const QJsonObject map = entity.value(QStringLiteral("properties")).toObject();
    for (auto it = map.constBegin(); it != map.constEnd() && properties.size() < 4; ++it)
        properties.append(QStringLiteral("%1: %2").arg(it.key(), it.value().toArray().at(0).toString()));
    return QStringLiteral("(:%1 {%2%3})")
        .arg(labels.join(QLatin1Char(':')), properties.join(QLatin1String(", ")),
             map.size() > properties.size() ? QStringLiteral(", ...") : QString());
}

void appendChanges(QString &out, const QString &what, const SetDiff::EntityChanges &changes)
{
    out += QStringLiteral("  %1: %2 added, %3 removed, %4 changed\n").arg(what).arg(changes.added).arg(changes.removed).arg(changes.changed);
    for (const auto &sample : changes.addedSamples)
        out += QStringLiteral("    + %1\n").arg(sampleText(sample.after));
    for (const auto &sample : changes.removedSamples)
        out += QStringLiteral("    - %1\n").arg(sampleText(sample.before));
    for (const auto &sample : changes.changedSamples) {
        out += QStringLiteral("    ~ %1\n").arg(sampleText(sample.before));
        for (const QString &change : sample.changes)
            out += QStringLiteral("        %1\n").arg(change);
    }
}

void appendCounts(QString &out, const QString &what, const QMap<QString, qint64> &a, const QMap<QString, qint64> &b)
{
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const qint64 x = a.value(key), y = b.value(key);
        out += QStringLiteral("    %1 %2: %3 -> %4%5\n")
                   .arg(what, key)
                   .arg(x)
                   .arg(y)
                   .arg(x == y ? QString() : QStringLiteral("  (%1%2)").arg(y > x ? QStringLiteral("+") : QString()).arg(y - x));
    }
}

QString humanText(const SetDiff::Result &result)
{
    QString out = QStringLiteral("A: %1\nB: %2\n").arg(result.labelA, result.labelB);
    for (const auto &graph : result.graphs) {
        out += QLatin1Char('\n');
        if (!graph.inB) {
            out += QStringLiteral("Graph %1: only in A (%2 nodes, %3 edges)\n").arg(graph.nameA).arg(graph.a.nodes).arg(graph.a.edges);
            continue;
        }
        if (!graph.inA) {
            out += QStringLiteral("Graph %1: only in B (%2 nodes, %3 edges)\n").arg(graph.nameB).arg(graph.b.nodes).arg(graph.b.edges);
            continue;
        }
        out += QStringLiteral("Graph %1%2: %3\n")
                   .arg(graph.nameA, graph.nameA == graph.nameB ? QString() : QStringLiteral(" -> %1").arg(graph.nameB),
                        graph.identical() ? QStringLiteral("identical") : QStringLiteral("DIFFERENT"));
        out += QStringLiteral("  nodes %1 -> %2, edges %3 -> %4\n").arg(graph.a.nodes).arg(graph.b.nodes).arg(graph.a.edges).arg(graph.b.edges);
        if (!graph.identical()) {
            appendCounts(out, QStringLiteral("label"), graph.a.nodesPerLabel, graph.b.nodesPerLabel);
            appendCounts(out, QStringLiteral("type"), graph.a.edgesPerType, graph.b.edgesPerType);
        }
        for (const QString &line : graph.propertyKeyChanges)
            out += QStringLiteral("  property %1\n").arg(line);
        for (const QString &line : graph.schemaOnlyInA)
            out += QStringLiteral("  - %1 (only in A)\n").arg(line);
        for (const QString &line : graph.schemaOnlyInB)
            out += QStringLiteral("  + %1 (only in B)\n").arg(line);
        appendChanges(out, QStringLiteral("nodes"), graph.nodes);
        appendChanges(out, QStringLiteral("edges"), graph.edges);
    }
    if (!result.graphsCompared)
        out += QStringLiteral("\nGraphs: not compared (no --falkordb)\n");
    if (!result.collections.isEmpty())
        out += QStringLiteral("\nCollections:\n");
    else if (!result.collectionsCompared)
        out += QStringLiteral("\nCollections: not compared (no --milvus)\n");
    for (const auto &collection : result.collections) {
        out += QStringLiteral("  %1: %2").arg(collection.name, collection.differences.isEmpty() ? QStringLiteral("same") : QStringLiteral("DIFFERENT"));
        if (collection.inA && collection.inB && collection.rowsA() >= 0 && collection.rowsB() >= 0) {
            const qint64 delta = collection.rowsB() - collection.rowsA();
            out += QStringLiteral(", rows %1 -> %2").arg(collection.rowsA()).arg(collection.rowsB());
            if (delta != 0)
                out += QStringLiteral("  (%1%2)").arg(delta > 0 ? QStringLiteral("+") : QString()).arg(delta);
        }
        out += QLatin1Char('\n');
        for (const QString &line : collection.differences)
            out += QStringLiteral("    %1\n").arg(line);
    }
    out += result.identical() ? QStringLiteral("\nNo differences.\n") : QStringLiteral("\nThe two sides differ.\n");
    return out;
}

} // namespace

void DiffCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("A backup set folder or package."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("Another set or package (not with --live)."));
    parser.addOption({ QStringLiteral("live"), QStringLiteral("Compare A with live servers: graphs on --falkordb, collections on --milvus.") });
    parser.addOption({ QStringLiteral("falkordb"), QStringLiteral("FalkorDB server for --live."), QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("milvus"),
                       QStringLiteral("Milvus (REST v2, e.g. http://localhost:19530) for --live; token from MILVUS_TOKEN."),
                       QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("graph"), QStringLiteral("Graph to compare, NAME or SRC=DST (repeatable; default: all of A)."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("samples"), QStringLiteral("Samples per kind of change (default 5)."), QStringLiteral("N"),
                       QStringLiteral("5") });
}

int DiffCommand::runParsed(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const bool live = parser.isSet(QStringLiteral("live"));
    SetDiff::Request request;
    if (live ? positional.size() != 1 : positional.size() != 2) {
        printError(QStringLiteral("diff needs two sets, or one set with --live and --falkordb URL and/or --milvus URL."));
        return Usage;
    }
    request.setA = positional.at(0);
    if (live) {
        request.falkordbUrl = parser.value(QStringLiteral("falkordb"));
        request.milvusUrl = parser.value(QStringLiteral("milvus"));
        if (request.falkordbUrl.isEmpty() && request.milvusUrl.isEmpty()) {
            printError(QStringLiteral("--live needs --falkordb URL, --milvus URL or both."));
            return Usage;
        }
        if (!request.milvusUrl.isEmpty())
            request.milvusToken = MilvusRestClient::tokenFromEnvironment();
    } else {
        if (parser.isSet(QStringLiteral("falkordb")) || parser.isSet(QStringLiteral("milvus"))) {
            printError(QStringLiteral("--falkordb and --milvus go with --live (one set against live servers)."));
            return Usage;
        }
        request.setB = positional.at(1);
    }
    for (const QString &value : parser.values(QStringLiteral("graph"))) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        request.graphMapping.insert(eq < 0 ? value : value.left(eq), eq < 0 ? value : value.mid(eq + 1));
    }
    bool ok = false;
    request.samples = parser.value(QStringLiteral("samples")).toInt(&ok);
    if (!ok || request.samples < 0) {
        printError(QStringLiteral("--samples must be a whole number."));
        return Usage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    return execute([&](ConsoleTaskContext &context) {
        const SetDiff::Result result = SetDiff::run(request, context);
        if (!json)
            std::fputs(humanText(result).toLocal8Bit().constData(), stdout);
        return result.toJson();
    });
}
