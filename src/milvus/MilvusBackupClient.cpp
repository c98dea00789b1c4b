#include "MilvusBackupClient.h"

#include "BackupNameRule.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

using Kind = OperationError::Kind;

namespace {

const QLatin1String HelloText("Hello, This is backup service");
// Timeout of the best-effort questions asked after a cancel or a failure (the caller is waiting).
constexpr int FollowUpTimeoutMs = 5000;

QString newTaskId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool containsAny(const QString &text, std::initializer_list<QLatin1String> needles)
{
    for (const QLatin1String &needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// {"db": ["c1", ...]} with an empty list meaning "all collections of db" (the db_collections dialect).
QJsonObject databaseCollectionsObject(const QMap<QString, QStringList> &collectionsByDatabase)
{
    QJsonObject object;
    for (auto it = collectionsByDatabase.constBegin(); it != collectionsByDatabase.constEnd(); ++it) {
        QJsonArray collections;
        for (const QString &collection : it.value()) {
            if (collection != QLatin1String("*"))
                collections.append(collection);
        }
        object.insert(it.key(), collections);
    }
    return object;
}

void requireValidSelection(const QMap<QString, QStringList> &collectionsByDatabase)
{
    for (auto it = collectionsByDatabase.constBegin(); it != collectionsByDatabase.constEnd(); ++it) {
        if (!BackupNameRule::isValidCollectionToken(it.key()) || it.key() == QLatin1String("*"))
            throw OperationError(Kind::InvalidInput,
                                 MilvusBackupClient::tr("Invalid database name \"%1\".").arg(it.key()),
                                 MilvusBackupClient::tr("Database names contain letters, digits and underscores."));
        for (const QString &collection : it.value()) {
            if (!BackupNameRule::isValidCollectionToken(collection))
                throw OperationError(Kind::InvalidInput,
                                     MilvusBackupClient::tr("Invalid collection name \"%1\" in database \"%2\".")
                                         .arg(collection, it.key()),
                                     MilvusBackupClient::tr("Collection names contain letters, digits and "
                                                            "underscores; \"*\" means all collections."));
        }
    }
}

QString percentText(int progress)
{
    return QString::number(progress) + QLatin1Char('%');
}

}

MilvusBackupClient::MilvusBackupClient(const QUrl &baseUrl, QNetworkAccessManager *nam)
    : m_baseUrl(baseUrl)
    , m_http(QStringLiteral("milvus-backup"), nam)
{
    m_http.setTimeoutMs(m_options.requestTimeoutMs);
}

void MilvusBackupClient::setOptions(const Options &options)
{
    m_options = options;
    m_http.setTimeoutMs(options.requestTimeoutMs);
}

QString MilvusBackupClient::endpointText() const
{
    return m_baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
}

MilvusJson::TimeUnit MilvusBackupClient::timeUnit() const
{
    if (m_version.isNull())
        return MilvusJson::TimeUnit::Guess;
    return isModern(m_version) ? MilvusJson::TimeUnit::Seconds : MilvusJson::TimeUnit::Milliseconds;
}

void MilvusBackupClient::ensureVersion(TaskContext *context)
{
    if (m_version.isNull())
        detectServerVersion(context);
}

QNetworkRequest MilvusBackupClient::makeRequest(const QString &endpoint, const QUrlQuery &query) const
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

HttpResponse MilvusBackupClient::sendRaw(const QByteArray &verb, const QString &endpoint, const QUrlQuery &query,
                                         const QByteArray &body, const QByteArray &requestIdHeader,
                                         TaskContext *context, int timeoutMs)
{
    QNetworkRequest request = makeRequest(endpoint, query);
    if (!requestIdHeader.isEmpty())
        request.setRawHeader(QByteArrayLiteral("request_id"), requestIdHeader);
    return m_http.send(verb, request, body, context, timeoutMs);
}

MilvusBackupClient::Envelope MilvusBackupClient::call(const QByteArray &verb, const QString &endpoint,
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

QString MilvusBackupClient::restartMessage() const
{
    return tr("milvus-backup was restarted; its task ids are in memory only.");
}

void MilvusBackupClient::throwForCode(const Envelope &envelope, const QString &action) const
{
    const QString msg = envelope.msg.isEmpty() ? tr("(no message)") : envelope.msg;
    const QString message = tr("milvus-backup could not %1: %2").arg(action, msg);
    switch (envelope.code) {
    case 400:
        if (containsAny(msg, { QLatin1String("not found"), QLatin1String("not exist") }))
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
    if (containsAny(msg, { QLatin1String("already exist"), QLatin1String("existing task") }))
        throw OperationError(Kind::Conflict, message, tr("Choose another name, or delete the existing one first."));
    if (msg.contains(QLatin1String("task not found"), Qt::CaseInsensitive))
        throw OperationError(Kind::NotFound, message, restartMessage());
    if (containsAny(msg, { QLatin1String("collection not found"), QLatin1String("can't find collection"),
                           QLatin1String("collection not exist"), QLatin1String("not found"),
                           QLatin1String("not exist") }))
        throw OperationError(Kind::NotFound, message,
                             tr("Check the database and collection names against Milvus."));
    if (containsAny(msg, { QLatin1String("connect"), QLatin1String("deadline exceeded"),
                           QLatin1String("unavailable"), QLatin1String("connection refused") }))
        throw OperationError(Kind::ConnectionFailed, message,
                             tr("milvus-backup cannot reach Milvus or its storage; check milvus.address, "
                                "milvus.port and minio.* in its backup.yaml, or run the connection check."));
    throw OperationError(Kind::ServerError, message);
}

QVersionNumber MilvusBackupClient::detectServerVersion(TaskContext *context)
{
    hello(context);
    // 0.5.10+ answers any collection_name filter on /list with code 400 "... deprecated"; older
    // servers filter by it. The API has no version endpoint, so this is the cheapest reliable probe.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("collection_name"), QStringLiteral("bmb_version_probe"));
    const Envelope envelope = call("GET", QStringLiteral("list"), query, nullptr, context);
    if (envelope.code == 400 && envelope.msg.contains(QLatin1String("deprecated"), Qt::CaseInsensitive))
        m_version = QVersionNumber(0, 5, 10);
    else
        m_version = QVersionNumber(0, 4, 0);
    if (context)
        context->log(LogLevel::Info,
                     isModern(m_version) ? tr("milvus-backup at %1 speaks the 0.5.10+ API.").arg(endpointText())
                                         : tr("milvus-backup at %1 speaks the pre-0.5.10 API.").arg(endpointText()));
    return m_version;
}

void MilvusBackupClient::hello(TaskContext *context)
{
    const HttpResponse response = sendRaw("GET", QStringLiteral("hello"), {}, {}, {}, context);
    if (response.status != 200 || !response.body.trimmed().startsWith(QByteArray(HelloText.data(), HelloText.size())))
        throw OperationError(Kind::Failed,
                             tr("%1 answers, but not like milvus-backup (HTTP %2: %3).")
                                 .arg(endpointText())
                                 .arg(response.status)
                                 .arg(QString::fromUtf8(response.body.left(120)).trimmed()),
                             tr("Check the host and port of milvus-backup's REST server (default 8080)."));
}

QString MilvusBackupClient::check(TaskContext *context)
{
    const HttpResponse response = sendRaw("GET", QStringLiteral("check"), {}, {}, {}, context);
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonObject object = document.object();
    const QString hint = tr("milvus-backup is running but cannot reach Milvus or its object storage. Check "
                            "milvus.address/milvus.port and the minio.* settings in its backup.yaml, and that "
                            "Milvus is up.");
    if (response.status != 200) {
        const QString reason = object.value(QLatin1String("error")).toString();
        throw OperationError(Kind::ConnectionFailed,
                             tr("milvus-backup at %1 failed its connection check: %2")
                                 .arg(endpointText(),
                                      reason.isEmpty() ? tr("HTTP %1").arg(response.status) : reason),
                             hint);
    }
    // <= 0.5.9 wraps the answer in the envelope (or a JSON string); 0.5.10+ sends text/plain.
    if (document.isObject()) {
        const qint64 code = MilvusJson::toInt64(object.value(QLatin1String("code")), 0);
        const QString msg = object.value(QLatin1String("msg")).toString();
        if (code != 0)
            throw OperationError(Kind::ConnectionFailed,
                                 tr("milvus-backup at %1 failed its connection check: %2").arg(endpointText(), msg),
                                 hint);
        const QJsonValue data = object.value(QLatin1String("data"));
        return data.isString() ? data.toString() : msg;
    }
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + response.body + "]");
    if (wrapped.isArray() && wrapped.array().size() == 1 && wrapped.array().at(0).isString()) {
        // <= 0.5.9 sends its error text the same way (HTTP 200, a JSON string). Its success text
        // says "Succeed ..."; anything else is a failure, because a false "all good" is the worse error.
        const QString text = wrapped.array().at(0).toString();
        if (!containsAny(text, { QLatin1String("succeed"), QLatin1String("success") }))
            throw OperationError(Kind::ConnectionFailed,
                                 tr("milvus-backup at %1 failed its connection check: %2").arg(endpointText(), text),
                                 hint);
        return text;
    }
    return QString::fromUtf8(response.body).trimmed();
}

QList<BackupInfo> MilvusBackupClient::listBackups(TaskContext *context)
{
    ensureVersion(context);
    const Envelope envelope = call("GET", QStringLiteral("list"), {}, nullptr, context);
    if (envelope.code != 0)
        throwForCode(envelope, tr("list backups"));
    QList<BackupInfo> backups;
    for (const QJsonValue &value : envelope.data.toArray()) {
        BackupInfo info = BackupInfo::fromJson(value.toObject(), timeUnit());
        // 0.5.10+ lists only folders whose meta it can read, and writes the meta last: listed means
        // complete. Older servers send their own state_code, which we keep.
        if (info.state == BackupState::Unknown)
            info.state = BackupState::Success;
        backups.append(info);
    }
    return backups;
}

std::optional<BackupInfo> MilvusBackupClient::findBackup(const QString &name, TaskContext *context)
{
    for (const BackupInfo &info : listBackups(context)) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

BackupInfo MilvusBackupClient::getBackup(const QString &name, TaskContext *context)
{
    BackupNameRule::requireValidBackupName(name);
    ensureVersion(context);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("backup_name"), name);
    const Envelope envelope = call("GET", QStringLiteral("get_backup"), query, nullptr, context);
    const QString notFound = tr("milvus-backup has no backup named \"%1\".").arg(name);
    const QString notFoundHint = tr("Check the name with the backup list; milvus-backup only sees backups "
                                    "under its configured bucket and root path.");
    if (envelope.code == 404)
        throw OperationError(Kind::NotFound, notFound, notFoundHint);
    if (envelope.code != 0)
        throwForCode(envelope, tr("read backup \"%1\"").arg(name));
    const BackupInfo info = BackupInfo::fromJson(envelope.data.toObject(), timeUnit());
    if (!info.isEmpty())
        return info;
    // 0.5.10–0.5.16 answer success with empty data for any name this process has no task for
    // (existing or not; issue #890). /list reads the storage, so it can tell.
    if (const auto listed = findBackup(name, context))
        return *listed;
    throw OperationError(Kind::NotFound, notFound, notFoundHint);
}

BackupInfo MilvusBackupClient::getBackupById(const QString &id, TaskContext *context)
{
    ensureVersion(context);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("backup_id"), id);
    const Envelope envelope = call("GET", QStringLiteral("get_backup"), query, nullptr, context);
    const QString gone = tr("milvus-backup does not know backup task %1.").arg(id);
    if (envelope.code != 0) {
        if (envelope.msg.contains(QLatin1String("not found"), Qt::CaseInsensitive))
            throw OperationError(Kind::NotFound, gone, restartMessage());
        throwForCode(envelope, tr("read backup task %1").arg(id));
    }
    // <= 0.5.9 answers an unknown id with success and data null.
    const BackupInfo info = BackupInfo::fromJson(envelope.data.toObject(), timeUnit());
    if (info.isEmpty())
        throw OperationError(Kind::NotFound, gone, restartMessage());
    return info;
}

std::optional<BackupInfo> MilvusBackupClient::tryGetBackupById(const QString &id)
{
    try {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("backup_id"), id);
        const Envelope envelope = call("GET", QStringLiteral("get_backup"), query, nullptr, nullptr, {},
                                       std::min(m_options.requestTimeoutMs, FollowUpTimeoutMs));
        if (envelope.code != 0)
            return std::nullopt;
        const BackupInfo info = BackupInfo::fromJson(envelope.data.toObject(), timeUnit());
        if (info.isEmpty())
            return std::nullopt;
        return info;
    } catch (const OperationError &) {
        return std::nullopt;
    }
}

std::optional<RestoreTaskInfo> MilvusBackupClient::tryGetRestore(const QString &id)
{
    try {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("id"), id);
        const Envelope envelope = call("GET", QStringLiteral("get_restore"), query, nullptr, nullptr, {},
                                       std::min(m_options.requestTimeoutMs, FollowUpTimeoutMs));
        if (envelope.code != 0 || !envelope.data.isObject())
            return std::nullopt;
        return RestoreTaskInfo::fromJson(envelope.data.toObject(), timeUnit());
    } catch (const OperationError &) {
        return std::nullopt;
    }
}

