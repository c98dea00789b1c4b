#include "ProfileEndpoints.h"

#include "OperationError.h"
#include "SecretResolver.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace {
QString buildUrl(const ConnectionProfile &profile, const QString &password)
{
    const QUrl &url = profile.falkorDb().url;
    const bool tls = url.scheme() == QLatin1String("rediss");
    QString text = tls ? QStringLiteral("rediss://") : QStringLiteral("redis://");
    // Percent-encoded because FalkorEndpoint::parse decodes user and password.
    const QString user = url.userName();
    if (!user.isEmpty() || !password.isEmpty()) {
        text += QString::fromLatin1(QUrl::toPercentEncoding(user));
        if (!password.isEmpty())
            text += QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password));
        text += QLatin1Char('@');
    }
    const QString host = url.host();
    text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    text += QLatin1Char(':') + QString::number(url.port(6379));
    QUrlQuery query(url);
    if (tls && !profile.tls().caFile.isEmpty() && !query.hasQueryItem(QStringLiteral("ca")))
        query.addQueryItem(QStringLiteral("ca"), profile.tls().caFile);
    if (tls && profile.tls().insecure && !query.hasQueryItem(QStringLiteral("insecure")))
        query.addQueryItem(QStringLiteral("insecure"), QStringLiteral("1"));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return text;
}
} // namespace

QString ProfileEndpoints::falkorDbUrl(const ConnectionProfile &profile, SecretResolver &secrets)
{
    if (profile.falkorDb().url.isEmpty())
        throw OperationError(OperationError::Kind::InvalidInput,
                             QCoreApplication::translate("ProfileEndpoints", "The profile \"%1\" has no FalkorDB address.")
                                 .arg(profile.name()),
                             QCoreApplication::translate("ProfileEndpoints", "Edit the profile and enter the FalkorDB URL."));
    const std::optional<QString> password = secrets.secret(profile, SecretKind::FalkorDbPassword);
    return buildUrl(profile, password.value_or(QString()));
}

QString ProfileEndpoints::falkorDbDisplayUrl(const ConnectionProfile &profile)
{
    if (profile.falkorDb().url.isEmpty())
        return {};
    return buildUrl(profile, {});
}

namespace {
bool hasHost(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty();
}
} // namespace

QStringList ProfileEndpoints::missingVectorSettings(const ConnectionProfile &profile)
{
    QStringList missing;
    if (!hasHost(profile.milvusBackupUrl()))
        missing.append(QCoreApplication::translate("ProfileEndpoints", "milvus-backup URL"));
    if (!hasHost(profile.s3().endpoint))
        missing.append(QCoreApplication::translate("ProfileEndpoints", "S3 endpoint"));
    if (!hasHost(profile.milvusUrl()))
        missing.append(QCoreApplication::translate("ProfileEndpoints", "Milvus URL"));
    return missing;
}

bool ProfileEndpoints::hasVectorServers(const ConnectionProfile &profile)
{
    return missingVectorSettings(profile).isEmpty();
}

QString ProfileEndpoints::vectorServersProblem(const ConnectionProfile &profile)
{
    const QStringList missing = missingVectorSettings(profile);
    if (missing.isEmpty())
        return {};
    if (missing.size() == 3)
        return QCoreApplication::translate("ProfileEndpoints", "The profile \"%1\" names no vector servers (milvus-backup, its S3/MinIO bucket and Milvus), "
                         "so it has no vector collections here. Add them to the profile (Profiles tab) to include collections.")
            .arg(profile.name());
    return QCoreApplication::translate("ProfileEndpoints", "The profile \"%1\" lacks what vector collections need: %2. Complete it in the "
                                       "Profiles tab to include collections.")
        .arg(profile.name(), missing.join(QStringLiteral(", ")));
}

S3Endpoint ProfileEndpoints::vectorStorage(const ConnectionProfile &profile)
{
    const ConnectionProfile::S3 &s3 = profile.s3();
    const QString bucket = s3.bucket.trimmed().isEmpty() ? QStringLiteral("a-bucket") : s3.bucket.trimmed();
    const QString root = s3.root.trimmed().isEmpty() ? QStringLiteral("backup") : s3.root.trimmed();
    S3Endpoint endpoint = S3Endpoint::fromUrl(s3.endpoint.adjusted(QUrl::RemoveUserInfo).toString(), bucket, root, s3.region.trimmed());
    if (!profile.tls().caFile.isEmpty())
        endpoint.setCaCertificateFile(profile.tls().caFile);
    return endpoint;
}

VectorServers ProfileEndpoints::vectorServers(const ConnectionProfile &profile, SecretResolver &secrets)
{
    const QString problem = vectorServersProblem(profile);
    if (!problem.isEmpty())
        throw OperationError(OperationError::Kind::InvalidInput, problem);
    VectorServers servers;
    servers.milvusBackupUrl = profile.milvusBackupUrl();
    servers.milvusUrl = profile.milvusUrl();
    servers.storage = vectorStorage(profile);
    if (profile.s3().accessKeyId.trimmed().isEmpty() || !profile.needsSecret(SecretKind::S3SecretKey))
        throw OperationError(OperationError::Kind::AuthFailed,
                             QCoreApplication::translate("ProfileEndpoints", "The profile \"%1\" has no S3 access key and secret key for milvus-backup's bucket.")
                                 .arg(profile.name()),
                             QCoreApplication::translate("ProfileEndpoints", "Edit the profile: enter the access key and choose how the secret key is kept."));
    const std::optional<QString> secretKey = secrets.secret(profile, SecretKind::S3SecretKey);
    servers.storage.setCredentials(profile.s3().accessKeyId.trimmed(), secretKey.value_or(QString()));
    servers.milvusToken = secrets.secret(profile, SecretKind::MilvusToken).value_or(QString());
    return servers;
}

SetDiff::Request ProfileEndpoints::liveDiffRequest(const ConnectionProfile &profile, SecretResolver &secrets, const QString &set,
                                                   bool graphs, bool collections)
{
    SetDiff::Request request;
    request.setA = set;
    if (graphs)
        request.falkordbUrl = falkorDbUrl(profile, secrets);
    if (collections) {
        request.milvusUrl = profile.milvusUrl().adjusted(QUrl::RemoveUserInfo).toString();
        request.milvusToken = secrets.secret(profile, SecretKind::MilvusToken).value_or(QString());
    }
    return request;
}
