#pragma once

#include "MilvusJson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// milvus-backup's BackupTaskStateCode (integers on the wire). Timeout is defined but never set.
enum class BackupState { Unknown = -1, Pending = 0, Executing = 1, Success = 2, Failed = 3, TimedOut = 4 };

// One collection inside a backup (CollectionBackupInfo / CollectionBackupInfoBrief).
struct CollectionBackupInfo
{
    QString dbName;          // "default" when the server left it empty
    QString collectionName;
    QString collectionId;    // exact digits (int64 beyond 2^53)
    qint64 size = 0;         // bytes of binlogs
    // Sum of the segments' num_of_rows when the server sent segment detail (<= 0.5.9 full
    // responses); -1 when unknown (0.5.10+ never sends it).
    qint64 rowCount = -1;
    bool hasIndex = false;
    QString loadState;
    quint64 backupTimestamp = 0; // hybrid TSO

    // "db.collection", the key used everywhere rows are compared.
    QString key() const { return dbName + QLatin1Char('.') + collectionName; }
};

// What milvus-backup says about one backup or backup task: the data of get_backup/create, or one
// entry of /list (BackupSummary in 0.5.10+, BackupInfo in older servers).
struct BackupInfo
{
    QString id;              // task id (0.5.10+) or backup id
    QString name;
    BackupState state = BackupState::Unknown;
    int progress = 0;        // 0..100; failed tasks report 0
    QString errorMessage;
    QDateTime startTime;     // invalid when unset
    QDateTime endTime;       // invalid while running (-62135596800 on the wire)
    qint64 size = 0;
    qint64 metaSize = 0;
    QString milvusVersion;
    QList<CollectionBackupInfo> collections;
    QStringList databases;

    // get_backup on 0.5.10–0.5.16 answers an unknown name with success and empty data.
    bool isEmpty() const { return id.isEmpty() && name.isEmpty(); }
    bool isFinished() const { return state == BackupState::Success || state == BackupState::Failed; }
    qint64 totalRowCount() const; // -1 if any collection's count is unknown

    static BackupInfo fromJson(const QJsonObject &object, MilvusJson::TimeUnit timeUnit);
    static QString stateName(BackupState state);
};
