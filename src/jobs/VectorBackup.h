#pragma once

#include "BackupManifest.h"
#include "VectorServers.h"
#include "VectorSetInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class TaskContext;

// The vector component of a backup: milvus-backup makes a backup of the chosen collections in its
// bucket, and the whole folder is then downloaded into the set under vector/<backup name>/ with its
// relative keys unchanged, so it can be uploaded into any other milvus-backup bucket as it is.
// Row counts come from Milvus itself (flush + get_stats) right before the backup.
//
// State after a failure: nothing of the set is kept (BackupJob removes the folder). On the server,
// a backup task that milvus-backup reports failed (or forgot after a restart) has its partial folder
// removed from the bucket; a task that may still run (cancel, timeout, lost contact) is left alone
// and the error says where its folder will appear.
class VectorBackup
{
    Q_DECLARE_TR_FUNCTIONS(VectorBackup)

public:
    struct Request
    {
        VectorServers servers;
        QStringList collections;   // "collection" or "db.collection"; empty: every collection of `databases`
        QStringList databases;     // empty: "default"
        QString backupName;        // empty: defaultBackupName(now)
    };
    struct Result
    {
        VectorSetInfo info;
        QStringList warnings;
        qint64 bytes = 0;
    };

    // Writes <set>/vector/<name>/ and <set>/vector/vector.json and fills the manifest's vector fields.
    static Result run(const Request &request, const QString &setDirectory, BackupManifest &manifest,
                      TaskContext &context);

    // "bmb_20260101_120000": valid for milvus-backup (letters, digits, underscores).
    static QString defaultBackupName(const QDateTime &utc);
    // The manifest/vector.json wording of a detected server version.
    static QString versionText(const QVersionNumber &detected);
};
