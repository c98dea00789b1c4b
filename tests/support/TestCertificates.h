#pragma once

#include <QString>

// Throw-away TLS material for test servers, made with the openssl command line: a self-signed CA
// and a server certificate it signed for localhost and 127.0.0.1 (like FalkorDB's gen-certs.sh).
class TestCertificates
{
public:
    // Writes ca.key, ca.crt, server.key and server.crt into directory (which must exist). Each call
    // makes a new CA, so two directories give two CAs that do not trust each other's servers.
    // Returns false and sets *error when openssl is missing or fails.
    static bool create(const QString &directory, QString *error);

    static QString caCertificatePath(const QString &directory);
    static QString serverCertificatePath(const QString &directory);
    static QString serverKeyPath(const QString &directory);
};
