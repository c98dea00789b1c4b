#include "MilvusBackupRequestBuilder.h"

#include "BackupNameRule.h"
#include "MilvusBackupClient.h"
#include "OperationError.h"

#include <QJsonArray>
#include <QJsonDocument>

using Kind = OperationError::Kind;

namespace {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// {"db": ["c1", ...]} with an empty list meaning "all collections of db" (the db_collections dialect).
QJsonObject databaseCollectionsObject(const QMap<QString, QStringList> &collectionsByDatabase)
{
    QJsonObject object;
    for (auto it = collectionsByDatabase.constBegin(); it != collectionsByDatabase.constEnd(); ++it) {
        QJsonArray collections;
        for (const QString &collection : it.value()) {
            if (collection != QLatin1String("*"))
                collections.append(collection);
        }
        object.insert(it.key(), collections);
    }
    return object;
}

void requireValidSelection(const QMap<QString, QStringList> &collectionsByDatabase)
{
    // The class named in full, not through an alias: lupdate takes the message context from the name.
    for (auto it = collectionsByDatabase.constBegin(); it != collectionsByDatabase.constEnd(); ++it) {
        if (!BackupNameRule::isValidCollectionToken(it.key()) || it.key() == QLatin1String("*"))
            throw OperationError(Kind::InvalidInput,
                                 MilvusBackupRequestBuilder::tr("Invalid database name \"%1\".").arg(it.key()),
                                 MilvusBackupRequestBuilder::tr("Database names contain letters, digits and "
                                                                "underscores."));
        for (const QString &collection : it.value()) {
            if (!BackupNameRule::isValidCollectionToken(collection))
                throw OperationError(Kind::InvalidInput,
                                     MilvusBackupRequestBuilder::tr("Invalid collection name \"%1\" in database "
                                                                    "\"%2\".")
                                         .arg(collection, it.key()),
                                     MilvusBackupRequestBuilder::tr("Collection names contain letters, digits and "
                                                                    "underscores; \"*\" means all collections."));
        }
    }
}

} // namespace

MilvusBackupRequestBuilder::MilvusBackupRequestBuilder(const QVersionNumber &version)
    : m_version(version)
{
}

void MilvusBackupRequestBuilder::requireValidCreate(const CreateBackupRequest &request)
{
    BackupNameRule::requireValidBackupName(request.name);
    requireValidSelection(request.collectionsByDatabase);
}

void MilvusBackupRequestBuilder::requireValidRestore(const RestoreBackupRequest &request)
{
    BackupNameRule::requireValidBackupName(request.backupName);
    requireValidSelection(request.collectionsByDatabase);
    const QString suffixProblem = BackupNameRule::collectionSuffixProblem(request.collectionSuffix);
    if (!suffixProblem.isEmpty())
        throw OperationError(Kind::InvalidInput, suffixProblem);
    for (auto it = request.collectionRenames.constBegin(); it != request.collectionRenames.constEnd(); ++it) {
        for (const QString &side : { it.key(), it.value() }) {
            const QStringList parts = side.split(QLatin1Char('.'));
            bool ok = parts.size() <= 2;
            for (const QString &part : parts)
                ok = ok && BackupNameRule::isValidCollectionToken(part);
            if (!ok)
                throw OperationError(Kind::InvalidInput, tr("Invalid collection rename \"%1\" -> \"%2\".")
                                                             .arg(it.key(), it.value()),
                                     tr("Use \"db.collection\", \"collection\" or \"db.*\" on both sides."));
        }
    }
    if (request.dropExistCollection && request.skipCreateCollection)
        throw OperationError(Kind::InvalidInput,
                             tr("\"Drop existing collections\" and \"import into existing collections\" cannot be "
                                "combined."));
}

