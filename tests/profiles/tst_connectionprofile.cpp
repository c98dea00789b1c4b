#include "ConnectionProfile.h"
#include "OperationError.h"

#include <QJsonDocument>
#include <QTest>

class TestConnectionProfile : public QObject
{
    Q_OBJECT

    static ConnectionProfile sample()
    {
        ConnectionProfile profile(QStringLiteral("production"));
        profile.falkorDb().url = QUrl(QStringLiteral("rediss://backup@db.example.com:6380"));
        profile.falkorDb().graphs = {QStringLiteral("knowledge_graph"), QStringLiteral("kg2")};
        profile.milvusBackupUrl() = QUrl(QStringLiteral("http://backup.example.com:8080"));
        profile.s3().endpoint = QUrl(QStringLiteral("https://minio.example.com:9000"));
        profile.s3().bucket = QStringLiteral("a-bucket");
        profile.s3().root = QStringLiteral("backup");
        profile.s3().region = QStringLiteral("eu-central-1");
        profile.s3().accessKeyId = QStringLiteral("AKIAEXAMPLE");
        profile.milvusUrl() = QUrl(QStringLiteral("http://milvus.example.com:19530"));
        profile.tls().caFile = QStringLiteral("/etc/ssl/company-ca.pem");
        profile.tls().insecure = true;
        profile.setSecretPolicy(SecretKind::FalkorDbPassword, SecretPolicy::StoredInKeychain);
        profile.setSecretPolicy(SecretKind::S3SecretKey, SecretPolicy::AskEveryTime);
        return profile;
    }

    static QByteArray bytes(const QJsonObject &object) { return QJsonDocument(object).toJson(); }

private slots:
    void roundTripKeepsEverything()
    {
        const ConnectionProfile profile = sample();
        const ConnectionProfile back = ConnectionProfile::fromJson(profile.toJson());
        QCOMPARE(back, profile);
        QCOMPARE(back.secretPolicy(SecretKind::FalkorDbPassword), SecretPolicy::StoredInKeychain);
        QCOMPARE(back.secretPolicy(SecretKind::S3SecretKey), SecretPolicy::AskEveryTime);
        QCOMPARE(back.secretPolicy(SecretKind::MilvusToken), SecretPolicy::NotNeeded);
        QCOMPARE(back.keychainSecrets(), QList<SecretKind>{SecretKind::FalkorDbPassword});
        QCOMPARE(back.tls().insecure, true);
    }

    void passwordsInUrlsNeverReachJson()
    {
        ConnectionProfile profile = sample();
        profile.falkorDb().url = QUrl(QStringLiteral("redis://user:hunter2-falkor@db:6379"));
        profile.s3().endpoint = QUrl(QStringLiteral("https://key:hunter2-s3@minio:9000"));
        profile.milvusUrl() = QUrl(QStringLiteral("http://root:hunter2-milvus@milvus:19530"));
        const QByteArray json = bytes(profile.toJson());
        QVERIFY2(!json.contains("hunter2"), json.constData());
        QVERIFY(json.contains("redis://user@db:6379"));

        // A hand-edited file with a password in a URL: dropped on reading too.
        QJsonObject object = profile.toJson();
        QJsonObject falkor = object.value(QLatin1String("falkordb")).toObject();
        falkor.insert(QLatin1String("url"), QStringLiteral("redis://u:pasted-secret@db:1"));
        object.insert(QLatin1String("falkordb"), falkor);
        const ConnectionProfile read = ConnectionProfile::fromJson(object);
        QVERIFY(read.falkorDb().url.password().isEmpty());
        QCOMPARE(read.falkorDb().url.userName(), QStringLiteral("u"));
    }

