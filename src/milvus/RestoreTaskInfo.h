#pragma once

#include "MilvusJson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

// milvus-backup's RestoreTaskStateCode (integers on the wire).
enum class RestoreState { Unknown = -1, Pending = 0, Executing = 1, Success = 2, Failed = 3, TimedOut = 4 };

// One collection of a restore task (RestoreCollectionTaskResponse; the older RestoreCollectionTask
// of <= 0.5.5 adds the byte counters).
struct RestoreCollectionTask
{
    QString targetDbName;     // "default" when empty
    QString targetCollectionName;
    RestoreState state = RestoreState::Unknown;
    int progress = 0;
    QString errorMessage;
    QDateTime startTime;
    QDateTime endTime;
    qint64 restoredSize = -1; // <= 0.5.5 only
    qint64 toRestoreSize = -1;

    QString key() const { return targetDbName + QLatin1Char('.') + targetCollectionName; }
};

// A restore task as get_restore/restore report it.
struct RestoreTaskInfo
{
    QString id;
    RestoreState state = RestoreState::Unknown;
    int progress = 0;         // never below 1 while running, 100 on success; a failed task keeps its value
    QString errorMessage;
    QDateTime startTime;
    QDateTime endTime;
    // Keyed by "db.collection" of the target: the server sends them in random (Go map) order.
    QMap<QString, RestoreCollectionTask> collections;

    bool isFinished() const { return state == RestoreState::Success || state == RestoreState::Failed; }

    static RestoreTaskInfo fromJson(const QJsonObject &object, MilvusJson::TimeUnit timeUnit);
    static QString stateName(RestoreState state);
};
