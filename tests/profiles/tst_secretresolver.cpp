#include "CredentialStore.h"
#include "KeyringTestSupport.h"
#include "OperationError.h"
#include "SecretResolver.h"

using namespace KeyringTestSupport;

// Runs under run-with-keyring.sh keyring; checks the documented order of SecretResolver.
class TestSecretResolver : public QObject
{
    Q_OBJECT

    CredentialStore m_credentials;

    static ConnectionProfile profileWith(SecretPolicy policy)
    {
        ConnectionProfile profile(QStringLiteral("resolver"));
        profile.setSecretPolicy(SecretKind::FalkorDbPassword, policy);
        return profile;
    }

    static QProcessEnvironment environmentWith(const QString &value)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("FALKORDB_PASSWORD"), value);
        return environment;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!testHome().isEmpty(), "run this test through run-with-keyring.sh");
        m_credentials.writeSecret(QStringLiteral("resolver"), SecretKind::FalkorDbPassword,
                                  QStringLiteral("from-keychain"));
    }

    void notNeededConsultsNothing()
    {
        SecretResolver resolver(&m_credentials);
        resolver.setUseEnvironment(true);
        resolver.setEnvironment(environmentWith(QStringLiteral("from-env")));
        bool asked = false;
        resolver.setAskCallback([&asked](const SecretResolver::Request &) -> std::optional<QString> {
            asked = true;
            return QStringLiteral("x");
        });
        QCOMPARE(resolver.secret(profileWith(SecretPolicy::NotNeeded), SecretKind::FalkorDbPassword), std::nullopt);
        QVERIFY(!asked);
    }

    void environmentWinsWhenEnabled()
    {
        SecretResolver resolver(&m_credentials);
        resolver.setUseEnvironment(true);
        resolver.setEnvironment(environmentWith(QStringLiteral("from-env")));
        QCOMPARE(resolver.secret(profileWith(SecretPolicy::StoredInKeychain), SecretKind::FalkorDbPassword),
                 QStringLiteral("from-env"));
        QCOMPARE(resolver.sourceOf(QStringLiteral("resolver"), SecretKind::FalkorDbPassword),
                 SecretResolver::Source::Environment);
        // An empty variable counts as unset.
        SecretResolver empty(&m_credentials);
        empty.setUseEnvironment(true);
        empty.setEnvironment(environmentWith(QString()));
        QCOMPARE(empty.secret(profileWith(SecretPolicy::StoredInKeychain), SecretKind::FalkorDbPassword),
                 QStringLiteral("from-keychain"));
    }

    void environmentIgnoredUnlessEnabled()
    {
        SecretResolver resolver(&m_credentials);
        resolver.setEnvironment(environmentWith(QStringLiteral("from-env")));
        QCOMPARE(resolver.secret(profileWith(SecretPolicy::StoredInKeychain), SecretKind::FalkorDbPassword),
                 QStringLiteral("from-keychain"));
        QCOMPARE(resolver.sourceOf(QStringLiteral("resolver"), SecretKind::FalkorDbPassword),
                 SecretResolver::Source::Keychain);
    }

    void askEveryTimeNeverReadsTheKeychain()
    {
        SecretResolver resolver(&m_credentials);
        int asks = 0;
        QString reason;
        resolver.setAskCallback([&](const SecretResolver::Request &request) -> std::optional<QString> {
            ++asks;
            reason = request.reason;
            return QStringLiteral("typed");
        });
        const ConnectionProfile profile = profileWith(SecretPolicy::AskEveryTime);
        QCOMPARE(resolver.secret(profile, SecretKind::FalkorDbPassword), QStringLiteral("typed"));
        // Within one resolver (one job) the person is asked once.
        QCOMPARE(resolver.secret(profile, SecretKind::FalkorDbPassword), QStringLiteral("typed"));
        QCOMPARE(asks, 1);
        QVERIFY(reason.contains(QLatin1String("every time")));
        resolver.forget();
        resolver.secret(profile, SecretKind::FalkorDbPassword);
        QCOMPARE(asks, 2);
    }

    void missingKeychainEntryFallsBackToAsking()
    {
        ConnectionProfile profile(QStringLiteral("no entry"));
        profile.setSecretPolicy(SecretKind::MilvusToken, SecretPolicy::StoredInKeychain);
        SecretResolver resolver(&m_credentials);
        QString reason;
        resolver.setAskCallback([&](const SecretResolver::Request &request) -> std::optional<QString> {
            reason = request.reason;
            return QStringLiteral("typed-token");
        });
        QCOMPARE(resolver.secret(profile, SecretKind::MilvusToken), QStringLiteral("typed-token"));
        QVERIFY2(reason.contains(QLatin1String("not in the system keychain")), qPrintable(reason));
    }

    void canceledPromptIsCanceled()
    {
        SecretResolver resolver(&m_credentials);
        resolver.setAskCallback([](const SecretResolver::Request &) { return std::optional<QString>(); });
        try {
            resolver.secret(profileWith(SecretPolicy::AskEveryTime), SecretKind::FalkorDbPassword);
            QFAIL("no error");
        } catch (const OperationError &error) {
            QCOMPARE(error.kind(), OperationError::Kind::Canceled);
        }
    }

    void nothingAvailableNamesTheVariable()
    {
        SecretResolver resolver(&m_credentials);
        resolver.setUseEnvironment(true);
        resolver.setEnvironment(QProcessEnvironment());
        try {
            resolver.secret(profileWith(SecretPolicy::AskEveryTime), SecretKind::FalkorDbPassword);
            QFAIL("no error");
        } catch (const OperationError &error) {
            QCOMPARE(error.kind(), OperationError::Kind::NotFound);
            QVERIFY(error.hint().contains(QLatin1String("FALKORDB_PASSWORD")));
        }
    }

    void cleanupTestCase()
    {
        m_credentials.deleteSecret(QStringLiteral("resolver"), SecretKind::FalkorDbPassword);
    }
};

QTEST_GUILESS_MAIN(TestSecretResolver)
#include "tst_secretresolver.moc"