    void secretsOnlyWithExplicitOptIn()
    {
        const ConnectionProfile profile = sample();
        SecretValues secrets{{SecretKind::FalkorDbPassword, QStringLiteral("s3cr3t-falkor")}};
        QVERIFY(!bytes(profile.toJson()).contains("s3cr3t-falkor"));
        const QJsonObject withSecrets = profile.toJsonWithSecrets(secrets);
        QVERIFY(bytes(withSecrets).contains("s3cr3t-falkor"));

        SecretValues readBack;
        QCOMPARE(ConnectionProfile::fromJson(withSecrets, &readBack), profile);
        QCOMPARE(readBack, secrets);
        // Without a place to put them, secrets in the input are dropped.
        QCOMPARE(ConnectionProfile::fromJson(withSecrets), profile);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("production") << true;
        QTest::newRow("spaces inside") << QStringLiteral("dev laptop") << true;
        QTest::newRow("vietnamese") << QStringLiteral("máy chủ chính") << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('x')) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("65 chars") << QString(65, QLatin1Char('x')) << false;
        QTest::newRow("leading space") << QStringLiteral(" prod") << false;
        QTest::newRow("trailing space") << QStringLiteral("prod ") << false;
        QTest::newRow("slash") << QStringLiteral("prod/eu") << false;
        QTest::newRow("backslash") << QStringLiteral("prod\\eu") << false;
        QTest::newRow("newline") << QStringLiteral("prod\neu") << false;
        QTest::newRow("tab") << QStringLiteral("prod\teu") << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QString reason;
        QCOMPARE(ConnectionProfile::isValidName(name, &reason), valid);
        QCOMPARE(reason.isEmpty(), valid);
        if (!valid) {
            try {
                ConnectionProfile::validateName(name);
                QFAIL("no error");
            } catch (const OperationError &error) {
                QCOMPARE(error.kind(), OperationError::Kind::InvalidInput);
                QCOMPARE(error.message(), reason);
            }
        }
    }

    void sameNameIgnoresCase()
    {
        QVERIFY(ConnectionProfile::sameName(QStringLiteral("Production"), QStringLiteral("production")));
        QVERIFY(!ConnectionProfile::sameName(QStringLiteral("prod"), QStringLiteral("production")));
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no name") << QByteArray("{\"falkordb\":{}}");
        QTest::newRow("bad name") << QByteArray("{\"name\":\"a/b\"}");
        QTest::newRow("graphs not a list") << QByteArray("{\"name\":\"a\",\"falkordb\":{\"graphs\":\"kg\"}}");
        QTest::newRow("graph not text") << QByteArray("{\"name\":\"a\",\"falkordb\":{\"graphs\":[1]}}");
        QTest::newRow("url not text") << QByteArray("{\"name\":\"a\",\"milvusUrl\":5}");
        QTest::newRow("invalid url") << QByteArray("{\"name\":\"a\",\"milvusUrl\":\"http://exa mple:99999\"}");
        QTest::newRow("insecure not bool") << QByteArray("{\"name\":\"a\",\"tls\":{\"insecure\":\"yes\"}}");
        QTest::newRow("unknown policy") << QByteArray("{\"name\":\"a\",\"secretPolicies\":{\"milvus-token\":\"plaintext\"}}");
        QTest::newRow("s3 not object") << QByteArray("{\"name\":\"a\",\"s3\":[]}");
    }

    void malformedJson()
    {
        QFETCH(QByteArray, json);
        try {
            ConnectionProfile::fromJson(QJsonDocument::fromJson(json).object());
            QFAIL("no error");
        } catch (const OperationError &error) {
            QCOMPARE(error.kind(), OperationError::Kind::InvalidInput);
            QVERIFY(!error.message().isEmpty());
        }
    }

    void unknownSecretKindsAreIgnored()
    {
        const auto profile = ConnectionProfile::fromJson(QJsonDocument::fromJson(
            "{\"name\":\"a\",\"secretPolicies\":{\"future-kind\":\"keychain\",\"milvus-token\":\"ask\"}}").object());
        QCOMPARE(profile.secretPolicy(SecretKind::MilvusToken), SecretPolicy::AskEveryTime);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