QJsonObject MilvusBackupRequestBuilder::createBody(const CreateBackupRequest &request) const
{
    const bool modern = MilvusBackupClient::isModern(m_version);
    QJsonObject body;
    body.insert(QLatin1String("backup_name"), request.name);
    body.insert(QLatin1String("async"), true);
    if (!request.collectionsByDatabase.isEmpty()) {
        if (modern) {
            // filter: an empty list would mean "the database only, no collections"; we mean all.
            QJsonObject filter;
            for (auto it = request.collectionsByDatabase.constBegin(); it != request.collectionsByDatabase.constEnd();
                 ++it) {
                QJsonArray collections;
                for (const QString &collection : it.value())
                    collections.append(collection);
                if (collections.isEmpty())
                    collections.append(QStringLiteral("*"));
                filter.insert(it.key(), QJsonObject { { QLatin1String("colls"), collections } });
            }
            body.insert(QLatin1String("filter"), filter);
        } else {
            // A JSON string holding JSON: the one form every version before 0.5.10 parses.
            body.insert(QLatin1String("db_collections"), compactJson(databaseCollectionsObject(request.collectionsByDatabase)));
        }
    }
    static const QStringList strategies { QStringLiteral("meta_only"), QStringLiteral("skip_flush"),
                                          QStringLiteral("bulk_flush"), QStringLiteral("serial_flush") };
    if (!request.strategy.isEmpty()) {
        if (!strategies.contains(request.strategy))
            throw OperationError(Kind::InvalidInput, tr("Unknown backup strategy \"%1\".").arg(request.strategy),
                                 tr("Use one of: %1.").arg(strategies.join(QLatin1String(", "))));
        if (modern) {
            body.insert(QLatin1String("strategy"), request.strategy);
        } else if (request.strategy == QLatin1String("meta_only")) {
            body.insert(QLatin1String("meta_only"), true);
        } else if (request.strategy == QLatin1String("skip_flush")) {
            body.insert(QLatin1String("force"), true);
        } else {
            throw OperationError(Kind::InvalidInput,
                                 tr("The backup strategy \"%1\" needs milvus-backup 0.5.10 or newer.")
                                     .arg(request.strategy));
        }
    }
    if (request.rbac)
        body.insert(QLatin1String("rbac"), true);
    if (request.gcPauseEnable)
        body.insert(QLatin1String("gc_pause_enable"), true);
    if (!request.gcPauseAddress.isEmpty())
        body.insert(QLatin1String("gc_pause_address"), request.gcPauseAddress);
    if (!request.backupRootPath.isEmpty()) {
        if (m_version < QVersionNumber(0, 5, 9))
            throw OperationError(Kind::InvalidInput,
                                 tr("A backup root path other than the configured one needs milvus-backup 0.5.9 "
                                    "or newer (older servers ignore it and write to the default root)."));
        body.insert(QLatin1String("backup_root_path"), request.backupRootPath);
    }
    if (request.withIndexExtra) {
        if (!modern)
            throw OperationError(Kind::InvalidInput, tr("Backing up extra index information needs milvus-backup "
                                                        "0.5.10 or newer."));
        body.insert(QLatin1String("with_index_extra"), true);
    }
    return body;
}

QJsonObject MilvusBackupRequestBuilder::restoreBody(const RestoreBackupRequest &request, const QString &taskId) const
{
    QJsonObject body;
    body.insert(QLatin1String("backup_name"), request.backupName);
    body.insert(QLatin1String("async"), true);
    body.insert(QLatin1String("id"), taskId);
    if (!request.collectionsByDatabase.isEmpty())
        body.insert(QLatin1String("db_collections"), compactJson(databaseCollectionsObject(request.collectionsByDatabase)));
    if (!request.collectionSuffix.isEmpty())
        body.insert(QLatin1String("collection_suffix"), request.collectionSuffix);
    if (!request.collectionRenames.isEmpty()) {
        QJsonObject renames;
        for (auto it = request.collectionRenames.constBegin(); it != request.collectionRenames.constEnd(); ++it)
            renames.insert(it.key(), it.value());
        body.insert(QLatin1String("collection_renames"), renames);
    }
    if (!request.bucketName.isEmpty())
        body.insert(QLatin1String("bucket_name"), request.bucketName);
    if (!request.path.isEmpty())
        body.insert(QLatin1String("path"), request.path);
    // camelCase, exactly as RestoreBackupRequest's JSON tags; snake_case forms are silently dropped.
    const auto flag = [&body](const char *key, bool value) {
        if (value)
            body.insert(QLatin1String(key), true);
    };
    flag("metaOnly", request.metaOnly);
    flag("restoreIndex", request.restoreIndex);
    flag("useAutoIndex", request.useAutoIndex);
    flag("dropExistCollection", request.dropExistCollection);
    flag("dropExistIndex", request.dropExistIndex);
    flag("skipCreateCollection", request.skipCreateCollection);
    flag("rbac", request.rbac);
    flag("useV2Restore", request.useV2Restore);
    return body;
}
