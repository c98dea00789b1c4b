#pragma once

#include "BackupManifest.h"

#include <QList>
#include <QString>

// The backup sets in one folder, as the History page lists them. Reads manifest.json directly
// (until src/backupset's BackupHistory lands): a folder with a readable manifest is a complete set,
// one with component folders but no manifest an incomplete one (a backup that never finished), one
// whose manifest cannot be read a damaged one.
struct BackupSetEntry
{
    enum class Status { Complete, Incomplete, Damaged };

    QString path;
    QString name;
    Status status = Status::Complete;
    QString problem;           // Damaged: why
    BackupManifest manifest;   // Complete only
    qint64 sizeOnDisk = 0;

    qint64 nodes() const;
    qint64 edges() const;
    QString statusText() const;
};

namespace BackupSetScanner {
// Sets directly inside `folder` (and `folder` itself when it is a set), newest first.
QList<BackupSetEntry> scan(const QString &folder);
BackupSetEntry read(const QString &setDirectory);
}
