#include "SetDiff.h"

#include "BackupManifest.h"
#include "CollectionComparison.h"
#include "FalkorConnection.h"
#include "GraphContentComparison.h"
#include "GraphDiffIndex.h"
#include "MilvusRestClient.h"
#include "OperationError.h"
#include "SetSource.h"
#include "TaskContext.h"

#include <QDir>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace {

QJsonObject countsJson(const SetDiff::Counts &counts)
{
    QJsonObject labels, types, keys;
    for (auto it = counts.nodesPerLabel.cbegin(); it != counts.nodesPerLabel.cend(); ++it)
        labels.insert(it.key(), it.value());
    for (auto it = counts.edgesPerType.cbegin(); it != counts.edgesPerType.cend(); ++it)
        types.insert(it.key(), it.value());
    for (auto it = counts.propertyKeys.cbegin(); it != counts.propertyKeys.cend(); ++it) {
        QJsonObject perKey;
        for (auto k = it.value().cbegin(); k != it.value().cend(); ++k)
            perKey.insert(k.key(), QJsonArray::fromStringList(k.value()));
        keys.insert(it.key(), perKey);
    }
    return { { QStringLiteral("nodes"), counts.nodes },
             { QStringLiteral("edges"), counts.edges },
             { QStringLiteral("nodesPerLabel"), labels },
             { QStringLiteral("edgesPerType"), types },
             { QStringLiteral("propertyKeys"), keys },
             { QStringLiteral("schema"), QJsonArray::fromStringList(counts.schema) } };
}

QJsonObject changesJson(const SetDiff::EntityChanges &changes)
{
    const auto samples = [](const QList<SetDiff::Sample> &list) {
        QJsonArray array;
        for (const auto &sample : list) {
            QJsonObject o;
            if (!sample.before.isEmpty())
                o.insert(QStringLiteral("before"), sample.before);
            if (!sample.after.isEmpty())
                o.insert(QStringLiteral("after"), sample.after);
            if (!sample.changes.isEmpty())
                o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(sample.changes));
            array.append(o);
        }
        return array;
    };
    return { { QStringLiteral("added"), changes.added },
             { QStringLiteral("removed"), changes.removed },
             { QStringLiteral("changed"), changes.changed },
             { QStringLiteral("addedSamples"), samples(changes.addedSamples) },
             { QStringLiteral("removedSamples"), samples(changes.removedSamples) },
             { QStringLiteral("changedSamples"), samples(changes.changedSamples) } };
}

