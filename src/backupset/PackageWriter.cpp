#include "PackageWriter.h"

#include "BackupManifest.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSet>
#include <QTemporaryFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <filesystem>
#include <system_error>

namespace {

constexpr qint64 kChunk = 1 << 20;

OperationError diskError(const QString &what, const QString &detail)
{
    return OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write the package: %1 (%2).").arg(what, detail),
                          QObject::tr("Check that the disk is not full and the folder is writable; nothing was left behind."));
}

} // namespace

QString PackageWriter::defaultPackagePath(const QString &setDirectory)
{
    const QFileInfo info(QDir::cleanPath(QDir(setDirectory).absolutePath()));
    return info.dir().filePath(info.fileName() + QStringLiteral(".zip"));
}

bool PackageWriter::storesUncompressed(const QString &relativePath)
{
    // milvus-backup binlogs are already encoded column data (mostly float vectors) that deflate barely
    // shrinks; storing them is several times faster. Same for formats that are compressed already.
    if (relativePath.contains(QLatin1String("/binlogs/")) || relativePath.startsWith(QLatin1String("binlogs/")))
        return true;
    static const QStringList dense { QStringLiteral(".zip"),  QStringLiteral(".gz"),      QStringLiteral(".zst"),
                                     QStringLiteral(".bz2"),  QStringLiteral(".xz"),      QStringLiteral(".parquet"),
                                     QStringLiteral(".png"),  QStringLiteral(".jpg"),     QStringLiteral(".jpeg"),
                                     QStringLiteral(".7z"),   QStringLiteral(".lz4"),     QStringLiteral(".snappy") };
    for (const QString &suffix : dense)
        if (relativePath.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    return false;
}

PackageWriter::Result PackageWriter::write(const QString &setDirectory, const QString &packagePath, TaskContext &context)
{
    return write(setDirectory, packagePath, context, Options {});
}

PackageWriter::Result PackageWriter::write(const QString &setFolder, const QString &packagePath, TaskContext &context,
                                           const Options &options)
{
    // Absolute, so that paths relative to the set folder come out right for a relative argument.
    const QString setDirectory = QDir(setFolder).absolutePath();
    if (!QFileInfo(setDirectory).isDir())
        throw OperationError(OperationError::Kind::NotFound, QObject::tr("%1 is not a folder.").arg(setDirectory),
                             QObject::tr("Give the folder of a backup set."));
    if (!BackupManifest::exists(setDirectory))
        throw OperationError(OperationError::Kind::NotFound,
                             QObject::tr("%1 has no manifest.json: its backup did not finish, so it is incomplete.").arg(setDirectory),
                             QObject::tr("Only complete backup sets are packaged. Make a new backup."));
    const BackupManifest manifest = BackupManifest::load(setDirectory);

    // Unlisted files would make the unpacked set fail its own check; say so now rather than then.
    {
        QSet<QString> listed;
        for (const auto &file : manifest.files)
            listed.insert(file.path);
        const QDir root(setDirectory);
        QStringList unlisted;
        const QStringList present = [&] {
            QStringList list;
            QList<QString> stack { setDirectory };
            while (!stack.isEmpty()) {
                const QDir dir(stack.takeLast());
                for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System)) {
                    if (info.isDir() && !info.isSymLink())
                        stack.append(info.filePath());
                    else
                        list.append(root.relativeFilePath(info.filePath()));
                }
            }
            return list;
        }();
        for (const QString &path : present)
            if (path != QLatin1String(BackupManifest::FileName) && !listed.contains(path))
                unlisted.append(path);
        if (!unlisted.isEmpty())
            throw OperationError(OperationError::Kind::IntegrityError,
                                 QObject::tr("The backup set %1 holds files its manifest does not list: %2")
                                     .arg(setDirectory, unlisted.mid(0, 10).join(QLatin1String(", "))),
                                 QObject::tr("Nothing was packaged. Remove the extra files or make a new backup."));
    }

    const QFileInfo target(packagePath);
    if (target.exists() && !options.overwrite)
        throw OperationError(OperationError::Kind::Conflict, QObject::tr("The package %1 already exists.").arg(packagePath),
                             QObject::tr("Choose another --out, or remove the old package first."));
    if (!QDir().mkpath(target.absolutePath()))
        throw diskError(QObject::tr("cannot create the folder %1").arg(target.absolutePath()), QString());

    // A temporary file next to the target, renamed when complete: a crash leaves no half package
    // under the real name.
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temporary.open())
        throw diskError(temporary.fileName(), temporary.errorString());

    const QString topFolder = QFileInfo(QDir::cleanPath(QDir(setDirectory).absolutePath())).fileName();
    Result result;
    result.packagePath = target.absoluteFilePath();
    const qint64 total = manifest.totalSize() + QFileInfo(QDir(setDirectory).filePath(QLatin1String(BackupManifest::FileName))).size();
    qint64 done = 0;
    {
        QuaZip zip(&temporary);
        zip.setAutoClose(false);
        // The UTF-8 name flag makes QuaZip ask for "version 6.3 needed", which Info-ZIP unzip 6 refuses;
        // only names that need it (a set folder named in Vietnamese, say) turn it on.
        bool nonAscii = false;
        for (const auto &file : manifest.files)
            nonAscii = nonAscii || file.path.toUtf8().size() != file.path.size();
        nonAscii = nonAscii || topFolder.toUtf8().size() != topFolder.size();
        zip.setUtf8Enabled(nonAscii);
        // ZIP64 records for every entry: a single CSV or binlog may pass 4 GiB, and so may the offsets
        // of later entries in a large set. Every current unzip tool reads them.
        zip.setZip64Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            throw diskError(temporary.fileName(), QObject::tr("zip error %1").arg(zip.getZipError()));
        zip.setComment(QStringLiteral("brandmind-backup-package 1"));

        QByteArray buffer;
        buffer.resize(kChunk);
        const auto addFile = [&](const QString &relative, const BackupManifest::FileEntry *expected) {
            const QString path = QDir(setDirectory).filePath(relative);
            QFile input(path);
            if (!input.open(QIODevice::ReadOnly))
                throw OperationError(OperationError::Kind::IntegrityError,
                                     QObject::tr("Cannot read %1 of the backup set: %2").arg(relative, input.errorString()),
                                     QObject::tr("Nothing was packaged."));
            const bool store = storesUncompressed(relative);
            QuaZipNewInfo info(topFolder + QLatin1Char('/') + relative, path);
            QuaZipFile output(&zip);
            if (!output.open(QIODevice::WriteOnly, info, nullptr, 0, store ? 0 : Z_DEFLATED,
                             store ? 0 : options.compressionLevel))
                throw diskError(relative, QObject::tr("zip error %1").arg(output.getZipError()));
            QCryptographicHash hash(QCryptographicHash::Sha256);
            qint64 size = 0;
            for (;;) {
                context.checkCanceled();
                const qint64 n = input.read(buffer.data(), kChunk);
                if (n < 0)
                    throw OperationError(OperationError::Kind::Failed,
                                         QObject::tr("Cannot read %1: %2").arg(relative, input.errorString()));
                if (n == 0)
                    break;
                hash.addData(QByteArrayView(buffer.constData(), n));
                if (output.write(buffer.constData(), n) != n)
                    throw diskError(relative, output.errorString());
                size += n;
                done += n;
                context.progress({ QObject::tr("package"), QObject::tr("writing"), done, total, QObject::tr("bytes") });
            }
            output.close();
            if (output.getZipError() != UNZ_OK)
                throw diskError(relative, QObject::tr("zip error %1").arg(output.getZipError()));
            if (expected && (size != expected->size || QString::fromLatin1(hash.result().toHex()) != expected->sha256))
                throw OperationError(OperationError::Kind::IntegrityError,
                                     QObject::tr("%1 does not match the manifest of the backup set (size or SHA-256).").arg(relative),
                                     QObject::tr("The set is damaged; nothing was packaged. Use another copy."));
            ++result.entries;
            result.inputBytes += size;
            if (store)
                ++result.storedEntries;
        };
        for (const auto &file : manifest.files)
            addFile(file.path, &file);
        // The manifest goes last, as in the set folder itself.
        addFile(QLatin1String(BackupManifest::FileName), nullptr);
        zip.close();
        if (zip.getZipError() != 0)
            throw diskError(temporary.fileName(), QObject::tr("zip error %1").arg(zip.getZipError()));
    }
    if (!temporary.flush())
        throw diskError(temporary.fileName(), temporary.errorString());
    result.packageBytes = temporary.size();
    temporary.close();
    // QTemporaryFile creates 0600; a package is an ordinary file like the set it came from.
    temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    std::error_code error;
    if (!options.overwrite && QFileInfo::exists(result.packagePath))
        throw OperationError(OperationError::Kind::Conflict, QObject::tr("The package %1 already exists.").arg(packagePath));
    std::filesystem::rename(std::filesystem::path(temporary.fileName().toStdString()),
                            std::filesystem::path(result.packagePath.toStdString()), error);
    if (error)
        throw diskError(result.packagePath, QString::fromStdString(error.message()));
    temporary.setAutoRemove(false);
    context.log(LogLevel::Info, QObject::tr("Package written to %1 (%2 files, %3 bytes).")
                                    .arg(result.packagePath)
                                    .arg(result.entries)
                                    .arg(result.packageBytes));
    return result;
}
