#include "RestoreJob.h"

#include "FalkorConnection.h"
#include "GraphServer.h"
#include "JobJson.h"
#include "OperationError.h"
#include "SetSource.h"
#include "SetContents.h"
#include "TaskContext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>

QJsonObject RestoreJob::Result::toJson() const
{
    QJsonArray graphArray;
    for (const auto &report : graphs)
        graphArray.append(QJsonObject { { QStringLiteral("source"), report.sourceGraph },
                                        { QStringLiteral("target"), report.targetGraph },
                                        { QStringLiteral("nodesCreated"), report.nodesCreated },
                                        { QStringLiteral("edgesCreated"), report.edgesCreated },
                                        { QStringLiteral("indexesCreated"), report.indexesCreated },
                                        { QStringLiteral("constraintsCreated"), report.constraintsCreated },
                                        { QStringLiteral("verified"), report.verified },
                                        { QStringLiteral("expected"), JobJson::summary(report.expected) },
                                        { QStringLiteral("actual"), JobJson::summary(report.actual) } });
    QJsonObject json { { QStringLiteral("ok"), true },
                       { QStringLiteral("graphs"), graphArray },
                       { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
                       { QStringLiteral("elapsedMs"), elapsedMs } };
    if (vector)
        json.insert(QStringLiteral("vector"), vector->toJson());
    return json;
}

RestoreJob::Result RestoreJob::run(const Request &originalRequest, TaskContext &context)
{
    // A package is checked and unpacked into a temporary folder first (removed again when this
    // returns); from then on it is opened like any set folder.
    const SetSource source(originalRequest.setDirectory, context);
    Request request = originalRequest;
    request.setDirectory = source.directory();
    QElapsedTimer timer;
    timer.start();
    Result result;
    const BackupManifest manifest = SetContents::openVerified(request.setDirectory, request.force, context, &result.warnings);
    // The vector targets are checked (read only) before any graph is written.
    std::optional<VectorRestore> vector;
    if (request.vector) {
        vector.emplace(*request.vector, request.setDirectory, manifest);
        vector->prepare(context);
    }

    if (!request.falkordbUrl.isEmpty()) {
        if (!manifest.hasGraph())
            throw OperationError(OperationError::Kind::InvalidInput,
                                 QObject::tr("The backup set %1 holds no graph.").arg(request.setDirectory));
        QList<BackupManifest::GraphEntry> selected;
        if (request.graphs.isEmpty()) {
            selected = manifest.graphs;
        } else {
            for (const GraphMapping &mapping : request.graphs) {
                auto it = std::find_if(manifest.graphs.cbegin(), manifest.graphs.cend(),
                                       [&](const auto &g) { return g.name == mapping.source; });
                if (it == manifest.graphs.cend()) {
                    QStringList names;
                    for (const auto &g : manifest.graphs)
                        names.append(g.name);
                    throw OperationError(OperationError::Kind::NotFound,
                                         QObject::tr("The backup set has no graph \"%1\".").arg(mapping.source),
                                         QObject::tr("It holds: %1").arg(names.join(QLatin1String(", "))));
                }
                selected.append(*it);
            }
        }

        const auto connection = GraphServer::open(request.falkordbUrl, context);
        GraphImporter importer(*connection, context);
        GraphImporter::Options options;
        options.mode = request.mode;
        options.confirmed = request.confirmed;
        // Every target is checked before the first graph is written, so a conflict on the second graph
        // cannot leave the first one restored and the rest not.
        for (const auto &graph : std::as_const(selected))
            importer.checkTarget(GraphMapping::targetFor(request.graphs, graph.name), options);
        for (const auto &graph : std::as_const(selected)) {
            const QString target = GraphMapping::targetFor(request.graphs, graph.name);
            context.log(LogLevel::Info, QObject::tr("Restoring graph %1 into %2 ...").arg(graph.name, target));
            result.graphs.append(importer.importGraph(QDir(request.setDirectory).filePath(graph.folder), target, options));
            const auto &report = result.graphs.last();
            result.warnings.append(report.warnings); // e.g. a replace's staging graph that could not be deleted
            context.log(LogLevel::Info, QObject::tr("Graph %1: %2 nodes and %3 edges restored and verified.")
                                            .arg(target)
                                            .arg(report.nodesCreated)
                                            .arg(report.edgesCreated));
        }
    }
    if (vector) {
        result.vector = vector->execute(context);
        result.warnings.append(result.vector->warnings);
    }
    result.elapsedMs = timer.elapsed();
    return result;
}
