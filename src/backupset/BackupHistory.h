#pragma once

#include "BackupManifest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class TaskContext;

// The backups a user has: the sets and packages under a backups folder, what each holds and whether
// it is whole, and the folders used before (a small JSON file in the user's data folder, shared by the
// CLI and the GUI; BMB_HISTORY_FILE overrides its path). Only what the manifests record is shown:
// servers as host:port or URLs without credentials, never a secret.
class BackupHistory
{
public:
    enum class Status { Complete, Incomplete, Corrupt };
    struct Entry
    {
        QString path;
        QString name;
        bool package = false;
        Status status = Status::Complete;
        QStringList problems;              // why a set is corrupt or incomplete
        bool checksumsChecked = false;     // --check: every SHA-256 verified; else sizes only
        BackupManifest manifest;           // what it holds (for an incomplete set: the graph folders found)
        qint64 bytes = 0;                  // on disk

        QJsonObject toJson() const;
    };
    struct Location
    {
        QString path;
        QDateTime lastUsed;
    };

    explicit BackupHistory(QString storePath = defaultStorePath());
    static QString defaultStorePath();
    static QString statusName(Status status);

    QList<Location> locations() const { return m_locations; }
    // Records a folder as used now and saves the file atomically.
    void remember(const QString &folder);

    // The sets (folders with a manifest.json, or with graph/ or vector/ but no manifest: incomplete)
    // and packages (.zip) directly under `folder`, newest first. `checkChecksums` verifies every file's
    // SHA-256 (a package is unpacked into a temporary folder for that); otherwise sizes are compared.
    static QList<Entry> scan(const QString &folder, bool checkChecksums, TaskContext &context);
    static Entry inspect(const QString &path, bool checkChecksums, TaskContext &context);

private:
    void load();

    QString m_storePath;
    QList<Location> m_locations;
};