// Every graph of A (or those mapped) against its counterpart in B, one at a time; graphs only in B
// are listed for set against set.
void compareGraphs(const SetDiff::Request &request, const QString &directoryA, const BackupManifest &manifestA,
                   const QString &directoryB, const BackupManifest &manifestB, const QStringList &graphsB,
                   FalkorConnection *connection, SetDiff::Result *result, TaskContext &context)
{
    QTemporaryDir temporary(QDir(request.temporaryDirectory.isEmpty() ? QDir::tempPath() : request.temporaryDirectory)
                                .filePath(QStringLiteral("bmb-diff-XXXXXX")));
    if (!temporary.isValid())
        throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot create a temporary folder for the comparison."));

    const bool fromSet = connection == nullptr;
    QSet<QString> matchedB;
    const bool onlyMapped = !request.graphMapping.isEmpty();
    for (const auto &graphA : manifestA.graphs) {
        if (onlyMapped && !request.graphMapping.contains(graphA.name))
            continue;
        SetDiff::GraphDiff diff;
        diff.nameA = graphA.name;
        diff.nameB = request.graphMapping.value(graphA.name, graphA.name);
        diff.inB = graphsB.contains(diff.nameB);
        const QString work = temporary.filePath(QString::number(result->graphs.size()));
        QDir().mkpath(work);
        GraphDiffIndex a(work, 0);
        GraphDiffIndex b(work, 1);
        context.log(LogLevel::Info, QObject::tr("Comparing graph %1 with %2 ...").arg(diff.nameA, diff.nameB));
        a.readSetGraph(QDir(directoryA).filePath(graphA.folder), context);
        if (diff.inB) {
            matchedB.insert(diff.nameB);
            if (fromSet) {
                const auto it = std::find_if(manifestB.graphs.cbegin(), manifestB.graphs.cend(), [&](const auto &g) { return g.name == diff.nameB; });
                b.readSetGraph(QDir(directoryB).filePath(it->folder), context);
            } else {
                b.readLiveGraph(*connection, diff.nameB, context);
            }
        } else {
            b.readNothing();
        }
        diff.a = a.counts();
        diff.b = b.counts();
        diff.nodes = GraphContentComparison::entities("nodes", a, b, work, request.samples, context);
        diff.edges = GraphContentComparison::entities("edges", a, b, work, request.samples, context);
        diff.schemaOnlyInA = GraphContentComparison::onlyIn(diff.a.schema, diff.b.schema);
        diff.schemaOnlyInB = GraphContentComparison::onlyIn(diff.b.schema, diff.a.schema);
        diff.propertyKeyChanges = GraphContentComparison::propertyKeyChanges(diff.a, diff.b);
        result->graphs.append(diff);
        QDir(work).removeRecursively();
    }
    // Graphs only in B (for a live server: only those a mapping named, or all when comparing sets).
    if (fromSet && !onlyMapped)
        for (const auto &graphB : manifestB.graphs)
            if (!matchedB.contains(graphB.name)) {
                SetDiff::GraphDiff diff;
                diff.nameB = graphB.name;
                diff.inA = false;
                diff.b.nodes = graphB.nodes;
                diff.b.edges = graphB.edges;
                diff.nodes.added = graphB.nodes;
                diff.edges.added = graphB.edges;
                result->graphs.append(diff);
            }
}

} // namespace

bool SetDiff::GraphDiff::identical() const
{
    return inA && inB && nodes.isEmpty() && edges.isEmpty() && schemaOnlyInA.isEmpty() && schemaOnlyInB.isEmpty()
        && propertyKeyChanges.isEmpty() && a.nodes == b.nodes && a.edges == b.edges;
}

bool SetDiff::Result::identical() const
{
    return std::all_of(graphs.cbegin(), graphs.cend(), [](const GraphDiff &g) { return g.identical(); })
        && std::all_of(collections.cbegin(), collections.cend(), [](const CollectionDiff &c) { return c.differences.isEmpty(); });
}

QJsonObject SetDiff::Result::toJson() const
{
    QJsonArray graphArray;
    for (const GraphDiff &g : graphs)
        graphArray.append(QJsonObject { { QStringLiteral("a"), g.nameA },
                                        { QStringLiteral("b"), g.nameB },
                                        { QStringLiteral("inA"), g.inA },
                                        { QStringLiteral("inB"), g.inB },
                                        { QStringLiteral("identical"), g.identical() },
                                        { QStringLiteral("countsA"), countsJson(g.a) },
                                        { QStringLiteral("countsB"), countsJson(g.b) },
                                        { QStringLiteral("schemaOnlyInA"), QJsonArray::fromStringList(g.schemaOnlyInA) },
                                        { QStringLiteral("schemaOnlyInB"), QJsonArray::fromStringList(g.schemaOnlyInB) },
                                        { QStringLiteral("propertyKeyChanges"), QJsonArray::fromStringList(g.propertyKeyChanges) },
                                        { QStringLiteral("nodes"), changesJson(g.nodes) },
                                        { QStringLiteral("edges"), changesJson(g.edges) } });
    QJsonArray collectionArray;
    for (const CollectionDiff &c : collections)
        collectionArray.append(QJsonObject { { QStringLiteral("name"), c.name },
                                             { QStringLiteral("inA"), c.inA },
                                             { QStringLiteral("inB"), c.inB },
                                             { QStringLiteral("a"), c.a },
                                             { QStringLiteral("b"), c.b },
                                             { QStringLiteral("rowsA"), c.rowsA() },
                                             { QStringLiteral("rowsB"), c.rowsB() },
                                             { QStringLiteral("differences"), QJsonArray::fromStringList(c.differences) } });
    return { { QStringLiteral("ok"), true },
             { QStringLiteral("a"), labelA },
             { QStringLiteral("b"), labelB },
             { QStringLiteral("identical"), identical() },
             { QStringLiteral("graphsCompared"), graphsCompared },
             { QStringLiteral("collectionsCompared"), collectionsCompared },
             { QStringLiteral("graphs"), graphArray },
             { QStringLiteral("collections"), collectionArray } };
}

