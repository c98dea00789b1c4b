#include "S3Endpoint.h"

#include "OperationError.h"

#include <QObject>

namespace {

QString trimSlashes(QString text)
{
    while (text.startsWith(QLatin1Char('/')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

// S3 bucket naming rules, enough to catch a URL or a path typed into the bucket field.
bool isValidBucketName(const QString &name)
{
    if (name.size() < 3 || name.size() > 63)
        return false;
    for (const QChar c : name) {
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_')))
            return false;
        if (c.unicode() > 127)
            return false;
    }
    return true;
}

} // namespace

S3Endpoint S3Endpoint::fromUrl(const QString &url, const QString &bucket, const QString &rootPrefix,
                               const QString &region)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || parsed.host().isEmpty()) {
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("\"%1\" is not an S3 endpoint URL.").arg(url),
                             QObject::tr("Use http://host:port or https://host:port, e.g. http://127.0.0.1:9000."));
    }
    if (!parsed.userInfo().isEmpty() || parsed.hasQuery() || parsed.hasFragment()) {
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("The S3 endpoint URL must not contain credentials, a query or a fragment."),
                             QObject::tr("Give the keys through S3_ACCESS_KEY/S3_SECRET_KEY or the profile."));
    }

    S3Endpoint endpoint;
    endpoint.m_serverUrl.setScheme(scheme);
    endpoint.m_serverUrl.setHost(parsed.host());
    if (parsed.port() > 0)
        endpoint.m_serverUrl.setPort(parsed.port());

    QString pathBucket;
    QString pathRoot;
    const QString path = trimSlashes(parsed.path());
    if (!path.isEmpty()) {
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        pathBucket = slash < 0 ? path : path.left(slash);
        pathRoot = slash < 0 ? QString() : path.mid(slash + 1);
    }
    if (!bucket.isEmpty() && !pathBucket.isEmpty() && bucket != pathBucket) {
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("The URL names bucket \"%1\" but bucket \"%2\" was given.").arg(pathBucket, bucket));
    }
    endpoint.m_bucket = bucket.isEmpty() ? pathBucket : bucket;
    if (endpoint.m_bucket.isEmpty()) {
        throw OperationError(OperationError::Kind::InvalidInput, QObject::tr("No S3 bucket was given."),
                             QObject::tr("Name the bucket, or use http://host:port/<bucket>/<root>."));
    }
    if (!isValidBucketName(endpoint.m_bucket)) {
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("\"%1\" is not a valid S3 bucket name.").arg(endpoint.m_bucket),
                             QObject::tr("Bucket names are 3 to 63 lower-case letters, digits, dots and hyphens."));
    }
    endpoint.setRootPrefix(rootPrefix.isEmpty() ? pathRoot : rootPrefix);
    endpoint.setRegion(region);
    return endpoint;
}

void S3Endpoint::loadCredentialsFromEnvironment()
{
    const QString accessKey = qEnvironmentVariable("S3_ACCESS_KEY");
    const QString secretKey = qEnvironmentVariable("S3_SECRET_KEY");
    if (accessKey.isEmpty() || secretKey.isEmpty()) {
        throw OperationError(OperationError::Kind::AuthFailed,
                             QObject::tr("No S3 credentials: S3_ACCESS_KEY and S3_SECRET_KEY must both be set."),
                             QObject::tr("Export S3_ACCESS_KEY and S3_SECRET_KEY, or store the keys in the profile."));
    }
    setCredentials(accessKey, secretKey);
}

void S3Endpoint::setCredentials(const QString &accessKey, const QString &secretKey)
{
    m_accessKey = accessKey.trimmed();
    m_secretKey = secretKey;
}

void S3Endpoint::setRootPrefix(const QString &prefix)
{
    m_rootPrefix = trimSlashes(prefix);
}

QString S3Endpoint::folderPrefix(const QString &name) const
{
    const QString folder = trimSlashes(name);
    if (m_rootPrefix.isEmpty())
        return folder + QLatin1Char('/');
    return m_rootPrefix + QLatin1Char('/') + folder + QLatin1Char('/');
}

QString S3Endpoint::describe() const
{
    // Access keys are identifiers, not secrets, but a full one in a shared log still helps an
    // attacker pick a target: show the first four and the last two characters only.
    QString key = QObject::tr("no access key");
    if (!m_accessKey.isEmpty()) {
        key = m_accessKey.size() > 8 ? m_accessKey.left(4) + QStringLiteral("…") + m_accessKey.right(2)
                                     : QStringLiteral("…");
        key = QObject::tr("access key %1").arg(key);
    }
    return QStringLiteral("%1 bucket=%2 root=%3 region=%4 %5%6")
        .arg(m_serverUrl.toString(), m_bucket, m_rootPrefix.isEmpty() ? QStringLiteral("(none)") : m_rootPrefix,
             m_region, key,
             m_caCertificateFile.isEmpty() ? QString() : QStringLiteral(" ca=") + m_caCertificateFile);
}
