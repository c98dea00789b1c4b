#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// What to restore and how. The client writes restore's mixed key styles (backup_name,
// collection_suffix ... but restoreIndex, dropExistCollection ...) so callers cannot get them wrong:
// milvus-backup silently ignores misspelt keys.
struct RestoreBackupRequest
{
    QString backupName;
    // Restore task id; empty = the client generates one (so it is known even if the reply is lost).
    QString taskId;
    // database -> collections to restore; empty list = all collections of that database; empty
    // map = everything in the backup.
    QMap<QString, QStringList> collectionsByDatabase;
    QString collectionSuffix;
    // "db1.c1" -> "db2.c2", "c1" -> "c2", "db1.*" -> "db2.*"; wins over the suffix.
    QMap<QString, QString> collectionRenames;
    QString bucketName; // read the backup from another bucket of the backup storage
    QString path;       // ... and/or another root path
    bool metaOnly = false;
    bool restoreIndex = false;
    bool useAutoIndex = false;
    bool dropExistCollection = false;
    bool dropExistIndex = false;
    bool skipCreateCollection = false;
    bool rbac = false;
    bool useV2Restore = false;
};
