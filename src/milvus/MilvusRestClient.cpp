#include "MilvusRestClient.h"

#include "MilvusJson.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>

using Kind = OperationError::Kind;

namespace {

// merr codes (milvus pkg/util/merr/errors.go) that a person can act on.
constexpr qint64 CollectionNotFound = 100;
constexpr qint64 DatabaseNotFound = 800;
constexpr qint64 NeedAuthenticate = 1800;

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QJsonObject collectionBody(const QString &dbName, const QString &collectionName)
{
    QJsonObject body { { QLatin1String("collectionName"), collectionName } };
    if (!dbName.isEmpty())
        body.insert(QLatin1String("dbName"), dbName);
    return body;
}

}

MilvusRestClient::MilvusRestClient(const QUrl &baseUrl, const QString &token, QNetworkAccessManager *nam)
    : m_baseUrl(baseUrl)
    , m_token(token)
    , m_http(QStringLiteral("Milvus"), nam)
{
}

QString MilvusRestClient::tokenFromEnvironment()
{
    return qEnvironmentVariable("MILVUS_TOKEN");
}

QJsonValue MilvusRestClient::post(const QString &endpoint, const QJsonObject &body, TaskContext *context)
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/v2/vectordb/") + endpoint);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    const HttpResponse response
        = m_http.send("POST", request, QJsonDocument(body).toJson(QJsonDocument::Compact), context);
    const QString where = m_baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject object = document.object();
    const qint64 code = MilvusJson::toInt64(object.value(QLatin1String("code")), response.status == 200 ? 0 : -1);
    const QString message = object.value(QLatin1String("message")).toString();

    if (response.status == 401 || code == NeedAuthenticate)
        throw OperationError(Kind::AuthFailed, tr("Milvus at %1 refused the credentials: %2").arg(where, message),
                             tr("Set MILVUS_TOKEN to \"user:password\" or an API key."));
    if (response.status == 404 && !document.isObject())
        throw OperationError(Kind::Failed, tr("%1 has no REST endpoint /v2/vectordb/%2.").arg(where, endpoint),
                             tr("Milvus serves its RESTful API v2 on its main port (19530) since 2.3; check the "
                                "URL and the Milvus version."));
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw OperationError(Kind::ServerError,
                             tr("Milvus at %1 answered %2 with HTTP %3 and no JSON: %4")
                                 .arg(where, endpoint)
                                 .arg(response.status)
                                 .arg(QString::fromUtf8(response.body.left(200)).trimmed()));
    if (code != 0 && code != 200) {
        const QString text = tr("Milvus at %1 refused %2: %3 (code %4)").arg(where, endpoint, message).arg(code);
        if (code == CollectionNotFound || code == DatabaseNotFound)
            throw OperationError(Kind::NotFound, text);
        throw OperationError(Kind::ServerError, text);
    }
    return object.value(QLatin1String("data"));
}

QStringList MilvusRestClient::listDatabases(TaskContext *context)
{
    return stringList(post(QStringLiteral("databases/list"), {}, context));
}

QStringList MilvusRestClient::listCollections(const QString &dbName, TaskContext *context)
{
    QJsonObject body;
    if (!dbName.isEmpty())
        body.insert(QLatin1String("dbName"), dbName);
    return stringList(post(QStringLiteral("collections/list"), body, context));
}

bool MilvusRestClient::hasCollection(const QString &dbName, const QString &collectionName, TaskContext *context)
{
    try {
        return post(QStringLiteral("collections/has"), collectionBody(dbName, collectionName), context)
            .toObject()
            .value(QLatin1String("has"))
            .toBool();
    } catch (const OperationError &error) {
        // A missing database means the collection is not there either.
        if (error.kind() == Kind::NotFound)
            return false;
        throw;
    }
}

MilvusCollectionInfo MilvusRestClient::describeCollection(const QString &dbName, const QString &collectionName,
                                                          TaskContext *context)
{
    const QJsonObject data
        = post(QStringLiteral("collections/describe"), collectionBody(dbName, collectionName), context).toObject();
    MilvusCollectionInfo info;
    info.dbName = dbName.isEmpty() ? QStringLiteral("default") : dbName;
    info.collectionName = data.value(QLatin1String("collectionName")).toString(collectionName);
    info.collectionId = MilvusJson::toIdString(data.value(QLatin1String("collectionID")));
    info.shardsNum = int(MilvusJson::toInt64(data.value(QLatin1String("shardsNum"))));
    info.partitionsNum = int(MilvusJson::toInt64(data.value(QLatin1String("partitionsNum"))));
    info.loadState = data.value(QLatin1String("load")).toString();
    for (const QJsonValue &field : data.value(QLatin1String("fields")).toArray())
        info.fieldNames.append(field.toObject().value(QLatin1String("name")).toString());
    return info;
}

QJsonObject MilvusRestClient::describeCollectionJson(const QString &dbName, const QString &collectionName, TaskContext *context)
{
    return post(QStringLiteral("collections/describe"), collectionBody(dbName, collectionName), context).toObject();
}

qint64 MilvusRestClient::rowCount(const QString &dbName, const QString &collectionName, TaskContext *context)
{
    const QJsonObject data
        = post(QStringLiteral("collections/get_stats"), collectionBody(dbName, collectionName), context).toObject();
    const QJsonValue count = data.value(QLatin1String("rowCount"));
    if (!count.isDouble() && !count.isString())
        throw OperationError(Kind::ServerError,
                             tr("Milvus sent no row count for %1.%2.").arg(dbName, collectionName));
    return MilvusJson::toInt64(count, -1);
}

void MilvusRestClient::flushCollection(const QString &dbName, const QString &collectionName, TaskContext *context)
{
    post(QStringLiteral("collections/flush"), collectionBody(dbName, collectionName), context);
}

qint64 MilvusRestClient::queryRowCount(const QString &dbName, const QString &collectionName, TaskContext *context)
{
    QJsonObject body = collectionBody(dbName, collectionName);
    body.insert(QLatin1String("filter"), QString());
    body.insert(QLatin1String("outputFields"), QJsonArray { QStringLiteral("count(*)") });
    const QJsonArray rows = post(QStringLiteral("entities/query"), body, context).toArray();
    const QJsonValue count = rows.first().toObject().value(QLatin1String("count(*)"));
    if (rows.size() != 1 || (!count.isDouble() && !count.isString()))
        throw OperationError(Kind::ServerError,
                             tr("Milvus answered the count(*) query on %1.%2 without a count.").arg(dbName, collectionName));
    return MilvusJson::toInt64(count, -1);
}

QMap<QString, qint64> MilvusRestClient::rowCounts(const QStringList &dbNames, TaskContext *context)
{
    const QStringList databases = dbNames.isEmpty() ? listDatabases(context) : dbNames;
    QMap<QString, qint64> counts;
    for (const QString &db : databases) {
        for (const QString &collection : listCollections(db, context)) {
            if (context)
                context->checkCanceled();
            counts.insert(db + QLatin1Char('.') + collection, rowCount(db, collection, context));
        }
    }
    return counts;
}

QStringList MilvusRestClient::existingCollections(const QStringList &candidateKeys, TaskContext *context)
{
    QStringList existing;
    for (const QString &key : candidateKeys) {
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        const QString db = dot < 0 ? QStringLiteral("default") : key.left(dot);
        const QString collection = dot < 0 ? key : key.mid(dot + 1);
        if (hasCollection(db, collection, context))
            existing.append(key);
    }
    return existing;
}
