// The vector side of the desktop application, driven through the real main window offscreen with a
// private gnome-keyring (run-with-keyring.sh keyring): two milvus-backup + Milvus stand-ins, each over
// its own s3rver (a source and a target site), and a redis-server with the FalkorDB stand-in for the
// graph that goes into the same set. Profiles are made through the profile dialog with the S3 secret
// key in the keychain; Test connection shows collections with rows and the bucket, or what failed;
// the Back up page lists collections and backs up a graph and collections in one set; the restore
// wizard shows which collections exist in the target Milvus and restores with skip, rename and
// replace (replace only once confirmed), and the report's expected and found rows are checked
// against the target Milvus itself. A target profile without vector servers still restores graphs.

#include "BackupManifest.h"
#include "BackupPage.h"
#include "Dialogs.h"
#include "FalkorConnection.h"
#include "GraphTestData.h"
#include "HistoryPage.h"
#include "JobRunner.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "MilvusBackupStandin.h"
#include "ProfileDialog.h"
#include "ProfilesPage.h"
#include "ProfileStore.h"
#include "RedisServerFixture.h"
#include "RestoreWizard.h"
#include "S3Client.h"
#include "TaskContext.h"
#include "TestEnvironment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <stdexcept>

namespace {
const QString kS3Secret = QStringLiteral("S3RVER"); // s3rver's only account (access key = secret key)
const QString kDocs = QStringLiteral("default.DocumentChunks");
const QString kEntities = QStringLiteral("default.EntityDescriptions");
const QString kElsewhere = QStringLiteral("other.Elsewhere");

struct VectorSite
{
    QString milvusBackupUrl;
    QString milvusUrl;
    QString s3Url;
    QString accessKey = QStringLiteral("S3RVER");
};

VectorSite siteOf(const MilvusBackupStandin &standin)
{
    return { standin.backupUrl().toString(), standin.milvusUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(standin.s3Port()) };
}

qint64 rowsIn(MilvusBackupStandin &standin, const QString &key)
{
    const QJsonObject reply = standin.milvus(QStringLiteral("collections/get_stats"),
                                             { { QStringLiteral("dbName"), key.section(QLatin1Char('.'), 0, 0) },
                                               { QStringLiteral("collectionName"), key.section(QLatin1Char('.'), 1) } });
    return reply.value(QStringLiteral("data")).toObject().value(QStringLiteral("rowCount")).toInteger(-1);
}

QJsonArray indexesOf(MilvusBackupStandin &standin, const QString &key)
{
    return standin
        .milvus(QStringLiteral("indexes/list"), { { QStringLiteral("dbName"), key.section(QLatin1Char('.'), 0, 0) },
                                                  { QStringLiteral("collectionName"), key.section(QLatin1Char('.'), 1) } })
        .value(QStringLiteral("data"))
        .toArray();
}

bool hasCollection(MilvusBackupStandin &standin, const QString &key)
{
    return standin
        .milvus(QStringLiteral("collections/has"), { { QStringLiteral("dbName"), key.section(QLatin1Char('.'), 0, 0) },
                                                     { QStringLiteral("collectionName"), key.section(QLatin1Char('.'), 1) } })
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("has"))
        .toBool();
}

qint64 nodeCount(FalkorConnection &connection, const QString &graph)
{
    return connection.query(graph, QStringLiteral("MATCH (n) RETURN count(n)")).rows.value(0).value(0).toInteger();
}
} // namespace

class TestVectorGui : public QObject
{
    Q_OBJECT

private:
    MilvusBackupStandin m_source;
    MilvusBackupStandin m_target;
    RedisServerFixture m_server;
    FalkorConnection m_connection;
    QTemporaryDir m_work;
    std::unique_ptr<MainWindow> m_window;
    QString m_set;
    QString m_vectorOnlySet;

    QString backupFolder() const { return m_work.filePath(QStringLiteral("backups")); }

