#include "MilvusBackupClient.h"

#include "BackupNameRule.h"
#include "MilvusBackupRequestBuilder.h"
#include "MilvusBackupRestApi.h"
#include "MilvusBackupTaskPoller.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

// The parts: MilvusBackupRestApi sends a call and normalises the reply envelope,
// MilvusBackupRequestBuilder writes the version's request dialect, MilvusBackupTaskPoller follows a
// started task. What stays here is the meaning of each endpoint's answers.

using Kind = OperationError::Kind;
using Envelope = MilvusBackupRestApi::Envelope;

namespace {

const QLatin1String HelloText("Hello, This is backup service");

QString newTaskId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

MilvusBackupClient::MilvusBackupClient(const QUrl &baseUrl, QNetworkAccessManager *nam)
    : m_baseUrl(baseUrl)
    , m_api(std::make_unique<MilvusBackupRestApi>(baseUrl, nam))
{
    m_api->setTimeoutMs(m_options.requestTimeoutMs);
}

MilvusBackupClient::~MilvusBackupClient() = default;

void MilvusBackupClient::setOptions(const Options &options)
{
    m_options = options;
    m_api->setTimeoutMs(options.requestTimeoutMs);
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


MilvusBackupTaskPoller MilvusBackupClient::poller()
{
    return MilvusBackupTaskPoller(*this, *m_api, timeUnit());
}

QVersionNumber MilvusBackupClient::detectServerVersion(TaskContext *context)
{
    hello(context);
    // 0.5.10+ answers any collection_name filter on /list with code 400 "... deprecated"; older
    // servers filter by it. The API has no version endpoint, so this is the cheapest reliable probe.
    const Envelope envelope = m_api->callWith("GET", QStringLiteral("list"), QStringLiteral("collection_name"),
                                              QStringLiteral("bmb_version_probe"), context);
    if (envelope.code == 400 && envelope.msg.contains(QLatin1String("deprecated"), Qt::CaseInsensitive))
        m_version = QVersionNumber(0, 5, 10);
    else
        m_version = QVersionNumber(0, 4, 0);
    if (context)
        context->log(LogLevel::Info,
                     isModern(m_version) ? tr("milvus-backup at %1 speaks the 0.5.10+ API.").arg(m_api->endpointText())
                                         : tr("milvus-backup at %1 speaks the pre-0.5.10 API.").arg(m_api->endpointText()));
    return m_version;
}

void MilvusBackupClient::hello(TaskContext *context)
{
    const HttpResponse response = m_api->sendRaw("GET", QStringLiteral("hello"), {}, {}, {}, context);
    if (response.status != 200 || !response.body.trimmed().startsWith(QByteArray(HelloText.data(), HelloText.size())))
        throw OperationError(Kind::Failed,
                             tr("%1 answers, but not like milvus-backup (HTTP %2: %3).")
                                 .arg(m_api->endpointText())
                                 .arg(response.status)
                                 .arg(QString::fromUtf8(response.body.left(120)).trimmed()),
                             tr("Check the host and port of milvus-backup's REST server (default 8080)."));
}

QString MilvusBackupClient::check(TaskContext *context)
{
    const HttpResponse response = m_api->sendRaw("GET", QStringLiteral("check"), {}, {}, {}, context);
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonObject object = document.object();
    const QString hint = tr("milvus-backup is running but cannot reach Milvus or its object storage. Check "
                            "milvus.address/milvus.port and the minio.* settings in its backup.yaml, and that "
                            "Milvus is up.");
    if (response.status != 200) {
        const QString reason = object.value(QLatin1String("error")).toString();
        throw OperationError(Kind::ConnectionFailed,
                             tr("milvus-backup at %1 failed its connection check: %2")
                                 .arg(m_api->endpointText(),
                                      reason.isEmpty() ? tr("HTTP %1").arg(response.status) : reason),
                             hint);
    }
    // <= 0.5.9 wraps the answer in the envelope (or a JSON string); 0.5.10+ sends text/plain.
    if (document.isObject()) {
        const qint64 code = MilvusJson::toInt64(object.value(QLatin1String("code")), 0);
        const QString msg = object.value(QLatin1String("msg")).toString();
        if (code != 0)
            throw OperationError(Kind::ConnectionFailed,
                                 tr("milvus-backup at %1 failed its connection check: %2").arg(m_api->endpointText(), msg),
                                 hint);
        const QJsonValue data = object.value(QLatin1String("data"));
        return data.isString() ? data.toString() : msg;
    }
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + response.body + "]");
    if (wrapped.isArray() && wrapped.array().size() == 1 && wrapped.array().at(0).isString()) {
        // <= 0.5.9 sends its error text the same way (HTTP 200, a JSON string). Its success text
        // says "Succeed ..."; anything else is a failure, because a false "all good" is the worse error.
        const QString text = wrapped.array().at(0).toString();
        if (!MilvusBackupRestApi::mentionsAny(text, { QLatin1String("succeed"), QLatin1String("success") }))
            throw OperationError(Kind::ConnectionFailed,
                                 tr("milvus-backup at %1 failed its connection check: %2").arg(m_api->endpointText(), text),
                                 hint);
        return text;
    }
    return QString::fromUtf8(response.body).trimmed();
}

QList<BackupInfo> MilvusBackupClient::listBackups(TaskContext *context)
{
    ensureVersion(context);
    const Envelope envelope = m_api->call("GET", QStringLiteral("list"), {}, nullptr, context);
    if (envelope.code != 0)
        m_api->throwForCode(envelope, tr("list backups"));
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
    const Envelope envelope = m_api->callWith("GET", QStringLiteral("get_backup"),
                                              QStringLiteral("backup_name"), name, context);
    const QString notFound = tr("milvus-backup has no backup named \"%1\".").arg(name);
    const QString notFoundHint = tr("Check the name with the backup list; milvus-backup only sees backups "
                                    "under its configured bucket and root path.");
    if (envelope.code == 404)
        throw OperationError(Kind::NotFound, notFound, notFoundHint);
    if (envelope.code != 0)
        m_api->throwForCode(envelope, tr("read backup \"%1\"").arg(name));
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
    const Envelope envelope = m_api->callWith("GET", QStringLiteral("get_backup"),
                                              QStringLiteral("backup_id"), id, context);
    const QString gone = tr("milvus-backup does not know backup task %1.").arg(id);
    if (envelope.code != 0) {
        if (envelope.msg.contains(QLatin1String("not found"), Qt::CaseInsensitive))
            throw OperationError(Kind::NotFound, gone, MilvusBackupRestApi::restartMessage());
        m_api->throwForCode(envelope, tr("read backup task %1").arg(id));
    }
    // <= 0.5.9 answers an unknown id with success and data null.
    const BackupInfo info = BackupInfo::fromJson(envelope.data.toObject(), timeUnit());
    if (info.isEmpty())
        throw OperationError(Kind::NotFound, gone, MilvusBackupRestApi::restartMessage());
    return info;
}

QJsonObject MilvusBackupClient::createRequestBody(const CreateBackupRequest &request) const
{
    return MilvusBackupRequestBuilder(m_version).createBody(request);
}

QJsonObject MilvusBackupClient::restoreRequestBody(const RestoreBackupRequest &request, const QString &taskId) const
{
    return MilvusBackupRequestBuilder(m_version).restoreBody(request, taskId);
}

BackupInfo MilvusBackupClient::createBackup(const CreateBackupRequest &request, TaskContext *context)
{
    MilvusBackupRequestBuilder::requireValidCreate(request);
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
        envelope = m_api->call("POST", QStringLiteral("create"), {}, &body, context, taskId.toUtf8());
    } catch (const OperationError &error) {
        if (error.kind() != Kind::Timeout && error.kind() != Kind::ConnectionFailed)
            throw;
        // The request may have arrived and the reply got lost; the task id is ours, so ask for it.
        if (poller().tryGetBackupById(taskId)) {
            if (context)
                context->log(LogLevel::Warning,
                             tr("The reply to the create request was lost, but milvus-backup runs task %1; "
                                "following it.")
                                 .arg(taskId));
            return poller().waitForBackup(request.name, taskId, context);
        }
        throw OperationError(error.kind(), error.message() + QLatin1Char(' ') + tr("(backup task id %1)").arg(taskId),
                             error.hint() + QLatin1Char(' ') + poller().describeServerSide(request.name));
    }
    if (envelope.code != 0)
        m_api->throwForCode(envelope, tr("start backup \"%1\"").arg(request.name));

