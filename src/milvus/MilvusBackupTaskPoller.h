#pragma once

#include "BackupInfo.h"
#include "MilvusJson.h"
#include "RestoreBackupRequest.h"
#include "RestoreTaskInfo.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class MilvusBackupClient;
class MilvusBackupRestApi;
class TaskContext;

// Follows one asynchronous create or restore task of milvus-backup until it ends, reporting its
// progress through the TaskContext. What makes this more than a loop: the server has no cancel
// endpoint and keeps task ids in memory only, so a cancel, a timeout or a server restart stops the
// waiting, never the task, and every error then says which task still runs, its last state and
// what /list shows now (describeServerSide). A create still pending after
// Options::stuckStartTimeoutMs is reported as a stuck start (duplicate name or Milvus unreachable,
// which milvus-backup never reports itself).
class MilvusBackupTaskPoller
{
    Q_DECLARE_TR_FUNCTIONS(MilvusBackupTaskPoller)

public:
    // client: for its Options and the lookups by name (/list, get_restore); api: for the raw polls.
    // timeUnit: of the server's times, known once the version is.
    MilvusBackupTaskPoller(MilvusBackupClient &client, MilvusBackupRestApi &api, MilvusJson::TimeUnit timeUnit);

    BackupInfo waitForBackup(const QString &name, const QString &taskId, TaskContext *context);
    RestoreTaskInfo waitForRestore(const RestoreBackupRequest &request, const QString &taskId, TaskContext *context);

    // Best-effort follow-up questions with a short timeout, asked after a lost reply, a cancel or a
    // failure while the caller waits: nullopt for any failure.
    std::optional<BackupInfo> tryGetBackupById(const QString &id);
    std::optional<RestoreTaskInfo> tryGetRestore(const QString &id);
    // What the server still has for a backup name, in one sentence.
    QString describeServerSide(const QString &name);

private:
    int followUpTimeoutMs() const;

    MilvusBackupClient &m_client;
    MilvusBackupRestApi &m_api;
    MilvusJson::TimeUnit m_timeUnit;
};
