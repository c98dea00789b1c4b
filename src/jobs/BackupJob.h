#pragma once

#include "BackupManifest.h"
#include "VectorBackup.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

class TaskContext;

// Makes one backup set: every requested component into its folder, then manifest.json last. On failure
// or cancel the set folder is removed again (it was created empty by this job), so no half set stays
// behind looking like a backup.
class BackupJob
{
public:
    struct Request
    {
        QString setDirectory;
        QString profileName;
        // Graph component (empty URL: no graph component)
        QString falkordbUrl;
        QStringList graphs;        // empty: every graph on the server
        bool consistentSnapshot = false;
        // Vector component (none when empty)
        std::optional<VectorBackup::Request> vector;
    };
    struct Result
    {
        BackupManifest manifest;
        QStringList warnings;
        qint64 bytes = 0;
        qint64 elapsedMs = 0;
        QJsonObject toJson() const;
    };

    static Result run(const Request &request, TaskContext &context);
};
