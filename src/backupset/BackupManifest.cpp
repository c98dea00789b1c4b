#include "BackupManifest.h"

#include "FileDigest.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>
#include <QSet>

namespace {

QStringList listFiles(const QString &setDirectory)
{
    QStringList files;
    // Absolute: QDir::relativeFilePath() of a relative folder gives paths that still start with it.
    const QString absolute = QDir(setDirectory).absolutePath();
    const QDir root(absolute);
    QDirIterator it(absolute, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (relative != QLatin1String(BackupManifest::FileName))
            files.append(relative);
    }
    files.sort();
    return files;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QStringList BackupManifest::components() const
{
    QStringList list;
    if (hasGraph())
        list.append(QStringLiteral("graph"));
    if (hasVector())
        list.append(QStringLiteral("vector"));
    return list;
}

qint64 BackupManifest::totalSize() const
{
    qint64 total = 0;
    for (const FileEntry &file : files)
        total += file.size;
    return total;
}

QJsonObject BackupManifest::toJson() const
{
    QJsonArray graphArray;
    for (const GraphEntry &g : graphs)
        graphArray.append(QJsonObject { { QStringLiteral("name"), g.name },
                                        { QStringLiteral("folder"), g.folder },
                                        { QStringLiteral("nodes"), g.nodes },
                                        { QStringLiteral("edges"), g.edges },
                                        { QStringLiteral("fingerprint"), g.fingerprint } });
    QJsonArray collectionArray;
    for (const CollectionEntry &c : collections)
        collectionArray.append(QJsonObject { { QStringLiteral("database"), c.database },
                                             { QStringLiteral("name"), c.name },
                                             { QStringLiteral("rows"), c.rows } });
    QJsonArray fileArray;
    for (const FileEntry &f : files)
        fileArray.append(QJsonObject { { QStringLiteral("path"), f.path },
                                       { QStringLiteral("size"), f.size },
                                       { QStringLiteral("sha256"), f.sha256 } });
    QJsonObject source { { QStringLiteral("profile"), profileName } };
    QJsonObject components;
    if (hasGraph())
        components.insert(QStringLiteral("graph"),
                          QJsonObject { { QStringLiteral("server"), falkordbServer },
                                        { QStringLiteral("falkordbVersion"), falkordbVersion },
                                        { QStringLiteral("redisVersion"), redisVersion },
                                        { QStringLiteral("graphs"), graphArray } });
    if (hasVector())
        components.insert(QStringLiteral("vector"),
                          QJsonObject { { QStringLiteral("milvusBackupServer"), milvusBackupServer },
                                        { QStringLiteral("milvusBackupVersion"), milvusBackupVersion },
                                        { QStringLiteral("backupName"), vectorBackupName },
                                        { QStringLiteral("folder"), vectorFolder },
                                        { QStringLiteral("collections"), collectionArray } });
    return { { QStringLiteral("format"), QStringLiteral("brandmind-backup-set") },
             { QStringLiteral("formatVersion"), formatVersion },
             { QStringLiteral("toolVersion"), toolVersion },
             { QStringLiteral("createdAt"), isoUtc(createdAt) },
             { QStringLiteral("completedAt"), isoUtc(completedAt) },
             { QStringLiteral("source"), source },
             { QStringLiteral("components"), components },
             { QStringLiteral("files"), fileArray },
             { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
}

BackupManifest BackupManifest::fromJson(const QJsonObject &json)
{
    const auto invalid = [](const QString &what) {
        return OperationError(OperationError::Kind::InvalidInput, QObject::tr("manifest.json: %1").arg(what),
                              QObject::tr("The backup set is damaged; nothing was restored."));
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("brandmind-backup-set"))
        throw invalid(QObject::tr("this is not a BrandMind backup set manifest"));
    BackupManifest m;
    m.formatVersion = json.value(QStringLiteral("formatVersion")).toInt(-1);
    if (m.formatVersion < 1)
        throw invalid(QObject::tr("no valid format version"));
    if (m.formatVersion > CurrentFormatVersion)
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("This backup set has format version %1; this program reads up to version %2.")
                                 .arg(m.formatVersion)
                                 .arg(CurrentFormatVersion),
                             QObject::tr("Install a newer BrandMind Backup to restore it; nothing was changed."));
    m.toolVersion = json.value(QStringLiteral("toolVersion")).toString();
    m.createdAt = QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    m.completedAt = QDateTime::fromString(json.value(QStringLiteral("completedAt")).toString(), Qt::ISODateWithMs);
    m.profileName = json.value(QStringLiteral("source")).toObject().value(QStringLiteral("profile")).toString();
    const QJsonObject components = json.value(QStringLiteral("components")).toObject();
    const QJsonObject graph = components.value(QStringLiteral("graph")).toObject();
    m.falkordbServer = graph.value(QStringLiteral("server")).toString();
    m.falkordbVersion = graph.value(QStringLiteral("falkordbVersion")).toString();
    m.redisVersion = graph.value(QStringLiteral("redisVersion")).toString();
    for (const QJsonValue &v : graph.value(QStringLiteral("graphs")).toArray()) {
        const QJsonObject o = v.toObject();
        GraphEntry entry { o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("folder")).toString(),
                           o.value(QStringLiteral("nodes")).toInteger(), o.value(QStringLiteral("edges")).toInteger(),
                           o.value(QStringLiteral("fingerprint")).toString() };
        if (entry.name.isEmpty() || entry.folder.isEmpty())
            throw invalid(QObject::tr("a graph entry has no name or folder"));
        m.graphs.append(entry);
    }
    const QJsonObject vector = components.value(QStringLiteral("vector")).toObject();
    m.milvusBackupServer = vector.value(QStringLiteral("milvusBackupServer")).toString();
    m.milvusBackupVersion = vector.value(QStringLiteral("milvusBackupVersion")).toString();
    m.vectorBackupName = vector.value(QStringLiteral("backupName")).toString();
    m.vectorFolder = vector.value(QStringLiteral("folder")).toString();
    for (const QJsonValue &v : vector.value(QStringLiteral("collections")).toArray()) {
        const QJsonObject o = v.toObject();
        m.collections.append({ o.value(QStringLiteral("database")).toString(), o.value(QStringLiteral("name")).toString(),
                               o.value(QStringLiteral("rows")).toInteger(-1) });
    }
    for (const QJsonValue &v : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        FileEntry entry { o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("size")).toInteger(-1),
                          o.value(QStringLiteral("sha256")).toString() };
        const QString clean = QDir::cleanPath(entry.path);
        if (entry.path.isEmpty() || clean != entry.path || clean.startsWith(QLatin1String("../")) || clean == QLatin1String("..")
            || QDir::isAbsolutePath(clean) || entry.size < 0 || entry.sha256.size() != 64)
            throw invalid(QObject::tr("the file entry \"%1\" is not valid").arg(entry.path));
        m.files.append(entry);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("warnings")).toArray())
        m.warnings.append(v.toString());
    return m;
}