QString MilvusBackupClient::describeServerSide(const QString &name)
{
    const int savedTimeout = m_http.timeoutMs();
    m_http.setTimeoutMs(std::min(savedTimeout, FollowUpTimeoutMs));
    QString text;
    try {
        std::optional<BackupInfo> listed;
        for (const BackupInfo &info : listBackups(nullptr)) {
            if (info.name == name)
                listed = info;
        }
        if (listed)
            text = tr("milvus-backup now lists a backup named \"%1\" (its meta files are written, %2 bytes). "
                      "Verify it before relying on it, or delete it.")
                       .arg(name)
                       .arg(listed->size);
        else
            text = tr("milvus-backup lists no backup named \"%1\". Partial files may remain under <root>/%1/ "
                      "in its bucket; milvus-backup refuses a name with leftover files, so delete them or "
                      "choose another name before retrying.")
                       .arg(name);
    } catch (const OperationError &error) {
        text = tr("Could not ask milvus-backup what it still has for \"%1\": %2").arg(name, error.message());
    }
    m_http.setTimeoutMs(savedTimeout);
    return text;
}

QJsonObject MilvusBackupClient::createRequestBody(const CreateBackupRequest &request) const
{
    const bool modern = isModern(m_version);
    QJsonObject body;
    body.insert(QLatin1String("backup_name"), request.name);
    body.insert(QLatin1String("async"), true);
    if (!request.collectionsByDatabase.isEmpty()) {
        if (modern) {
            // filter: an empty list would mean "the database only, no collections"; we mean all.
            QJsonObject filter;
            for (auto it = request.collectionsByDatabase.constBegin(); it != request.collectionsByDatabase.constEnd();
                 ++it) {
                QJsonArray collections;
                for (const QString &collection : it.value())
                    collections.append(collection);
                if (collections.isEmpty())
                    collections.append(QStringLiteral("*"));
                filter.insert(it.key(), QJsonObject { { QLatin1String("colls"), collections } });
            }
            body.insert(QLatin1String("filter"), filter);
        } else {
            // A JSON string holding JSON: the one form every version before 0.5.10 parses.
            body.insert(QLatin1String("db_collections"), compactJson(databaseCollectionsObject(request.collectionsByDatabase)));
        }
    }
    static const QStringList strategies { QStringLiteral("meta_only"), QStringLiteral("skip_flush"),
                                          QStringLiteral("bulk_flush"), QStringLiteral("serial_flush") };
    if (!request.strategy.isEmpty()) {
        if (!strategies.contains(request.strategy))
            throw OperationError(Kind::InvalidInput, tr("Unknown backup strategy \"%1\".").arg(request.strategy),
                                 tr("Use one of: %1.").arg(strategies.join(QLatin1String(", "))));
        if (modern) {
            body.insert(QLatin1String("strategy"), request.strategy);
        } else if (request.strategy == QLatin1String("meta_only")) {
            body.insert(QLatin1String("meta_only"), true);
        } else if (request.strategy == QLatin1String("skip_flush")) {
            body.insert(QLatin1String("force"), true);
        } else {
            throw OperationError(Kind::InvalidInput,
                                 tr("The backup strategy \"%1\" needs milvus-backup 0.5.10 or newer.")
                                     .arg(request.strategy));
        }
    }
    if (request.rbac)
        body.insert(QLatin1String("rbac"), true);
    if (request.gcPauseEnable)
        body.insert(QLatin1String("gc_pause_enable"), true);
    if (!request.gcPauseAddress.isEmpty())
        body.insert(QLatin1String("gc_pause_address"), request.gcPauseAddress);
    if (!request.backupRootPath.isEmpty()) {
        if (m_version < QVersionNumber(0, 5, 9))
            throw OperationError(Kind::InvalidInput,
                                 tr("A backup root path other than the configured one needs milvus-backup 0.5.9 "
                                    "or newer (older servers ignore it and write to the default root)."));
        body.insert(QLatin1String("backup_root_path"), request.backupRootPath);
    }
    if (request.withIndexExtra) {
        if (!modern)
            throw OperationError(Kind::InvalidInput, tr("Backing up extra index information needs milvus-backup "
                                                        "0.5.10 or newer."));
        body.insert(QLatin1String("with_index_extra"), true);
    }
    return body;
}

