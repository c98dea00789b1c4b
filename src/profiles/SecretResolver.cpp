#include "SecretResolver.h"

#include "CredentialStore.h"
#include "OperationError.h"

SecretResolver::SecretResolver(const CredentialStore *credentials)
    : m_credentials(credentials)
{
}

std::optional<QString> SecretResolver::secret(const ConnectionProfile &profile, SecretKind kind)
{
    const SecretPolicy policy = profile.secretPolicy(kind);
    if (policy == SecretPolicy::NotNeeded)
        return std::nullopt;

    const auto key = qMakePair(profile.name(), kind);
    {
        QMutexLocker locker(&m_mutex);
        if (auto it = m_resolved.constFind(key); it != m_resolved.cend())
            return it->first;
    }
    auto remember = [&](const QString &value, Source source) {
        QMutexLocker locker(&m_mutex);
        m_resolved.insert(key, qMakePair(value, source));
        return value;
    };

    const QString variable = SecretKinds::environmentVariable(kind);
    if (m_useEnvironment) {
        const QString value = m_environment.value(variable);
        if (!value.isEmpty())
            return remember(value, Source::Environment);
    }

    std::optional<OperationError> keychainError;
    QString reason;
    if (policy == SecretPolicy::StoredInKeychain && m_credentials) {
        try {
            if (auto stored = m_credentials->findSecret(profile.name(), kind))
                return remember(*stored, Source::Keychain);
            reason = tr("The %1 of profile \"%2\" is not in the system keychain.")
                         .arg(SecretKinds::displayName(kind), profile.name());
        } catch (const OperationError &error) {
            if (error.kind() == OperationError::Kind::Canceled)
                throw;
            keychainError = error;
            reason = error.message();
        }
    } else if (policy == SecretPolicy::StoredInKeychain) {
        reason = tr("The system keychain is not used here.");
    } else {
        reason = tr("Profile \"%1\" asks for its %2 every time.")
                     .arg(profile.name(), SecretKinds::displayName(kind));
    }

    if (m_ask) {
        const std::optional<QString> answer = m_ask(Request{profile.name(), kind, reason});
        if (!answer)
            throw OperationError(OperationError::Kind::Canceled,
                                 tr("No %1 was entered for profile \"%2\".")
                                     .arg(SecretKinds::displayName(kind), profile.name()));
        return remember(*answer, Source::Asked);
    }

    if (keychainError)
        throw *keychainError;
    throw OperationError(OperationError::Kind::NotFound,
                         tr("The %1 for profile \"%2\" is needed but was not given.")
                             .arg(SecretKinds::displayName(kind), profile.name()),
                         tr("Set the environment variable %1, or store the secret in the profile.").arg(variable));
}

std::optional<SecretResolver::Source> SecretResolver::sourceOf(const QString &profileName, SecretKind kind) const
{
    QMutexLocker locker(&m_mutex);
    if (auto it = m_resolved.constFind(qMakePair(profileName, kind)); it != m_resolved.cend())
        return it->second;
    return std::nullopt;
}

void SecretResolver::forget()
{
    QMutexLocker locker(&m_mutex);
    m_resolved.clear();
}
