#pragma once

#include <QCoreApplication>
#include <QString>

// Where and how to reach a FalkorDB server: `redis[s]://[user:password@]host:port[?options]`.
// The password may instead come from the environment (FALKORDB_PASSWORD); it is never part of
// redactedUrl(), logs or error messages.
struct FalkorEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(FalkorEndpoint)

public:
    QString host = QStringLiteral("localhost");
    quint16 port = 6379;
    bool tls = false;
    QString user;      // empty: AUTH <password> (requirepass); else AUTH <user> <password> (ACL)
    QString password;  // empty: no AUTH
    QString caFile;    // PEM file to trust for TLS (rediss://...?ca=/path); empty: system CAs
    QString serverName; // TLS SNI / name to verify; default: host
    bool verifyPeer = true; // ?insecure=1 turns certificate checks off (with a warning)
    int connectTimeoutMs = 10000; // ?connect_timeout=ms
    // 0 = no client-side read timeout. FalkorDB keeps executing after a client gives up, so a short
    // client timeout on a write would make a retry duplicate data (falkordb.md §1.8).
    int readTimeoutMs = 0; // ?read_timeout=ms

    // Parses the URL; on failure returns false and sets *error to a sentence a person can act on.
    // When the URL has no password, FALKORDB_PASSWORD from the environment is used.
    static bool parse(const QString &url, FalkorEndpoint *endpoint, QString *error);
    // The URL with the password replaced by "***" (or omitted); safe to print.
    QString redactedUrl() const;
};
