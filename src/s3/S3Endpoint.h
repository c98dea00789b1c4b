#pragma once

#include <QString>
#include <QUrl>

// Where a backup folder lives: an S3-compatible server (path-style addressing), a bucket, a root
// prefix inside it, the signing region and the credentials. The secret never leaves this object
// except to the signer; describe() is what logs and messages show.
class S3Endpoint
{
public:
    S3Endpoint() = default;

    // "http(s)://host[:port]" and the bucket separately, or everything in one URL:
    // "http(s)://host[:port]/<bucket>[/<root prefix>]" (the bucket argument then stays empty).
    // Throws OperationError(InvalidInput) for anything else.
    static S3Endpoint fromUrl(const QString &url, const QString &bucket = {}, const QString &rootPrefix = {},
                              const QString &region = {});

    // Reads S3_ACCESS_KEY / S3_SECRET_KEY; throws OperationError(AuthFailed) when either is missing.
    void loadCredentialsFromEnvironment();
    void setCredentials(const QString &accessKey, const QString &secretKey);
    bool hasCredentials() const { return !m_accessKey.isEmpty() && !m_secretKey.isEmpty(); }

    // PEM file with extra CA certificates trusted for https endpoints (e.g. a private MinIO CA).
    void setCaCertificateFile(const QString &path) { m_caCertificateFile = path; }
    QString caCertificateFile() const { return m_caCertificateFile; }

    QUrl serverUrl() const { return m_serverUrl; }
    QString bucket() const { return m_bucket; }
    // Without leading or trailing slashes; may be empty.
    QString rootPrefix() const { return m_rootPrefix; }
    QString region() const { return m_region; }
    QString accessKey() const { return m_accessKey; }
    QString secretKey() const { return m_secretKey; }
    bool isTls() const { return m_serverUrl.scheme() == QLatin1String("https"); }

    void setRootPrefix(const QString &prefix);
    void setRegion(const QString &region) { m_region = region.isEmpty() ? defaultRegion() : region; }

    // "<root>/<name>/" (or "<name>/" without a root): the key prefix of one backup folder, always with
    // the trailing slash so "b1" never matches "b10/...".
    QString folderPrefix(const QString &name) const;
    // "host:port bucket=... root=... region=... access key AKIA…XY" with the secret never shown.
    QString describe() const;

    static QString defaultRegion() { return QStringLiteral("us-east-1"); }

private:
    QUrl m_serverUrl;
    QString m_bucket;
    QString m_rootPrefix;
    QString m_region = defaultRegion();
    QString m_accessKey;
    QString m_secretKey;
    QString m_caCertificateFile;
};
