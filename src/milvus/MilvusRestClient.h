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
//   https://milvus.io/api-reference/restful/v2.4.x/v2/Collection%20(v2)/Describe.md (envelope,
//   dbName/collectionName body, "Authorization: Bearer <token>", collectionID as a bare int64)
//   https://milvus.io/api-reference/restful/v2.3.x/v2/Collection%20(v2)/Describe.md ("code": 200)
//   https://milvus.io/api-reference/pymilvus/v3.0.x/MilvusClient/Collections/get_collection_stats.md
//   (the stats row count leaves out data still streaming: flush first, or count with a query)
// The docs corpus has no REST page for get_stats/has/list; their keys ("rowCount", "has", name
// arrays) follow milvus-io/milvus internal/distributed/proxy/httpserver/handler_v2.go, as recorded
// in tests/standins/milvus-backup/README.md.
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
    // The describe answer as Milvus sent it ("fields" with name/type/params/primaryKey, "indexes", ...),
    // for callers that compare schemas. Throws NotFound for an unknown collection.
    QJsonObject describeCollectionJson(const QString &dbName, const QString &collectionName, TaskContext *context = nullptr);
    // get_stats -> rowCount. Milvus counts sealed data here, so call flushCollection() first when
    // the count must include recent inserts (milvus-backup flushes before it copies anyway).
    qint64 rowCount(const QString &dbName, const QString &collectionName, TaskContext *context = nullptr);
    // POST collections/flush: seal growing segments so that get_stats sees every insert.
    void flushCollection(const QString &dbName, const QString &collectionName, TaskContext *context = nullptr);
    // entities/query with outputFields ["count(*)"]: live rows (deletes applied) as a query sees them.
    qint64 queryRowCount(const QString &dbName, const QString &collectionName, TaskContext *context = nullptr);
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
