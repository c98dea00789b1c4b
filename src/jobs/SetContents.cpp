#include "SetContents.h"

#include "GraphMetadata.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

namespace SetContents {

BackupManifest openVerified(const QString &setDirectory, bool force, TaskContext &context, QStringList *warnings)
{
    if (!QFileInfo(setDirectory).isDir())
        throw OperationError(OperationError::Kind::NotFound, QObject::tr("%1 is not a folder.").arg(setDirectory),
                             QObject::tr("Give the folder of a backup set (or, later, a package)."));
    if (!BackupManifest::exists(setDirectory)) {
        if (!force)
            throw OperationError(OperationError::Kind::NotFound,
                                 QObject::tr("%1 has no manifest.json: its backup did not finish, so it is incomplete.").arg(setDirectory),
                                 QObject::tr("Nothing was restored. If you must use what is there, add --force: each graph "
                                             "folder is still checked against its own graph.json."));
        BackupManifest manifest;
        const QDir graphRoot(QDir(setDirectory).filePath(QStringLiteral("graph")));
        for (const QString &folder : graphRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString relative = QStringLiteral("graph/") + folder;
            if (!QFileInfo::exists(QDir(setDirectory).filePath(relative + QStringLiteral("/graph.json"))))
                continue;
            const GraphMetadata metadata = GraphMetadata::load(QDir(setDirectory).filePath(relative));
            manifest.graphs.append({ metadata.graph, relative, metadata.nodeCount, metadata.edgeCount, metadata.fingerprint });
        }
        warnings->append(QObject::tr("%1 is incomplete (no manifest.json); using %2 complete graph folder(s) because of --force.")
                             .arg(setDirectory)
                             .arg(manifest.graphs.size()));
        context.log(LogLevel::Warning, warnings->last());
        return manifest;
    }
    BackupManifest manifest = BackupManifest::load(setDirectory);
    context.log(LogLevel::Info, QObject::tr("Checking %1 files of the backup set ...").arg(manifest.files.size()));
    const QStringList problems = manifest.verifyFiles(setDirectory, context);
    if (!problems.isEmpty())
        throw OperationError(OperationError::Kind::IntegrityError,
                             QObject::tr("The backup set %1 is damaged:\n%2").arg(setDirectory, problems.join(QLatin1Char('\n'))),
                             QObject::tr("Nothing was restored. Use another copy of the set."));
    return manifest;
}

} // namespace SetContents