QJsonObject MilvusBackupClient::restoreRequestBody(const RestoreBackupRequest &request, const QString &taskId) const
{
    QJsonObject body;
    body.insert(QLatin1String("backup_name"), request.backupName);
    body.insert(QLatin1String("async"), true);
    body.insert(QLatin1String("id"), taskId);
    if (!request.collectionsByDatabase.isEmpty())
        body.insert(QLatin1String("db_collections"), compactJson(databaseCollectionsObject(request.collectionsByDatabase)));
    if (!request.collectionSuffix.isEmpty())
        body.insert(QLatin1String("collection_suffix"), request.collectionSuffix);
    if (!request.collectionRenames.isEmpty()) {
        QJsonObject renames;
        for (auto it = request.collectionRenames.constBegin(); it != request.collectionRenames.constEnd(); ++it)
            renames.insert(it.key(), it.value());
        body.insert(QLatin1String("collection_renames"), renames);
    }
    if (!request.bucketName.isEmpty())
        body.insert(QLatin1String("bucket_name"), request.bucketName);
    if (!request.path.isEmpty())
        body.insert(QLatin1String("path"), request.path);
    // camelCase, exactly as RestoreBackupRequest's JSON tags; snake_case forms are silently dropped.
    const auto flag = [&body](const char *key, bool value) {
        if (value)
            body.insert(QLatin1String(key), true);
    };
    flag("metaOnly", request.metaOnly);
    flag("restoreIndex", request.restoreIndex);
    flag("useAutoIndex", request.useAutoIndex);
    flag("dropExistCollection", request.dropExistCollection);
    flag("dropExistIndex", request.dropExistIndex);
    flag("skipCreateCollection", request.skipCreateCollection);
    flag("rbac", request.rbac);
    flag("useV2Restore", request.useV2Restore);
    return body;
}

