#include "CredentialStore.h"

#include "KeychainThread.h"
#include "OperationError.h"

#include <QFutureWatcher>
#include <QSemaphore>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

using Operation = KeychainThread::Operation;

QString operationVerb(Operation operation)
{
    switch (operation) {
    case Operation::Read: return CredentialStore::tr("read");
    case Operation::Write: return CredentialStore::tr("store");
    case Operation::Delete: return CredentialStore::tr("delete");
    }
    return {};
}

QString alternativesHint(SecretKind kind)
{
    return CredentialStore::tr(
               "This computer may have no keychain service (Secret Service such as GNOME Keyring or "
               "KWallet), which is common on servers without a desktop session. In the desktop app, "
               "set this secret to \"Ask every time\"; on the command line, set the environment "
               "variable %1 instead. Secrets are never written to files as a fallback.")
        .arg(SecretKinds::environmentVariable(kind));
}

// Turns a QtKeychain outcome into the project's error. libsecret's messages say what went wrong on the
// bus ("The name org.freedesktop.secrets was not provided by any .service files", "Could not connect")
// so they are kept as detail; they never contain the secret.
OperationError errorFor(Operation operation, const QString &profileName, SecretKind kind,
                        const KeychainThread::Reply &reply)
{
    const QString what = CredentialStore::tr("Could not %1 the %2 of profile \"%3\" in the system keychain")
                             .arg(operationVerb(operation), SecretKinds::displayName(kind), profileName);
    const QString detail = reply.errorString.isEmpty() ? QString() : QStringLiteral(": ") + reply.errorString;
    switch (reply.error) {
    case QKeychain::EntryNotFound:
        return OperationError(OperationError::Kind::NotFound,
                              CredentialStore::tr("The %1 of profile \"%2\" is not in the system keychain.")
                                  .arg(SecretKinds::displayName(kind), profileName),
                              CredentialStore::tr("Enter it again in the profile, or set %1 on the command line.")
                                  .arg(SecretKinds::environmentVariable(kind)));
    case QKeychain::AccessDeniedByUser:
        return OperationError(OperationError::Kind::AuthFailed,
                              what + CredentialStore::tr(": access was refused."),
                              CredentialStore::tr("Allow BrandMind Backup to use the keychain when asked, or "
                                                  "set this secret to \"Ask every time\"."));
    case QKeychain::AccessDenied:
        return OperationError(OperationError::Kind::AuthFailed,
                              what + CredentialStore::tr(": the keychain is locked or refused access") + detail,
                              CredentialStore::tr("Unlock the keychain (log in to the desktop session) and try "
                                                  "again. ")
                                  + alternativesHint(kind));
    default:
        return OperationError(OperationError::Kind::ConnectionFailed,
                              what + CredentialStore::tr(": no usable keychain is available") + detail,
                              alternativesHint(kind));
    }
}

KeychainThread::Reply runAndWait(const KeychainThread::Request &request, SecretKind kind,
                                 const QString &profileName, int timeoutMs)
{
    QFuture<KeychainThread::Reply> future = KeychainThread::run(request);
    // Released on the keychain thread, so the caller needs no event loop of its own.
    auto done = std::make_shared<QSemaphore>();
    auto continuation = future.then(QtFuture::Launch::Sync,
                                    [done](const KeychainThread::Reply &) { done->release(); });
    Q_UNUSED(continuation)
    if (!done->tryAcquire(1, timeoutMs)) {
        throw OperationError(OperationError::Kind::Timeout,
                             CredentialStore::tr("The system keychain did not answer within %1 seconds "
                                                 "while trying to %2 the %3 of profile \"%4\".")
                                 .arg(timeoutMs / 1000)
                                 .arg(operationVerb(request.operation), SecretKinds::displayName(kind),
                                      profileName),
                             CredentialStore::tr("If the keychain shows an unlock prompt, answer it. ")
                                 + alternativesHint(kind));
    }
    return future.result();
}

KeychainThread::Request requestFor(Operation operation, const QString &service, const QString &profileName,
                                   SecretKind kind, const QString &secret = {})
{
    KeychainThread::Request request;
    request.operation = operation;
    request.service = service;
    request.key = CredentialStore::keyFor(profileName, kind);
    request.secret = secret;
    return request;
}

}

QString CredentialStore::defaultServiceName()
{
    return QStringLiteral("BrandMind Backup");
}

QString CredentialStore::keyFor(const QString &profileName, SecretKind kind)
{
    return profileName + QLatin1Char('/') + SecretKinds::id(kind);
}

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultServiceName(), parent)
{
}

