#include "MilvusBackupTaskPoller.h"

#include "BlockingHttpClient.h"
#include "MilvusBackupClient.h"
#include "MilvusBackupRestApi.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QElapsedTimer>

using Kind = OperationError::Kind;
using Envelope = MilvusBackupRestApi::Envelope;

namespace {

// Timeout of the best-effort questions asked after a cancel or a failure (the caller is waiting).
constexpr int FollowUpTimeoutMs = 5000;

QString percentText(int progress)
{
    return QString::number(progress) + QLatin1Char('%');
}

// What the server says about a task now, for the hint of a "stopped waiting" error.
template<typename TaskInfo>
QString currentStateText(const std::optional<TaskInfo> &current)
{
    if (!current)
        return MilvusBackupTaskPoller::tr("milvus-backup did not say what the task is doing now.");
    return MilvusBackupTaskPoller::tr("milvus-backup now reports it %1 at %2.")
        .arg(TaskInfo::stateName(current->state), percentText(current->progress));
}

void reportProgress(TaskContext *context, const QString &phase, int percent)
{
    if (context)
        context->progress({ QStringLiteral("milvus-backup"), phase, qBound(0, percent, 100), 100, QStringLiteral("%") });
}

} // namespace

MilvusBackupTaskPoller::MilvusBackupTaskPoller(MilvusBackupClient &client, MilvusBackupRestApi &api,
                                               MilvusJson::TimeUnit timeUnit)
    : m_client(client)
    , m_api(api)
    , m_timeUnit(timeUnit)
{
}

int MilvusBackupTaskPoller::followUpTimeoutMs() const
{
    return std::min(m_client.options().requestTimeoutMs, FollowUpTimeoutMs);
}

std::optional<BackupInfo> MilvusBackupTaskPoller::tryGetBackupById(const QString &id)
{
    try {
        const Envelope envelope = m_api.callWith("GET", QStringLiteral("get_backup"),
                                                 QStringLiteral("backup_id"), id, nullptr, followUpTimeoutMs());
        if (envelope.code != 0)
            return std::nullopt;
        const BackupInfo info = BackupInfo::fromJson(envelope.data.toObject(), m_timeUnit);
        if (info.isEmpty())
            return std::nullopt;
        return info;
    } catch (const OperationError &) {
        return std::nullopt;
    }
}

std::optional<RestoreTaskInfo> MilvusBackupTaskPoller::tryGetRestore(const QString &id)
{
    try {
        const Envelope envelope = m_api.callWith("GET", QStringLiteral("get_restore"),
                                                 QStringLiteral("id"), id, nullptr, followUpTimeoutMs());
        if (envelope.code != 0 || !envelope.data.isObject())
            return std::nullopt;
        return RestoreTaskInfo::fromJson(envelope.data.toObject(), m_timeUnit);
    } catch (const OperationError &) {
        return std::nullopt;
    }
}