BackupInfo MilvusBackupClient::createBackup(const CreateBackupRequest &request, TaskContext *context)
{
    BackupNameRule::requireValidBackupName(request.name);
    requireValidSelection(request.collectionsByDatabase);
    ensureVersion(context);
    const QJsonObject body = createRequestBody(request);

    // milvus-backup checks for an existing folder inside the task; an async create then sits in
    // state 0 forever without an error. get_backup cannot tell on 0.5.10–0.5.16, /list can.
    if (const auto existing = findBackup(request.name, context))
        throw OperationError(Kind::Conflict,
                             tr("A backup named \"%1\" already exists in milvus-backup's storage.").arg(request.name),
                             tr("Choose another name, or delete the existing backup first."));

    const QString taskId = newTaskId();
    m_lastTaskId = taskId;
    if (context)
        context->log(LogLevel::Info, tr("Starting milvus-backup backup \"%1\" as task %2.").arg(request.name, taskId));

    Envelope envelope;
    try {
        envelope = call("POST", QStringLiteral("create"), {}, &body, context, taskId.toUtf8());
    } catch (const OperationError &error) {
        if (error.kind() != Kind::Timeout && error.kind() != Kind::ConnectionFailed)
            throw;
        // The request may have arrived and the reply got lost; the task id is ours, so ask for it.
        if (tryGetBackupById(taskId)) {
            if (context)
                context->log(LogLevel::Warning,
                             tr("The reply to the create request was lost, but milvus-backup runs task %1; "
                                "following it.")
                                 .arg(taskId));
            return waitForBackup(request.name, taskId, context);
        }
        throw OperationError(error.kind(), error.message() + QLatin1Char(' ') + tr("(backup task id %1)").arg(taskId),
                             error.hint() + QLatin1Char(' ') + describeServerSide(request.name));
    }
    if (envelope.code != 0)
        throwForCode(envelope, tr("start backup \"%1\"").arg(request.name));

    QString id = taskId;
    // <= 0.5.9 return the initial BackupInfo; its id is what get_backup?backup_id= knows.
    const QString dataId = MilvusJson::toIdString(envelope.data.toObject().value(QLatin1String("id")));
    if (!isModern(m_version) && !dataId.isEmpty())
        id = dataId;
    else if (!envelope.requestId.isEmpty())
        id = envelope.requestId;
    m_lastTaskId = id;
    return waitForBackup(request.name, id, context);
}

