#pragma once

#include "BackupManifest.h"
#include "VectorServers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

class TaskContext;

// The vector component of a restore, in two steps so that a combined restore can check every target
// before it writes to any of them:
//   prepare(): reads only. The set's vector folder is there; milvus-backup, its bucket and Milvus
//     answer; the backup name is free in the target bucket (or reused/renamed as asked); every target
//     collection is free (or skipped/renamed/dropped as asked). Conflicts throw with the choices.
//   execute(): uploads the folder under <root>/<name>/ with meta/backup_meta.json last, has
//     milvus-backup restore it, and compares each target's row count with the backup's
//     (IntegrityError on a mismatch).
// State after a failure: a failed or canceled upload is removed from the bucket (it has no
// backup_meta.json, so milvus-backup never saw it as a backup); after the upload the complete folder
// stays, and the error lists which target collections exist now and how many rows they hold.
class VectorRestore
{
    Q_DECLARE_TR_FUNCTIONS(VectorRestore)

public:
    enum class OnExistingCollection { Fail, Skip, Rename, Drop };
    enum class OnExistingBackup { Fail, Reuse, Rename };

    struct Request
    {
        VectorServers servers;
        QStringList collections;           // subset of the set: "collection" or "db.collection"; empty: all
        QString collectionSuffix;          // appended to every target collection name
        QMap<QString, QString> renames;    // "db.c" or "c" -> "db.t" or "t"; wins over the suffix
        OnExistingCollection onExistingCollection = OnExistingCollection::Fail;
        // Per source collection ("db.collection"), wins over onExistingCollection: the GUI decides
        // each conflict on its own (e.g. replace one, and still fail if another appears meanwhile).
        QMap<QString, OnExistingCollection> onExistingCollectionFor;
        QString renameSuffix = QStringLiteral("_restored"); // for OnExistingCollection::Rename
        OnExistingBackup onExistingBackup = OnExistingBackup::Fail;
        bool confirmed = false;            // needed for OnExistingCollection::Drop (global or per collection)
        // milvus-backup never saves index files, only their definitions: rebuilding them is what makes a
        // restored collection loadable and searchable like the original, so it is the default.
        bool restoreIndex = true;
        bool metaOnly = false;
    };

    struct CollectionReport
    {
        QString source;                    // db.collection in the backup
        QString target;                    // db.collection in the target Milvus
        QString action;                    // "restore", "skip", "drop-and-restore", "rename"
        qint64 expectedRows = -1;
        qint64 actualRows = -1;
        bool ok = false;
    };
    struct Result
    {
        QString backupName;                // as in the set
        QString targetBackupName;          // folder name in the target bucket
        QString targetFolder;              // bucket/root/name/
        bool uploaded = false;             // false: an identical folder was reused (or nothing to do)
        QList<CollectionReport> collections;
        QStringList warnings;
        QJsonObject toJson() const;
    };

    static OnExistingCollection parseOnExistingCollection(const QString &text, bool *ok);
    static OnExistingBackup parseOnExistingBackup(const QString &text, bool *ok);

    VectorRestore(Request request, QString setDirectory, BackupManifest manifest);

    void prepare(TaskContext &context);
    Result execute(TaskContext &context);

private:
    QString targetFor(const QString &sourceKey) const;
    bool remoteFolderMatches(const QString &name, TaskContext &context, QString *why) const;
    void removeUpload(const QString &name, QString *state) const;
    QString describeTargets(const QStringList &targets) const;

    Request m_request;
    QString m_setDirectory;
    BackupManifest m_manifest;
    QString m_localFolder;
    bool m_prepared = false;
    Result m_plan;
    QStringList m_preExisting;             // targets that existed before (kept or dropped)
};
