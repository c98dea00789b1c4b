#pragma once

#include "SecretKind.h"

#include <QObject>
#include <QString>

#include <optional>

class OperationError;

// The one place secrets are stored: the OS keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows), under the service serviceName() and the key
// "<profile>/<kind>", e.g. "production/falkordb-password".
//
// There is no insecure fallback: when no keychain is available (a server without a desktop session,
// no Secret Service on the bus) every call fails with an OperationError that says so and names the
// alternatives ("Ask every time" in the desktop app, FALKORDB_PASSWORD etc. on the command line).
//
// The synchronous calls block the calling thread (any thread, no event loop needed) until the keychain
// answers or timeoutMs() passes; use them from worker threads and the CLI. The GUI thread uses the
// *Async calls and the signals, which are emitted in the thread this object lives in.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    static QString defaultServiceName();  // "BrandMind Backup"
    static QString keyFor(const QString &profileName, SecretKind kind);

    explicit CredentialStore(QObject *parent = nullptr);
    explicit CredentialStore(QString serviceName, QObject *parent = nullptr);

    const QString &serviceName() const { return m_serviceName; }
    // How long a synchronous call waits. The default is generous because a desktop keychain may show
    // an unlock prompt that a person has to answer.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Synchronous API; all throw OperationError.
    std::optional<QString> findSecret(const QString &profileName, SecretKind kind) const;
    // Like findSecret() but a missing secret is an OperationError(NotFound).
    QString readSecret(const QString &profileName, SecretKind kind) const;
    void writeSecret(const QString &profileName, SecretKind kind, const QString &secret) const;
    // Succeeds when there was nothing to delete.
    void deleteSecret(const QString &profileName, SecretKind kind) const;
    void deleteSecrets(const QString &profileName, const QList<SecretKind> &kinds) const;
    // Copies the given kinds that exist from one profile name to another. On failure, what was already
    // copied is removed again and the error is rethrown.
    void copySecrets(const QString &fromProfile, const QString &toProfile,
                     const QList<SecretKind> &kinds) const;

    // Asynchronous API for the GUI thread: each call returns a request id that the signals repeat.
    quint64 readSecretAsync(const QString &profileName, SecretKind kind);
    quint64 writeSecretAsync(const QString &profileName, SecretKind kind, const QString &secret);
    quint64 deleteSecretAsync(const QString &profileName, SecretKind kind);

signals:
    void secretRead(quint64 requestId, const QString &profileName, SecretKind kind, const QString &secret);
    void secretNotFound(quint64 requestId, const QString &profileName, SecretKind kind);
    void secretWritten(quint64 requestId, const QString &profileName, SecretKind kind);
    void secretDeleted(quint64 requestId, const QString &profileName, SecretKind kind);
    // message and hint as in OperationError; errorKind is an OperationError::Kind.
    void requestFailed(quint64 requestId, const QString &profileName, SecretKind kind, int errorKind,
                       const QString &message, const QString &hint);

private:
    // operation is a KeychainThread::Operation, kept out of this header.
    quint64 startAsync(int operation, const QString &profileName, SecretKind kind,
                       const QString &secret);

    QString m_serviceName;
    int m_timeoutMs = 120000;
    quint64 m_nextRequestId = 1;
};