BackupInfo MilvusBackupClient::waitForBackup(const QString &name, const QString &taskId, TaskContext *context)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QElapsedTimer pending;
    pending.start();
    BackupInfo last;
    last.id = taskId;
    last.name = name;
    last.state = BackupState::Pending;
    int failuresInARow = 0;

    const auto canceledError = [&](const OperationError &) {
        QString now;
        if (const auto current = tryGetBackupById(taskId))
            now = tr("milvus-backup now reports it %1 at %2.")
                      .arg(BackupInfo::stateName(current->state), percentText(current->progress));
        else
            now = tr("milvus-backup did not say what the task is doing now.");
        return OperationError(Kind::Canceled,
                              tr("Stopped waiting for backup \"%1\" (milvus-backup task %2, last seen %3 at %4). "
                                 "milvus-backup has no cancel endpoint, so the backup continues on the server.")
                                  .arg(name, taskId, BackupInfo::stateName(last.state), percentText(last.progress)),
                              now + QLatin1Char(' ')
                                  + tr("Delete backup \"%1\" once it has finished if you do not want it.").arg(name));
    };
    const auto restartedError = [&] {
        return OperationError(Kind::NotFound,
                              tr("milvus-backup no longer knows task %1 of backup \"%2\" (last seen %3 at %4). %5")
                                  .arg(taskId, name, BackupInfo::stateName(last.state), percentText(last.progress),
                                       restartMessage()),
                              describeServerSide(name));
    };

    for (;;) {
        try {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("backup_id"), taskId);
            const Envelope envelope = call("GET", QStringLiteral("get_backup"), query, nullptr, context);
            if (envelope.code != 0) {
                if (envelope.msg.contains(QLatin1String("not found"), Qt::CaseInsensitive))
                    throw restartedError();
                throwForCode(envelope, tr("read backup task %1").arg(taskId));
            }
            const BackupInfo info = BackupInfo::fromJson(envelope.data.toObject(), timeUnit());
            if (info.isEmpty())
                throw restartedError(); // <= 0.5.9: unknown id -> success with data null
            failuresInARow = 0;
            if (info.state != BackupState::Pending)
                pending.invalidate();
            last = info;
        } catch (const OperationError &error) {
            if (error.kind() == Kind::Canceled)
                throw canceledError(error);
            if (error.kind() != Kind::Timeout && error.kind() != Kind::ConnectionFailed)
                throw;
            if (++failuresInARow >= m_options.maxConsecutivePollFailures)
                throw OperationError(error.kind(),
                                     tr("Lost contact with milvus-backup while backup \"%1\" (task %2) was %3 at %4: "
                                        "%5")
                                         .arg(name, taskId, BackupInfo::stateName(last.state),
                                              percentText(last.progress), error.message()),
                                     tr("The backup may still be running on the server; check it later with its "
                                        "task id, or look for \"%1\" in the backup list.")
                                         .arg(name));
            if (context)
                context->log(LogLevel::Warning, tr("Polling backup task %1 failed (%2); retrying.")
                                                    .arg(taskId, error.message()));
        }

        if (context)
            context->progress({ QStringLiteral("milvus-backup"), tr("backup %1").arg(name),
                                qBound(0, last.progress, 100), 100, QStringLiteral("%") });
        if (last.state == BackupState::Success) {
            // A finished task view may lack the collection list; by name the server reads the meta.
            try {
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("backup_name"), name);
                const Envelope envelope = call("GET", QStringLiteral("get_backup"), query, nullptr, context);
                const BackupInfo full = BackupInfo::fromJson(envelope.data.toObject(), timeUnit());
                if (envelope.code == 0 && full.name == name && !full.collections.isEmpty()) {
                    BackupInfo merged = full;
                    merged.id = last.id;
                    merged.state = BackupState::Success;
                    return merged;
                }
            } catch (const OperationError &) {
                // The backup succeeded; the detail is optional.
            }
            return last;
        }
        if (last.state == BackupState::Failed) {
            const bool milvusUnreachable = containsAny(
                last.errorMessage, { QLatin1String("connect to milvus"), QLatin1String("deadline exceeded"),
                                     QLatin1String("connection refused") });
            throw OperationError(milvusUnreachable ? Kind::ConnectionFailed : Kind::ServerError,
                                 tr("milvus-backup could not create backup \"%1\" (task %2): %3")
                                     .arg(name, taskId,
                                          last.errorMessage.isEmpty() ? tr("no reason given") : last.errorMessage),
                                 (milvusUnreachable ? tr("milvus-backup cannot reach Milvus; check milvus.address and "
                                                         "milvus.port in its backup.yaml and that Milvus is up.")
                                                        + QLatin1Char(' ')
                                                    : QString())
                                     + describeServerSide(name));
        }
        if (pending.isValid() && pending.elapsed() > m_options.stuckStartTimeoutMs) {
            const auto listed = [&]() -> bool {
                try {
                    return findBackup(name, nullptr).has_value();
                } catch (const OperationError &) {
                    return false;
                }
            }();
            throw OperationError(
                listed ? Kind::Conflict : Kind::ServerError,
                tr("milvus-backup accepted backup \"%1\" (task %2) but has not started it after %3 s. "
                   "milvus-backup reports no error in this case; the likely causes are a backup folder named "
                   "\"%1\" that already exists in its storage (a duplicate name), or milvus-backup cannot "
                   "connect to Milvus.")
                    .arg(name, taskId)
                    .arg(m_options.stuckStartTimeoutMs / 1000),
                (listed ? tr("A backup named \"%1\" is listed now: the name is taken.").arg(name)
                        : tr("Run the milvus-backup connection check; if Milvus is reachable, look for leftover "
                             "files under <root>/%1/ in its bucket.")
                              .arg(name))
                    + QLatin1Char(' ')
                    + tr("The task stays pending on the server until milvus-backup is restarted; it has written "
                         "no backup data."));
        }
        if (m_options.maxWaitMs > 0 && sinceStart.elapsed() > m_options.maxWaitMs)
            throw OperationError(Kind::Timeout,
                                 tr("Backup \"%1\" (task %2) did not finish within %3 s; last seen %4 at %5.")
                                     .arg(name, taskId)
                                     .arg(m_options.maxWaitMs / 1000)
                                     .arg(BackupInfo::stateName(last.state), percentText(last.progress)),
                                 tr("milvus-backup has no cancel endpoint: the backup keeps running on the server. "
                                    "Check it later with its task id, or delete it once finished."));
        try {
            BlockingHttpClient::sleep(m_options.pollIntervalMs, context);
        } catch (const OperationError &error) {
            throw canceledError(error);
        }
    }
}

