#include "SetSource.h"

#include "OperationError.h"
#include "TaskContext.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QStorageInfo>
#include <QTemporaryDir>

namespace {

qint64 freeBytes(const QString &directory)
{
    const QStorageInfo storage(directory);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

} // namespace

SetSource::SetSource(const QString &path, TaskContext &context)
    : SetSource(path, context, PackageReader::Limits {})
{
}

SetSource::SetSource(const QString &path, TaskContext &context, PackageReader::Limits limits)
    : m_originalPath(path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        m_directory = path;
        return;
    }
    if (!info.exists())
        throw OperationError(OperationError::Kind::NotFound, QObject::tr("%1 does not exist.").arg(path),
                             QObject::tr("Give the folder of a backup set or a package (.zip)."));
    if (!PackageReader::isPackage(path))
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("%1 is neither a backup set folder nor a package (.zip).").arg(path));

    PackageReader reader(path, limits);
    const QList<PackageReader::Entry> entries = reader.inspect();
    qint64 needed = 0;
    for (const auto &entry : entries)
        needed += entry.size;
    // Next to the package keeps the data on the disk the user chose for backups; TMPDIR is the fallback
    // (a read-only share, or not enough room there).
    QStringList candidates { info.absolutePath(), QDir::tempPath() };
    for (const QString &parent : std::as_const(candidates)) {
        const qint64 available = freeBytes(parent);
        if (available >= 0 && available < needed + (qint64(64) << 20))
            continue;
        auto temporary = std::make_unique<QTemporaryDir>(
            QDir(parent).filePath(QStringLiteral(".%1.unpacked-XXXXXX").arg(info.completeBaseName())));
        if (!temporary->isValid())
            continue;
        context.log(LogLevel::Info, QObject::tr("Unpacking %1 into %2 ...").arg(path, temporary->path()));
        reader.extractTo(temporary->path(), context);
        m_directory = temporary->path();
        m_extracted = std::move(temporary);
        return;
    }
    throw OperationError(OperationError::Kind::Failed,
                         QObject::tr("There is no room to unpack %1 (%2 bytes) next to it or in %3.")
                             .arg(path)
                             .arg(needed)
                             .arg(QDir::tempPath()),
                         QObject::tr("Free some space, or set TMPDIR to a folder on a larger disk."));
}

SetSource::~SetSource() = default;
