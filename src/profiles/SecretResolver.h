#pragma once

#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <optional>

class CredentialStore;

// Finds the secret a job or CLI command needs for one profile, in this order:
//
//   1. the profile's policy: NotNeeded -> no secret, nothing else is consulted;
//   2. a value this resolver already obtained (one job asks at most once per secret);
//   3. the environment variable (FALKORDB_PASSWORD, S3_SECRET_KEY, MILVUS_TOKEN), only when enabled
//      with setUseEnvironment(true), which the CLI does: an explicit variable wins over the keychain;
//   4. the keychain, when the policy is StoredInKeychain and a CredentialStore was given;
//   5. the ask callback (GUI dialog, CLI terminal prompt), when set. It is told why it is asked:
//      "ask every time", not in the keychain, or the keychain error (e.g. no keychain on this machine);
//   6. otherwise an OperationError: the keychain's own error when there was one, else NotFound, with a
//      hint naming the environment variable.
//
// Safe to use from several worker threads; the ask callback runs on the calling thread, so a GUI
// callback must hop to the GUI thread itself (e.g. BlockingQueuedConnection).
class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(SecretResolver)

public:
    enum class Source { Environment, Keychain, Asked };

    struct Request {
        QString profileName;
        SecretKind kind;
        QString reason;  // for people: why the secret is being asked for
    };
    // Returns the secret, or nullopt when the person canceled.
    using AskCallback = std::function<std::optional<QString>(const Request &)>;

    explicit SecretResolver(const CredentialStore *credentials = nullptr);

    void setUseEnvironment(bool use) { m_useEnvironment = use; }
    // Defaults to the process environment; tests inject their own.
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setAskCallback(AskCallback ask) { m_ask = std::move(ask); }

    // nullopt only when the profile needs no secret of this kind. Throws OperationError (Canceled
    // when the person canceled the prompt).
    std::optional<QString> secret(const ConnectionProfile &profile, SecretKind kind);
    // Where the last value for (profile, kind) came from; nullopt if not resolved yet.
    std::optional<Source> sourceOf(const QString &profileName, SecretKind kind) const;
    // Drops remembered values (e.g. after an authentication failure, to ask again).
    void forget();

private:
    const CredentialStore *m_credentials;
    bool m_useEnvironment = false;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    AskCallback m_ask;
    mutable QMutex m_mutex;
    QMap<QPair<QString, SecretKind>, QPair<QString, Source>> m_resolved;
};
