#include "CredentialStore.h"
#include "KeyringTestSupport.h"
#include "OperationError.h"

#include <QSignalSpy>
#include <QtConcurrent>

using namespace KeyringTestSupport;

// Runs under run-with-keyring.sh keyring: a real gnome-keyring-daemon on a private bus.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!testHome().isEmpty(), "run this test through run-with-keyring.sh");
    }

    void storeReadOverwriteDelete()
    {
        CredentialStore store;
        const QString profile = QStringLiteral("dev laptop");
        QCOMPARE(store.findSecret(profile, SecretKind::FalkorDbPassword), std::nullopt);

        store.writeSecret(profile, SecretKind::FalkorDbPassword, QStringLiteral("first-secret"));
        QCOMPARE(store.findSecret(profile, SecretKind::FalkorDbPassword), QStringLiteral("first-secret"));
        QCOMPARE(store.readSecret(profile, SecretKind::FalkorDbPassword), QStringLiteral("first-secret"));
        // The other kinds of the same profile are separate entries.
        QCOMPARE(store.findSecret(profile, SecretKind::S3SecretKey), std::nullopt);

        store.writeSecret(profile, SecretKind::FalkorDbPassword, QStringLiteral("second-secret"));
        QCOMPARE(store.readSecret(profile, SecretKind::FalkorDbPassword), QStringLiteral("second-secret"));

        store.deleteSecret(profile, SecretKind::FalkorDbPassword);
        QCOMPARE(store.findSecret(profile, SecretKind::FalkorDbPassword), std::nullopt);
        // Deleting what is not there is fine.
        store.deleteSecret(profile, SecretKind::FalkorDbPassword);
    }

    void secretReallyIsInTheSecretService()
    {
        CredentialStore store;
        const QString secret = QStringLiteral("mật khẩu-🔑-%1").arg(QCoreApplication::applicationPid());
        store.writeSecret(QStringLiteral("production"), SecretKind::S3SecretKey, secret);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("production"), SecretKind::S3SecretKey), secret);
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("production"), SecretKind::S3SecretKey),
                 QStringLiteral("production/s3-secret-key"));

        store.deleteSecret(QStringLiteral("production"), SecretKind::S3SecretKey);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("production"), SecretKind::S3SecretKey), std::nullopt);
        // And nothing of it in any file we could have written (the keyring file itself is encrypted).
        QCOMPARE(filesContaining(testHome(), secret.toUtf8()), QStringList());
    }

    void missingSecretIsNotFound()
    {
        CredentialStore store;
        try {
            store.readSecret(QStringLiteral("nobody"), SecretKind::MilvusToken);
            QFAIL("no error");
        } catch (const OperationError &error) {
            QCOMPARE(error.kind(), OperationError::Kind::NotFound);
            QVERIFY(error.hint().contains(QLatin1String("MILVUS_TOKEN")));
        }
    }

    void emptySecretIsRefused()
    {
        CredentialStore store;
        QVERIFY_THROWS_EXCEPTION(OperationError,
                                 store.writeSecret(QStringLiteral("p"), SecretKind::MilvusToken, QString()));
    }

    void serviceNamesAreSeparate()
    {
        CredentialStore mine;
        CredentialStore other(QStringLiteral("BrandMind Backup test twin"));
        mine.writeSecret(QStringLiteral("shared"), SecretKind::MilvusToken, QStringLiteral("mine"));
        QCOMPARE(other.findSecret(QStringLiteral("shared"), SecretKind::MilvusToken), std::nullopt);
        other.writeSecret(QStringLiteral("shared"), SecretKind::MilvusToken, QStringLiteral("other"));
        QCOMPARE(mine.readSecret(QStringLiteral("shared"), SecretKind::MilvusToken), QStringLiteral("mine"));
        mine.deleteSecret(QStringLiteral("shared"), SecretKind::MilvusToken);
        QCOMPARE(other.readSecret(QStringLiteral("shared"), SecretKind::MilvusToken), QStringLiteral("other"));
        other.deleteSecret(QStringLiteral("shared"), SecretKind::MilvusToken);
    }

    void copySecretsCopiesOnlyExistingOnes()
    {
        CredentialStore store;
        store.writeSecret(QStringLiteral("from"), SecretKind::FalkorDbPassword, QStringLiteral("pw"));
        store.copySecrets(QStringLiteral("from"), QStringLiteral("to"), SecretKinds::all());
        QCOMPARE(store.findSecret(QStringLiteral("to"), SecretKind::FalkorDbPassword), QStringLiteral("pw"));
        QCOMPARE(store.findSecret(QStringLiteral("to"), SecretKind::S3SecretKey), std::nullopt);
        QCOMPARE(store.findSecret(QStringLiteral("from"), SecretKind::FalkorDbPassword), QStringLiteral("pw"));
        store.deleteSecrets(QStringLiteral("from"), SecretKinds::all());
        store.deleteSecrets(QStringLiteral("to"), SecretKinds::all());
        QCOMPARE(lookupWithSecretTool(QStringLiteral("to"), SecretKind::FalkorDbPassword), std::nullopt);
    }

    void synchronousCallsFromManyWorkerThreads()
    {
        CredentialStore store;
        QList<int> ids;
        for (int i = 0; i < 12; ++i)
            ids.append(i);
        // Worker threads have no event loop running; the calls must still complete.
        QtConcurrent::blockingMap(ids, [&store](int i) {
            const QString profile = QStringLiteral("worker-%1").arg(i);
            store.writeSecret(profile, SecretKind::MilvusToken, QStringLiteral("token-%1").arg(i));
            if (store.readSecret(profile, SecretKind::MilvusToken) != QStringLiteral("token-%1").arg(i))
                throw OperationError(OperationError::Kind::IntegrityError, QStringLiteral("wrong secret"));
        });
        for (int i : std::as_const(ids)) {
            const QString profile = QStringLiteral("worker-%1").arg(i);
            QCOMPARE(lookupWithSecretTool(profile, SecretKind::MilvusToken), QStringLiteral("token-%1").arg(i));
            store.deleteSecret(profile, SecretKind::MilvusToken);
        }
    }

    void asynchronousSignals()
    {
        CredentialStore store;
        QSignalSpy written(&store, &CredentialStore::secretWritten);
        QSignalSpy read(&store, &CredentialStore::secretRead);
        QSignalSpy notFound(&store, &CredentialStore::secretNotFound);
        QSignalSpy deleted(&store, &CredentialStore::secretDeleted);
        QSignalSpy failed(&store, &CredentialStore::requestFailed);

        const quint64 writeId = store.writeSecretAsync(QStringLiteral("gui"), SecretKind::FalkorDbPassword,
                                                       QStringLiteral("async-secret"));
        QVERIFY(written.wait(30000));
        QCOMPARE(written.at(0).at(0).toULongLong(), writeId);
        QCOMPARE(written.at(0).at(1).toString(), QStringLiteral("gui"));
        QCOMPARE(written.at(0).at(2).value<SecretKind>(), SecretKind::FalkorDbPassword);

        const quint64 readId = store.readSecretAsync(QStringLiteral("gui"), SecretKind::FalkorDbPassword);
        QVERIFY(read.wait(30000));
        QCOMPARE(read.at(0).at(0).toULongLong(), readId);
        QCOMPARE(read.at(0).at(3).toString(), QStringLiteral("async-secret"));

        store.deleteSecretAsync(QStringLiteral("gui"), SecretKind::FalkorDbPassword);
        QVERIFY(deleted.wait(30000));
        store.readSecretAsync(QStringLiteral("gui"), SecretKind::FalkorDbPassword);
        QVERIFY(notFound.wait(30000));

        store.writeSecretAsync(QStringLiteral("gui"), SecretKind::FalkorDbPassword, QString());
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(3).toInt(), int(OperationError::Kind::InvalidInput));
        QCOMPARE(lookupWithSecretTool(QStringLiteral("gui"), SecretKind::FalkorDbPassword), std::nullopt);
    }

    void secretStoredBySecretToolIsReadable()
    {
        // Independent direction: written by libsecret's tool, read through QtKeychain.
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("store"), QStringLiteral("--label=test"), QStringLiteral("server"),
                    CredentialStore::defaultServiceName(), QStringLiteral("user"),
                    CredentialStore::keyFor(QStringLiteral("external"), SecretKind::MilvusToken),
                    QStringLiteral("type"), QStringLiteral("plaintext")});
        QVERIFY(tool.waitForStarted());
        tool.write("from-secret-tool");
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 0);
        CredentialStore store;
        QCOMPARE(store.readSecret(QStringLiteral("external"), SecretKind::MilvusToken),
                 QStringLiteral("from-secret-tool"));
        store.deleteSecret(QStringLiteral("external"), SecretKind::MilvusToken);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