SetDiff::Result SetDiff::run(const Request &request, TaskContext &context)
{
    const bool live = !request.falkordbUrl.isEmpty() || !request.milvusUrl.isEmpty();
    if (request.setB.isEmpty() == !live)
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("Compare a set with another set or with live servers (--live with --falkordb and/or --milvus)."));
    Result result;
    result.labelA = request.setA;
    const SetSource sourceA(request.setA, context);
    const BackupManifest manifestA = BackupManifest::load(sourceA.directory());
    std::unique_ptr<SetSource> sourceB;
    BackupManifest manifestB;
    std::unique_ptr<FalkorConnection> connection;
    std::unique_ptr<MilvusRestClient> milvus;
    QStringList graphsB;
    if (!live) {
        result.labelB = request.setB;
        sourceB = std::make_unique<SetSource>(request.setB, context);
        manifestB = BackupManifest::load(sourceB->directory());
        for (const auto &g : manifestB.graphs)
            graphsB.append(g.name);
        result.graphsCompared = true;
        result.collectionsCompared = true;
    } else {
        QStringList labels;
        if (!request.falkordbUrl.isEmpty()) {
            FalkorEndpoint endpoint;
            QString error;
            if (!FalkorEndpoint::parse(request.falkordbUrl, &endpoint, &error))
                throw OperationError(OperationError::Kind::InvalidInput, error);
            labels.append(endpoint.redactedUrl());
            connection = std::make_unique<FalkorConnection>();
            connection->open(endpoint, &context);
            connection->requireGraphModule();
            graphsB = connection->listGraphs();
            result.graphsCompared = true;
        }
        if (!request.milvusUrl.isEmpty()) {
            const QUrl url(request.milvusUrl);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
                throw OperationError(OperationError::Kind::InvalidInput,
                                     QObject::tr("The Milvus address must be an http:// or https:// URL, e.g. http://localhost:19530."));
            // Credentials belong in the token, never in a label that is printed.
            labels.append(url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
            milvus = std::make_unique<MilvusRestClient>(url, request.milvusToken);
            result.collectionsCompared = true;
        }
        result.labelB = labels.join(QStringLiteral(" + "));
    }

    if (result.graphsCompared)
        compareGraphs(request, sourceA.directory(), manifestA, sourceB ? sourceB->directory() : QString(), manifestB, graphsB,
                      connection.get(), &result, context);

    if (result.collectionsCompared) {
        const auto a = CollectionComparison::recorded(sourceA.directory(), manifestA);
        if (sourceB) {
            result.collections = CollectionComparison::compare(a, CollectionComparison::recorded(sourceB->directory(), manifestB), false);
        } else {
            // The databases the set covers: another database on the server is not what this set is of.
            QStringList databases;
            for (auto it = a.cbegin(); it != a.cend(); ++it)
                databases.append(it.key().section(QLatin1Char('.'), 0, 0));
            databases.removeDuplicates();
            context.log(LogLevel::Info, QObject::tr("Comparing collections with %1 ...").arg(result.labelB));
            result.collections = CollectionComparison::compare(a, CollectionComparison::live(*milvus, databases, context), true);
        }
    }
    return result;
}