    QString id = taskId;
    // <= 0.5.9 return the initial BackupInfo; its id is what get_backup?backup_id= knows.
    const QString dataId = MilvusJson::toIdString(envelope.data.toObject().value(QLatin1String("id")));
    if (!isModern(m_version) && !dataId.isEmpty())
        id = dataId;
    else if (!envelope.requestId.isEmpty())
        id = envelope.requestId;
    m_lastTaskId = id;
    return poller().waitForBackup(request.name, id, context);
}

void MilvusBackupClient::deleteBackup(const QString &name, TaskContext *context)
{
    BackupNameRule::requireValidBackupName(name);
    ensureVersion(context);
    const Envelope envelope = m_api->callWith("DELETE", QStringLiteral("delete"),
                                              QStringLiteral("backup_name"), name, context);
    if (envelope.code == 0)
        return;
    // <= 0.5.9: code 404; 0.5.10+: code 3 "delete: read backup info: ..." when the meta is missing.
    if (envelope.code == 404 || envelope.msg.contains(QLatin1String("read backup info"), Qt::CaseInsensitive))
        throw OperationError(Kind::NotFound,
                             tr("milvus-backup has no backup named \"%1\" to delete: %2").arg(name, envelope.msg),
                             tr("A folder without readable meta files must be removed from the bucket directly."));
    m_api->throwForCode(envelope, tr("delete backup \"%1\"").arg(name));
}

