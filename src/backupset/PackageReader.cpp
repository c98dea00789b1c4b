#include "PackageReader.h"

#include "BackupManifest.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QSet>
#include <QStorageInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr quint32 kUnixTypeMask = 0170000;
constexpr quint32 kUnixRegular = 0100000;
constexpr quint32 kUnixDirectory = 0040000;

OperationError hostile(const QString &package, const QString &what)
{
    return OperationError(OperationError::Kind::InvalidInput,
                          QObject::tr("The package %1 is not safe to open: %2").arg(package, what),
                          QObject::tr("Nothing was extracted or restored. Use a package written by BrandMind Backup."));
}

OperationError corrupt(const QString &package, const QString &what)
{
    return OperationError(OperationError::Kind::IntegrityError,
                          QObject::tr("The package %1 is damaged: %2").arg(package, what),
                          QObject::tr("Nothing was restored. Copy the package again (it may be truncated) or use another copy."));
}

// Why a name is unsafe, or an empty string when it is fine. Names are '/'-separated and relative.
QString unsafeName(const QString &name)
{
    if (name.isEmpty())
        return QObject::tr("an entry has an empty name");
    if (name.startsWith(QLatin1Char('/')))
        return QObject::tr("the entry \"%1\" has an absolute path").arg(name);
    if (name.contains(QLatin1Char('\\')))
        return QObject::tr("the entry \"%1\" uses backslashes, which some systems read as folders").arg(name);
    if (name.contains(QLatin1Char(':')))
        return QObject::tr("the entry \"%1\" contains ':' (a drive letter or stream name)").arg(name);
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QObject::tr("the entry \"%1\" contains control characters").arg(name);
    QString body = name;
    if (body.endsWith(QLatin1Char('/')))
        body.chop(1);
    for (const QString &part : body.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return QObject::tr("the entry \"%1\" points outside the package folder").arg(name);
        if (part.isEmpty() || part == QLatin1String("."))
            return QObject::tr("the entry \"%1\" has an empty or '.' path component").arg(name);
    }
    return {};
}

} // namespace

PackageReader::PackageReader(QString packagePath)
    : PackageReader(std::move(packagePath), Limits {})
{
}

PackageReader::PackageReader(QString packagePath, Limits limits)
    : m_path(std::move(packagePath))
    , m_limits(limits)
{
}

