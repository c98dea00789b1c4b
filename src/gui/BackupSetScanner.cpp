#include "BackupSetScanner.h"

#include "OperationError.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace {
qint64 folderSize(const QString &path)
{
    qint64 size = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        size += it.fileInfo().size();
    }
    return size;
}

bool looksLikeSet(const QString &path)
{
    const QDir dir(path);
    return BackupManifest::exists(path) || dir.exists(QStringLiteral("graph")) || dir.exists(QStringLiteral("vector"));
}
} // namespace

qint64 BackupSetEntry::nodes() const
{
    qint64 total = 0;
    for (const auto &graph : manifest.graphs)
        total += graph.nodes;
    return total;
}

qint64 BackupSetEntry::edges() const
{
    qint64 total = 0;
    for (const auto &graph : manifest.graphs)
        total += graph.edges;
    return total;
}

QString BackupSetEntry::statusText() const
{
    switch (status) {
    case Status::Complete:
        return QCoreApplication::translate("BackupSetScanner", "Complete");
    case Status::Incomplete:
        return QCoreApplication::translate("BackupSetScanner", "Incomplete (no manifest)");
    case Status::Damaged:
        return QCoreApplication::translate("BackupSetScanner", "Damaged");
    }
    return {};
}

BackupSetEntry BackupSetScanner::read(const QString &setDirectory)
{
    BackupSetEntry entry;
    entry.path = QDir(setDirectory).absolutePath();
    entry.name = QFileInfo(entry.path).fileName();
    entry.sizeOnDisk = folderSize(entry.path);
    if (!BackupManifest::exists(entry.path)) {
        entry.status = BackupSetEntry::Status::Incomplete;
        return entry;
    }
    try {
        entry.manifest = BackupManifest::load(entry.path);
        entry.status = BackupSetEntry::Status::Complete;
    } catch (const OperationError &error) {
        entry.status = BackupSetEntry::Status::Damaged;
        entry.problem = error.fullText();
    }
    return entry;
}

QList<BackupSetEntry> BackupSetScanner::scan(const QString &folder)
{
    QList<BackupSetEntry> entries;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return entries;
    if (BackupManifest::exists(folder))
        entries.append(read(folder));
    const QFileInfoList children = QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &child : children) {
        if (looksLikeSet(child.absoluteFilePath()))
            entries.append(read(child.absoluteFilePath()));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const BackupSetEntry &a, const BackupSetEntry &b) {
        const QDateTime ta = a.manifest.createdAt.isValid() ? a.manifest.createdAt : QFileInfo(a.path).lastModified();
        const QDateTime tb = b.manifest.createdAt.isValid() ? b.manifest.createdAt : QFileInfo(b.path).lastModified();
        return ta > tb;
    });
    return entries;
}
