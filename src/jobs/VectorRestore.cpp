#include "VectorRestore.h"

#include "BackupNameRule.h"
#include "MilvusBackupClient.h"
#include "MilvusRestClient.h"
#include "OperationError.h"
#include "S3Client.h"
#include "S3FolderTransfer.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace {

using Kind = OperationError::Kind;

const QString kComponent = QStringLiteral("vector");
const QString kBackupMeta = QStringLiteral("meta/backup_meta.json");

QString appendHint(const OperationError &error, const QString &more)
{
    return error.hint().isEmpty() ? more : error.hint() + QLatin1Char(' ') + more;
}

QByteArray md5Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

VectorRestore::OnExistingCollection VectorRestore::parseOnExistingCollection(const QString &text, bool *ok)
{
    *ok = true;
    if (text == QLatin1String("fail"))
        return OnExistingCollection::Fail;
    if (text == QLatin1String("skip"))
        return OnExistingCollection::Skip;
    if (text == QLatin1String("rename"))
        return OnExistingCollection::Rename;
    if (text == QLatin1String("drop"))
        return OnExistingCollection::Drop;
    *ok = false;
    return OnExistingCollection::Fail;
}

VectorRestore::OnExistingBackup VectorRestore::parseOnExistingBackup(const QString &text, bool *ok)
{
    *ok = true;
    if (text == QLatin1String("fail"))
        return OnExistingBackup::Fail;
    if (text == QLatin1String("reuse"))
        return OnExistingBackup::Reuse;
    if (text == QLatin1String("rename"))
        return OnExistingBackup::Rename;
    *ok = false;
    return OnExistingBackup::Fail;
}