QString MilvusBackupTaskPoller::describeServerSide(const QString &name)
{
    const int savedTimeout = m_api.timeoutMs();
    m_api.setTimeoutMs(std::min(savedTimeout, FollowUpTimeoutMs));
    QString text;
    try {
        std::optional<BackupInfo> listed;
        for (const BackupInfo &info : m_client.listBackups(nullptr)) {
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
    m_api.setTimeoutMs(savedTimeout);
    return text;
}

BackupInfo MilvusBackupTaskPoller::waitForBackup(const QString &name, const QString &taskId, TaskContext *context)
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
        const QString now = currentStateText(tryGetBackupById(taskId));
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
                                       MilvusBackupRestApi::restartMessage()),
                              describeServerSide(name));
    };

    for (;;) {
        try {
            const Envelope envelope = m_api.callWith("GET", QStringLiteral("get_backup"),
                                                     QStringLiteral("backup_id"), taskId, context);
            if (envelope.code != 0) {
                if (envelope.msg.contains(QLatin1String("not found"), Qt::CaseInsensitive))
                    throw restartedError();
                m_api.throwForCode(envelope, tr("read backup task %1").arg(taskId));
            }
            const BackupInfo info = BackupInfo::fromJson(envelope.data.toObject(), m_timeUnit);
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
            if (++failuresInARow >= m_client.options().maxConsecutivePollFailures)
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

        reportProgress(context, tr("backup %1").arg(name), last.progress);
        if (last.state == BackupState::Success) {
            // A finished task view may lack the collection list; by name the server reads the meta.
            try {
                const Envelope envelope = m_api.callWith("GET", QStringLiteral("get_backup"),
                                                         QStringLiteral("backup_name"), name, context);
                const BackupInfo full = BackupInfo::fromJson(envelope.data.toObject(), m_timeUnit);
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
            const bool milvusUnreachable = MilvusBackupRestApi::mentionsAny(
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
        if (pending.isValid() && pending.elapsed() > m_client.options().stuckStartTimeoutMs) {
            const auto listed = [&]() -> bool {
                try {
                    return m_client.findBackup(name, nullptr).has_value();
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
                    .arg(m_client.options().stuckStartTimeoutMs / 1000),
                (listed ? tr("A backup named \"%1\" is listed now: the name is taken.").arg(name)
                        : tr("Run the milvus-backup connection check; if Milvus is reachable, look for leftover "
                             "files under <root>/%1/ in its bucket.")
                              .arg(name))
                    + QLatin1Char(' ')
                    + tr("The task stays pending on the server until milvus-backup is restarted; it has written "
                         "no backup data."));
        }
        if (m_client.options().maxWaitMs > 0 && sinceStart.elapsed() > m_client.options().maxWaitMs)
            throw OperationError(Kind::Timeout,
                                 tr("Backup \"%1\" (task %2) did not finish within %3 s; last seen %4 at %5.")
                                     .arg(name, taskId)
                                     .arg(m_client.options().maxWaitMs / 1000)
                                     .arg(BackupInfo::stateName(last.state), percentText(last.progress)),
                                 tr("milvus-backup has no cancel endpoint: the backup keeps running on the server. "
                                    "Check it later with its task id, or delete it once finished."));
        try {
            BlockingHttpClient::sleep(m_client.options().pollIntervalMs, context);
        } catch (const OperationError &error) {
            throw canceledError(error);
        }
    }
}

RestoreTaskInfo MilvusBackupTaskPoller::waitForRestore(const RestoreBackupRequest &request, const QString &taskId,
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
        const QString now = currentStateText(tryGetRestore(taskId));
        return OperationError(Kind::Canceled,
                              tr("Stopped waiting for the restore of \"%1\" (milvus-backup task %2, last seen %3 at "
                                 "%4). milvus-backup has no cancel endpoint, so the restore continues on the server.")
                                  .arg(name, taskId, RestoreTaskInfo::stateName(last.state),
                                       percentText(last.progress)),
                              now + QLatin1Char(' ') + leftoverHint);
    };

    for (;;) {
        try {
            last = m_client.getRestore(taskId, context);
            failuresInARow = 0;
        } catch (const OperationError &error) {
            if (error.kind() == Kind::Canceled)
                throw canceledError();
            if (error.kind() == Kind::NotFound)
                throw OperationError(Kind::NotFound,
                                     tr("milvus-backup no longer knows restore task %1 of backup \"%2\" (last seen "
                                        "%3 at %4). %5")
                                         .arg(taskId, name, RestoreTaskInfo::stateName(last.state),
                                              percentText(last.progress), MilvusBackupRestApi::restartMessage()),
                                     leftoverHint);
            if (error.kind() != Kind::Timeout && error.kind() != Kind::ConnectionFailed)
                throw;
            if (++failuresInARow >= m_client.options().maxConsecutivePollFailures)
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
        reportProgress(context, tr("restore %1").arg(name), last.progress);
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
        if (m_client.options().maxWaitMs > 0 && sinceStart.elapsed() > m_client.options().maxWaitMs)
            throw OperationError(Kind::Timeout,
                                 tr("The restore of \"%1\" (task %2) did not finish within %3 s; last seen %4 at %5.")
                                     .arg(name, taskId)
                                     .arg(m_client.options().maxWaitMs / 1000)
                                     .arg(RestoreTaskInfo::stateName(last.state), percentText(last.progress)),
                                 tr("milvus-backup has no cancel endpoint: the restore keeps running on the server.")
                                     + QLatin1Char(' ') + leftoverHint);
        try {
            BlockingHttpClient::sleep(m_client.options().pollIntervalMs, context);
        } catch (const OperationError &) {
            throw canceledError();
        }
    }
}