void MilvusBackupClient::deleteBackup(const QString &name, TaskContext *context)
{
    BackupNameRule::requireValidBackupName(name);
    ensureVersion(context);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("backup_name"), name);
    const Envelope envelope = call("DELETE", QStringLiteral("delete"), query, nullptr, context);
    if (envelope.code == 0)
        return;
    // <= 0.5.9: code 404; 0.5.10+: code 3 "delete: read backup info: ..." when the meta is missing.
    if (envelope.code == 404 || envelope.msg.contains(QLatin1String("read backup info"), Qt::CaseInsensitive))
        throw OperationError(Kind::NotFound,
                             tr("milvus-backup has no backup named \"%1\" to delete: %2").arg(name, envelope.msg),
                             tr("A folder without readable meta files must be removed from the bucket directly."));
    throwForCode(envelope, tr("delete backup \"%1\"").arg(name));
}

RestoreTaskInfo MilvusBackupClient::getRestore(const QString &id, TaskContext *context)
{
    ensureVersion(context);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), id);
    const Envelope envelope = call("GET", QStringLiteral("get_restore"), query, nullptr, context);
    if ((envelope.code != 0 && envelope.msg.contains(QLatin1String("not found"), Qt::CaseInsensitive))
        || (envelope.code == 0 && !envelope.data.isObject()))
        throw OperationError(Kind::NotFound, tr("milvus-backup does not know restore task %1.").arg(id),
                             restartMessage());
    if (envelope.code != 0)
        throwForCode(envelope, tr("read restore task %1").arg(id));
    return RestoreTaskInfo::fromJson(envelope.data.toObject(), timeUnit());
}

