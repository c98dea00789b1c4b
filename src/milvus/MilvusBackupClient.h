#pragma once

#include "BackupInfo.h"
#include "BlockingHttpClient.h"
#include "CreateBackupRequest.h"
#include "RestoreBackupRequest.h"
#include "RestoreTaskInfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QUrlQuery>
#include <QVersionNumber>

#include <memory>
#include <optional>

class MilvusBackupRestApi;
class MilvusBackupTaskPoller;
class QNetworkAccessManager;
class TaskContext;

// The milvus-backup server's REST API v1 (/api/v1), synchronous, for worker threads.
//
// Every quirk of 0.4.x/0.5.x that matters is handled by this client and its parts (see
// /work/shared/reference/milvus-backup.md §1): a missing "code" is success; failures come with
// HTTP 200 and a code; 400/500 carry {"error": ...}; ids and timestamps are exact int64; unset times
// are -62135596800; <= 0.5.9 reports milliseconds, 0.5.10+ seconds; get_backup by name cannot tell
// "unknown" from "exists" on 0.5.10–0.5.16; task ids live only in the server's memory; an async
// create with a duplicate name (or no Milvus) stays pending forever without an error.
//
// Creates and restores are always asynchronous: the client chooses the task id, sends it, then polls
// and reports progress through the TaskContext. A cancel or timeout stops waiting, never the server
// (it has no cancel endpoint), and the error says which task is still running.
class MilvusBackupClient
{
    Q_DECLARE_TR_FUNCTIONS(MilvusBackupClient)

public:
    struct Options
    {
        int requestTimeoutMs = 30000;
        int pollIntervalMs = 2000;
        // A create still pending after this long is reported as a stuck start.
        int stuckStartTimeoutMs = 60000;
        // Poll requests that may fail in a row (network hiccup, slow server) before giving up.
        int maxConsecutivePollFailures = 3;
        // Give up waiting for a create/restore after this long; 0 = wait as long as it runs.
        qint64 maxWaitMs = 0;
    };

    // baseUrl like http://host:8080 (the /api/v1 prefix is added; a given path is kept in front of it).
    explicit MilvusBackupClient(const QUrl &baseUrl, QNetworkAccessManager *nam = nullptr);
    ~MilvusBackupClient();
    MilvusBackupClient(const MilvusBackupClient &) = delete;
    MilvusBackupClient &operator=(const MilvusBackupClient &) = delete;

    QUrl baseUrl() const { return m_baseUrl; }
    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    // The server's version decides the request dialect and the time unit. Set it when known (from
    // configuration); otherwise the first call that needs it runs detectServerVersion().
    void setServerVersion(const QVersionNumber &version) { m_version = version; }
    QVersionNumber serverVersion() const { return m_version; }
    // 0.5.10 means "0.5.10 or newer"; 0.4.0 means "older than 0.5.10" (the API gives no exact
    // version; features of 0.5.9 such as backup_root_path then need an explicit setServerVersion).
    QVersionNumber detectServerVersion(TaskContext *context = nullptr);
    static bool isModern(const QVersionNumber &version) { return version >= QVersionNumber(0, 5, 10); }

    // GET /api/v1/hello; throws unless the answer is milvus-backup's greeting.
    void hello(TaskContext *context = nullptr);
    // GET /api/v1/check: Milvus + storage connectivity. Returns the server's text; throws
    // ConnectionFailed with the server's reason when Milvus or the storage is unreachable behind it.
    QString check(TaskContext *context = nullptr);

    QList<BackupInfo> listBackups(TaskContext *context = nullptr);
    // Looks the name up in /list (the only reliable existence test on 0.5.10–0.5.16).
    std::optional<BackupInfo> findBackup(const QString &name, TaskContext *context = nullptr);
    // get_backup by name; falls back to /list when 0.5.10+ answers with empty data. Throws NotFound.
    BackupInfo getBackup(const QString &name, TaskContext *context = nullptr);
    // get_backup by task id; throws NotFound (with the restart explanation) for an unknown id.
    BackupInfo getBackupById(const QString &id, TaskContext *context = nullptr);

    // Validates, refuses an existing name, starts an async create with a client-chosen task id,
    // polls to success. Throws OperationError on failure, stuck start, timeout or cancel.
    BackupInfo createBackup(const CreateBackupRequest &request, TaskContext *context = nullptr);
    void deleteBackup(const QString &name, TaskContext *context = nullptr);

    // Starts an async restore and polls to success; throws on failure (naming the failed collections).
    RestoreTaskInfo restore(const RestoreBackupRequest &request, TaskContext *context = nullptr);
    RestoreTaskInfo getRestore(const QString &id, TaskContext *context = nullptr);

    // The exact JSON bodies sent for the current server version (also useful for a dry run).
    // Throw InvalidInput for options the version does not support.
    QJsonObject createRequestBody(const CreateBackupRequest &request) const;
    QJsonObject restoreRequestBody(const RestoreBackupRequest &request, const QString &taskId) const;

    // The id the client last generated for a create/restore: known even when the call failed.
    QString lastTaskId() const { return m_lastTaskId; }

private:
    MilvusJson::TimeUnit timeUnit() const;
    void ensureVersion(TaskContext *context);
    // Follows tasks with the current options and time unit; cheap, made per use.
    MilvusBackupTaskPoller poller();

    QUrl m_baseUrl;
    Options m_options;
    QVersionNumber m_version;
    QString m_lastTaskId;
    std::unique_ptr<MilvusBackupRestApi> m_api;
};
