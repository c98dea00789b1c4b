#pragma once

#include "BlockingHttpClient.h"
#include "MilvusCollectionInfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QUrl>

class QNetworkAccessManager;
class TaskContext;

// Milvus's own RESTful API v2 (POST /v2/vectordb/..., served on the Milvus port, 19530 by default),
// used to count rows before a backup and after a restore and to find target collections that
// already exist. Shapes follow the Milvus REST reference:
//   https://milvus.io/api-reference/restful/v2.4.x/v2/Collection%20(v2)/Describe.md
//   https://milvus.io/api-reference/restful/v2.4.x/v2/Collection%20(v2)/Get%20Stats.md
//   (same family: List.md, Has.md, and Database (v2)/List.md)
// Every answer is {"code": 0, "data": ...} or {"code": <merr code>, "message": ...}, usually with
// HTTP 200. The 2.3.x documentation shows "code": 200 for success, so both are accepted.
class MilvusRestClient
{
    Q_DECLARE_TR_FUNCTIONS(MilvusRestClient)

public:
    // token: "user:password" or an API key, sent as "Authorization: Bearer <token>"; empty = none.
    explicit MilvusRestClient(const QUrl &baseUrl, const QString &token = {}, QNetworkAccessManager *nam = nullptr);

    // MILVUS_TOKEN from the environment (the CLI's way to pass the secret), or empty.
    static QString tokenFromEnvironment();

    QUrl baseUrl() const { return m_baseUrl; }
    void setRequestTimeoutMs(int ms) { m_http.setTimeoutMs(ms); }

    QStringList listDatabases(TaskContext *context = nullptr);
    QStringList listCollections(const QString &dbName, TaskContext *context = nullptr);
    bool hasCollection(const QString &dbName, const QString &collectionName, TaskContext *context = nullptr);
    // Throws NotFound for an unknown collection. rowCount stays -1 (see rowCount()).
    MilvusCollectionInfo describeCollection(const QString &dbName, const QString &collectionName,
                                            TaskContext *context = nullptr);
    // get_stats -> rowCount (rows flushed or growing, including deleted ones not yet compacted —
    // the number milvus-backup's own checks compare).
    qint64 rowCount(const QString &dbName, const QString &collectionName, TaskContext *context = nullptr);
    // Row count per "db.collection" for the given databases (all databases when empty).
    QMap<QString, qint64> rowCounts(const QStringList &dbNames = {}, TaskContext *context = nullptr);
    // The "db.collection" keys among candidates that already exist in this Milvus.
    QStringList existingCollections(const QStringList &candidateKeys, TaskContext *context = nullptr);

private:
    QJsonValue post(const QString &endpoint, const QJsonObject &body, TaskContext *context);

    QUrl m_baseUrl;
    QString m_token;
    BlockingHttpClient m_http;
};
