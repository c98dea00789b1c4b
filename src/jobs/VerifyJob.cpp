#include "VerifyJob.h"

#include "BackupManifest.h"
#include "FalkorConnection.h"
#include "GraphImporter.h"
#include "StagingGraph.h"
#include "GraphServer.h"
#include "JobJson.h"
#include "OperationError.h"
#include "SetSource.h"
#include "TaskContext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>

QJsonObject VerifyJob::Result::toJson() const
{
    QJsonArray graphArray;
    for (const GraphCheck &check : graphs)
        graphArray.append(QJsonObject { { QStringLiteral("source"), check.source },
                                        { QStringLiteral("target"), check.target },
                                        { QStringLiteral("ok"), check.differences.isEmpty() },
                                        { QStringLiteral("expected"), JobJson::summary(check.expected) },
                                        { QStringLiteral("actual"), JobJson::summary(check.actual) },
                                        { QStringLiteral("differences"), QJsonArray::fromStringList(check.differences) } });
    QJsonArray collectionArray;
    for (const auto &check : collections)
        collectionArray.append(check.toJson());
    return { { QStringLiteral("ok"), ok },
             { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
             { QStringLiteral("graphs"), graphArray },
             { QStringLiteral("collections"), collectionArray },
             { QStringLiteral("elapsedMs"), elapsedMs } };
}

VerifyJob::Result VerifyJob::run(const Request &originalRequest, TaskContext &context)
{
    // A package is checked and unpacked into a temporary folder first (removed again when this
    // returns); from then on it is opened like any set folder.
    const SetSource source(originalRequest.setDirectory, context);
    Request request = originalRequest;
    request.setDirectory = source.directory();
    QElapsedTimer timer;
    timer.start();
    Result result;
    const BackupManifest manifest = BackupManifest::load(request.setDirectory);
    result.problems = manifest.verifyFiles(request.setDirectory, context);

    std::unique_ptr<FalkorConnection> connection;
    if (!request.falkordbUrl.isEmpty())
        connection = GraphServer::open(request.falkordbUrl, context);

    for (const auto &graph : manifest.graphs) {
        if (!request.checkGraph)
            break;
        if (!request.graphs.isEmpty()
            && std::none_of(request.graphs.cbegin(), request.graphs.cend(), [&](const auto &m) { return m.source == graph.name; }))
            continue;
        GraphCheck check;
        check.source = graph.name;
        try {
            const GraphMetadata metadata = GraphImporter::checkFolder(QDir(request.setDirectory).filePath(graph.folder), context);
            check.expected = GraphContentSummary::fromMetadata(metadata);
            if (metadata.fingerprint != graph.fingerprint)
                result.problems.append(QObject::tr("graph %1: graph.json and manifest.json disagree on the fingerprint").arg(graph.name));
        } catch (const OperationError &error) {
            result.problems.append(QObject::tr("graph %1: %2").arg(graph.name, error.message()));
            result.graphs.append(check);
            continue;
        }
        if (connection) {
            check.target = GraphMapping::targetFor(request.graphs, graph.name);
            // The marker first: after a replace whose swap failed the target is gone, and the marker
            // says which staging graph holds the complete restore.
            const RespReply marker = connection->command({ "GET", GraphImporter::markerKey(check.target).toUtf8() });
            const bool unfinished = marker.type == RespReply::Type::String;
            if (unfinished)
                check.differences.append(StagingGraph::describeMarker(check.target, marker.text));
            if (!connection->listGraphs().contains(check.target)) {
                if (!unfinished)
                    check.differences.append(QObject::tr("the graph %1 does not exist on the server").arg(check.target));
            } else {
                check.actual = GraphContentSummary::fromLiveGraph(*connection, check.target, context);
                check.differences.append(check.expected.differences(check.actual, QObject::tr("the backup"), check.target));
            }
        }
        result.graphs.append(check);
    }
    if (request.checkVector)
        result.collections = VectorVerify::run(request.vector, request.setDirectory, manifest, &result.problems, context);
    result.ok = result.problems.isEmpty();
    for (const GraphCheck &check : std::as_const(result.graphs))
        result.ok = result.ok && check.differences.isEmpty();
    for (const auto &check : std::as_const(result.collections))
        result.ok = result.ok && check.differences.isEmpty();
    result.elapsedMs = timer.elapsed();
    return result;
}
