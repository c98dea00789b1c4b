#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// vector/vector.json in a backup set: what the vector component holds, in more detail than the
// manifest (sizes, index flags, the Milvus version). The milvus-backup folder next to it is kept
// byte for byte as milvus-backup wrote it; this file is ours.
struct VectorSetInfo
{
    Q_DECLARE_TR_FUNCTIONS(VectorSetInfo)

public:
    static constexpr int CurrentFormatVersion = 1;
    static constexpr const char *FileName = "vector.json";   // in <set>/vector/

    struct Collection
    {
        QString database;
        QString name;
        qint64 rows = -1;        // counted on the source Milvus right before the backup; -1 unknown
        qint64 size = 0;         // bytes of binlogs, as milvus-backup reports them
        bool hasIndex = false;

        QString key() const { return database + QLatin1Char('.') + name; }
    };

    int formatVersion = CurrentFormatVersion;
    QString backupName;
    QString folder;              // relative to the set, e.g. vector/<backup name>
    QString milvusBackupServer;
    QString milvusBackupVersion;
    QString milvusVersion;
    QString sourceBucket;        // where the backup was taken from (no credentials)
    QString sourceRoot;
    QDateTime createdAt;
    qint64 backupSize = 0;
    QList<Collection> collections;

    QJsonObject toJson() const;
    // Throws OperationError(InvalidInput) for a malformed file or a newer format version.
    static VectorSetInfo fromJson(const QJsonObject &json);

    static QString pathIn(const QString &setDirectory);
    // Atomic (QSaveFile).
    void save(const QString &setDirectory) const;
    static VectorSetInfo load(const QString &setDirectory);
};
