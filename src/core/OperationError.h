#pragma once

#include <QException>
#include <QString>

// The one error type that crosses capability boundaries. It carries a message a person can act on
// (what failed) and a hint (what to do), never raw protocol text alone and never a secret. It derives
// from QException so that it travels through QtConcurrent/QFuture unchanged.
class OperationError : public QException
{
public:
    enum class Kind {
        Failed,            // anything not covered below
        Canceled,          // the user (or a timeout owner) asked to stop
        InvalidInput,      // bad arguments, malformed files, unknown format versions
        ConnectionFailed,  // refused, unreachable, DNS
        AuthFailed,        // wrong password / user
        TlsFailed,         // handshake or certificate problems
        Timeout,           // connect/read timeouts and server-side query timeouts
        NotFound,          // unknown graph, backup, collection, object
        Conflict,          // target not empty, name already used
        ServerError,       // the server refused (out of memory, missing module, ...)
        IntegrityError,    // checksum, count or fingerprint mismatch
    };

    OperationError(Kind kind, QString message, QString hint = {});

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &hint() const { return m_hint; }
    // "message. hint" as one line for logs and the CLI.
    QString fullText() const;
    static QString kindName(Kind kind);

    void raise() const override { throw *this; }
    OperationError *clone() const override { return new OperationError(*this); }
    const char *what() const noexcept override;

private:
    Kind m_kind;
    QString m_message;
    QString m_hint;
    mutable QByteArray m_what;
};
