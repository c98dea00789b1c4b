#include "TestCertificates.h"

#include <QDir>
#include <QProcess>

bool TestCertificates::create(const QString &directory, QString *error)
{
    const QString script = QStringLiteral(
        "set -e; cd \"$1\";"
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=BMB Test CA' -keyout ca.key -out ca.crt;"
        "openssl req -newkey rsa:2048 -nodes -subj '/CN=localhost' -keyout server.key -out server.csr;"
        "printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\\n' > ext.cnf;"
        "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile ext.cnf "
        "-out server.crt");
    QProcess openssl;
    // The directory goes in as "$1", never pasted into the script, so quotes in a path cannot break it.
    openssl.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script, QStringLiteral("sh"), directory });
    if (!openssl.waitForFinished(60'000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: %1 %2")
                     .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

QString TestCertificates::caCertificatePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("ca.crt"));
}

QString TestCertificates::serverCertificatePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("server.crt"));
}

QString TestCertificates::serverKeyPath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("server.key"));
}
