#pragma once

#include "CredentialStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTest>

// Shared by the keychain tests; they run under run-with-keyring.sh (private bus, throw-away HOME).
namespace KeyringTestSupport {

inline QString testHome()
{
    return qEnvironmentVariable("BMB_TEST_HOME");
}

// Asks the Secret Service directly with libsecret's own tool, independent of QtKeychain. QtKeychain
// stores items with the attributes server=<service>, user=<key>, type=plaintext.
inline std::optional<QString> lookupWithSecretTool(const QString &profileName, SecretKind kind)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), CredentialStore::defaultServiceName(),
                QStringLiteral("user"), CredentialStore::keyFor(profileName, kind)});
    if (!tool.waitForFinished(30000))
        qFatal("secret-tool did not finish");
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

// Every regular file under dir, with its bytes: used to prove a secret never reached the disk.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

inline QStringList allFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

}
