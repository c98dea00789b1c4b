#include "VectorBackup.h"

#include "BackupNameRule.h"
#include "MilvusRestClient.h"
#include "OperationError.h"
#include "S3Client.h"
#include "TaskContext.h"

#include <QDir>
#include <QMap>

namespace {

using Kind = OperationError::Kind;

const QString kComponent = QStringLiteral("vector");

QStringList selectCollections(const VectorBackup::Request &request, MilvusRestClient &rest, TaskContext &context)
{
    const QStringList databases = request.databases.isEmpty() ? QStringList { QStringLiteral("default") } : request.databases;
    QStringList keys;
    if (request.collections.isEmpty()) {
        for (const QString &db : databases)
            for (const QString &collection : rest.listCollections(db, &context))
                keys.append(db + QLatin1Char('.') + collection);
        if (keys.isEmpty())
            throw OperationError(Kind::NotFound,
                                 VectorBackup::tr("Milvus at %1 has no collections in %2.")
                                     .arg(VectorServers::displayUrl(request.servers.milvusUrl), databases.join(QLatin1String(", "))),
                                 VectorBackup::tr("Check --milvus and the database names."));
        return keys;
    }
    QStringList missing;
    for (const QString &text : request.collections) {
        const QString key = VectorServers::collectionKey(text);
        if (keys.contains(key))
            continue;
        if (!rest.hasCollection(VectorServers::databaseOf(key), VectorServers::collectionOf(key), &context))
            missing.append(key);
        keys.append(key);
    }
    if (!missing.isEmpty()) {
        QStringList available;
        for (const QString &db : databases)
            for (const QString &collection : rest.listCollections(db, &context))
                available.append(db + QLatin1Char('.') + collection);
        throw OperationError(Kind::NotFound,
                             VectorBackup::tr("Milvus at %1 has no collection %2.")
                                 .arg(VectorServers::displayUrl(request.servers.milvusUrl), missing.join(QLatin1String(", "))),
                             VectorBackup::tr("Collections there: %1").arg(available.isEmpty() ? VectorBackup::tr("none")
                                                                                               : available.join(QLatin1String(", "))));
    }
    return keys;
}

QMap<QString, qint64> countRows(MilvusRestClient &rest, const QStringList &keys, TaskContext &context, const QString &phase)
{
    QMap<QString, qint64> rows;
    qint64 done = 0;
    for (const QString &key : keys) {
        context.checkCanceled();
        // get_stats only sees sealed segments: flush first (milvus-backup flushes too).
        rest.flushCollection(VectorServers::databaseOf(key), VectorServers::collectionOf(key), &context);
        rows.insert(key, rest.rowCount(VectorServers::databaseOf(key), VectorServers::collectionOf(key), &context));
        context.progress({ kComponent, phase, ++done, keys.size(), QStringLiteral("collections") });
    }
    return rows;
}

// Removes what a failed create left under <root>/<name>/, but only when milvus-backup confirms the task
// is over (failed, or forgotten after a restart): deleting under a running task would leave garbage.
// The folder was empty before the create (checked), so everything in it is that task's.
QString cleanUpFailedCreate(const VectorServers &servers, MilvusBackupClient &backup, const QString &taskId,
                            const QString &name)
{
    const S3Endpoint &storage = servers.storage;
    const QString where = storage.bucket() + QLatin1Char('/') + storage.folderPrefix(name);
    bool over = false;
    if (!taskId.isEmpty()) {
        try {
            over = backup.getBackupById(taskId).state == BackupState::Failed;
        } catch (const OperationError &error) {
            over = error.kind() == Kind::NotFound; // restarted: the task is gone with the process
        }
    }
    if (!over)
        return VectorBackup::tr("milvus-backup may still be writing %1; it was left as it is.").arg(where);
    try {
        S3Client s3(storage);
        const QList<S3ObjectInfo> objects = s3.listObjects(storage.folderPrefix(name));
        if (objects.isEmpty())
            return VectorBackup::tr("Nothing was left in %1.").arg(where);
        for (const S3ObjectInfo &object : objects)
            if (object.key.endsWith(QLatin1String("/meta/backup_meta.json")))
                return VectorBackup::tr("%1 holds a backup_meta.json; it was left as it is.").arg(where);
        QStringList keys;
        for (const S3ObjectInfo &object : objects)
            keys.append(object.key);
        s3.deleteObjects(keys);
        return VectorBackup::tr("The %1 partial object(s) the failed backup left in %2 were removed.").arg(keys.size()).arg(where);
    } catch (const OperationError &error) {
        return VectorBackup::tr("The failed backup's partial folder %1 could not be removed (%2); delete it by hand.")
            .arg(where, error.message());
    }
}

} // namespace

