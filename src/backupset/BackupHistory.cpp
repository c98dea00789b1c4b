#include "BackupHistory.h"

#include "GraphMetadata.h"
#include "OperationError.h"
#include "PackageReader.h"
#include "SetSource.h"
#include "TaskContext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

qint64 folderBytes(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QStringList quickCheck(const QString &folder, const BackupManifest &manifest)
{
    QStringList problems;
    for (const auto &file : manifest.files) {
        const QFileInfo info(QDir(folder).filePath(file.path));
        if (!info.exists())
            problems.append(QObject::tr("%1 is missing").arg(file.path));
        else if (info.size() != file.size)
            problems.append(QObject::tr("%1 has %2 bytes, the manifest says %3").arg(file.path).arg(info.size()).arg(file.size));
    }
    return problems;
}

bool looksLikeSet(const QString &folder)
{
    const QDir dir(folder);
    return BackupManifest::exists(folder) || dir.exists(QStringLiteral("graph")) || dir.exists(QStringLiteral("vector"));
}

} // namespace

QJsonObject BackupHistory::Entry::toJson() const
{
    QJsonArray graphs, collections;
    for (const auto &g : manifest.graphs)
        graphs.append(QJsonObject { { QStringLiteral("name"), g.name }, { QStringLiteral("nodes"), g.nodes }, { QStringLiteral("edges"), g.edges } });
    for (const auto &c : manifest.collections)
        collections.append(QJsonObject { { QStringLiteral("database"), c.database }, { QStringLiteral("name"), c.name },
                                         { QStringLiteral("rows"), c.rows } });
    const auto time = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); };
    return { { QStringLiteral("path"), path },
             { QStringLiteral("name"), name },
             { QStringLiteral("package"), package },
             { QStringLiteral("status"), statusName(status) },
             { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
             { QStringLiteral("checksumsChecked"), checksumsChecked },
             { QStringLiteral("createdAt"), time(manifest.createdAt) },
             { QStringLiteral("completedAt"), time(manifest.completedAt) },
             { QStringLiteral("profile"), manifest.profileName },
             { QStringLiteral("falkordbServer"), manifest.falkordbServer },
             { QStringLiteral("milvusBackupServer"), manifest.milvusBackupServer },
             { QStringLiteral("components"), QJsonArray::fromStringList(manifest.components()) },
             { QStringLiteral("graphs"), graphs },
             { QStringLiteral("collections"), collections },
             { QStringLiteral("bytes"), bytes } };
}

BackupHistory::BackupHistory(QString storePath)
    : m_storePath(std::move(storePath))
{
    load();
}

QString BackupHistory::defaultStorePath()
{
    const QString fromEnv = qEnvironmentVariable("BMB_HISTORY_FILE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // GenericDataLocation + our folder, so the CLI and the GUI (different application names) share it.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("brandmind-backup/locations.json"));
}

QString BackupHistory::statusName(Status status)
{
    switch (status) {
    case Status::Complete: return QStringLiteral("complete");
    case Status::Incomplete: return QStringLiteral("incomplete");
    case Status::Corrupt: return QStringLiteral("corrupt");
    }
    return {};
}

void BackupHistory::load()
{
    m_locations.clear();
    QFile file(m_storePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    // A damaged history file only loses the list of folders; it never stops a listing.
    const QJsonObject json = QJsonDocument::fromJson(file.read(qint64(4) << 20)).object();
    for (const QJsonValue &value : json.value(QStringLiteral("locations")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString path = o.value(QStringLiteral("path")).toString();
        if (!path.isEmpty())
            m_locations.append({ path, QDateTime::fromString(o.value(QStringLiteral("lastUsed")).toString(), Qt::ISODate) });
    }
}

void BackupHistory::remember(const QString &folder)
{
    const QString path = QDir(folder).absolutePath();
    m_locations.removeIf([&](const Location &l) { return l.path == path; });
    m_locations.prepend({ path, QDateTime::currentDateTimeUtc() });
    while (m_locations.size() > 50)
        m_locations.removeLast();
    QJsonArray array;
    for (const Location &l : std::as_const(m_locations))
        array.append(QJsonObject { { QStringLiteral("path"), l.path }, { QStringLiteral("lastUsed"), l.lastUsed.toUTC().toString(Qt::ISODate) } });
    QDir().mkpath(QFileInfo(m_storePath).absolutePath());
    QSaveFile file(m_storePath);
    const QByteArray bytes = QJsonDocument(QJsonObject { { QStringLiteral("formatVersion"), 1 }, { QStringLiteral("locations"), array } })
                                 .toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write %1: %2").arg(m_storePath, file.errorString()));
}

BackupHistory::Entry BackupHistory::inspect(const QString &path, bool checkChecksums, TaskContext &context)
{
    Entry entry;
    const QFileInfo info(path);
    entry.path = info.absoluteFilePath();
    entry.name = info.fileName();
    entry.package = info.isFile();
    entry.checksumsChecked = checkChecksums;
    if (entry.package) {
        entry.bytes = info.size();
        try {
            if (checkChecksums) {
                const SetSource source(path, context);
                entry.manifest = BackupManifest::load(source.directory());
                entry.problems = entry.manifest.verifyFiles(source.directory(), context);
            } else {
                // The central directory and the manifest, checked against each other; nothing extracted.
                PackageReader reader(path);
                reader.inspect();
                entry.manifest = reader.manifest();
            }
        } catch (const OperationError &error) {
            if (error.kind() == OperationError::Kind::Canceled)
                throw;
            entry.problems.append(error.message());
        }
        entry.status = entry.problems.isEmpty() ? Status::Complete : Status::Corrupt;
        return entry;
    }
    entry.bytes = folderBytes(path);
    if (!BackupManifest::exists(path)) {
        entry.status = Status::Incomplete;
        entry.problems.append(QObject::tr("no manifest.json: the backup did not finish"));
        const QDir graphRoot(QDir(path).filePath(QStringLiteral("graph")));
        for (const QString &folder : graphRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            try {
                const GraphMetadata metadata = GraphMetadata::load(graphRoot.filePath(folder));
                entry.manifest.graphs.append({ metadata.graph, QStringLiteral("graph/") + folder, metadata.nodeCount, metadata.edgeCount,
                                               metadata.fingerprint });
            } catch (const OperationError &) {
                entry.problems.append(QObject::tr("graph/%1 has no complete graph.json").arg(folder));
            }
        }
        entry.manifest.createdAt = info.birthTime().isValid() ? info.birthTime() : info.lastModified();
        return entry;
    }
    try {
        entry.manifest = BackupManifest::load(path);
        entry.problems = checkChecksums ? entry.manifest.verifyFiles(path, context) : quickCheck(path, entry.manifest);
    } catch (const OperationError &error) {
        if (error.kind() == OperationError::Kind::Canceled)
            throw;
        entry.problems.append(error.message());
    }
    entry.status = entry.problems.isEmpty() ? Status::Complete : Status::Corrupt;
    return entry;
}

QList<BackupHistory::Entry> BackupHistory::scan(const QString &folder, bool checkChecksums, TaskContext &context)
{
    QList<Entry> entries;
    const QDir dir(folder);
    // Hidden names are skipped: they are our own temporary folders (".<set>.unpacked-...") and files.
    for (const QFileInfo &info : dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        context.checkCanceled();
        if (info.isDir() ? looksLikeSet(info.filePath()) : PackageReader::isPackage(info.filePath()))
            entries.append(inspect(info.filePath(), checkChecksums, context));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.manifest.createdAt > b.manifest.createdAt;
    });
    return entries;
}
