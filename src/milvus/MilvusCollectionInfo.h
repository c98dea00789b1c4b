#pragma once

#include <QString>
#include <QStringList>

// What Milvus's REST API v2 says about one collection (describe + get_stats).
struct MilvusCollectionInfo
{
    QString dbName;
    QString collectionName;
    QString collectionId;   // exact digits (int64 beyond 2^53)
    qint64 rowCount = -1;   // -1 when not asked for
    int shardsNum = 0;
    int partitionsNum = 0;
    QString loadState;      // LoadStateLoaded, LoadStateNotLoad, ...
    QStringList fieldNames;

    QString key() const { return dbName + QLatin1Char('.') + collectionName; }
};
