#include "BackupJob.h"

#include "BuildInfo.h"
#include "FalkorConnection.h"
#include "GraphExporter.h"
#include "GraphServer.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>

namespace {

void backupGraphs(const BackupJob::Request &request, BackupManifest &manifest, QStringList &warnings, TaskContext &context)
{
    const auto server = GraphServer::open(request.falkordbUrl, context);
    FalkorConnection &connection = *server;
    const FalkorEndpoint &endpoint = connection.endpoint();
    manifest.falkordbServer = QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port);
    manifest.falkordbVersion = connection.moduleInfo().versionString();
    manifest.redisVersion = connection.redisVersion();

    QStringList graphs = request.graphs;
    const QStringList available = connection.listGraphs();
    if (graphs.isEmpty()) {
        graphs = available;
        if (graphs.isEmpty())
            throw OperationError(OperationError::Kind::NotFound,
                                 QObject::tr("The server %1 has no graphs to back up.").arg(endpoint.redactedUrl()));
    }
    for (const QString &graph : std::as_const(graphs))
        if (!available.contains(graph))
            throw OperationError(OperationError::Kind::NotFound,
                                 QObject::tr("There is no graph named \"%1\" on %2.").arg(graph, endpoint.redactedUrl()),
                                 QObject::tr("The graphs there are: %1").arg(available.join(QLatin1String(", "))));

    GraphExporter exporter(connection, context);
    GraphExporter::Options options;
    options.consistentSnapshot = request.consistentSnapshot;
    for (const QString &graph : std::as_const(graphs)) {
        const QString folder = QStringLiteral("graph/") + GraphMetadata::folderNameFor(graph);
        context.log(LogLevel::Info, QObject::tr("Backing up graph %1 ...").arg(graph));
        const GraphMetadata metadata = exporter.exportGraph(graph, QDir(request.setDirectory).filePath(folder), options);
        manifest.graphs.append({ graph, folder, metadata.nodeCount, metadata.edgeCount, metadata.fingerprint });
        warnings.append(metadata.warnings);
        context.log(LogLevel::Info,
                    QObject::tr("Graph %1: %2 nodes, %3 edges.").arg(graph).arg(metadata.nodeCount).arg(metadata.edgeCount));
    }
}

} // namespace

QJsonObject BackupJob::Result::toJson() const
{
    QJsonObject json = manifest.toJson();
    json.remove(QStringLiteral("files"));
    json.insert(QStringLiteral("ok"), true);
    json.insert(QStringLiteral("fileCount"), manifest.files.size());
    json.insert(QStringLiteral("bytes"), bytes);
    json.insert(QStringLiteral("elapsedMs"), elapsedMs);
    json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return json;
}

BackupJob::Result BackupJob::run(const Request &request, TaskContext &context)
{
    QElapsedTimer timer;
    timer.start();
    if (request.falkordbUrl.isEmpty() && !request.vector)
        throw OperationError(OperationError::Kind::InvalidInput, QObject::tr("Nothing to back up."),
                             QObject::tr("Give --falkordb URL for the graph and/or --milvus-backup URL for the vectors."));
    QDir dir(request.setDirectory);
    if (dir.exists() && !dir.isEmpty())
        throw OperationError(OperationError::Kind::Conflict,
                             QObject::tr("The folder %1 already exists and is not empty.").arg(request.setDirectory),
                             QObject::tr("Each backup set needs a new folder; choose another --out."));
    if (!QDir().mkpath(request.setDirectory))
        throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot create the folder %1.").arg(request.setDirectory));

    Result result;
    BackupManifest &manifest = result.manifest;
    manifest.toolVersion = QStringLiteral(BMB_VERSION_STRING);
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.profileName = request.profileName;
    try {
        if (!request.falkordbUrl.isEmpty())
            backupGraphs(request, manifest, result.warnings, context);
        if (request.vector)
            result.warnings.append(VectorBackup::run(*request.vector, request.setDirectory, manifest, context).warnings);
        context.log(LogLevel::Info, QObject::tr("Recording checksums ..."));
        manifest.recordFiles(request.setDirectory, context);
        manifest.warnings = result.warnings;
        manifest.completedAt = QDateTime::currentDateTimeUtc();
        manifest.save(request.setDirectory); // last: its presence marks the set complete
    } catch (...) {
        QDir(request.setDirectory).removeRecursively();
        throw;
    }
    result.bytes = manifest.totalSize();
    result.elapsedMs = timer.elapsed();
    return result;
}
