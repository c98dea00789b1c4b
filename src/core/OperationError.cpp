#include "OperationError.h"

OperationError::OperationError(Kind kind, QString message, QString hint)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_hint(std::move(hint))
{
}

QString OperationError::fullText() const
{
    if (m_hint.isEmpty())
        return m_message;
    return m_message + QLatin1Char('\n') + m_hint;
}

QString OperationError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Failed: return QStringLiteral("failed");
    case Kind::Canceled: return QStringLiteral("canceled");
    case Kind::InvalidInput: return QStringLiteral("invalid-input");
    case Kind::ConnectionFailed: return QStringLiteral("connection-failed");
    case Kind::AuthFailed: return QStringLiteral("auth-failed");
    case Kind::TlsFailed: return QStringLiteral("tls-failed");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::ServerError: return QStringLiteral("server-error");
    case Kind::IntegrityError: return QStringLiteral("integrity-error");
    }
    return QStringLiteral("failed");
}

const char *OperationError::what() const noexcept
{
    m_what = fullText().toUtf8();
    return m_what.constData();
}