void BackupManifest::recordFiles(const QString &setDirectory, TaskContext &context)
{
    files.clear();
    const QStringList relativePaths = listFiles(setDirectory);
    qint64 total = 0;
    for (const QString &relative : relativePaths)
        total += QFileInfo(QDir(setDirectory).filePath(relative)).size();
    qint64 done = 0;
    for (const QString &relative : relativePaths) {
        const QString path = QDir(setDirectory).filePath(relative);
        const qint64 size = QFileInfo(path).size();
        files.append({ relative, size, QString::fromLatin1(FileDigest::sha256Hex(path, &context)) });
        done += size;
        context.progress({ QObject::tr("backup set"), QObject::tr("checksums"), done, total, QObject::tr("bytes") });
    }
}

void BackupManifest::save(const QString &setDirectory) const
{
    QSaveFile file(QDir(setDirectory).filePath(QLatin1String(FileName)));
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw OperationError(OperationError::Kind::Failed,
                             QObject::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()),
                             QObject::tr("Check that the disk is not full and the folder is writable."));
}

bool BackupManifest::exists(const QString &setDirectory)
{
    return QFileInfo::exists(QDir(setDirectory).filePath(QLatin1String(FileName)));
}

BackupManifest BackupManifest::load(const QString &setDirectory)
{
    QFile file(QDir(setDirectory).filePath(QLatin1String(FileName)));
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::NotFound,
                             QObject::tr("%1 has no manifest.json: it is not a backup set, or its backup did not finish.")
                                 .arg(setDirectory),
                             QObject::tr("An incomplete set is never restored unless you add --force."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("%1 is not valid JSON: %2").arg(file.fileName(), error.errorString()),
                             QObject::tr("The backup set is damaged; nothing was restored."));
    return fromJson(document.object());
}

QStringList BackupManifest::verifyFiles(const QString &setDirectory, TaskContext &context) const
{
    QStringList problems;
    qint64 total = totalSize();
    qint64 done = 0;
    QSet<QString> listed;
    for (const FileEntry &entry : files) {
        listed.insert(entry.path);
        const QString path = QDir(setDirectory).filePath(entry.path);
        const QFileInfo info(path);
        if (!info.exists() || info.isSymLink()) {
            problems.append(QObject::tr("%1 is missing").arg(entry.path));
            continue;
        }
        if (info.size() != entry.size) {
            problems.append(QObject::tr("%1 has %2 bytes, the manifest says %3").arg(entry.path).arg(info.size()).arg(entry.size));
            continue;
        }
        if (QString::fromLatin1(FileDigest::sha256Hex(path, &context)) != entry.sha256)
            problems.append(QObject::tr("%1 does not match its SHA-256 checksum").arg(entry.path));
        done += entry.size;
        context.progress({ QObject::tr("backup set"), QObject::tr("checking files"), done, total, QObject::tr("bytes") });
    }
    for (const QString &relative : listFiles(setDirectory))
        if (!listed.contains(relative))
            problems.append(QObject::tr("%1 is not listed in the manifest").arg(relative));
    return problems;
}
