#include "MilvusBackupRestApi.h"

#include "MilvusJson.h"
#include "OperationError.h"

#include <QJsonDocument>
#include <QJsonParseError>

using Kind = OperationError::Kind;

MilvusBackupRestApi::MilvusBackupRestApi(const QUrl &baseUrl, QNetworkAccessManager *nam)
    : m_baseUrl(baseUrl)
    , m_http(QStringLiteral("milvus-backup"), nam)
{
}

bool MilvusBackupRestApi::mentionsAny(const QString &text, std::initializer_list<QLatin1String> needles)
{
    for (const QLatin1String &needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString MilvusBackupRestApi::endpointText() const
{
    return m_baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
}

QNetworkRequest MilvusBackupRestApi::makeRequest(const QString &endpoint, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/api/v1/") + endpoint);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

HttpResponse MilvusBackupRestApi::sendRaw(const QByteArray &verb, const QString &endpoint, const QUrlQuery &query,
                                          const QByteArray &body, const QByteArray &requestIdHeader,
                                          TaskContext *context, int timeoutMs)
{
    QNetworkRequest request = makeRequest(endpoint, query);
    if (!requestIdHeader.isEmpty())
        request.setRawHeader(QByteArrayLiteral("request_id"), requestIdHeader);
    return m_http.send(verb, request, body, context, timeoutMs);
}

MilvusBackupRestApi::Envelope MilvusBackupRestApi::call(const QByteArray &verb, const QString &endpoint,
                                                        const QUrlQuery &query, const QJsonObject *body,
                                                        TaskContext *context, const QByteArray &requestIdHeader,
                                                        int timeoutMs)
{
    const QByteArray payload = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
    const HttpResponse response = sendRaw(verb, endpoint, query, payload, requestIdHeader, context, timeoutMs);
    const QString where = endpointText();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject object = document.object();

    if (response.status != 200) {
        // 400 {"error": "Invalid request body"}, 500 {"error": ...} from /check, 500 with an empty
        // body from a panic (gin Recovery), 404 text for unknown routes.
        const QString serverError = object.value(QLatin1String("error")).toString();
        if (response.status == 404 && serverError.isEmpty() && !object.contains(QLatin1String("code")))
            throw OperationError(Kind::Failed,
                                 tr("%1 has no endpoint /api/v1/%2 (HTTP 404).").arg(where, endpoint),
                                 tr("Check that the URL points at milvus-backup's REST server (default port "
                                    "8080) and that its version supports this operation."));
        if (response.status == 500 && response.body.trimmed().isEmpty())
            throw OperationError(Kind::ServerError,
                                 tr("milvus-backup at %1 crashed while handling %2 %3 (HTTP 500 with an empty "
                                    "body).")
                                     .arg(where, QString::fromLatin1(verb), endpoint),
                                 tr("This is a milvus-backup panic; its log shows the stack trace. Check the "
                                    "request (e.g. a missing backup name) and the server version."));
        const QString detail = !serverError.isEmpty() ? serverError
            : object.contains(QLatin1String("msg"))  ? object.value(QLatin1String("msg")).toString()
                                                      : QString::fromUtf8(response.body.left(300)).trimmed();
        throw OperationError(response.status == 400 ? Kind::InvalidInput : Kind::ServerError,
                             tr("milvus-backup at %1 rejected %2 %3 (HTTP %4): %5")
                                 .arg(where, QString::fromLatin1(verb), endpoint)
                                 .arg(response.status)
                                 .arg(detail));
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw OperationError(Kind::ServerError,
                             tr("milvus-backup at %1 answered %2 with something that is not a JSON object: %3")
                                 .arg(where, endpoint, QString::fromUtf8(response.body.left(200)).trimmed()),
                             tr("Check that the URL points at milvus-backup's REST server."));

    Envelope envelope;
    envelope.httpStatus = response.status;
    // encoding/json with omitempty drops code 0: a missing code is success.
    envelope.code = MilvusJson::toInt64(object.value(QLatin1String("code")), 0);
    envelope.msg = object.value(QLatin1String("msg")).toString();
    envelope.requestId = object.value(QLatin1String("requestId")).toString();
    envelope.data = object.value(QLatin1String("data"));
    return envelope;
}

QString MilvusBackupRestApi::restartMessage()
{
    return tr("milvus-backup was restarted; its task ids are in memory only.");
}

void MilvusBackupRestApi::throwForCode(const Envelope &envelope, const QString &action) const
{
    const QString msg = envelope.msg.isEmpty() ? tr("(no message)") : envelope.msg;
    const QString message = tr("milvus-backup could not %1: %2").arg(action, msg);
    switch (envelope.code) {
    case 400:
        if (mentionsAny(msg, { QLatin1String("not found"), QLatin1String("not exist") }))
            throw OperationError(Kind::NotFound, message,
                                 tr("Check the backup name and the bucket/root path milvus-backup reads from."));
        throw OperationError(Kind::InvalidInput, message);
    case 404:
        throw OperationError(Kind::NotFound, message);
    case 2:
        throw OperationError(Kind::AuthFailed, message,
                             tr("milvus-backup's Milvus user lacks a permission; check milvus.user in backup.yaml."));
    case 1:
        throw OperationError(Kind::Failed, message, tr("This milvus-backup version does not support it."));
    default:
        break;
    }
    // Code 3 ("Fail") carries free text in 0.5.10+; these are the cases a person can act on.
    if (mentionsAny(msg, { QLatin1String("already exist"), QLatin1String("existing task") }))
        throw OperationError(Kind::Conflict, message, tr("Choose another name, or delete the existing one first."));
    if (msg.contains(QLatin1String("task not found"), Qt::CaseInsensitive))
        throw OperationError(Kind::NotFound, message, restartMessage());
    if (mentionsAny(msg, { QLatin1String("collection not found"), QLatin1String("can't find collection"),
                           QLatin1String("collection not exist"), QLatin1String("not found"),
                           QLatin1String("not exist") }))
        throw OperationError(Kind::NotFound, message,
                             tr("Check the database and collection names against Milvus."));
    if (mentionsAny(msg, { QLatin1String("connect"), QLatin1String("deadline exceeded"),
                           QLatin1String("unavailable"), QLatin1String("connection refused") }))
        throw OperationError(Kind::ConnectionFailed, message,
                             tr("milvus-backup cannot reach Milvus or its storage; check milvus.address, "
                                "milvus.port and minio.* in its backup.yaml, or run the connection check."));
    throw OperationError(Kind::ServerError, message);
}

MilvusBackupRestApi::Envelope MilvusBackupRestApi::callWith(const QByteArray &verb, const QString &endpoint,
                                                            const QString &parameter, const QString &value,
                                                            TaskContext *context, int timeoutMs)
{
    QUrlQuery query;
    query.addQueryItem(parameter, value);
    return call(verb, endpoint, query, nullptr, context, {}, timeoutMs);
}
