#pragma once

// Small backup sets and hand-made zip archives for the backupset tests. The sets are real sets (files
// plus a manifest with real checksums) but made without servers, so the package code is tested alone.

#include "BackupManifest.h"
#include "TaskContext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace SampleSet {

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A set with a CSV, JSON, a "binlog" of random (incompressible) bytes holding `marker`, and a manifest.
inline void make(const QString &setDirectory, const QByteArray &marker = QByteArrayLiteral("MARKER-0123456789"))
{
    QByteArray csv = "_id,_labels,name:String\n";
    for (int i = 0; i < 2000; ++i)
        csv += QByteArray::number(i) + ",\"[\"\"Entity\"\"]\",entity number " + QByteArray::number(i) + "\n";
    writeFile(setDirectory + QStringLiteral("/graph/kg/nodes.csv"), csv);
    writeFile(setDirectory + QStringLiteral("/graph/kg/edges.csv"), "_id,_type,_src,_dst\n0,REL,0,1\n");
    writeFile(setDirectory + QStringLiteral("/graph/kg/graph.json"), "{\"formatVersion\":1}\n");
    QByteArray binlog(300000, '\0');
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(binlog.data()), binlog.size() / 4);
    binlog.replace(1000, marker.size(), marker);
    writeFile(setDirectory + QStringLiteral("/vector/bk/binlogs/insert_log/1/2/3/100/1"), binlog);
    writeFile(setDirectory + QStringLiteral("/vector/bk/meta/backup_meta.json"), "{\"name\":\"bk\"}");
    writeFile(setDirectory + QStringLiteral("/vector/vector.json"), "{}");
    BackupManifest manifest;
    manifest.toolVersion = QStringLiteral("test");
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.completedAt = manifest.createdAt;
    manifest.graphs.append({ QStringLiteral("kg"), QStringLiteral("graph/kg"), 2000, 1, QString(64, QLatin1Char('0')) });
    manifest.vectorBackupName = QStringLiteral("bk");
    manifest.vectorFolder = QStringLiteral("vector/bk");
    manifest.collections.append({ QStringLiteral("default"), QStringLiteral("DocumentChunks"), 10 });
    CallbackTaskContext context;
    manifest.recordFiles(setDirectory, context);
    manifest.save(setDirectory);
}

struct ZipEntry
{
    QString name;
    QByteArray data;
    quint32 externalAttr = quint32(0100644) << 16;
    bool deflate = true;
    int level = 6;
};

// Writes a zip with exactly these entries (names as given, no checks): the hostile archives.
inline void writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const ZipEntry &entry : entries) {
        QuaZipNewInfo info(entry.name);
        info.externalAttr = entry.externalAttr;
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, info, nullptr, 0, entry.deflate ? Z_DEFLATED : 0, entry.deflate ? entry.level : 0));
        QCOMPARE(file.write(entry.data), entry.data.size());
        file.close();
        QCOMPARE(file.getZipError(), 0);
    }
    zip.close();
    QCOMPARE(zip.getZipError(), 0);
}

// The entries of a set folder as zip entries under `top/` (with its real manifest).
inline QList<ZipEntry> entriesOf(const QString &setDirectory, const QString &top)
{
    QList<ZipEntry> entries;
    QDirIterator it(setDirectory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        entries.append({ top + QLatin1Char('/') + QDir(setDirectory).relativeFilePath(path), readFile(path) });
    }
    return entries;
}

// Every file under `root` (relative), to prove nothing was written where it must not be.
inline QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFileInfo(path).isDir() || QFileInfo(path).isSymLink())
            files.append(QDir(root).relativeFilePath(path));
    }
    files.sort();
    return files;
}

} // namespace SampleSet
