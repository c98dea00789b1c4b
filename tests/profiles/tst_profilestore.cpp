#include "CredentialStore.h"
#include "KeyringTestSupport.h"
#include "OperationError.h"
#include "ProfileStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <sys/stat.h>

using namespace KeyringTestSupport;

namespace {

ConnectionProfile makeProfile(const QString &name)
{
    ConnectionProfile profile(name);
    profile.falkorDb().url = QUrl(QStringLiteral("redis://backup@db.internal:6379"));
    profile.falkorDb().graphs = {QStringLiteral("knowledge_graph")};
    profile.s3().endpoint = QUrl(QStringLiteral("http://minio.internal:9000"));
    profile.s3().bucket = QStringLiteral("a-bucket");
    profile.s3().accessKeyId = QStringLiteral("minioadmin");
    return profile;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

unsigned permissionBits(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0xFFFF;
    return info.st_mode & 0777;
}

template<typename F>
OperationError::Kind errorKindOf(F &&call)
{
    try {
        call();
    } catch (const OperationError &error) {
        return error.kind();
    }
    return OperationError::Kind(-1);
}

}

// Runs under run-with-keyring.sh keyring: profile files on disk, secrets in a real gnome-keyring.
class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CredentialStore m_credentials;

    QString freshPath()
    {
        static int n = 0;
        return m_dir.filePath(QStringLiteral("store-%1/profiles.json").arg(++n));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!testHome().isEmpty(), "run this test through run-with-keyring.sh");
        QVERIFY(m_dir.isValid());
    }

    void defaultLocationIsTheUserConfigFolder()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("BrandMind"));
        QCoreApplication::setApplicationName(QStringLiteral("BrandMind Backup"));
        // run-with-keyring.sh points XDG_CONFIG_HOME into the throw-away home.
        QCOMPARE(ProfileStore::defaultFilePath(),
                 qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/BrandMind/BrandMind Backup/profiles.json"));
        QCOMPARE(ProfileStore::portableFilePath(QStringLiteral("/media/usb/bmb")),
                 QStringLiteral("/media/usb/bmb/profiles.json"));
    }

    void missingFileMeansNoProfiles()
    {
        ProfileStore store(freshPath(), &m_credentials);
        store.load();
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!QFile::exists(store.filePath()));
    }

    void addEditDuplicateRenameDelete()
    {
        const QString path = freshPath();
        ProfileStore store(path, &m_credentials);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        store.add(makeProfile(QStringLiteral("dev laptop")));
        store.add(makeProfile(QStringLiteral("production")));
        QCOMPARE(store.names(), (QStringList{QStringLiteral("dev laptop"), QStringLiteral("production")}));
        QCOMPARE(changed.count(), 2);

        ConnectionProfile edited = store.profile(QStringLiteral("production"));
        edited.falkorDb().graphs.append(QStringLiteral("second_graph"));
        store.update(QStringLiteral("production"), edited);
        store.duplicate(QStringLiteral("production"), QStringLiteral("staging"));
        store.rename(QStringLiteral("dev laptop"), QStringLiteral("laptop"));
        store.remove(QStringLiteral("production"));

        // A second store reads what the first wrote.
        ProfileStore reader(path, &m_credentials);
        reader.load();
        QCOMPARE(reader.names(), (QStringList{QStringLiteral("laptop"), QStringLiteral("staging")}));
        QCOMPARE(reader.profile(QStringLiteral("staging")).falkorDb().graphs,
                 (QStringList{QStringLiteral("knowledge_graph"), QStringLiteral("second_graph")}));
        QCOMPARE(reader.profile(QStringLiteral("laptop")), [] {
            auto p = makeProfile(QStringLiteral("laptop"));
            return p;
        }());

        const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("brandmind-backup-profiles"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), ProfileStore::FormatVersion);
        QCOMPARE(permissionBits(path), 0600u);
    }

    void namesAreValidatedAndUnique()
    {
        ProfileStore store(freshPath(), &m_credentials);
        store.add(makeProfile(QStringLiteral("production")));
        store.add(makeProfile(QStringLiteral("other")));
        QCOMPARE(errorKindOf([&] { store.add(makeProfile(QStringLiteral("Production"))); }),
                 OperationError::Kind::Conflict);
        QCOMPARE(errorKindOf([&] { store.add(makeProfile(QStringLiteral("a/b"))); }),
                 OperationError::Kind::InvalidInput);
        QCOMPARE(errorKindOf([&] { store.rename(QStringLiteral("other"), QStringLiteral("PRODUCTION")); }),
                 OperationError::Kind::Conflict);
        QCOMPARE(errorKindOf([&] { store.rename(QStringLiteral("other"), QString()); }),
                 OperationError::Kind::InvalidInput);
        QCOMPARE(errorKindOf([&] { store.duplicate(QStringLiteral("other"), QStringLiteral("production")); }),
                 OperationError::Kind::Conflict);
        QCOMPARE(errorKindOf([&] { store.remove(QStringLiteral("missing")); }), OperationError::Kind::NotFound);
        QCOMPARE(errorKindOf([&] { store.profile(QStringLiteral("missing")); }), OperationError::Kind::NotFound);
        // Changing only the case of a name is a rename, not a conflict.
        store.rename(QStringLiteral("other"), QStringLiteral("Other"));
        QCOMPARE(store.names(), (QStringList{QStringLiteral("production"), QStringLiteral("Other")}));
    }

    void profileFileNeverContainsSecrets()
    {
        const QString path = freshPath();
        ProfileStore store(path, &m_credentials);
        ConnectionProfile profile = makeProfile(QStringLiteral("prod"));
        // Even a password typed into the URL must not reach the file.
        profile.falkorDb().url = QUrl(QStringLiteral("redis://backup:url-embedded-secret@db:6379"));
        store.add(profile);
        store.setSecret(QStringLiteral("prod"), SecretKind::FalkorDbPassword, QStringLiteral("falkor-secret-4711"));
        store.setSecret(QStringLiteral("prod"), SecretKind::S3SecretKey, QStringLiteral("s3-secret-4711"));

        QCOMPARE(store.profile(QStringLiteral("prod")).secretPolicy(SecretKind::FalkorDbPassword),
                 SecretPolicy::StoredInKeychain);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("prod"), SecretKind::FalkorDbPassword),
                 QStringLiteral("falkor-secret-4711"));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.contains("\"keychain\""));
        QVERIFY(!bytes.contains("falkor-secret-4711"));
        QVERIFY(!bytes.contains("s3-secret-4711"));
        QVERIFY(!bytes.contains("url-embedded-secret"));
        QCOMPARE(filesContaining(testHome(), "falkor-secret-4711"), QStringList());
        store.remove(QStringLiteral("prod"));
    }

    void exportWithoutSecretsHasNone()
    {
        ProfileStore store(freshPath(), &m_credentials);
        store.add(makeProfile(QStringLiteral("prod")));
        store.setSecret(QStringLiteral("prod"), SecretKind::FalkorDbPassword, QStringLiteral("export-secret-1"));
        const QString exportPath = m_dir.filePath(QStringLiteral("plain-export.json"));
        store.exportProfiles({}, exportPath, ProfileStore::ExportSecrets::Exclude);
        const QByteArray bytes = readAll(exportPath);
        QVERIFY(bytes.contains("\"prod\""));
        QVERIFY(!bytes.contains("export-secret-1"));
        QVERIFY(!bytes.contains("secretValues"));
        const auto entries = ProfileStore::readExportFile(exportPath);
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.at(0).secrets.isEmpty());
        QCOMPARE(entries.at(0).profile, store.profile(QStringLiteral("prod")));
        store.remove(QStringLiteral("prod"));
    }

    void exportWithSecretsIsOwnerOnlyAndImportsBack()
    {
        const QString sourcePath = freshPath();
        ProfileStore source(sourcePath, &m_credentials);
        source.add(makeProfile(QStringLiteral("moving")));
        source.add(makeProfile(QStringLiteral("not exported")));
        source.setSecret(QStringLiteral("moving"), SecretKind::FalkorDbPassword, QStringLiteral("moving-falkor"));
        source.setSecret(QStringLiteral("moving"), SecretKind::MilvusToken, QStringLiteral("moving-token"));

        const QString exportPath = m_dir.filePath(QStringLiteral("secret-export.json"));
        // An existing world-readable file is replaced, not reused with its permissions.
        {
            QFile old(exportPath);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
            old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                               | QFileDevice::ReadGroup);
        }
        source.exportProfiles({QStringLiteral("moving")}, exportPath, ProfileStore::ExportSecrets::Include);
        QCOMPARE(permissionBits(exportPath), 0600u);
        const QByteArray bytes = readAll(exportPath);
        QVERIFY(bytes.contains("moving-falkor"));
        QVERIFY(bytes.contains("moving-token"));
        QVERIFY(!bytes.contains("not exported"));
        // The store's own file still has none.
        QVERIFY(!readAll(sourcePath).contains("moving-falkor"));

        // Move to "another machine": the secrets are gone from the keychain there.
        source.remove(QStringLiteral("moving"));
        QCOMPARE(lookupWithSecretTool(QStringLiteral("moving"), SecretKind::FalkorDbPassword), std::nullopt);

        ProfileStore target(freshPath(), &m_credentials);
        const auto entries = ProfileStore::readExportFile(exportPath);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).secrets.value(SecretKind::MilvusToken), QStringLiteral("moving-token"));
        QCOMPARE(target.importProfiles(entries, ProfileStore::ImportConflict::Fail),
                 QStringList{QStringLiteral("moving")});
        QCOMPARE(lookupWithSecretTool(QStringLiteral("moving"), SecretKind::FalkorDbPassword),
                 QStringLiteral("moving-falkor"));
        QCOMPARE(lookupWithSecretTool(QStringLiteral("moving"), SecretKind::MilvusToken),
                 QStringLiteral("moving-token"));
        QVERIFY(!readAll(target.filePath()).contains("moving-falkor"));
        QCOMPARE(target.profile(QStringLiteral("moving")).keychainSecrets(),
                 (QList<SecretKind>{SecretKind::FalkorDbPassword, SecretKind::MilvusToken}));

        // Importing again: conflicts fail or get a new name, with their own copy of the secrets.
        QCOMPARE(errorKindOf([&] { target.importProfiles(entries, ProfileStore::ImportConflict::Fail); }),
                 OperationError::Kind::Conflict);
        QCOMPARE(target.importProfiles(entries, ProfileStore::ImportConflict::Rename),
                 QStringList{QStringLiteral("moving (2)")});
        QCOMPARE(lookupWithSecretTool(QStringLiteral("moving (2)"), SecretKind::MilvusToken),
                 QStringLiteral("moving-token"));
        target.remove(QStringLiteral("moving"));
        target.remove(QStringLiteral("moving (2)"));
    }

    void renameMovesSecretsAndDeleteRemovesThem()
    {
        ProfileStore store(freshPath(), &m_credentials);
        store.add(makeProfile(QStringLiteral("old name")));
        store.setSecret(QStringLiteral("old name"), SecretKind::FalkorDbPassword, QStringLiteral("rename-falkor"));
        store.setSecret(QStringLiteral("old name"), SecretKind::S3SecretKey, QStringLiteral("rename-s3"));

        store.rename(QStringLiteral("old name"), QStringLiteral("new name"));
        QCOMPARE(lookupWithSecretTool(QStringLiteral("new name"), SecretKind::FalkorDbPassword),
                 QStringLiteral("rename-falkor"));
        QCOMPARE(lookupWithSecretTool(QStringLiteral("new name"), SecretKind::S3SecretKey),
                 QStringLiteral("rename-s3"));
        QCOMPARE(lookupWithSecretTool(QStringLiteral("old name"), SecretKind::FalkorDbPassword), std::nullopt);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("old name"), SecretKind::S3SecretKey), std::nullopt);

        // Renaming through update() (the edit dialog) moves them as well.
        ConnectionProfile edited = store.profile(QStringLiteral("new name"));
        edited.setName(QStringLiteral("edited name"));
        store.update(QStringLiteral("new name"), edited);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("edited name"), SecretKind::S3SecretKey),
                 QStringLiteral("rename-s3"));
        QCOMPARE(lookupWithSecretTool(QStringLiteral("new name"), SecretKind::S3SecretKey), std::nullopt);

        // Duplicate copies them: the copy works on its own.
        store.duplicate(QStringLiteral("edited name"), QStringLiteral("copy"));
        QCOMPARE(lookupWithSecretTool(QStringLiteral("copy"), SecretKind::FalkorDbPassword),
                 QStringLiteral("rename-falkor"));

        store.remove(QStringLiteral("edited name"));
        QCOMPARE(lookupWithSecretTool(QStringLiteral("edited name"), SecretKind::FalkorDbPassword), std::nullopt);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("edited name"), SecretKind::S3SecretKey), std::nullopt);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("copy"), SecretKind::S3SecretKey), QStringLiteral("rename-s3"));
        store.remove(QStringLiteral("copy"));
        QCOMPARE(lookupWithSecretTool(QStringLiteral("copy"), SecretKind::S3SecretKey), std::nullopt);
    }

    void switchingToAskEveryTimeRemovesTheStoredSecret()
    {
        ProfileStore store(freshPath(), &m_credentials);
        store.add(makeProfile(QStringLiteral("p")));
        store.setSecret(QStringLiteral("p"), SecretKind::MilvusToken, QStringLiteral("policy-token"));
        ConnectionProfile edited = store.profile(QStringLiteral("p"));
        edited.setSecretPolicy(SecretKind::MilvusToken, SecretPolicy::AskEveryTime);
        store.update(QStringLiteral("p"), edited);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("p"), SecretKind::MilvusToken), std::nullopt);
        store.remove(QStringLiteral("p"));
    }

    void concurrentSavesFromThreadsLeaveAValidFile()
    {
        const QString path = freshPath();
        QList<int> writers{0, 1, 2, 3};
        QtConcurrent::blockingMap(writers, [&path](int writer) {
            ProfileStore store(path, nullptr);
            for (int i = 0; i < 15; ++i)
                store.add(makeProfile(QStringLiteral("thread%1-%2").arg(writer).arg(i)));
        });
        ProfileStore reader(path, nullptr);
        reader.load();
        QCOMPARE(reader.profiles().size(), 60);
    }

    void concurrentSavesFromProcessesLeaveAValidFile()
    {
        const QString writer = qEnvironmentVariable("BMB_PROFILESTORE_WRITER");
        QVERIFY2(QFile::exists(writer), "BMB_PROFILESTORE_WRITER is set by CTest");
        const QString path = freshPath();
        QList<QProcess *> processes;
        for (int p = 0; p < 3; ++p) {
            auto *process = new QProcess(this);
            process->setProcessChannelMode(QProcess::ForwardedChannels);
            process->start(writer, {path, QStringLiteral("proc%1").arg(p), QStringLiteral("20")});
            processes.append(process);
        }
        // Meanwhile this process writes too.
        ProfileStore store(path, nullptr);
        for (int i = 0; i < 10; ++i)
            store.add(makeProfile(QStringLiteral("main-%1").arg(i)));
        for (QProcess *process : std::as_const(processes)) {
            QVERIFY(process->waitForFinished(120000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }
        store.load();
        QCOMPARE(store.profiles().size(), 70);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void damagedFilesAreReportedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated") << QByteArray("{\"format\":\"brandmind-backup-profiles\",\"version\":1,\"profi")
                                   << QStringLiteral("cannot be read");
        QTest::newRow("binary") << QByteArray("\x00\x01garbage", 9) << QStringLiteral("cannot be read");
        QTest::newRow("other format") << QByteArray("{\"format\":\"something-else\",\"version\":1,\"profiles\":[]}")
                                      << QStringLiteral("not a BrandMind Backup profiles file");
        QTest::newRow("newer version")
            << QByteArray("{\"format\":\"brandmind-backup-profiles\",\"version\":2,\"profiles\":[]}")
            << QStringLiteral("newer version");
        QTest::newRow("duplicate names")
            << QByteArray("{\"format\":\"brandmind-backup-profiles\",\"version\":1,\"profiles\":[{\"name\":\"a\"},{\"name\":\"A\"}]}")
            << QStringLiteral("used twice");
        QTest::newRow("bad profile")
            << QByteArray("{\"format\":\"brandmind-backup-profiles\",\"version\":1,\"profiles\":[{\"name\":\"a/b\"}]}")
            << QStringLiteral("cannot be read");
    }

    void damagedFilesAreReportedAndLeftAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messagePart);
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        ProfileStore store(path, &m_credentials);
        try {
            store.load();
            QFAIL("no error");
        } catch (const OperationError &error) {
            QCOMPARE(error.kind(), OperationError::Kind::InvalidInput);
            QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
            QVERIFY(error.message().contains(path));
            QVERIFY(!error.hint().isEmpty());
        }
        // Every change re-reads the file first, so none of them can overwrite it.
        QCOMPARE(errorKindOf([&] { store.add(makeProfile(QStringLiteral("new"))); }),
                 OperationError::Kind::InvalidInput);
        QCOMPARE(errorKindOf([&] { store.remove(QStringLiteral("a")); }), OperationError::Kind::InvalidInput);
        QCOMPARE(readAll(path), content);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void failedSaveUndoesKeychainChanges()
    {
        const QString path = freshPath();
        ProfileStore store(path, &m_credentials);
        store.add(makeProfile(QStringLiteral("stays")));
        store.setSecret(QStringLiteral("stays"), SecretKind::FalkorDbPassword, QStringLiteral("undo-secret"));
        // Make the folder read-only so the save after copying the secrets fails.
        const QString dir = QFileInfo(path).absolutePath();
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(dir).isWritable() && QFile(dir + QStringLiteral("/probe")).open(QIODevice::WriteOnly)) {
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QFile::remove(dir + QStringLiteral("/probe"));
            QSKIP("running as a user who can write into read-only folders (root)");
        }
        QVERIFY(errorKindOf([&] { store.rename(QStringLiteral("stays"), QStringLiteral("gone")); })
                != OperationError::Kind(-1));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("gone"), SecretKind::FalkorDbPassword), std::nullopt);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("stays"), SecretKind::FalkorDbPassword),
                 QStringLiteral("undo-secret"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
