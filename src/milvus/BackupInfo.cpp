#include "BackupInfo.h"

#include <QJsonArray>

using MilvusJson::toInt64;

namespace {

BackupState stateFromCode(const QJsonValue &value)
{
    if (!value.isDouble())
        return BackupState::Unknown;
    const qint64 code = value.toInteger(-1);
    if (code < 0 || code > 4)
        return BackupState::Unknown;
    return static_cast<BackupState>(code);
}

qint64 rowCountOf(const QJsonObject &collection)
{
    const QJsonValue partitions = collection.value(QLatin1String("partition_backups"));
    if (!partitions.isArray())
        return -1;
    qint64 rows = 0;
    bool sawSegment = false;
    for (const QJsonValue &partition : partitions.toArray()) {
        for (const QJsonValue &segment : partition.toObject().value(QLatin1String("segment_backups")).toArray()) {
            rows += toInt64(segment.toObject().value(QLatin1String("num_of_rows")));
            sawSegment = true;
        }
    }
    // Partitions with no segments really are empty; partitions stripped by simpleResponse are absent.
    if (!sawSegment && partitions.toArray().isEmpty())
        return -1;
    return rows;
}

}

qint64 BackupInfo::totalRowCount() const
{
    qint64 total = 0;
    for (const CollectionBackupInfo &collection : collections) {
        if (collection.rowCount < 0)
            return -1;
        total += collection.rowCount;
    }
    return total;
}

BackupInfo BackupInfo::fromJson(const QJsonObject &object, MilvusJson::TimeUnit timeUnit)
{
    BackupInfo info;
    info.id = MilvusJson::toIdString(object.value(QLatin1String("id")));
    info.name = object.value(QLatin1String("name")).toString();
    // state_code is always present in task views; list summaries (0.5.10+) have none. A listed
    // backup has readable meta, which the caller treats as complete.
    info.state = stateFromCode(object.value(QLatin1String("state_code")));
    info.progress = int(toInt64(object.value(QLatin1String("progress"))));
    info.errorMessage = object.value(QLatin1String("errorMessage")).toString();
    info.startTime = MilvusJson::toDateTime(object.value(QLatin1String("start_time")), timeUnit);
    info.endTime = MilvusJson::toDateTime(object.value(QLatin1String("end_time")), timeUnit);
    info.size = toInt64(object.value(QLatin1String("size")));
    info.metaSize = toInt64(object.value(QLatin1String("meta_size")));
    info.milvusVersion = object.value(QLatin1String("milvus_version")).toString();
    for (const QJsonValue &value : object.value(QLatin1String("collection_backups")).toArray()) {
        const QJsonObject c = value.toObject();
        CollectionBackupInfo collection;
        collection.dbName = c.value(QLatin1String("db_name")).toString();
        if (collection.dbName.isEmpty())
            collection.dbName = QStringLiteral("default");
        collection.collectionName = c.value(QLatin1String("collection_name")).toString();
        collection.collectionId = MilvusJson::toIdString(c.value(QLatin1String("collection_id")));
        collection.size = toInt64(c.value(QLatin1String("size")));
        collection.rowCount = rowCountOf(c);
        collection.hasIndex = c.value(QLatin1String("has_index")).toBool();
        collection.loadState = c.value(QLatin1String("load_state")).toString();
        collection.backupTimestamp = quint64(toInt64(c.value(QLatin1String("backup_timestamp"))));
        info.collections.append(collection);
    }
    for (const QJsonValue &value : object.value(QLatin1String("database_backups")).toArray()) {
        const QString db = value.toObject().value(QLatin1String("db_name")).toString();
        info.databases.append(db.isEmpty() ? QStringLiteral("default") : db);
    }
    return info;
}

QString BackupInfo::stateName(BackupState state)
{
    switch (state) {
    case BackupState::Pending: return QStringLiteral("pending");
    case BackupState::Executing: return QStringLiteral("executing");
    case BackupState::Success: return QStringLiteral("success");
    case BackupState::Failed: return QStringLiteral("failed");
    case BackupState::TimedOut: return QStringLiteral("timed out");
    case BackupState::Unknown: break;
    }
    return QStringLiteral("unknown");
}
