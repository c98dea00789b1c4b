#include "BackupCommand.h"

#include "ConsoleTaskContext.h"
#include "BackupJob.h"
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
}

int BackupCommand::runParsed(QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("backup takes no positional arguments (did you mean --out %1?).").arg(parser.positionalArguments().first()));
        return Usage;
    }
    BackupJob::Request request;
    request.falkordbUrl = parser.value(kFalkordb);
    request.graphs = parser.values(kGraph);
    request.consistentSnapshot = parser.isSet(QStringLiteral("consistent"));
    request.setDirectory = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : defaultSetFolder();
    request.profileName = parser.value(QStringLiteral("profile"));
    return execute([&](ConsoleTaskContext &context) {
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
