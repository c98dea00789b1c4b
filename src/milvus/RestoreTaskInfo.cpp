#include "RestoreTaskInfo.h"

#include <QJsonArray>

using MilvusJson::toInt64;

namespace {

RestoreState stateFromCode(const QJsonValue &value)
{
    if (!value.isDouble())
        return RestoreState::Unknown;
    const qint64 code = value.toInteger(-1);
    if (code < 0 || code > 4)
        return RestoreState::Unknown;
    return static_cast<RestoreState>(code);
}

}

RestoreTaskInfo RestoreTaskInfo::fromJson(const QJsonObject &object, MilvusJson::TimeUnit timeUnit)
{
    RestoreTaskInfo info;
    info.id = MilvusJson::toIdString(object.value(QLatin1String("id")));
    info.state = stateFromCode(object.value(QLatin1String("state_code")));
    info.progress = int(toInt64(object.value(QLatin1String("progress"))));
    info.errorMessage = object.value(QLatin1String("errorMessage")).toString();
    info.startTime = MilvusJson::toDateTime(object.value(QLatin1String("start_time")), timeUnit);
    info.endTime = MilvusJson::toDateTime(object.value(QLatin1String("end_time")), timeUnit);
    for (const QJsonValue &value : object.value(QLatin1String("collection_restore_tasks")).toArray()) {
        const QJsonObject c = value.toObject();
        RestoreCollectionTask task;
        task.targetDbName = c.value(QLatin1String("target_db_name")).toString();
        if (task.targetDbName.isEmpty())
            task.targetDbName = QStringLiteral("default");
        task.targetCollectionName = c.value(QLatin1String("target_collection_name")).toString();
        task.state = stateFromCode(c.value(QLatin1String("state_code")));
        task.progress = int(toInt64(c.value(QLatin1String("progress"))));
        task.errorMessage = c.value(QLatin1String("errorMessage")).toString();
        task.startTime = MilvusJson::toDateTime(c.value(QLatin1String("start_time")), timeUnit);
        task.endTime = MilvusJson::toDateTime(c.value(QLatin1String("end_time")), timeUnit);
        if (c.contains(QLatin1String("restored_size")))
            task.restoredSize = toInt64(c.value(QLatin1String("restored_size")));
        if (c.contains(QLatin1String("to_restore_size")))
            task.toRestoreSize = toInt64(c.value(QLatin1String("to_restore_size")));
        info.collections.insert(task.key(), task);
    }
    return info;
}

QString RestoreTaskInfo::stateName(RestoreState state)
{
    switch (state) {
    case RestoreState::Pending: return QStringLiteral("pending");
    case RestoreState::Executing: return QStringLiteral("executing");
    case RestoreState::Success: return QStringLiteral("success");
    case RestoreState::Failed: return QStringLiteral("failed");
    case RestoreState::TimedOut: return QStringLiteral("timed out");
    case RestoreState::Unknown: break;
    }
    return QStringLiteral("unknown");
}