    // Opens the profile dialog through the page's Add button and fills it in like a person would.
    void addProfile(const QString &name, const std::optional<VectorSite> &site, const QString &s3Secret = kS3Secret)
    {
        ProfilesPage *page = m_window->profilesPage();
        auto connection = connect(page, &ProfilesPage::profileDialogOpened, this, [&](ProfileDialog *dialog) {
            dialog->nameEdit()->setText(name);
            dialog->falkorUrlEdit()->setText(m_server.url());
            const auto setPolicy = [dialog](SecretKind kind, SecretPolicy policy) {
                QComboBox *combo = dialog->policyCombo(kind);
                combo->setCurrentIndex(combo->findData(int(policy)));
            };
            setPolicy(SecretKind::FalkorDbPassword, SecretPolicy::NotNeeded);
            setPolicy(SecretKind::MilvusToken, SecretPolicy::NotNeeded);
            if (site) {
                const auto edit = [dialog](const char *objectName) {
                    return dialog->findChild<QLineEdit *>(QLatin1String(objectName));
                };
                edit("milvusBackupUrlEdit")->setText(site->milvusBackupUrl);
                edit("milvusUrlEdit")->setText(site->milvusUrl);
                edit("s3EndpointEdit")->setText(site->s3Url);
                edit("s3BucketEdit")->setText(QStringLiteral("a-bucket"));
                edit("s3RootEdit")->setText(QStringLiteral("backup"));
                edit("s3AccessKeyEdit")->setText(site->accessKey);
                setPolicy(SecretKind::S3SecretKey, SecretPolicy::StoredInKeychain);
                dialog->secretEdit(SecretKind::S3SecretKey)->setText(s3Secret);
            }
            dialog->save();
            // Saving goes through the keychain thread: the dialog closes itself once the secret is stored.
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished() || !dialog->errorText().isEmpty(), 60000);
            if (!dialog->isFinished())
                dialog->reject();
            QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(dialog->errorText()));
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        disconnect(connection);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->profileStore()->contains(name), 60000);
    }

    std::pair<bool, QString> testConnection(const QString &profile)
    {
        ProfilesPage *page = m_window->profilesPage();
        page->selectProfile(profile);
        QSignalSpy tested(page, &ProfilesPage::connectionTested);
        page->testConnection();
        if (!tested.wait(120000))
            return { false, QStringLiteral("no answer") };
        qInfo("Test connection of %s:\n%s", qPrintable(profile), qPrintable(page->testResultText()));
        return { tested.first().first().toBool(), page->testResultText() };
    }

    RestoreWizard *openWizardAtReview(const QString &set, const QString &profile)
    {
        m_window->openRestoreWizard(set);
        RestoreWizard *wizard = m_window->restoreWizard();
        if (!wizard)
            return nullptr;
        wizard->setTargetProfile(profile);
        QSignalSpy checked(wizard, &RestoreWizard::targetCheckFinished);
        wizard->next();
        if (wizard->currentId() != RestoreWizard::ReviewPage || !checked.wait(60000))
            return nullptr;
        return wizard;
    }

    // Runs the wizard from the review page; returns the report text, empty when it did not finish.
    QString runRestore(RestoreWizard *wizard, bool *ok)
    {
        QSignalSpy finished(wizard, &RestoreWizard::restoreFinished);
        wizard->next();
        if (wizard->currentId() != RestoreWizard::RunPage && finished.isEmpty())
            return QStringLiteral("did not start: ") + wizard->reviewProblem();
        if (finished.isEmpty() && !finished.wait(180000))
            return {};
        *ok = finished.first().first().toBool();
        qInfo("Restore report:\n%s", qPrintable(wizard->reportText()));
        return wizard->reportText();
    }

    void closeWizard(RestoreWizard *wizard)
    {
        wizard->accept();
        QTRY_VERIFY(!m_window->restoreWizard());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        MilvusBackupStandin::Options options;
        options.taskMs = 300;
        options.segmentRows = 40;
        QString error;
        if (!m_source.start(options, &error) || !m_target.start(options, &error))
            QSKIP(qPrintable(QStringLiteral("node, s3rver or the milvus-backup stand-in is not available: ") + error));
        m_source.seedCollection(QStringLiteral("default"), QStringLiteral("DocumentChunks"), 230);
        m_source.seedCollection(QStringLiteral("default"), QStringLiteral("EntityDescriptions"), 120);
        m_source.seedCollection(QStringLiteral("other"), QStringLiteral("Elsewhere"), 10);
        // The target already holds a different DocumentChunks: the conflict the wizard must show.
        m_target.seedCollection(QStringLiteral("default"), QStringLiteral("DocumentChunks"), 17);

        QVERIFY2(m_server.start(RedisServerFixture::Options(), &error), qPrintable(error));
        FalkorEndpoint endpoint;
        QVERIFY(FalkorEndpoint::parse(m_server.url(), &endpoint, &error));
        m_connection.open(endpoint);
        GraphTestData::createRandomGraph(m_connection, QStringLiteral("kg"), 120, 200, 20, 11);

        MainWindow::Options windowOptions;
        windowOptions.profilesFile = m_work.filePath(QStringLiteral("profiles.json"));
        windowOptions.backupFolder = backupFolder();
        windowOptions.keychainService = QStringLiteral("BrandMind Backup vector GUI test");
        QString problem;
        m_window = MainWindowTestSupport::openWithKeychain(windowOptions, &problem);
        QVERIFY2(m_window, qPrintable(problem));
    }

    void init() { Dialogs::reset(); }

    void cleanupTestCase() { m_window.reset(); }

    void profileWithVectorServersTestsConnection()
    {
        addProfile(QStringLiteral("source"), siteOf(m_source));
        addProfile(QStringLiteral("target"), siteOf(m_target));
        addProfile(QStringLiteral("graphs only"), std::nullopt);
        const ConnectionProfile profile = m_window->profileStore()->profile(QStringLiteral("source"));
        QCOMPARE(profile.secretPolicy(SecretKind::S3SecretKey), SecretPolicy::StoredInKeychain);
        // The profiles file holds where the secret is, never the secret itself.
        QFile file(m_window->profileStore()->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("secretValues"));
        QVERIFY(!text.contains("secretKey\""));

        const auto [ok, result] = testConnection(QStringLiteral("source"));
        QVERIFY2(ok, qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("✔ milvus-backup ") + m_source.backupUrl().toString()), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Milvus %1: 3 collection(s)").arg(m_source.milvusUrl().toString())), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("collection default.DocumentChunks: 230 rows")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("collection default.EntityDescriptions: 120 rows")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("collection other.Elsewhere: 10 rows")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("/a-bucket: bucket reachable")), qPrintable(result));
        QVERIFY2(!result.contains(QStringLiteral("✘")), qPrintable(result));
    }

    void connectionTestSaysWhatFailed()
    {
        // milvus-backup on a port nobody listens on, and an S3 key s3rver does not know; Milvus is fine.
        VectorSite broken = siteOf(m_source);
        const quint16 closedPort = TestEnvironment::freeLoopbackPort();
        broken.milvusBackupUrl = QStringLiteral("http://127.0.0.1:%1").arg(closedPort);
        broken.accessKey = QStringLiteral("NOT-A-KEY");
        addProfile(QStringLiteral("broken"), broken, QStringLiteral("wrong-secret"));
        const auto [ok, result] = testConnection(QStringLiteral("broken"));
        QVERIFY2(!ok, qPrintable(result));
        const QStringList lines = result.split(QLatin1Char('\n'));
        const auto lineWith = [&](const QString &start) {
            for (const QString &line : lines)
                if (line.startsWith(start))
                    return line;
            return QString();
        };
        const QString backupLine = lineWith(QStringLiteral("✘ milvus-backup http://127.0.0.1:%1").arg(closedPort));
        QVERIFY2(!backupLine.isEmpty(), qPrintable(result));
        QVERIFY2(backupLine.size() > QStringLiteral("✘ milvus-backup http://127.0.0.1:%1: ").arg(closedPort).size(), qPrintable(result));
        const QString s3Line = lineWith(QStringLiteral("✘ S3 http://127.0.0.1:%1/a-bucket:").arg(m_source.s3Port()));
        QVERIFY2(!s3Line.isEmpty(), qPrintable(result));
        QVERIFY2(s3Line.contains(QStringLiteral("403")) || s3Line.contains(QStringLiteral("access"), Qt::CaseInsensitive)
                     || s3Line.contains(QStringLiteral("denied"), Qt::CaseInsensitive),
                 qPrintable(s3Line));
        // The secret never shows, the Milvus part still answers.
        QVERIFY(!result.contains(QStringLiteral("wrong-secret")));
        QVERIFY2(!lineWith(QStringLiteral("✔ Milvus ")).isEmpty(), qPrintable(result));
    }

    void backupPageWithoutVectorServersSaysSo()
    {
        BackupPage *page = m_window->backupPage();
        page->setProfile(QStringLiteral("graphs only"));
        QVERIFY(!page->collectionsAvailable());
        QVERIFY(!page->backsUpCollections());
        QVERIFY(!page->findChild<QListWidget *>(QStringLiteral("collectionList"))->isEnabled());
        QVERIFY2(page->collectionsNoteText().contains(QStringLiteral("names no vector servers")), qPrintable(page->collectionsNoteText()));
        QVERIFY(page->backsUpGraphs());

        page->setProfile(QStringLiteral("source"));
        QVERIFY(page->collectionsAvailable());
        QVERIFY(page->backsUpCollections());
        QVERIFY(page->findChild<QListWidget *>(QStringLiteral("collectionList"))->isEnabled());
        QVERIFY2(page->collectionsNoteText().contains(m_source.backupUrl().toString()), qPrintable(page->collectionsNoteText()));
    }

    void loadingCollectionsFromAMilvusThatIsDownSaysSo()
    {
        BackupPage *page = m_window->backupPage();
        page->setProfile(QStringLiteral("source"));
        m_source.setFaults({ { QStringLiteral("milvusRestDown"), true } });
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QSignalSpy loaded(page, &BackupPage::collectionsLoaded);
        page->loadCollectionsFromServer();
        const bool answered = loaded.wait(60000);
        m_source.setFaults({ { QStringLiteral("milvusRestDown"), false } });
        QVERIFY(answered);
        QCOMPARE(loaded.first().first().toBool(), false);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("127.0.0.1:%1").arg(m_source.milvusUrl().port())),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(page->listedCollections().isEmpty());
    }

    void backUpGraphAndCollectionsInOneSet()
    {
        BackupPage *page = m_window->backupPage();
        page->setProfile(QStringLiteral("source"));
        QSignalSpy loaded(page, &BackupPage::collectionsLoaded);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("loadCollectionsButton")), Qt::LeftButton);
        QVERIFY(loaded.wait(60000));
        QVERIFY2(loaded.first().first().toBool(), qPrintable(Dialogs::shownMessages().join(QLatin1Char('\n'))));
        QCOMPARE(page->listedCollections(), (QStringList { kDocs, kEntities, kElsewhere }));
        auto *list = page->findChild<QListWidget *>(QStringLiteral("collectionList"));
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("230")), qPrintable(list->item(0)->text()));
        // Uncheck one by hand: only the other two go into the set.
        list->item(2)->setCheckState(Qt::Unchecked);
        QCOMPARE(page->selectedCollections(), (QStringList { kDocs, kEntities }));
        page->setSelectedGraphs({ QStringLiteral("kg") });
        QVERIFY2(page->summaryText().contains(QStringLiteral("2 collection(s) selected")), qPrintable(page->summaryText()));

        page->setDestination(backupFolder());
        page->setSetName(QStringLiteral("graph-and-vector"));
        QSignalSpy finished(page, &BackupPage::backupFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("backupButton")), Qt::LeftButton);
        QVERIFY2(finished.wait(180000), qPrintable(Dialogs::shownMessages().join(QLatin1Char('\n'))));
        m_set = finished.first().first().toString();
        QVERIFY(BackupManifest::exists(m_set));
        const BackupManifest manifest = BackupManifest::load(m_set);
        QCOMPARE(manifest.components(), (QStringList { QStringLiteral("graph"), QStringLiteral("vector") }));
        QCOMPARE(manifest.graphs.size(), 1);
        QCOMPARE(manifest.graphs.first().nodes, 120);
        QMap<QString, qint64> rows;
        for (const auto &collection : manifest.collections)
            rows.insert(collection.database + QLatin1Char('.') + collection.name, collection.rows);
        QCOMPARE(rows, (QMap<QString, qint64> { { kDocs, 230 }, { kEntities, 120 } }));
        QCOMPARE(manifest.milvusBackupServer, m_source.backupUrl().toString());

        // History counts the collections and their rows next to the graphs.
        HistoryPage *history = m_window->historyPage();
        history->setFolder(backupFolder());
        history->refresh();
        history->selectSet(m_set);
        auto *table = history->findChild<QTableWidget *>(QStringLiteral("setTable"));
        const auto cell = [table](const QString &header) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (table->horizontalHeaderItem(column)->text() == header)
                    return table->item(table->currentRow(), column)->text();
            }
            return QStringLiteral("no column %1").arg(header);
        };
        QCOMPARE(cell(QStringLiteral("Set")), QStringLiteral("graph-and-vector"));
        QCOMPARE(cell(QStringLiteral("Collections")), QStringLiteral("2"));
        QCOMPARE(cell(QStringLiteral("Rows")), QLocale().toString(350));
        QCOMPARE(cell(QStringLiteral("Nodes")), QLocale().toString(120));
    }

    void backUpCollectionsOnly()
    {
        BackupPage *page = m_window->backupPage();
        page->setProfile(QStringLiteral("source"));
        page->setBackUpGraphs(false);
        page->setSelectedCollections({ kEntities });
        QVERIFY2(page->summaryText().contains(QStringLiteral("Graphs are not backed up")), qPrintable(page->summaryText()));
        page->setDestination(backupFolder());
        page->setSetName(QStringLiteral("vector-only"));
        QSignalSpy finished(page, &BackupPage::backupFinished);
        page->startBackup();
        QVERIFY2(finished.wait(180000), qPrintable(Dialogs::shownMessages().join(QLatin1Char('\n'))));
        m_vectorOnlySet = finished.first().first().toString();
        const BackupManifest manifest = BackupManifest::load(m_vectorOnlySet);
        QCOMPARE(manifest.components(), QStringList { QStringLiteral("vector") });
        QCOMPARE(manifest.collections.size(), 1);
        QCOMPARE(manifest.collections.first().name, QStringLiteral("EntityDescriptions"));
        page->setBackUpGraphs(true);

        // Neither part ticked: nothing starts, and the page says why.
        page->setBackUpGraphs(false);
        page->setBackUpCollections(false);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QSignalSpy started(m_window->jobRunner(), &JobRunner::started);
        page->startBackup();
        QCOMPARE(started.size(), 0);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Nothing to back up")), qPrintable(Dialogs::lastMessage()));
        page->setBackUpGraphs(true);
        page->setBackUpCollections(true);
    }

    void restoreWithConflictSkipsTheExistingCollection()
    {
        QVERIFY(!m_set.isEmpty());
        RestoreWizard *wizard = openWizardAtReview(m_set, QStringLiteral("target"));
        QVERIFY(wizard);
        QVERIFY(wizard->targetChecked());
        QVERIFY(wizard->collectionsRestorable());
        QCOMPARE(wizard->existingTargetCollections(), QStringList { kDocs });
        QVERIFY2(wizard->collectionTargetText(kDocs).contains(QStringLiteral("exists: 17 rows")), qPrintable(wizard->collectionTargetText(kDocs)));
        QCOMPARE(wizard->collectionTargetText(kEntities), QStringLiteral("absent"));
        QVERIFY2(wizard->collectionsNoteText().contains(QStringLiteral("1 collection(s) already exist")), qPrintable(wizard->collectionsNoteText()));

        // The content comparison with the target, before anything is written: the graph "kg" on the
        // target is the one backed up; DocumentChunks there is another collection (17 rows).
        QSignalSpy compared(wizard, &RestoreWizard::targetCompared);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("compareTargetButton")), Qt::LeftButton);
        QVERIFY(compared.wait(120000));
        QVERIFY2(compared.first().first().toBool(), qPrintable(wizard->targetDiffText()));
        const QString diff = wizard->targetDiffText();
        QVERIFY2(diff.contains(QStringLiteral("graph kg: identical to the backup (120 nodes")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("collection %1: differs").arg(kDocs)) && diff.contains(QStringLiteral("230 in A, 17 in B")),
                 qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("collection %1: not in the target Milvus").arg(kEntities)), qPrintable(diff));

        // Restoring over the existing collection is refused on the review page.
        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Rename, QStringLiteral("kg_v1"));
        wizard->setCollectionAction(kDocs, RestoreWizard::Action::Restore);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ReviewPage));
        QVERIFY2(wizard->reviewProblem().contains(QStringLiteral("already exists in the target Milvus")), qPrintable(wizard->reviewProblem()));

        wizard->setCollectionAction(kDocs, RestoreWizard::Action::Skip);
        bool ok = false;
        const QString report = runRestore(wizard, &ok);
        QVERIFY2(ok, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("kg → kg_v1")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("✔ collection %1 → %1: 120 rows expected, 120 rows found.").arg(kEntities)), qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("collection %1").arg(kDocs)), qPrintable(report));
        // The report's numbers are the target's.
        QCOMPARE(rowsIn(m_target, kEntities), 120);
        QCOMPARE(rowsIn(m_target, kDocs), 17);
        QCOMPARE(nodeCount(m_connection, QStringLiteral("kg_v1")), 120);
        // Indexes are rebuilt by default: the restored collection is searchable like the original.
        QCOMPARE(indexesOf(m_target, kEntities), indexesOf(m_source, kEntities));
        QVERIFY(!indexesOf(m_target, kEntities).isEmpty());
        closeWizard(wizard);
    }

    void restoreUnderAnotherName()
    {
        RestoreWizard *wizard = openWizardAtReview(m_set, QStringLiteral("target"));
        QVERIFY(wizard);
        QCOMPARE(wizard->existingTargetCollections(), (QStringList { kDocs, kEntities }));
        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Skip);
        // Rename proposes <name>_restored; a name that exists is refused, then a free one is used.
        wizard->setCollectionAction(kDocs, RestoreWizard::Action::Rename, QStringLiteral("EntityDescriptions"));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ReviewPage));
        QVERIFY2(wizard->reviewProblem().contains(kEntities), qPrintable(wizard->reviewProblem()));
        wizard->setCollectionAction(kDocs, RestoreWizard::Action::Rename, QStringLiteral("bad name!"));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ReviewPage));
        QVERIFY2(wizard->reviewProblem().contains(QStringLiteral("valid new name")), qPrintable(wizard->reviewProblem()));
        wizard->setCollectionAction(kDocs, RestoreWizard::Action::Rename, QStringLiteral("DocumentChunks_restored"));
        QVERIFY(!hasCollection(m_target, kDocs + QStringLiteral("_restored")));
        // Opting out of the index rebuild is honoured.
        wizard->setRestoreIndexes(false);

        bool ok = false;
        const QString report = runRestore(wizard, &ok);
        QVERIFY2(ok, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("✔ collection %1 → %1_restored: 230 rows expected, 230 rows found.").arg(kDocs)),
                 qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("kg →")), qPrintable(report));
        QCOMPARE(rowsIn(m_target, kDocs + QStringLiteral("_restored")), 230);
        QVERIFY(indexesOf(m_target, kDocs + QStringLiteral("_restored")).isEmpty());
        QCOMPARE(rowsIn(m_target, kDocs), 17);
        QCOMPARE(rowsIn(m_target, kEntities), 120);
        closeWizard(wizard);
    }

    // The review's answer is checked again before anything is written: a target that appeared since
    // stops the whole run, and the collection confirmed for replacing is not dropped either.
    void aCollectionThatAppearsAfterReviewStopsTheRun()
    {
        RestoreWizard *wizard = openWizardAtReview(m_set, QStringLiteral("target"));
        QVERIFY(wizard);
        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Rename, QStringLiteral("kg_late"));
        wizard->setCollectionAction(kDocs, RestoreWizard::Action::Replace);
        wizard->setCollectionReplaceConfirmed(true);
        wizard->setCollectionAction(kEntities, RestoreWizard::Action::Rename, QStringLiteral("EntityDescriptions_late"));
        m_target.seedCollection(QStringLiteral("default"), QStringLiteral("EntityDescriptions_late"), 5);
        bool ok = true;
        const QString report = runRestore(wizard, &ok);
        QVERIFY2(!ok, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("EntityDescriptions_late")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("already exist")), qPrintable(report));
        QCOMPARE(rowsIn(m_target, kDocs), 17);
        QCOMPARE(rowsIn(m_target, QStringLiteral("default.EntityDescriptions_late")), 5);
        QVERIFY(!m_connection.listGraphs().contains(QStringLiteral("kg_late")));
        closeWizard(wizard);
    }

    void replaceOnlyAfterConfirmation()
    {
        RestoreWizard *wizard = openWizardAtReview(m_set, QStringLiteral("target"));
        QVERIFY(wizard);
        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Skip);
        wizard->setCollectionAction(kDocs, RestoreWizard::Action::Replace);
        QVERIFY(wizard->findChild<QCheckBox *>(QStringLiteral("confirmDropCheck"))->isVisibleTo(wizard));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ReviewPage));
        QVERIFY2(wizard->reviewProblem().contains(QStringLiteral("confirmation")), qPrintable(wizard->reviewProblem()));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("drops the existing collection")));
        // Nothing was touched while unconfirmed.
        QCOMPARE(rowsIn(m_target, kDocs), 17);

        wizard->setCollectionReplaceConfirmed(true);
        bool ok = false;
        const QString report = runRestore(wizard, &ok);
        QVERIFY2(ok, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("✔ collection %1 → %1: 230 rows expected, 230 rows found.").arg(kDocs)), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("was dropped first")), qPrintable(report));
        QVERIFY2(!report.contains(kEntities), qPrintable(report)); // skipped: it exists
        QCOMPARE(rowsIn(m_target, kDocs), 230);
        closeWizard(wizard);
    }

    // Stop while the backup folder is being uploaded to the target bucket: the partial upload is
    // removed again and no collection is created.
    void stopDuringUploadRemovesIt()
    {
        QVERIFY(!m_vectorOnlySet.isEmpty());
        const QString backupName = BackupManifest::load(m_vectorOnlySet).vectorBackupName;
        RestoreWizard *wizard = openWizardAtReview(m_vectorOnlySet, QStringLiteral("target"));
        QVERIFY(wizard);
        QTRY_VERIFY(!m_window->jobRunner()->isRunning());
        wizard->setCollectionAction(kEntities, RestoreWizard::Action::Rename, QStringLiteral("EntityDescriptions_stopped"));
        JobRunner *runner = m_window->jobRunner();
        std::atomic<bool> reachedUpload { false };
        std::atomic<bool> held { false };
        QSemaphore mayContinue;
        runner->setWorkerProgressHook([&](const TaskProgress &progress) {
            if (progress.phase == QLatin1String("upload") && !held.exchange(true)) {
                reachedUpload = true;
                mayContinue.tryAcquire(1, 60000);
            }
        });
        QSignalSpy finished(wizard, &RestoreWizard::restoreFinished);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(reachedUpload.load() || !finished.isEmpty(), 60000);
        QVERIFY2(reachedUpload.load(), qPrintable(wizard->reportText()));
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
        mayContinue.release();
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        runner->setWorkerProgressHook({});
        QCOMPARE(finished.first().first().toBool(), false);
        const QString report = wizard->reportText();
        qInfo("Restore report:\n%s", qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("stopped")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("partial upload was removed")), qPrintable(report));
        QVERIFY(!hasCollection(m_target, QStringLiteral("default.EntityDescriptions_stopped")));
        S3Endpoint storage = S3Endpoint::fromUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_target.s3Port()),
                                                 QStringLiteral("a-bucket"), QStringLiteral("backup"));
        storage.setCredentials(kS3Secret, kS3Secret);
        QVERIFY(S3Client(storage).listObjects(storage.folderPrefix(backupName)).isEmpty());
        closeWizard(wizard);
    }

    void targetWithoutVectorServersStillRestoresGraphs()
    {
        RestoreWizard *wizard = openWizardAtReview(m_set, QStringLiteral("graphs only"));
        QVERIFY(wizard);
        QVERIFY(!wizard->collectionsRestorable());
        QVERIFY2(wizard->collectionsNoteText().contains(QStringLiteral("names no vector servers")), qPrintable(wizard->collectionsNoteText()));
        QVERIFY2(wizard->collectionsNoteText().contains(QStringLiteral("graphs can still be restored")), qPrintable(wizard->collectionsNoteText()));
        QCOMPARE(wizard->collectionTargetText(kDocs), QStringLiteral("cannot be restored"));
        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Rename, QStringLiteral("kg_graph_only"));
        bool ok = false;
        const QString report = runRestore(wizard, &ok);
        QVERIFY2(ok, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("kg → kg_graph_only")), qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("collection")), qPrintable(report));
        QCOMPARE(nodeCount(m_connection, QStringLiteral("kg_graph_only")), 120);
        closeWizard(wizard);
    }

    // A target Milvus that does not answer at review time: the collections are left out with the
    // reason shown, and with the graph skipped too there is nothing to restore.
    void unreachableMilvusAtReviewSkipsCollections()
    {
        m_target.setFaults({ { QStringLiteral("milvusRestDown"), true } });
        RestoreWizard *wizard = openWizardAtReview(m_set, QStringLiteral("target"));
        m_target.setFaults({ { QStringLiteral("milvusRestDown"), false } });
        QVERIFY(wizard);
        QVERIFY(!wizard->collectionsRestorable());
        QVERIFY2(wizard->collectionsNoteText().contains(QStringLiteral("cannot be checked")), qPrintable(wizard->collectionsNoteText()));
        QVERIFY2(wizard->collectionsNoteText().contains(m_target.milvusUrl().toString()), qPrintable(wizard->collectionsNoteText()));
        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Skip);
        // Everything skipped: nothing to do.
        Dialogs::setNextAnswer(QMessageBox::Ok);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ReviewPage));
        QVERIFY2(wizard->reviewProblem().contains(QStringLiteral("nothing to restore")), qPrintable(wizard->reviewProblem()));
        wizard->reject();
        QTRY_VERIFY(!m_window->restoreWizard());
    }
};

QTEST_MAIN(TestVectorGui)
#include "tst_vectorgui.moc"
