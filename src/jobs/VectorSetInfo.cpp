#include "VectorSetInfo.h"

#include "OperationError.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

QJsonObject VectorSetInfo::toJson() const
{
    QJsonArray collectionArray;
    for (const Collection &c : collections)
        collectionArray.append(QJsonObject { { QStringLiteral("database"), c.database },
                                             { QStringLiteral("name"), c.name },
                                             { QStringLiteral("rows"), c.rows },
                                             { QStringLiteral("size"), c.size },
                                             { QStringLiteral("hasIndex"), c.hasIndex } });
    return { { QStringLiteral("formatVersion"), formatVersion },
             { QStringLiteral("backupName"), backupName },
             { QStringLiteral("folder"), folder },
             { QStringLiteral("milvusBackupServer"), milvusBackupServer },
             { QStringLiteral("milvusBackupVersion"), milvusBackupVersion },
             { QStringLiteral("milvusVersion"), milvusVersion },
             { QStringLiteral("sourceBucket"), sourceBucket },
             { QStringLiteral("sourceRoot"), sourceRoot },
             { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs) },
             { QStringLiteral("backupSize"), backupSize },
             { QStringLiteral("collections"), collectionArray } };
}

VectorSetInfo VectorSetInfo::fromJson(const QJsonObject &json)
{
    VectorSetInfo info;
    info.formatVersion = json.value(QStringLiteral("formatVersion")).toInt(-1);
    if (info.formatVersion < 1 || info.formatVersion > CurrentFormatVersion)
        throw OperationError(OperationError::Kind::InvalidInput,
                             tr("vector.json has format version %1; this program reads version %2.")
                                 .arg(info.formatVersion)
                                 .arg(CurrentFormatVersion),
                             tr("Use a newer BrandMind Backup for this set."));
    info.backupName = json.value(QStringLiteral("backupName")).toString();
    info.folder = json.value(QStringLiteral("folder")).toString();
    info.milvusBackupServer = json.value(QStringLiteral("milvusBackupServer")).toString();
    info.milvusBackupVersion = json.value(QStringLiteral("milvusBackupVersion")).toString();
    info.milvusVersion = json.value(QStringLiteral("milvusVersion")).toString();
    info.sourceBucket = json.value(QStringLiteral("sourceBucket")).toString();
    info.sourceRoot = json.value(QStringLiteral("sourceRoot")).toString();
    info.createdAt = QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    info.backupSize = json.value(QStringLiteral("backupSize")).toInteger();
    for (const QJsonValue &value : json.value(QStringLiteral("collections")).toArray()) {
        const QJsonObject object = value.toObject();
        info.collections.append({ object.value(QStringLiteral("database")).toString(),
                                  object.value(QStringLiteral("name")).toString(),
                                  object.value(QStringLiteral("rows")).toInteger(-1),
                                  object.value(QStringLiteral("size")).toInteger(),
                                  object.value(QStringLiteral("hasIndex")).toBool() });
    }
    if (info.backupName.isEmpty() || info.folder.isEmpty())
        throw OperationError(OperationError::Kind::InvalidInput, tr("vector.json names no backup or folder."));
    return info;
}

QString VectorSetInfo::pathIn(const QString &setDirectory)
{
    return QDir(setDirectory).filePath(QStringLiteral("vector/") + QLatin1String(FileName));
}

void VectorSetInfo::save(const QString &setDirectory) const
{
    const QString path = pathIn(setDirectory);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        throw OperationError(OperationError::Kind::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
}

VectorSetInfo VectorSetInfo::load(const QString &setDirectory)
{
    const QString path = pathIn(setDirectory);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        throw OperationError(OperationError::Kind::InvalidInput,
                             tr("%1 is not valid JSON: %2").arg(path, error.errorString()));
    return fromJson(document.object());
}
