#include "CredentialStore.h"
#include "KeyringTestSupport.h"
#include "OperationError.h"
#include "ProfileStore.h"
#include "SecretResolver.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace KeyringTestSupport;

// Runs twice under run-with-keyring.sh: "nobus" (no session bus at all) and "noservice" (a bus on which
// nothing provides the Secret Service). Both are what a headless server looks like.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

    QStringList m_filesBefore;

    static void verifyUnavailableError(const OperationError &error, const QString &variable)
    {
        qInfo().noquote() << "Reported:" << error.fullText();
        QCOMPARE(error.kind(), OperationError::Kind::ConnectionFailed);
        QVERIFY2(error.message().contains(QLatin1String("keychain")), qPrintable(error.message()));
        QVERIFY2(error.hint().contains(QLatin1String("Ask every time")), qPrintable(error.hint()));
        QVERIFY2(error.hint().contains(variable), qPrintable(error.hint()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!testHome().isEmpty(), "run this test through run-with-keyring.sh nobus|noservice");
        const QString mode = qEnvironmentVariable("BMB_KEYCHAIN_MODE");
        QVERIFY2(mode == QLatin1String("nobus") || mode == QLatin1String("noservice"), qPrintable(mode));
        m_filesBefore = allFiles(testHome());
    }

    void writeFailsClearlyAndNothingIsWrittenToDisk()
    {
        CredentialStore store;
        store.setTimeoutMs(60000);
        try {
            store.writeSecret(QStringLiteral("server"), SecretKind::FalkorDbPassword,
                              QStringLiteral("fallback-canary-secret"));
            QFAIL("writing succeeded without a keychain");
        } catch (const OperationError &error) {
            verifyUnavailableError(error, QStringLiteral("FALKORDB_PASSWORD"));
            QVERIFY(!error.fullText().contains(QLatin1String("fallback-canary-secret")));
        }
        QCOMPARE(filesContaining(testHome(), "fallback-canary-secret"), QStringList());
        // run-with-keyring.sh also points TMPDIR into the throw-away home, so this covers temp files.
        QVERIFY(QDir::tempPath().startsWith(testHome()));
    }

    void readAndDeleteFailClearly()
    {
        CredentialStore store;
        try {
            store.findSecret(QStringLiteral("server"), SecretKind::S3SecretKey);
            QFAIL("reading succeeded without a keychain");
        } catch (const OperationError &error) {
            verifyUnavailableError(error, QStringLiteral("S3_SECRET_KEY"));
        }
        try {
            store.deleteSecret(QStringLiteral("server"), SecretKind::MilvusToken);
            QFAIL("deleting succeeded without a keychain");
        } catch (const OperationError &error) {
            verifyUnavailableError(error, QStringLiteral("MILVUS_TOKEN"));
        }
    }

    void asyncFailureIsSignalled()
    {
        CredentialStore store;
        QSignalSpy failed(&store, &CredentialStore::requestFailed);
        store.writeSecretAsync(QStringLiteral("server"), SecretKind::MilvusToken, QStringLiteral("async-canary"));
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.at(0).at(3).toInt(), int(OperationError::Kind::ConnectionFailed));
        QVERIFY(failed.at(0).at(5).toString().contains(QLatin1String("MILVUS_TOKEN")));
        QCOMPARE(filesContaining(testHome(), "async-canary"), QStringList());
    }

    void profileStoreKeepsFileUnchangedWhenTheKeychainFails()
    {
        QTemporaryDir dir;
        CredentialStore credentials;
        ProfileStore store(dir.filePath(QStringLiteral("profiles.json")), &credentials);
        ConnectionProfile profile(QStringLiteral("headless"));
        profile.setSecretPolicy(SecretKind::S3SecretKey, SecretPolicy::AskEveryTime);
        store.add(profile);
        const QByteArray before = [&] {
            QFile file(store.filePath());
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }();
        QVERIFY_THROWS_EXCEPTION(OperationError, store.setSecret(QStringLiteral("headless"), SecretKind::FalkorDbPassword,
                                                                 QStringLiteral("store-canary")));
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(store.profile(QStringLiteral("headless")).secretPolicy(SecretKind::FalkorDbPassword),
                 SecretPolicy::NotNeeded);
        QCOMPARE(filesContaining(dir.path(), "store-canary"), QStringList());

        // A profile that keeps nothing in the keychain can still be renamed and deleted.
        store.rename(QStringLiteral("headless"), QStringLiteral("headless 2"));
        store.remove(QStringLiteral("headless 2"));
        QVERIFY(store.profiles().isEmpty());
    }

    void resolverAsksAndSaysWhy()
    {
        ConnectionProfile profile(QStringLiteral("server"));
        profile.setSecretPolicy(SecretKind::FalkorDbPassword, SecretPolicy::StoredInKeychain);
        CredentialStore credentials;
        SecretResolver resolver(&credentials);
        QString reason;
        resolver.setAskCallback([&reason](const SecretResolver::Request &request) -> std::optional<QString> {
            reason = request.reason;
            return QStringLiteral("typed-in");
        });
        QCOMPARE(resolver.secret(profile, SecretKind::FalkorDbPassword), QStringLiteral("typed-in"));
        QVERIFY2(reason.contains(QLatin1String("keychain")), qPrintable(reason));

        // Without a prompt (CLI without a terminal) the keychain error comes through unchanged.
        SecretResolver cli(&credentials);
        cli.setUseEnvironment(true);
        cli.setEnvironment(QProcessEnvironment());
        try {
            cli.secret(profile, SecretKind::FalkorDbPassword);
            QFAIL("no error");
        } catch (const OperationError &error) {
            verifyUnavailableError(error, QStringLiteral("FALKORDB_PASSWORD"));
        }
        // The environment variable is the way out.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("FALKORDB_PASSWORD"), QStringLiteral("from-env"));
        cli.setEnvironment(environment);
        QCOMPARE(cli.secret(profile, SecretKind::FalkorDbPassword), QStringLiteral("from-env"));
    }

    void cleanupTestCase()
    {
        // No settings file, no plain-text secret store: the home directory looks as before.
        QCOMPARE(allFiles(testHome()), m_filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