CredentialStore::CredentialStore(QString serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
{
    qRegisterMetaType<SecretKind>();
}

std::optional<QString> CredentialStore::findSecret(const QString &profileName, SecretKind kind) const
{
    const auto reply = runAndWait(requestFor(Operation::Read, m_serviceName, profileName, kind), kind,
                                  profileName, m_timeoutMs);
    if (reply.error == QKeychain::NoError)
        return reply.secret;
    if (reply.error == QKeychain::EntryNotFound)
        return std::nullopt;
    throw errorFor(Operation::Read, profileName, kind, reply);
}

QString CredentialStore::readSecret(const QString &profileName, SecretKind kind) const
{
    if (auto secret = findSecret(profileName, kind))
        return *secret;
    KeychainThread::Reply notFound;
    notFound.error = QKeychain::EntryNotFound;
    throw errorFor(Operation::Read, profileName, kind, notFound);
}

void CredentialStore::writeSecret(const QString &profileName, SecretKind kind, const QString &secret) const
{
    if (secret.isEmpty())
        throw OperationError(OperationError::Kind::InvalidInput,
                             tr("An empty %1 cannot be stored.").arg(SecretKinds::displayName(kind)),
                             tr("If the server needs no secret, set it to \"Not needed\" in the profile."));
    const auto reply = runAndWait(requestFor(Operation::Write, m_serviceName, profileName, kind, secret),
                                  kind, profileName, m_timeoutMs);
    if (reply.error != QKeychain::NoError)
        throw errorFor(Operation::Write, profileName, kind, reply);
}

void CredentialStore::deleteSecret(const QString &profileName, SecretKind kind) const
{
    const auto reply = runAndWait(requestFor(Operation::Delete, m_serviceName, profileName, kind), kind,
                                  profileName, m_timeoutMs);
    if (reply.error != QKeychain::NoError && reply.error != QKeychain::EntryNotFound)
        throw errorFor(Operation::Delete, profileName, kind, reply);
}

void CredentialStore::deleteSecrets(const QString &profileName, const QList<SecretKind> &kinds) const
{
    for (SecretKind kind : kinds)
        deleteSecret(profileName, kind);
}

void CredentialStore::copySecrets(const QString &fromProfile, const QString &toProfile,
                                  const QList<SecretKind> &kinds) const
{
    QList<SecretKind> copied;
    try {
        for (SecretKind kind : kinds) {
            if (const auto secret = findSecret(fromProfile, kind)) {
                writeSecret(toProfile, kind, *secret);
                copied.append(kind);
            }
        }
    } catch (const OperationError &) {
        for (SecretKind kind : std::as_const(copied)) {
            try {
                deleteSecret(toProfile, kind);
            } catch (const OperationError &) {
                // The original error is the one worth reporting.
            }
        }
        throw;
    }
}

quint64 CredentialStore::readSecretAsync(const QString &profileName, SecretKind kind)
{
    return startAsync(int(Operation::Read), profileName, kind, {});
}

quint64 CredentialStore::writeSecretAsync(const QString &profileName, SecretKind kind, const QString &secret)
{
    return startAsync(int(Operation::Write), profileName, kind, secret);
}

quint64 CredentialStore::deleteSecretAsync(const QString &profileName, SecretKind kind)
{
    return startAsync(int(Operation::Delete), profileName, kind, {});
}

quint64 CredentialStore::startAsync(int operationValue, const QString &profileName, SecretKind kind,
                                    const QString &secret)
{
    const auto operation = Operation(operationValue);
    const quint64 id = m_nextRequestId++;
    auto *watcher = new QFutureWatcher<KeychainThread::Reply>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        const QFuture<KeychainThread::Reply> future = watcher->future();
        KeychainThread::Reply reply;
        if (future.isCanceled() || future.resultCount() == 0) {
            reply.error = QKeychain::OtherError;
            reply.errorString = tr("the keychain service was shut down");
        } else {
            reply = future.result();
        }
        if (reply.error == QKeychain::NoError || (operation == Operation::Delete && reply.error == QKeychain::EntryNotFound)) {
            switch (operation) {
            case Operation::Read: emit secretRead(id, profileName, kind, reply.secret); break;
            case Operation::Write: emit secretWritten(id, profileName, kind); break;
            case Operation::Delete: emit secretDeleted(id, profileName, kind); break;
            }
            return;
        }
        if (operation == Operation::Read && reply.error == QKeychain::EntryNotFound) {
            emit secretNotFound(id, profileName, kind);
            return;
        }
        const OperationError error = errorFor(operation, profileName, kind, reply);
        emit requestFailed(id, profileName, kind, int(error.kind()), error.message(), error.hint());
    });
    if (operation == Operation::Write && secret.isEmpty()) {
        // Same rule as writeSecret(); reported through the signal like every other failure.
        QMetaObject::invokeMethod(this, [=, this] {
            watcher->deleteLater();
            emit requestFailed(id, profileName, kind, int(OperationError::Kind::InvalidInput),
                               tr("An empty %1 cannot be stored.").arg(SecretKinds::displayName(kind)), {});
        }, Qt::QueuedConnection);
        return id;
    }
    watcher->setFuture(KeychainThread::run(requestFor(operation, m_serviceName, profileName, kind, secret)));
    return id;
}