QString VectorBackup::defaultBackupName(const QDateTime &utc)
{
    return QStringLiteral("bmb_") + utc.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss"));
}

QString VectorBackup::versionText(const QVersionNumber &detected)
{
    if (detected.isNull())
        return {};
    // The API has no version endpoint; detection only tells old from new dialect.
    return MilvusBackupClient::isModern(detected) ? QStringLiteral(">=0.5.10") : QStringLiteral("<0.5.10");
}

VectorBackup::Result VectorBackup::run(const Request &request, const QString &setDirectory, BackupManifest &manifest,
                                       TaskContext &context)
{
    const VectorServers &servers = request.servers;
    servers.requireComplete();
    const QString name = request.backupName.isEmpty() ? defaultBackupName(QDateTime::currentDateTimeUtc()) : request.backupName;
    BackupNameRule::requireValidBackupName(name);

    MilvusRestClient rest(servers.milvusUrl, servers.milvusToken);
    MilvusBackupClient backup(servers.milvusBackupUrl);
    backup.setOptions(servers.clientOptions);
    S3Client s3(servers.storage);
    const QString where = servers.storage.bucket() + QLatin1Char('/') + servers.storage.folderPrefix(name);

    context.log(LogLevel::Info, tr("Checking milvus-backup at %1, its bucket %2 and Milvus at %3 ...")
                                    .arg(VectorServers::displayUrl(servers.milvusBackupUrl), servers.storage.describe(),
                                         VectorServers::displayUrl(servers.milvusUrl)));
    backup.hello(&context);
    const QVersionNumber version = backup.detectServerVersion(&context);
    if (!s3.bucketExists(&context))
        throw OperationError(Kind::NotFound, tr("The bucket %1 does not exist on %2.")
                                                 .arg(servers.storage.bucket(), servers.storage.serverUrl().toString()),
                             tr("Give milvus-backup's backup bucket (minio.backupBucketName in its backup.yaml)."));
    const QStringList keys = selectCollections(request, rest, context);
    if (!s3.listObjectsPage(servers.storage.folderPrefix(name), {}, {}, 1, &context).objects.isEmpty())
        throw OperationError(Kind::Conflict, tr("%1 already holds a backup named \"%2\".").arg(where, name),
                             tr("Choose another --backup-name; milvus-backup refuses to write into a used folder."));

    context.log(LogLevel::Info, tr("Counting rows of %1 collection(s) ...").arg(keys.size()));
    const QMap<QString, qint64> rowsBefore = countRows(rest, keys, context, tr("count rows"));

    CreateBackupRequest create;
    create.name = name;
    for (const QString &key : keys)
        create.collectionsByDatabase[VectorServers::databaseOf(key)].append(VectorServers::collectionOf(key));
    context.log(LogLevel::Info, tr("milvus-backup is backing up %1 as \"%2\" ...").arg(keys.join(QLatin1String(", ")), name));
    BackupInfo info;
    try {
        info = backup.createBackup(create, &context);
    } catch (const OperationError &error) {
        QString state;
        if (error.kind() == Kind::Canceled || error.kind() == Kind::Timeout)
            state = tr("The backup task may still finish on the server; its folder would then be %1.").arg(where);
        else if (error.kind() == Kind::Conflict)
            state = tr("Nothing was changed in %1.").arg(where);
        else
            state = cleanUpFailedCreate(servers, backup, backup.lastTaskId(), name);
        context.log(LogLevel::Warning, state);
        throw OperationError(error.kind(), error.message(),
                             (error.hint().isEmpty() ? QString() : error.hint() + QLatin1Char(' ')) + state);
    }

    const QString relativeFolder = QStringLiteral("vector/") + name;
    const QString localFolder = QDir(setDirectory).filePath(relativeFolder);
    context.log(LogLevel::Info, tr("Downloading %1 into %2 ...").arg(where, relativeFolder));
    QList<S3TransferredFile> files;
    try {
        S3FolderTransfer transfer(servers.storage, servers.transferOptions);
        files = transfer.download(name, localFolder, &context);
    } catch (const OperationError &error) {
        throw OperationError(error.kind(), error.message(),
                             (error.hint().isEmpty() ? QString() : error.hint() + QLatin1Char(' '))
                                 + tr("The milvus-backup backup \"%1\" stays complete in %2.").arg(name, where));
    }
    const bool hasMeta = std::any_of(files.cbegin(), files.cend(), [](const S3TransferredFile &file) {
        return file.relativeKey == QLatin1String("meta/backup_meta.json");
    });
    if (!hasMeta)
        throw OperationError(Kind::IntegrityError,
                             tr("The folder %1 has no meta/backup_meta.json after milvus-backup reported success.").arg(where),
                             tr("The backup is not usable; check milvus-backup's log."));

    Result result;
    const QMap<QString, qint64> rowsAfter = countRows(rest, keys, context, tr("recount rows"));
    for (const QString &key : keys) {
        if (rowsAfter.value(key) != rowsBefore.value(key))
            result.warnings.append(tr("%1 changed while it was backed up (%2 rows before, %3 after); the backup holds "
                                      "one state in between and records %2.")
                                       .arg(key)
                                       .arg(rowsBefore.value(key))
                                       .arg(rowsAfter.value(key)));
    }

    VectorSetInfo &setInfo = result.info;
    setInfo.backupName = name;
    setInfo.folder = relativeFolder;
    setInfo.milvusBackupServer = VectorServers::displayUrl(servers.milvusBackupUrl);
    setInfo.milvusBackupVersion = versionText(version);
    setInfo.milvusVersion = info.milvusVersion;
    setInfo.sourceBucket = servers.storage.bucket();
    setInfo.sourceRoot = servers.storage.rootPrefix();
    setInfo.createdAt = QDateTime::currentDateTimeUtc();
    setInfo.backupSize = info.size;
    for (const QString &key : keys) {
        VectorSetInfo::Collection collection { VectorServers::databaseOf(key), VectorServers::collectionOf(key),
                                               rowsBefore.value(key), 0, false };
        for (const CollectionBackupInfo &reported : std::as_const(info.collections)) {
            if (reported.key() == key) {
                collection.size = reported.size;
                collection.hasIndex = reported.hasIndex;
            }
        }
        setInfo.collections.append(collection);
    }
    for (const S3TransferredFile &file : std::as_const(files))
        result.bytes += file.size;
    setInfo.save(setDirectory);

    manifest.milvusBackupServer = setInfo.milvusBackupServer;
    manifest.milvusBackupVersion = setInfo.milvusBackupVersion;
    manifest.vectorBackupName = name;
    manifest.vectorFolder = relativeFolder;
    for (const auto &collection : std::as_const(setInfo.collections))
        manifest.collections.append({ collection.database, collection.name, collection.rows });
    for (const QString &warning : std::as_const(result.warnings))
        context.log(LogLevel::Warning, warning);
    context.log(LogLevel::Info, tr("Vector backup \"%1\": %2 collection(s), %3 files, %4 bytes.")
                                    .arg(name)
                                    .arg(keys.size())
                                    .arg(files.size())
                                    .arg(result.bytes));
    return result;
}
