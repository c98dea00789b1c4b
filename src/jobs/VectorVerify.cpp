#include "VectorVerify.h"

#include "MilvusRestClient.h"
#include "OperationError.h"
#include "TaskContext.h"
#include "VectorServers.h"
#include "VectorSetInfo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

QJsonObject VectorVerify::CollectionCheck::toJson() const
{
    return { { QStringLiteral("source"), source },
             { QStringLiteral("target"), target },
             { QStringLiteral("ok"), differences.isEmpty() },
             { QStringLiteral("expectedRows"), expectedRows },
             { QStringLiteral("actualRows"), actualRows },
             { QStringLiteral("differences"), QJsonArray::fromStringList(differences) } };
}

QList<VectorVerify::CollectionCheck> VectorVerify::run(const Request &request, const QString &setDirectory,
                                                       const BackupManifest &manifest, QStringList *problems,
                                                       TaskContext &context)
{
    QList<CollectionCheck> checks;
    if (!manifest.hasVector()) {
        if (!request.milvusUrl.isEmpty())
            problems->append(tr("the set holds no vector component to compare with %1").arg(VectorServers::displayUrl(request.milvusUrl)));
        return checks;
    }
    // The set itself: vector.json and the milvus-backup meta agree with the manifest.
    try {
        const VectorSetInfo info = VectorSetInfo::load(setDirectory);
        if (info.backupName != manifest.vectorBackupName || info.folder != manifest.vectorFolder)
            problems->append(tr("vector.json names backup %1 in %2, the manifest %3 in %4")
                                 .arg(info.backupName, info.folder, manifest.vectorBackupName, manifest.vectorFolder));
        QMap<QString, qint64> recorded;
        for (const auto &c : info.collections)
            recorded.insert(c.key(), c.rows);
        for (const auto &c : manifest.collections) {
            const QString key = c.database + QLatin1Char('.') + c.name;
            if (!recorded.contains(key) || recorded.value(key) != c.rows)
                problems->append(tr("vector.json and manifest.json disagree about %1").arg(key));
        }
        if (recorded.size() != manifest.collections.size())
            problems->append(tr("vector.json lists %1 collections, manifest.json %2").arg(recorded.size()).arg(manifest.collections.size()));
    } catch (const OperationError &error) {
        problems->append(tr("vector.json: %1").arg(error.message()));
    }
    const QDir folder(QDir(setDirectory).filePath(manifest.vectorFolder));
    if (!QFile::exists(folder.filePath(QStringLiteral("meta/backup_meta.json"))))
        problems->append(tr("%1 has no meta/backup_meta.json").arg(manifest.vectorFolder));
    QFile fullMeta(folder.filePath(QStringLiteral("meta/full_meta.json")));
    if (fullMeta.open(QIODevice::ReadOnly)) {
        // full_meta.json is what restore reads; the collections we recorded must be in it.
        QSet<QString> inMeta;
        const QJsonObject meta = QJsonDocument::fromJson(fullMeta.readAll()).object();
        for (const QJsonValue &value : meta.value(QStringLiteral("collection_backups")).toArray()) {
            const QJsonObject collection = value.toObject();
            QString db = collection.value(QStringLiteral("db_name")).toString();
            if (db.isEmpty())
                db = QStringLiteral("default");
            inMeta.insert(db + QLatin1Char('.') + collection.value(QStringLiteral("collection_name")).toString());
        }
        for (const auto &c : manifest.collections) {
            const QString key = c.database + QLatin1Char('.') + c.name;
            if (!inMeta.contains(key))
                problems->append(tr("%1/meta/full_meta.json does not hold %2").arg(manifest.vectorFolder, key));
        }
    }

    std::unique_ptr<MilvusRestClient> rest;
    if (!request.milvusUrl.isEmpty())
        rest = std::make_unique<MilvusRestClient>(request.milvusUrl, request.milvusToken);
    QStringList wanted;
    for (const QString &text : request.collections)
        wanted.append(VectorServers::collectionKey(text));
    for (const auto &c : manifest.collections) {
        const QString key = c.database + QLatin1Char('.') + c.name;
        if (!wanted.isEmpty() && !wanted.contains(key))
            continue;
        CollectionCheck check;
        check.source = key;
        check.expectedRows = c.rows;
        if (rest) {
            context.checkCanceled();
            check.target = key + request.collectionSuffix;
            const QString collection = c.name + request.collectionSuffix;
            if (!rest->hasCollection(c.database, collection, &context)) {
                check.differences.append(tr("the collection %1 does not exist in Milvus").arg(check.target));
            } else {
                rest->flushCollection(c.database, collection, &context);
                check.actualRows = rest->rowCount(c.database, collection, &context);
                if (check.expectedRows >= 0 && check.actualRows != check.expectedRows)
                    check.differences.append(tr("%1 rows in the backup, %2 in %3").arg(check.expectedRows).arg(check.actualRows).arg(check.target));
            }
        }
        checks.append(check);
    }
    return checks;
}
