#include "BackupCommand.h"

#include "ConsoleTaskContext.h"
#include "BackupJob.h"
#include "VectorCliOptions.h"
#include <QDateTime>
#include <QDir>

namespace {
const QString kFalkordb = QStringLiteral("falkordb");
const QString kGraph = QStringLiteral("graph");

QString defaultSetFolder()
{
    return QStringLiteral("backups/") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}
} // namespace

void BackupCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ kFalkordb, QStringLiteral("FalkorDB server to back up."), QStringLiteral("URL") });
    parser.addOption({ kGraph, QStringLiteral("Graph to back up (repeatable; default: every graph)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("consistent"),
                       QStringLiteral("Back up from a temporary GRAPH.COPY snapshot (needs memory for a second copy).") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("The backup set folder to create (default: backups/<UTC time>)."),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("profile"), QStringLiteral("Name recorded as the source of the set."), QStringLiteral("NAME") });
    VectorCliOptions::addCommon(parser, true);
    parser.addOption({ QStringLiteral("databases"),
                       QStringLiteral("Milvus databases whose collections are backed up when --collections is not given "
                                      "(comma-separated; default: default)."),
                       QStringLiteral("A,B") });
    parser.addOption({ QStringLiteral("backup-name"),
                       QStringLiteral("milvus-backup backup name (default: bmb_<UTC time>)."), QStringLiteral("NAME") });
}

int BackupCommand::runParsed(QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("backup takes no positional arguments (did you mean --out %1?).").arg(parser.positionalArguments().first()));
        return Usage;
    }
    bool graph = false;
    bool vector = false;
    QString componentError;
    if (!VectorCliOptions::selectComponents(parser, parser.isSet(kFalkordb), &graph, &vector, &componentError)) {
        printError(componentError);
        return Usage;
    }
    BackupJob::Request request;
    if (graph)
        request.falkordbUrl = parser.value(kFalkordb);
    request.graphs = parser.values(kGraph);
    request.consistentSnapshot = parser.isSet(QStringLiteral("consistent"));
    request.setDirectory = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : defaultSetFolder();
    request.profileName = parser.value(QStringLiteral("profile"));
    return execute([&](ConsoleTaskContext &context) {
        if (vector) {
            VectorBackup::Request vectorRequest;
            vectorRequest.servers = VectorCliOptions::servers(parser, true);
            vectorRequest.collections = VectorCliOptions::collections(parser);
            vectorRequest.databases = VectorCliOptions::listValues(parser, QStringLiteral("databases"));
            vectorRequest.backupName = parser.value(QStringLiteral("backup-name"));
            request.vector = vectorRequest;
        }
        const BackupJob::Result result = BackupJob::run(request, context);
        context.log(LogLevel::Info, QObject::tr("Backup set written to %1 (%2 files, %3 bytes).")
                                        .arg(QDir(request.setDirectory).absolutePath())
                                        .arg(result.manifest.files.size())
                                        .arg(result.bytes));
        QJsonObject json = result.toJson();
        json.insert(QStringLiteral("set"), QDir(request.setDirectory).absolutePath());
        return json;
    });
}
