#pragma once

#include "SecretKind.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

// Secret values in memory, e.g. read from an export file or about to be written to one.
using SecretValues = QMap<SecretKind, QString>;

// One named set of connection settings ("dev laptop", "production"). A profile knows WHICH secrets
// its servers need and how to obtain them (SecretPolicy) but never holds secret values: those live in
// the OS keychain (CredentialStore) or are asked for each run. toJson() without secrets is what every
// file except an explicit "export with secrets" gets.
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    struct FalkorDb {
        QUrl url;  // redis://[user@]host:port or rediss://...; never with a password
        QStringList graphs;
        bool operator==(const FalkorDb &) const = default;
    };
    struct S3 {
        QUrl endpoint;
        QString bucket;
        QString root;
        QString region;
        QString accessKeyId;  // not a secret on its own; the secret key is SecretKind::S3SecretKey
        bool operator==(const S3 &) const = default;
    };
    struct Tls {
        QString caFile;         // extra CA bundle (PEM); empty = system CAs
        bool insecure = false;  // skip certificate verification (self-signed test servers only)
        bool operator==(const Tls &) const = default;
    };

    ConnectionProfile() = default;
    explicit ConnectionProfile(QString name);

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    FalkorDb &falkorDb() { return m_falkorDb; }
    const FalkorDb &falkorDb() const { return m_falkorDb; }
    QUrl &milvusBackupUrl() { return m_milvusBackupUrl; }
    const QUrl &milvusBackupUrl() const { return m_milvusBackupUrl; }
    S3 &s3() { return m_s3; }
    const S3 &s3() const { return m_s3; }
    // The Milvus server itself, used for row counts when verifying.
    QUrl &milvusUrl() { return m_milvusUrl; }
    const QUrl &milvusUrl() const { return m_milvusUrl; }
    Tls &tls() { return m_tls; }
    const Tls &tls() const { return m_tls; }

    SecretPolicy secretPolicy(SecretKind kind) const;
    void setSecretPolicy(SecretKind kind, SecretPolicy policy);
    bool needsSecret(SecretKind kind) const { return secretPolicy(kind) != SecretPolicy::NotNeeded; }
    // The kinds whose policy is StoredInKeychain.
    QList<SecretKind> keychainSecrets() const;

    // Throws OperationError(InvalidInput) when the name is unusable; see validateName().
    void validate() const;
    // Names become file content and keychain keys ("<name>/<kind>"): 1..64 characters, no '/', '\',
    // control characters, or leading/trailing spaces.
    static void validateName(const QString &name);
    static bool isValidName(const QString &name, QString *reason = nullptr);
    // Names are compared without case so "Production" and "production" cannot both exist.
    static bool sameName(const QString &a, const QString &b);

    // Never contains a secret: passwords embedded in URLs are removed too.
    QJsonObject toJson() const;
    // Export with secrets (explicit opt-in only): adds "secretValues" for the given kinds.
    QJsonObject toJsonWithSecrets(const SecretValues &secrets) const;
    // Throws OperationError(InvalidInput) for malformed input. Secret values found in the object go to
    // *secrets when given and are dropped otherwise; passwords in URLs are always dropped.
    static ConnectionProfile fromJson(const QJsonObject &object, SecretValues *secrets = nullptr);

    bool operator==(const ConnectionProfile &) const = default;

private:
    QString m_name;
    FalkorDb m_falkorDb;
    QUrl m_milvusBackupUrl;
    S3 m_s3;
    QUrl m_milvusUrl;
    Tls m_tls;
    QMap<SecretKind, SecretPolicy> m_secretPolicies;
};