QJsonObject VectorRestore::Result::toJson() const
{
    QJsonArray collectionArray;
    for (const CollectionReport &c : collections)
        collectionArray.append(QJsonObject { { QStringLiteral("source"), c.source },
                                             { QStringLiteral("target"), c.target },
                                             { QStringLiteral("action"), c.action },
                                             { QStringLiteral("expectedRows"), c.expectedRows },
                                             { QStringLiteral("actualRows"), c.actualRows },
                                             { QStringLiteral("ok"), c.ok } });
    return { { QStringLiteral("backupName"), backupName },
             { QStringLiteral("targetBackupName"), targetBackupName },
             { QStringLiteral("targetFolder"), targetFolder },
             { QStringLiteral("uploaded"), uploaded },
             { QStringLiteral("collections"), collectionArray },
             { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
}

VectorRestore::VectorRestore(Request request, QString setDirectory, BackupManifest manifest)
    : m_request(std::move(request))
    , m_setDirectory(std::move(setDirectory))
    , m_manifest(std::move(manifest))
{
}

QString VectorRestore::targetFor(const QString &sourceKey) const
{
    const QString db = VectorServers::databaseOf(sourceKey);
    const QString collection = VectorServers::collectionOf(sourceKey);
    for (auto it = m_request.renames.constBegin(); it != m_request.renames.constEnd(); ++it) {
        if (VectorServers::collectionKey(it.key()) != sourceKey)
            continue;
        const QString to = it.value().trimmed();
        return to.contains(QLatin1Char('.')) ? VectorServers::collectionKey(to) : db + QLatin1Char('.') + to;
    }
    return db + QLatin1Char('.') + collection + m_request.collectionSuffix;
}

void VectorRestore::prepare(TaskContext &context)
{
    const VectorServers &servers = m_request.servers;
    if (!m_manifest.hasVector())
        throw OperationError(Kind::InvalidInput, tr("The backup set %1 holds no vector component.").arg(m_setDirectory),
                             tr("Restore only its other components (--components)."));
    servers.requireComplete();
    const QString suffixProblem = BackupNameRule::collectionSuffixProblem(m_request.collectionSuffix);
    if (!suffixProblem.isEmpty())
        throw OperationError(Kind::InvalidInput, suffixProblem);
    const bool drops = m_request.onExistingCollection == OnExistingCollection::Drop
        || m_request.onExistingCollectionFor.values().contains(OnExistingCollection::Drop);
    if (drops && !m_request.confirmed)
        throw OperationError(Kind::InvalidInput,
                             tr("Dropping existing collections deletes their data; it needs confirmation."),
                             tr("Add --yes to confirm --on-existing-collection drop."));
    m_localFolder = QDir(m_setDirectory).filePath(m_manifest.vectorFolder);
    if (!QFileInfo(QDir(m_localFolder).filePath(kBackupMeta)).isFile())
        throw OperationError(Kind::IntegrityError,
                             tr("The set's vector folder %1 has no %2.").arg(m_manifest.vectorFolder, kBackupMeta),
                             tr("Nothing was restored. Use another copy of the set."));

    // Which collections, under which names.
    QMap<QString, qint64> rowsInSet;
    for (const auto &collection : std::as_const(m_manifest.collections))
        rowsInSet.insert(collection.database + QLatin1Char('.') + collection.name, collection.rows);
    QStringList sources;
    if (m_request.collections.isEmpty()) {
        sources = rowsInSet.keys();
    } else {
        for (const QString &text : m_request.collections) {
            const QString key = VectorServers::collectionKey(text);
            if (!rowsInSet.contains(key))
                throw OperationError(Kind::NotFound, tr("The backup set has no collection %1.").arg(key),
                                     tr("It holds: %1").arg(rowsInSet.keys().join(QLatin1String(", "))));
            if (!sources.contains(key))
                sources.append(key);
        }
    }
    m_plan = Result();
    m_plan.backupName = m_manifest.vectorBackupName;
    QSet<QString> targets;
    for (const QString &source : std::as_const(sources)) {
        CollectionReport report;
        report.source = source;
        report.target = targetFor(source);
        report.action = QStringLiteral("restore");
        report.expectedRows = m_request.metaOnly ? 0 : rowsInSet.value(source, -1);
        for (const QString &part : report.target.split(QLatin1Char('.')))
            if (!BackupNameRule::isValidCollectionToken(part) || part == QLatin1String("*"))
                throw OperationError(Kind::InvalidInput, tr("\"%1\" is not a valid target collection name.").arg(report.target));
        if (targets.contains(report.target))
            throw OperationError(Kind::InvalidInput, tr("Two collections would be restored into %1.").arg(report.target),
                                 tr("Give each a different name (--collection-suffix or renames)."));
        targets.insert(report.target);
        m_plan.collections.append(report);
    }

    context.log(LogLevel::Info, tr("Checking milvus-backup at %1, its bucket %2 and Milvus at %3 ...")
                                    .arg(VectorServers::displayUrl(servers.milvusBackupUrl), servers.storage.describe(),
                                         VectorServers::displayUrl(servers.milvusUrl)));
    MilvusBackupClient backup(servers.milvusBackupUrl);
    backup.setOptions(servers.clientOptions);
    backup.hello(&context);
    backup.detectServerVersion(&context);
    MilvusRestClient rest(servers.milvusUrl, servers.milvusToken);
    rest.listDatabases(&context); // reachability and token, before anything else is judged
    S3Client s3(servers.storage);
    const bool bucketExists = s3.bucketExists(&context);

    // The backup name in the target bucket.
    const auto folderUsed = [&](const QString &name) {
        return bucketExists && !s3.listObjectsPage(servers.storage.folderPrefix(name), {}, {}, 1, &context).objects.isEmpty();
    };
    m_plan.targetBackupName = m_plan.backupName;
    m_plan.uploaded = true;
    if (folderUsed(m_plan.backupName)) {
        const QString where = servers.storage.bucket() + QLatin1Char('/') + servers.storage.folderPrefix(m_plan.backupName);
        switch (m_request.onExistingBackup) {
        case OnExistingBackup::Fail:
            throw OperationError(Kind::Conflict, tr("%1 already holds a backup named \"%2\".").arg(where, m_plan.backupName),
                                 tr("Nothing was changed. Choose --on-existing-backup reuse (use it if it is identical to "
                                    "the set's copy) or rename (upload under a new name)."));
        case OnExistingBackup::Reuse: {
            QString why;
            if (!remoteFolderMatches(m_plan.backupName, context, &why))
                throw OperationError(Kind::Conflict,
                                     tr("%1 holds a backup named \"%2\" that differs from the set's copy: %3")
                                         .arg(where, m_plan.backupName, why),
                                     tr("Nothing was changed. Use --on-existing-backup rename, or delete that backup first."));
            m_plan.uploaded = false;
            context.log(LogLevel::Info, tr("%1 is identical to the set's copy; reusing it.").arg(where));
            break;
        }
        case OnExistingBackup::Rename: {
            QString name;
            for (int n = 2; n < 1000; ++n) {
                const QString candidate = m_plan.backupName + QStringLiteral("_%1").arg(n);
                if (!BackupNameRule::backupNameProblem(candidate).isEmpty())
                    break;
                if (!folderUsed(candidate)) {
                    name = candidate;
                    break;
                }
            }
            if (name.isEmpty())
                throw OperationError(Kind::Conflict, tr("No free name for backup \"%1\" in %2.")
                                                         .arg(m_plan.backupName, servers.storage.bucket()));
            m_plan.targetBackupName = name;
            m_plan.warnings.append(tr("A backup named \"%1\" already exists in the target bucket; uploading as \"%2\".")
                                       .arg(m_plan.backupName, name));
            break;
        }
        }
    }
    m_plan.targetFolder = servers.storage.bucket() + QLatin1Char('/') + servers.storage.folderPrefix(m_plan.targetBackupName);

    // Target collections that exist already.
    m_preExisting.clear();
    QStringList conflicts;
    for (CollectionReport &report : m_plan.collections) {
        context.checkCanceled();
        if (!rest.hasCollection(VectorServers::databaseOf(report.target), VectorServers::collectionOf(report.target), &context))
            continue;
        switch (m_request.onExistingCollectionFor.value(report.source, m_request.onExistingCollection)) {
        case OnExistingCollection::Fail:
            conflicts.append(report.target);
            break;
        case OnExistingCollection::Skip:
            report.action = QStringLiteral("skip");
            m_plan.warnings.append(tr("%1 exists in the target Milvus; skipped (not restored).").arg(report.target));
            break;
        case OnExistingCollection::Drop:
            report.action = QStringLiteral("drop-and-restore");
            m_preExisting.append(report.target);
            m_plan.warnings.append(tr("%1 exists in the target Milvus; it is dropped and restored from the backup.").arg(report.target));
            break;
        case OnExistingCollection::Rename: {
            const QString base = report.target + m_request.renameSuffix;
            QString free;
            for (int n = 1; n < 1000 && free.isEmpty(); ++n) {
                const QString candidate = n == 1 ? base : base + QStringLiteral("_%1").arg(n);
                if (targets.contains(candidate))
                    continue;
                if (!rest.hasCollection(VectorServers::databaseOf(candidate), VectorServers::collectionOf(candidate), &context))
                    free = candidate;
            }
            if (free.isEmpty())
                throw OperationError(Kind::Conflict, tr("No free name for %1 in the target Milvus.").arg(report.target));
            m_plan.warnings.append(tr("%1 exists in the target Milvus; %2 is restored as %3.").arg(report.target, report.source, free));
            targets.insert(free);
            report.target = free;
            report.action = QStringLiteral("rename");
            break;
        }
        }
    }
    if (!conflicts.isEmpty())
        throw OperationError(Kind::Conflict,
                             tr("These collections already exist in the target Milvus: %1.").arg(conflicts.join(QLatin1String(", "))),
                             tr("Nothing was changed. Choose --on-existing-collection skip (leave them, restore the others), "
                                "rename (restore under <name>%1), or drop (delete them and restore; needs --yes); "
                                "or restore with --collection-suffix.")
                                 .arg(m_request.renameSuffix));
    m_prepared = true;
}

bool VectorRestore::remoteFolderMatches(const QString &name, TaskContext &context, QString *why) const
{
    S3Client s3(m_request.servers.storage);
    const QString prefix = m_request.servers.storage.folderPrefix(name);
    QHash<QString, S3ObjectInfo> remote;
    for (const S3ObjectInfo &object : s3.listObjects(prefix, &context))
        remote.insert(object.key.mid(prefix.size()), object);
    const QDir root(m_localFolder);
    QDirIterator it(m_localFolder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    qsizetype localCount = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        ++localCount;
        const auto found = remote.constFind(relative);
        if (found == remote.cend()) {
            *why = tr("%1 is missing there").arg(relative);
            return false;
        }
        if (found->size != QFileInfo(path).size()) {
            *why = tr("%1 has %2 bytes there, %3 in the set").arg(relative).arg(found->size).arg(QFileInfo(path).size());
            return false;
        }
        if (found->etagIsPlainMd5() && found->etag.toLower() != md5Of(path)) {
            *why = tr("%1 has other content there (MD5 differs)").arg(relative);
            return false;
        }
    }
    if (remote.size() != localCount) {
        *why = tr("it holds %1 objects, the set %2").arg(remote.size()).arg(localCount);
        return false;
    }
    return true;
}

void VectorRestore::removeUpload(const QString &name, QString *state) const
{
    const QString where = m_request.servers.storage.bucket() + QLatin1Char('/') + m_request.servers.storage.folderPrefix(name);
    try {
        // A fresh client without the (possibly canceled) task context: the cleanup must run.
        S3Client s3(m_request.servers.storage);
        QStringList keys;
        for (const S3ObjectInfo &object : s3.listObjects(m_request.servers.storage.folderPrefix(name)))
            keys.append(object.key);
        if (!keys.isEmpty())
            s3.deleteObjects(keys);
        *state = tr("The partial upload was removed from %1 (%2 object(s)); the target bucket is as before.")
                     .arg(where)
                     .arg(keys.size());
    } catch (const OperationError &error) {
        *state = tr("The partial upload in %1 could not be removed (%2); delete that folder by hand before retrying.")
                     .arg(where, error.message());
    }
}

QString VectorRestore::describeTargets(const QStringList &targets) const
{
    MilvusRestClient rest(m_request.servers.milvusUrl, m_request.servers.milvusToken);
    QStringList lines;
    for (const QString &target : targets) {
        try {
            const QString db = VectorServers::databaseOf(target);
            const QString collection = VectorServers::collectionOf(target);
            if (!rest.hasCollection(db, collection))
                lines.append(tr("%1 was not created").arg(target));
            else
                lines.append(tr("%1 exists with %2 rows").arg(target).arg(rest.rowCount(db, collection)));
        } catch (const OperationError &error) {
            lines.append(tr("%1: unknown (%2)").arg(target, error.message()));
        }
    }
    return tr("Target Milvus now: %1.").arg(lines.join(QLatin1String("; ")));
}

VectorRestore::Result VectorRestore::execute(TaskContext &context)
{
    if (!m_prepared)
        prepare(context);
    const VectorServers &servers = m_request.servers;
    Result result = m_plan;
    QList<CollectionReport *> toRestore;
    for (CollectionReport &report : result.collections)
        if (report.action != QLatin1String("skip"))
            toRestore.append(&report);
    if (toRestore.isEmpty()) {
        result.uploaded = false;
        result.warnings.append(tr("Every selected collection exists in the target and was skipped; nothing was restored."));
        context.log(LogLevel::Warning, result.warnings.last());
        return result;
    }

    MilvusBackupClient backup(servers.milvusBackupUrl);
    backup.setOptions(servers.clientOptions);
    const QString name = result.targetBackupName;
    if (result.uploaded) {
        context.log(LogLevel::Info, tr("Uploading the backup folder to %1 (backup_meta.json last) ...").arg(result.targetFolder));
        try {
            S3Client s3(servers.storage);
            if (!s3.bucketExists(&context))
                s3.createBucket(&context); // milvus-backup creates its backup bucket on its own too
            S3FolderTransfer transfer(servers.storage, servers.transferOptions);
            transfer.upload(m_localFolder, name, &S3FolderTransfer::milvusBackupUploadOrder, &context);
        } catch (const OperationError &error) {
            QString state;
            removeUpload(name, &state);
            context.log(LogLevel::Warning, state);
            throw OperationError(error.kind(), error.message(), appendHint(error, state));
        }
    }
    // milvus-backup only restores from its configured bucket and root; make sure it sees the folder.
    // /list shows the name inside backup_meta.json, which stays the original one when the folder was
    // uploaded under another name (the bytes are never changed).
    bool listed = false;
    try {
        for (const BackupInfo &info : backup.listBackups(&context))
            listed = listed || info.name == name || (name != result.backupName && info.name == result.backupName);
    } catch (const OperationError &error) {
        QString state;
        if (result.uploaded)
            removeUpload(name, &state);
        throw OperationError(error.kind(), error.message(), appendHint(error, state));
    }
    if (!listed) {
        QString state;
        if (result.uploaded)
            removeUpload(name, &state);
        throw OperationError(Kind::NotFound,
                             tr("milvus-backup at %1 does not list the backup \"%2\" uploaded to %3.")
                                 .arg(VectorServers::displayUrl(servers.milvusBackupUrl), name, result.targetFolder),
                             tr("--s3/--s3-bucket/--s3-root must be milvus-backup's backup storage (minio.backupAddress, "
                                "backupBucketName, backupRootPath in its backup.yaml). %1")
                                 .arg(state));
    }

    // dropExistCollection applies to a whole milvus-backup restore request, so the collections to drop
    // and restore go in a request of their own: a collection that was free when prepare() looked (and
    // so must fail, not be dropped, if it appeared since) never shares a request with the flag.
    QStringList targets;
    for (const CollectionReport *report : std::as_const(toRestore))
        targets.append(report->target);
    for (const bool drop : { false, true }) {
        RestoreBackupRequest restore;
        restore.backupName = name;
        restore.dropExistCollection = drop;
        restore.restoreIndex = m_request.restoreIndex;
        restore.metaOnly = m_request.metaOnly;
        QStringList batch;
        for (const CollectionReport *report : std::as_const(toRestore)) {
            if ((report->action == QLatin1String("drop-and-restore")) != drop)
                continue;
            restore.collectionsByDatabase[VectorServers::databaseOf(report->source)].append(VectorServers::collectionOf(report->source));
            // Explicit renames for every changed name: they win over a suffix and express the
            // per-collection choices of prepare() (rename on conflict) exactly.
            if (report->target != report->source)
                restore.collectionRenames.insert(report->source, report->target);
            batch.append(report->target);
        }
        if (batch.isEmpty())
            continue;
        context.log(LogLevel::Info, drop ? tr("milvus-backup is dropping and restoring %1 from \"%2\" ...").arg(batch.join(QLatin1String(", ")), name)
                                         : tr("milvus-backup is restoring \"%1\" into %2 ...").arg(name, batch.join(QLatin1String(", "))));
        try {
            backup.restore(restore, &context);
        } catch (const OperationError &error) {
            const QString state = describeTargets(targets) + QLatin1Char(' ')
                + tr("The complete backup folder stays in %1 (restore again with --on-existing-backup reuse, and "
                     "--on-existing-collection drop --yes for the collections listed as existing).")
                      .arg(result.targetFolder);
            context.log(LogLevel::Warning, state);
            throw OperationError(error.kind(), error.message(), appendHint(error, state));
        }
    }

    context.log(LogLevel::Info, tr("Comparing row counts ..."));
    MilvusRestClient rest(servers.milvusUrl, servers.milvusToken);
    QStringList mismatches;
    qint64 done = 0;
    for (CollectionReport *report : std::as_const(toRestore)) {
        const QString db = VectorServers::databaseOf(report->target);
        const QString collection = VectorServers::collectionOf(report->target);
        rest.flushCollection(db, collection, &context);
        report->actualRows = rest.rowCount(db, collection, &context);
        report->ok = report->expectedRows < 0 || report->actualRows == report->expectedRows;
        if (report->expectedRows < 0)
            result.warnings.append(tr("%1: the set records no row count; %2 rows restored.").arg(report->target).arg(report->actualRows));
        if (!report->ok)
            mismatches.append(tr("%1: %2 rows in the backup, %3 in %4")
                                  .arg(report->source)
                                  .arg(report->expectedRows)
                                  .arg(report->actualRows)
                                  .arg(report->target));
        else
            context.log(LogLevel::Info, tr("%1: %2 rows, equal to the backup.").arg(report->target).arg(report->actualRows));
        context.progress({ kComponent, tr("compare rows"), ++done, toRestore.size(), QStringLiteral("collections") });
    }
    for (const QString &warning : std::as_const(result.warnings))
        context.log(LogLevel::Warning, warning);
    if (!mismatches.isEmpty())
        throw OperationError(Kind::IntegrityError,
                             tr("The restored collections do not hold the backup's rows: %1.").arg(mismatches.join(QLatin1String("; "))),
                             tr("Do not use them as a faithful copy. The backup folder stays in %1.").arg(result.targetFolder));
    return result;
}
