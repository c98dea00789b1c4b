#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// What to back up. The client turns it into the JSON keys the detected milvus-backup version reads
// (filter for 0.5.10+, db_collections before), so callers never deal with the two dialects.
struct CreateBackupRequest
{
    QString name;
    // database -> collections; an empty list means every collection of that database; an empty
    // map means the whole cluster (every database).
    QMap<QString, QStringList> collectionsByDatabase;
    // "" (auto), "meta_only", "skip_flush", "bulk_flush", "serial_flush". Servers older than 0.5.10
    // only know meta_only and skip_flush (sent as meta_only / force).
    QString strategy;
    bool rbac = false;
    bool gcPauseEnable = false;
    QString gcPauseAddress;
    QString backupRootPath;  // needs 0.5.9+
    bool withIndexExtra = false; // needs 0.5.10+
};