RestoreTaskInfo MilvusBackupClient::restore(const RestoreBackupRequest &request, TaskContext *context)
{
    BackupNameRule::requireValidBackupName(request.backupName);
    requireValidSelection(request.collectionsByDatabase);
    const QString suffixProblem = BackupNameRule::collectionSuffixProblem(request.collectionSuffix);
    if (!suffixProblem.isEmpty())
        throw OperationError(Kind::InvalidInput, suffixProblem);
    for (auto it = request.collectionRenames.constBegin(); it != request.collectionRenames.constEnd(); ++it) {
        for (const QString &side : { it.key(), it.value() }) {
            const QStringList parts = side.split(QLatin1Char('.'));
            bool ok = parts.size() <= 2;
            for (const QString &part : parts)
                ok = ok && BackupNameRule::isValidCollectionToken(part);
            if (!ok)
                throw OperationError(Kind::InvalidInput, tr("Invalid collection rename \"%1\" -> \"%2\".")
                                                             .arg(it.key(), it.value()),
                                     tr("Use \"db.collection\", \"collection\" or \"db.*\" on both sides."));
        }
    }
    if (request.dropExistCollection && request.skipCreateCollection)
        throw OperationError(Kind::InvalidInput,
                             tr("\"Drop existing collections\" and \"import into existing collections\" cannot be "
                                "combined."));
    ensureVersion(context);
    const QString taskId = request.taskId.isEmpty() ? QStringLiteral("bmb_restore_") + newTaskId() : request.taskId;
    m_lastTaskId = taskId;
    const QJsonObject body = restoreRequestBody(request, taskId);
    if (context)
        context->log(LogLevel::Info,
                     tr("Starting milvus-backup restore of \"%1\" as task %2.").arg(request.backupName, taskId));

    Envelope envelope;
    try {
        envelope = call("POST", QStringLiteral("restore"), {}, &body, context);
    } catch (const OperationError &error) {
        if (error.kind() != Kind::Timeout && error.kind() != Kind::ConnectionFailed)
            throw;
        if (tryGetRestore(taskId))
            return waitForRestore(request, taskId, context);
        throw OperationError(error.kind(), error.message() + QLatin1Char(' ') + tr("(restore task id %1)").arg(taskId),
                             error.hint());
    }
    if (envelope.code != 0)
        throwForCode(envelope, tr("start restoring backup \"%1\"").arg(request.backupName));
    QString id = MilvusJson::toIdString(envelope.data.toObject().value(QLatin1String("id")));
    if (id.isEmpty())
        id = taskId;
    m_lastTaskId = id;
    return waitForRestore(request, id, context);
}

