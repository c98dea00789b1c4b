#include "VectorServers.h"

#include "BackupNameRule.h"
#include "OperationError.h"

void VectorServers::requireComplete() const
{
    using Kind = OperationError::Kind;
    if (!milvusBackupUrl.isValid() || milvusBackupUrl.host().isEmpty())
        throw OperationError(Kind::InvalidInput, tr("No milvus-backup server was given for the vector component."),
                             tr("Give --milvus-backup URL, e.g. http://localhost:8080."));
    if (!storage.serverUrl().isValid() || storage.bucket().isEmpty())
        throw OperationError(Kind::InvalidInput,
                             tr("The vector component needs milvus-backup's backup bucket (S3/MinIO endpoint and bucket)."),
                             tr("Give --s3 URL --s3-bucket BUCKET --s3-root PATH as in milvus-backup's backup.yaml "
                                "(minio.backupAddress, backupBucketName, backupRootPath)."));
    if (!storage.hasCredentials())
        throw OperationError(Kind::AuthFailed, tr("The S3 access key or secret key is not set."),
                             tr("Set S3_ACCESS_KEY and S3_SECRET_KEY in the environment."));
    if (!milvusUrl.isValid() || milvusUrl.host().isEmpty())
        throw OperationError(Kind::InvalidInput, tr("No Milvus server was given for the row counts."),
                             tr("Give --milvus URL (Milvus REST API, e.g. http://localhost:19530); the token comes "
                                "from MILVUS_TOKEN."));
}

QString VectorServers::collectionKey(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QStringList parts = trimmed.split(QLatin1Char('.'));
    bool ok = parts.size() <= 2;
    for (const QString &part : parts)
        ok = ok && part != QLatin1String("*") && BackupNameRule::isValidCollectionToken(part);
    if (!ok)
        throw OperationError(OperationError::Kind::InvalidInput, tr("\"%1\" is not a collection name.").arg(text),
                             tr("Use COLLECTION (database \"default\") or DATABASE.COLLECTION."));
    return parts.size() == 1 ? QStringLiteral("default.") + trimmed : trimmed;
}

QString VectorServers::displayUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}