bool PackageReader::isPackage(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

QList<PackageReader::Entry> PackageReader::inspect()
{
    if (!QFileInfo(m_path).isFile())
        throw OperationError(OperationError::Kind::NotFound, QObject::tr("The package %1 does not exist.").arg(m_path));
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip))
        throw corrupt(m_path, QObject::tr("it is not a zip archive, or it is truncated (zip error %1)").arg(zip.getZipError()));
    const int declaredCount = zip.getEntriesCount();
    if (declaredCount < 0)
        throw corrupt(m_path, QObject::tr("its table of contents cannot be read"));
    if (declaredCount > m_limits.maxEntries)
        throw hostile(m_path, QObject::tr("it has %1 entries; at most %2 are accepted").arg(declaredCount).arg(m_limits.maxEntries));

    QList<Entry> entries;
    QSet<QString> names;
    QSet<QString> files;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (entries.size() >= m_limits.maxEntries)
            throw hostile(m_path, QObject::tr("it has more than %1 entries").arg(m_limits.maxEntries));
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            throw corrupt(m_path, QObject::tr("an entry of its table of contents cannot be read (zip error %1)").arg(zip.getZipError()));
        const QString problem = unsafeName(info.name);
        if (!problem.isEmpty())
            throw hostile(m_path, problem);
        const quint32 unixType = (info.externalAttr >> 16) & kUnixTypeMask;
        if (info.isSymbolicLink())
            throw hostile(m_path, QObject::tr("the entry \"%1\" is a symbolic link").arg(info.name));
        Entry entry;
        entry.name = info.name;
        entry.directory = info.name.endsWith(QLatin1Char('/'));
        if (unixType != 0 && unixType != kUnixRegular && !(entry.directory && unixType == kUnixDirectory))
            throw hostile(m_path, QObject::tr("the entry \"%1\" is not a regular file").arg(info.name));
        if (info.flags & 0x1)
            throw hostile(m_path, QObject::tr("the entry \"%1\" is encrypted").arg(info.name));
        if (info.method != 0 && info.method != Z_DEFLATED)
            throw hostile(m_path, QObject::tr("the entry \"%1\" uses compression method %2; only stored and deflated are read")
                                      .arg(info.name)
                                      .arg(info.method));
        const QString key = entry.directory ? info.name.chopped(1) : info.name;
        if (names.contains(key))
            throw hostile(m_path, QObject::tr("the entry \"%1\" appears more than once").arg(key));
        names.insert(key);
        if (info.uncompressedSize > quint64(m_limits.maxTotalBytes))
            throw hostile(m_path, QObject::tr("the entry \"%1\" claims %2 bytes").arg(info.name).arg(info.uncompressedSize));
        entry.size = qint64(info.uncompressedSize);
        entry.compressedSize = qint64(info.compressedSize);
        if (entry.directory && entry.size != 0)
            throw hostile(m_path, QObject::tr("the folder entry \"%1\" has content").arg(info.name));
        if (entry.size > m_limits.ratioFloorBytes
            && (entry.compressedSize <= 0 || double(entry.size) / double(entry.compressedSize) > m_limits.maxCompressionRatio))
            throw hostile(m_path, QObject::tr("the entry \"%1\" expands %2 bytes into %3 (a compression ratio above %4:1, "
                                              "as in a zip bomb)")
                                      .arg(info.name)
                                      .arg(entry.compressedSize)
                                      .arg(entry.size)
                                      .arg(m_limits.maxCompressionRatio));
        total += entry.size;
        if (total > m_limits.maxTotalBytes)
            throw hostile(m_path, QObject::tr("its entries add up to more than %1 bytes").arg(m_limits.maxTotalBytes));
        if (!entry.directory)
            files.insert(key);
        entries.append(entry);
    }
    if (zip.getZipError() != UNZ_OK)
        throw corrupt(m_path, QObject::tr("its table of contents is damaged (zip error %1)").arg(zip.getZipError()));
    if (entries.isEmpty())
        throw hostile(m_path, QObject::tr("it is empty"));
    // A file may not also be the folder of another entry ("a" and "a/b").
    for (const QString &name : std::as_const(names)) {
        qsizetype slash = name.indexOf(QLatin1Char('/'));
        while (slash > 0) {
            if (files.contains(name.left(slash)))
                throw hostile(m_path, QObject::tr("\"%1\" is both a file and a folder").arg(name.left(slash)));
            slash = name.indexOf(QLatin1Char('/'), slash + 1);
        }
    }

    // The set may sit at the root of the archive or under one top folder (what PackageWriter writes).
    const QString manifestName = QLatin1String(BackupManifest::FileName);
    if (files.contains(manifestName)) {
        m_topFolder.clear();
    } else {
        const QString first = entries.first().name.section(QLatin1Char('/'), 0, 0);
        for (const Entry &entry : std::as_const(entries))
            if (entry.name.section(QLatin1Char('/'), 0, 0) != first)
                throw hostile(m_path, QObject::tr("its entries are not all in one folder and it has no manifest.json at the top"));
        m_topFolder = first;
        if (!files.contains(m_topFolder + QLatin1Char('/') + manifestName))
            throw OperationError(OperationError::Kind::NotFound,
                                 QObject::tr("The package %1 holds no manifest.json: it is not a complete backup set.").arg(m_path),
                                 QObject::tr("Nothing was restored."));
    }
    const QString prefix = m_topFolder.isEmpty() ? QString() : m_topFolder + QLatin1Char('/');
    for (Entry &entry : entries) {
        entry.relativePath = entry.name.mid(prefix.size());
        if (entry.relativePath.endsWith(QLatin1Char('/')))
            entry.relativePath.chop(1);
    }

    // The manifest, read into memory (bounded), must list exactly the files the archive holds.
    const QString manifestEntry = prefix + manifestName;
    qint64 manifestSize = 0;
    for (const Entry &entry : std::as_const(entries))
        if (entry.name == manifestEntry)
            manifestSize = entry.size;
    if (manifestSize > m_limits.maxManifestBytes)
        throw hostile(m_path, QObject::tr("its manifest.json claims %1 bytes").arg(manifestSize));
    if (!zip.setCurrentFile(manifestEntry, QuaZip::csSensitive))
        throw corrupt(m_path, QObject::tr("manifest.json cannot be found again (zip error %1)").arg(zip.getZipError()));
    QByteArray manifestBytes;
    {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            throw corrupt(m_path, QObject::tr("manifest.json cannot be opened (zip error %1)").arg(file.getZipError()));
        manifestBytes = file.read(manifestSize + 1);
        const bool readFailed = manifestBytes.size() != manifestSize || file.getZipError() != UNZ_OK;
        file.close();
        if (readFailed || file.getZipError() != UNZ_OK)
            throw corrupt(m_path, QObject::tr("manifest.json fails its CRC check or cannot be read"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw corrupt(m_path, QObject::tr("manifest.json is not valid JSON (%1)").arg(parseError.errorString()));
    m_manifest = BackupManifest::fromJson(document.object());
    const BackupManifest &manifest = m_manifest;
    QHash<QString, qint64> listed;
    for (const auto &file : manifest.files)
        listed.insert(file.path, file.size);
    int matched = 0;
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.directory || entry.relativePath == manifestName)
            continue;
        const auto it = listed.constFind(entry.relativePath);
        if (it == listed.cend())
            throw hostile(m_path, QObject::tr("\"%1\" is not listed in its manifest").arg(entry.relativePath));
        if (it.value() != entry.size)
            throw corrupt(m_path, QObject::tr("\"%1\" has %2 bytes, its manifest says %3").arg(entry.relativePath).arg(entry.size).arg(it.value()));
        ++matched;
    }
    if (matched != listed.size()) {
        QSet<QString> present;
        for (const Entry &entry : std::as_const(entries))
            present.insert(entry.relativePath);
        QStringList missing;
        for (auto it = listed.cbegin(); it != listed.cend() && missing.size() < 10; ++it)
            if (!present.contains(it.key()))
                missing.append(it.key());
        throw corrupt(m_path, QObject::tr("files listed in its manifest are missing: %1").arg(missing.join(QLatin1String(", "))));
    }
    m_declaredTotal = total;
    return entries;
}

