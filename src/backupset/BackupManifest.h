#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class TaskContext;

// manifest.json: the one file that makes a folder a backup set (docs/FORMAT.md). It lists what the set
// holds (per component), where it came from (never a secret), and the size and SHA-256 of every other
// file. It is written last and atomically: a set folder without it is an incomplete backup.
struct BackupManifest
{
    static constexpr int CurrentFormatVersion = 1;
    static constexpr const char *FileName = "manifest.json";

    struct FileEntry
    {
        QString path;    // relative to the set folder, '/'-separated
        qint64 size = 0;
        QString sha256;
    };
    struct GraphEntry
    {
        QString name;
        QString folder;  // relative, e.g. graph/knowledge_graph
        qint64 nodes = 0;
        qint64 edges = 0;
        QString fingerprint;
    };
    struct CollectionEntry
    {
        QString database;
        QString name;
        qint64 rows = -1; // -1: unknown
    };

    int formatVersion = CurrentFormatVersion;
    QString toolVersion;
    QDateTime createdAt;
    QDateTime completedAt;
    QString profileName;
    QString falkordbServer;     // host:port
    QString falkordbVersion;
    QString redisVersion;
    QList<GraphEntry> graphs;
    QString milvusBackupServer; // URL without credentials
    QString milvusBackupVersion;
    QString vectorBackupName;
    QString vectorFolder;       // relative, e.g. vector/<backup name>
    QList<CollectionEntry> collections;
    QList<FileEntry> files;
    QStringList warnings;

    bool hasGraph() const { return !graphs.isEmpty(); }
    bool hasVector() const { return !vectorBackupName.isEmpty(); }
    QStringList components() const;
    qint64 totalSize() const;

    QJsonObject toJson() const;
    // Throws OperationError(InvalidInput) for malformed files and for a newer format version.
    static BackupManifest fromJson(const QJsonObject &json);

    // Lists every file under setDirectory (except the manifest) with its size and SHA-256.
    void recordFiles(const QString &setDirectory, TaskContext &context);
    // Writes manifest.json atomically.
    void save(const QString &setDirectory) const;
    static BackupManifest load(const QString &setDirectory);
    static bool exists(const QString &setDirectory);

    // Checks that every listed file exists with its size and SHA-256 and that no unlisted file is
    // present; returns the problems found (empty = intact). Progress goes to the context.
    QStringList verifyFiles(const QString &setDirectory, TaskContext &context) const;
};