RestoreTaskInfo MilvusBackupClient::getRestore(const QString &id, TaskContext *context)
{
    ensureVersion(context);
    const Envelope envelope = m_api->callWith("GET", QStringLiteral("get_restore"), QStringLiteral("id"), id, context);
    if ((envelope.code != 0 && envelope.msg.contains(QLatin1String("not found"), Qt::CaseInsensitive))
        || (envelope.code == 0 && !envelope.data.isObject()))
        throw OperationError(Kind::NotFound, tr("milvus-backup does not know restore task %1.").arg(id),
                             MilvusBackupRestApi::restartMessage());
    if (envelope.code != 0)
        m_api->throwForCode(envelope, tr("read restore task %1").arg(id));
    return RestoreTaskInfo::fromJson(envelope.data.toObject(), timeUnit());
}

RestoreTaskInfo MilvusBackupClient::restore(const RestoreBackupRequest &request, TaskContext *context)
{
    MilvusBackupRequestBuilder::requireValidRestore(request);
    ensureVersion(context);
    const QString taskId = request.taskId.isEmpty() ? QStringLiteral("bmb_restore_") + newTaskId() : request.taskId;
    m_lastTaskId = taskId;
    const QJsonObject body = restoreRequestBody(request, taskId);
    if (context)
        context->log(LogLevel::Info,
                     tr("Starting milvus-backup restore of \"%1\" as task %2.").arg(request.backupName, taskId));

    Envelope envelope;
    try {
        envelope = m_api->call("POST", QStringLiteral("restore"), {}, &body, context);
    } catch (const OperationError &error) {
        if (error.kind() != Kind::Timeout && error.kind() != Kind::ConnectionFailed)
            throw;
        if (poller().tryGetRestore(taskId))
            return poller().waitForRestore(request, taskId, context);
        throw OperationError(error.kind(), error.message() + QLatin1Char(' ') + tr("(restore task id %1)").arg(taskId),
                             error.hint());
    }
    if (envelope.code != 0)
        m_api->throwForCode(envelope, tr("start restoring backup \"%1\"").arg(request.backupName));
    QString id = MilvusJson::toIdString(envelope.data.toObject().value(QLatin1String("id")));
    if (id.isEmpty())
        id = taskId;
    m_lastTaskId = id;
    return poller().waitForRestore(request, id, context);
}