RestoreTaskInfo MilvusBackupClient::waitForRestore(const RestoreBackupRequest &request, const QString &taskId,
                                                   TaskContext *context)
{
    const QString &name = request.backupName;
    QElapsedTimer sinceStart;
    sinceStart.start();
    RestoreTaskInfo last;
    last.id = taskId;
    last.state = RestoreState::Pending;
    int failuresInARow = 0;
    const QString leftoverHint = tr("Collections created so far in Milvus may be incomplete; compare row counts "
                                    "and drop them before restoring again.");

    const auto canceledError = [&] {
        QString now;
        if (const auto current = tryGetRestore(taskId))
            now = tr("milvus-backup now reports it %1 at %2.")
                      .arg(RestoreTaskInfo::stateName(current->state), percentText(current->progress));
        else
            now = tr("milvus-backup did not say what the task is doing now.");
        return OperationError(Kind::Canceled,
                              tr("Stopped waiting for the restore of \"%1\" (milvus-backup task %2, last seen %3 at "
                                 "%4). milvus-backup has no cancel endpoint, so the restore continues on the server.")
                                  .arg(name, taskId, RestoreTaskInfo::stateName(last.state),
                                       percentText(last.progress)),
                              now + QLatin1Char(' ') + leftoverHint);
    };

    for (;;) {
        try {
            last = getRestore(taskId, context);
            failuresInARow = 0;
        } catch (const OperationError &error) {
            if (error.kind() == Kind::Canceled)
                throw canceledError();
            if (error.kind() == Kind::NotFound)
                throw OperationError(Kind::NotFound,
                                     tr("milvus-backup no longer knows restore task %1 of backup \"%2\" (last seen "
                                        "%3 at %4). %5")
                                         .arg(taskId, name, RestoreTaskInfo::stateName(last.state),
                                              percentText(last.progress), restartMessage()),
                                     leftoverHint);
            if (error.kind() != Kind::Timeout && error.kind() != Kind::ConnectionFailed)
                throw;
            if (++failuresInARow >= m_options.maxConsecutivePollFailures)
                throw OperationError(error.kind(),
                                     tr("Lost contact with milvus-backup while restoring \"%1\" (task %2, %3 at %4): "
                                        "%5")
                                         .arg(name, taskId, RestoreTaskInfo::stateName(last.state),
                                              percentText(last.progress), error.message()),
                                     tr("The restore may still be running on the server.") + QLatin1Char(' ')
                                         + leftoverHint);
            if (context)
                context->log(LogLevel::Warning, tr("Polling restore task %1 failed (%2); retrying.")
                                                    .arg(taskId, error.message()));
        }
        if (context)
            context->progress({ QStringLiteral("milvus-backup"), tr("restore %1").arg(name),
                                qBound(0, last.progress, 100), 100, QStringLiteral("%") });
        if (last.state == RestoreState::Success)
            return last;
        if (last.state == RestoreState::Failed) {
            QStringList failed;
            for (const RestoreCollectionTask &collection : std::as_const(last.collections)) {
                if (collection.state == RestoreState::Failed)
                    failed.append(collection.key() + QLatin1String(": ") + collection.errorMessage);
            }
            QString reason = last.errorMessage.isEmpty() ? tr("no reason given") : last.errorMessage;
            if (!failed.isEmpty())
                reason += QLatin1String(" [") + failed.join(QLatin1String("; ")) + QLatin1Char(']');
            throw OperationError(Kind::ServerError,
                                 tr("milvus-backup could not restore backup \"%1\" (task %2): %3")
                                     .arg(name, taskId, reason),
                                 leftoverHint);
        }
        if (m_options.maxWaitMs > 0 && sinceStart.elapsed() > m_options.maxWaitMs)
            throw OperationError(Kind::Timeout,
                                 tr("The restore of \"%1\" (task %2) did not finish within %3 s; last seen %4 at %5.")
                                     .arg(name, taskId)
                                     .arg(m_options.maxWaitMs / 1000)
                                     .arg(RestoreTaskInfo::stateName(last.state), percentText(last.progress)),
                                 tr("milvus-backup has no cancel endpoint: the restore keeps running on the server.")
                                     + QLatin1Char(' ') + leftoverHint);
        try {
            BlockingHttpClient::sleep(m_options.pollIntervalMs, context);
        } catch (const OperationError &) {
            throw canceledError();
        }
    }
}