PackageReader::Result PackageReader::extractTo(const QString &destination, TaskContext &context)
{
    const QList<Entry> entries = inspect();
    QDir target(destination);
    if (target.exists() && !target.isEmpty())
        throw OperationError(OperationError::Kind::Conflict, QObject::tr("The folder %1 is not empty.").arg(destination));
    if (!QDir().mkpath(destination))
        throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot create the folder %1.").arg(destination));
    const QStorageInfo storage(destination);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < m_declaredTotal)
        throw OperationError(OperationError::Kind::Failed,
                             QObject::tr("The package %1 needs %2 bytes to unpack; %3 has only %4 free.")
                                 .arg(m_path)
                                 .arg(m_declaredTotal)
                                 .arg(destination)
                                 .arg(storage.bytesAvailable()),
                             QObject::tr("Free some space, or set TMPDIR to a folder on a larger disk."));
    const QString root = QFileInfo(destination).canonicalFilePath();

    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip))
        throw corrupt(m_path, QObject::tr("it cannot be opened again (zip error %1)").arg(zip.getZipError()));
    Result result;
    result.setDirectory = root;
    QByteArray buffer;
    buffer.resize(kChunk);
    qint64 done = 0;
    int index = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++index) {
        // The archive is read again: it must be the one that was inspected.
        QuaZipFileInfo64 info;
        if (index >= entries.size() || !zip.getCurrentFileInfo(&info) || info.name != entries.at(index).name)
            throw corrupt(m_path, QObject::tr("it changed while it was being read"));
        const Entry &entry = entries.at(index);
        const QString path = root + QLatin1Char('/') + entry.relativePath;
        if (entry.directory || entry.relativePath.isEmpty()) {
            if (!entry.relativePath.isEmpty() && !QDir().mkpath(path))
                throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot create the folder %1.").arg(path));
            continue;
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
        // NewOnly: never through an existing file or link; the folder was empty and is ours.
        QFile output(path);
        if (!output.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot create %1: %2").arg(path, output.errorString()));
        QuaZipFile input(&zip);
        if (!input.open(QIODevice::ReadOnly))
            throw corrupt(m_path, QObject::tr("the entry \"%1\" cannot be opened (zip error %2)").arg(entry.name).arg(input.getZipError()));
        qint64 written = 0;
        for (;;) {
            context.checkCanceled();
            const qint64 n = input.read(buffer.data(), kChunk);
            if (n < 0 || input.getZipError() != UNZ_OK)
                throw corrupt(m_path, QObject::tr("the data of \"%1\" cannot be decompressed (zip error %2)")
                                          .arg(entry.name)
                                          .arg(input.getZipError()));
            if (n == 0)
                break;
            written += n;
            if (written > entry.size)
                throw hostile(m_path, QObject::tr("the entry \"%1\" holds more data than it declares").arg(entry.name));
            if (output.write(buffer.constData(), n) != n)
                throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write %1: %2").arg(path, output.errorString()),
                                     QObject::tr("Check that the disk is not full."));
            done += n;
            context.progress({ QObject::tr("package"), QObject::tr("unpacking"), done, m_declaredTotal, QObject::tr("bytes") });
        }
        input.close();
        if (input.getZipError() == UNZ_CRCERROR)
            throw corrupt(m_path, QObject::tr("the entry \"%1\" fails its CRC check").arg(entry.name));
        if (input.getZipError() != UNZ_OK)
            throw corrupt(m_path, QObject::tr("the entry \"%1\" cannot be read (zip error %2)").arg(entry.name).arg(input.getZipError()));
        if (written != entry.size)
            throw corrupt(m_path, QObject::tr("the entry \"%1\" has %2 bytes instead of %3").arg(entry.name).arg(written).arg(entry.size));
        if (!output.flush())
            throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write %1: %2").arg(path, output.errorString()));
        ++result.files;
        result.bytes += written;
    }
    if (zip.getZipError() != UNZ_OK)
        throw corrupt(m_path, QObject::tr("its table of contents is damaged (zip error %1)").arg(zip.getZipError()));
    return result;
}
