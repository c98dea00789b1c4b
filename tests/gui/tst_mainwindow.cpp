// Drives the real main window offscreen against a real redis-server with the FalkorDB stand-in and a
// private gnome-keyring (run-with-keyring.sh keyring): create a profile with its password in the
// keychain, test the connection, back up, restore into a second graph through the wizard and read the
// verification report, replace only with confirmation, cancel mid-job, and a wrong password.

#include "BackupManifest.h"
#include "BackupPage.h"
#include "Dialogs.h"
#include "FalkorConnection.h"
#include "GraphTestData.h"
#include "HistoryPage.h"
#include "DiffPage.h"
#include "JobRunner.h"
#include "JobsPanel.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "PackageWriter.h"
#include "TaskContext.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "ProfilesPage.h"
#include "RedisServerFixture.h"
#include "RestoreWizard.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("gui-test-pw");
const QStringList kServerLimits { QStringLiteral("RESULTSET_SIZE"), QStringLiteral("10") };

qint64 nodeCount(FalkorConnection &connection, const QString &graph)
{
    return connection.query(graph, QStringLiteral("MATCH (n) RETURN count(n)")).rows.value(0).value(0).toInteger();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    RedisServerFixture m_server;
    FalkorConnection m_connection;
    QTemporaryDir m_work;
    std::unique_ptr<MainWindow> m_window;

    QString backupFolder() const { return m_work.filePath(QStringLiteral("backups")); }

    // Opens the profile dialog through the page's Add button and fills it in.
    void addProfile(const QString &name, SecretPolicy policy, const QString &secret)
    {
        ProfilesPage *page = m_window->profilesPage();
        auto connection = connect(page, &ProfilesPage::profileDialogOpened, this, [&](ProfileDialog *dialog) {
            dialog->nameEdit()->setText(name);
            dialog->falkorUrlEdit()->setText(m_server.url());
            QComboBox *combo = dialog->policyCombo(SecretKind::FalkorDbPassword);
            combo->setCurrentIndex(combo->findData(int(policy)));
            dialog->secretEdit(SecretKind::FalkorDbPassword)->setText(secret);
            dialog->save();
            // Saving waits for the keychain on a worker; the event loop runs meanwhile.
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 60000);
            if (dialog->result() != QDialog::Accepted)
                dialog->reject();
            QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(dialog->errorText()));
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        disconnect(connection);
        QVERIFY(m_window->profileStore()->contains(name));
    }

    bool waitForJob(int timeoutMs = 120000)
    {
        if (!m_window->jobRunner()->isRunning())
            return true;
        QSignalSpy stopped(m_window->jobRunner(), &JobRunner::stopped);
        return stopped.wait(timeoutMs);
    }

    QString backUp(const QString &profile, const QString &setName, const QStringList &graphs)
    {
        BackupPage *page = m_window->backupPage();
        page->setProfile(profile);
        page->setDestination(backupFolder());
        page->setSetName(setName);
        page->setSelectedGraphs(graphs);
        QSignalSpy finished(page, &BackupPage::backupFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("backupButton")), Qt::LeftButton);
        if (!finished.wait(120000))
            return {};
        return finished.first().first().toString();
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QString error;
        RedisServerFixture::Options options;
        options.moduleArguments = kServerLimits;
        options.password = kPassword;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        FalkorEndpoint endpoint;
        QVERIFY(FalkorEndpoint::parse(m_server.url(), &endpoint, &error));
        endpoint.password = kPassword;
        m_connection.open(endpoint);
        GraphTestData::createRandomGraph(m_connection, QStringLiteral("kg"), 120, 200, 20, 11);
        GraphTestData::createRandomGraph(m_connection, QStringLiteral("big"), 1500, 2500, 60, 5);

        MainWindow::Options windowOptions;
        windowOptions.profilesFile = m_work.filePath(QStringLiteral("profiles.json"));
        windowOptions.backupFolder = backupFolder();
        windowOptions.keychainService = QStringLiteral("BrandMind Backup GUI test");
        QString problem;
        m_window = MainWindowTestSupport::openWithKeychain(windowOptions, &problem);
        QVERIFY2(m_window, qPrintable(problem));
    }

    void init() { Dialogs::reset(); }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void createProfileAndTestConnection()
    {
        addProfile(QStringLiteral("dev laptop"), SecretPolicy::StoredInKeychain, kPassword);
        // The password is in the keychain, not in the profiles file.
        QFile file(m_window->profileStore()->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kPassword.toUtf8()));

        ProfilesPage *page = m_window->profilesPage();
        page->selectProfile(QStringLiteral("dev laptop"));
        QSignalSpy tested(page, &ProfilesPage::connectionTested);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(tested.wait(60000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(page->testResultText()));
        const QString result = page->testResultText();
        QVERIFY2(result.contains(QStringLiteral("graph module")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("graph kg: 120 nodes, 220 edges")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("graph big: 1500 nodes")), qPrintable(result));
    }

    void wrongPasswordSaysSo()
    {
        addProfile(QStringLiteral("asks"), SecretPolicy::AskEveryTime, {});
        ProfilesPage *page = m_window->profilesPage();
        page->selectProfile(QStringLiteral("asks"));
        Dialogs::setNextText(QStringLiteral("not-the-password"));
        QSignalSpy tested(page, &ProfilesPage::connectionTested);
        page->testConnection();
        QVERIFY(tested.wait(60000));
        QCOMPARE(tested.first().first().toBool(), false);
        const QString result = page->testResultText();
        QVERIFY2(result.contains(QStringLiteral("✘")) && result.contains(QStringLiteral("assword"), Qt::CaseInsensitive),
                 qPrintable(result));
        // The prompt was shown (through the wrapper) and consumed.
        QVERIFY(Dialogs::shownMessages().join(QLatin1Char('\n')).contains(QStringLiteral("asks")));
        QCOMPARE(Dialogs::pendingAnswers(), 0);

        // The right answer works, and a canceled prompt cancels the test.
        Dialogs::setNextText(kPassword);
        page->testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 60000);
        QVERIFY2(tested.at(1).first().toBool(), qPrintable(page->testResultText()));
        Dialogs::setNextText(std::nullopt);
        page->testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 3, 60000);
        QCOMPARE(tested.at(2).first().toBool(), false);
    }

    void backUpRestoreIntoSecondGraphAndVerify()
    {
        const QString set = backUp(QStringLiteral("dev laptop"), QStringLiteral("set-one"), { QStringLiteral("kg") });
        QVERIFY(!set.isEmpty());
        QVERIFY(BackupManifest::exists(set));
        QCOMPARE(BackupManifest::load(set).graphs.size(), 1);
        QCOMPARE(BackupManifest::load(set).profileName, QStringLiteral("dev laptop"));
        HistoryPage *history = m_window->historyPage();
        QCOMPARE(history->setCount(), 1);
        QCOMPARE(history->selectedSet(), set);
        QVERIFY(history->detailsText().contains(QStringLiteral("graph kg: 120 nodes, 220 edges")));

        RestoreWizard *wizard = openWizardAtReview(set, QStringLiteral("dev laptop"));
        QVERIFY(wizard);
        QVERIFY(wizard->targetChecked());
        QVERIFY(wizard->existingTargetGraphs().contains(QStringLiteral("kg")));
        // "kg" exists on the target: restoring under its own name is refused.
        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Restore);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ReviewPage));
        QVERIFY(wizard->reviewProblem().contains(QStringLiteral("already exists")));

        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Rename, QStringLiteral("kg_copy"));
        QSignalSpy finished(wizard, &RestoreWizard::restoreFinished);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::RunPage));
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(wizard->reportText()));
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ReportPage));
        QVERIFY2(wizard->reportText().contains(QStringLiteral("kg → kg_copy")), qPrintable(wizard->reportText()));
        QVERIFY(wizard->reportText().contains(QStringLiteral("fingerprint match")));
        QCOMPARE(nodeCount(m_connection, QStringLiteral("kg_copy")), 120);
        wizard->accept();
        QTRY_VERIFY(!m_window->restoreWizard());
    }

    // History lists packages next to set folders, and says plainly which backups are incomplete or
    // corrupt (and offers neither for restore).
    void historyShowsPackagesAndBrokenBackups()
    {
        HistoryPage *history = m_window->historyPage();
        const QString set = history->sets().value(0).path;
        QVERIFY(!set.isEmpty());
        const QString folder = m_work.filePath(QStringLiteral("history-kinds"));
        QVERIFY(QDir().mkpath(folder));
        CallbackTaskContext context;
        const QString package = QDir(folder).filePath(QStringLiteral("packed.zip"));
        PackageWriter::write(set, package, context);
        // A package cut short: its central directory is gone.
        const QString cut = QDir(folder).filePath(QStringLiteral("cut.zip"));
        QVERIFY(QFile::copy(package, cut));
        QFile cutFile(cut);
        QVERIFY(cutFile.open(QIODevice::ReadWrite));
        QVERIFY(cutFile.resize(cutFile.size() / 2));
        cutFile.close();
        // A backup that never finished: graph data but no manifest.json.
        const QString unfinished = QDir(folder).filePath(QStringLiteral("unfinished"));
        QVERIFY(QDir().mkpath(QDir(unfinished).filePath(QStringLiteral("graph/kg"))));

        history->setFolder(folder);
        QCOMPARE(history->setCount(), 3);
        QCOMPARE(history->statusTextOf(package), QStringLiteral("Complete"));
        QCOMPARE(history->statusTextOf(cut), QStringLiteral("Corrupt"));
        QCOMPARE(history->statusTextOf(unfinished), QStringLiteral("Incomplete"));
        auto *restoreButton = history->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        history->selectSet(package);
        QVERIFY2(history->detailsText().contains(QStringLiteral("Package: ")), qPrintable(history->detailsText()));
        QVERIFY(history->detailsText().contains(QStringLiteral("graph kg: 120 nodes, 220 edges")));
        QVERIFY(restoreButton->isEnabled());
        history->selectSet(cut);
        QVERIFY(history->detailsText().contains(QStringLiteral("damaged")));
        QVERIFY(!restoreButton->isEnabled());
        history->selectSet(unfinished);
        QVERIFY(history->detailsText().contains(QStringLiteral("never finished")));
        QVERIFY(!restoreButton->isEnabled());

        // A package is a file: Delete removes just that file.
        history->selectSet(package);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        history->deleteSelected();
        QVERIFY(!QFileInfo::exists(package));
        QCOMPARE(history->setCount(), 2);

        history->setFolder(backupFolder());
        history->selectSet(set);
        QCOMPARE(history->setCount(), 1);
    }

    void replaceNeedsConfirmation()
    {
        const QString set = m_window->historyPage()->sets().value(0).path;
        QVERIFY(!set.isEmpty());
        // Make the target differ from the backup, then replace it.
        m_connection.query(QStringLiteral("kg_copy"), QStringLiteral("CREATE (:Extra)"), QueryOptions { false, -1 });
        QCOMPARE(nodeCount(m_connection, QStringLiteral("kg_copy")), 121);

        RestoreWizard *wizard = openWizardAtReview(set, QStringLiteral("dev laptop"));
        QVERIFY(wizard);
        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Rename, QStringLiteral("kg_copy"));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        wizard->next();
        QVERIFY(wizard->reviewProblem().contains(QStringLiteral("already exists")));
        // Replace (kg over the existing kg) goes on only with the confirmation ticked.
        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Replace);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ReviewPage));
        QVERIFY2(wizard->reviewProblem().contains(QStringLiteral("confirmation")), qPrintable(wizard->reviewProblem()));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("confirmation")));
        m_connection.query(QStringLiteral("kg"), QStringLiteral("CREATE (:Extra)"), QueryOptions { false, -1 });
        QCOMPARE(nodeCount(m_connection, QStringLiteral("kg")), 121);

        wizard->setReplaceConfirmed(true);
        QSignalSpy finished(wizard, &RestoreWizard::restoreFinished);
        wizard->next();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(wizard->reportText()));
        QCOMPARE(nodeCount(m_connection, QStringLiteral("kg")), 120);
        wizard->accept();
        QTRY_VERIFY(!m_window->restoreWizard());
    }

    void compareSetWithLiveProfile()
    {
        const QString set = m_window->historyPage()->sets().value(0).path;
        DiffPage *diff = m_window->diffPage();
        diff->chooseLeft(set);
        diff->chooseRight(QStringLiteral("profile:dev laptop"));
        QSignalSpy compared(diff, &DiffPage::compared);
        diff->compare();
        QVERIFY(compared.wait(60000));
        QVERIFY(compared.first().first().toBool());
        QCOMPARE(diff->comparison().graphs.size(), 1);
        QVERIFY(diff->comparison().graphs.first().identical());
        QVERIFY(diff->verdictText().contains(QStringLiteral("Identical")));
        QVERIFY(diff->changesText().contains(QStringLiteral("No differences")));

        // One node added, one node edited (same label and key, a new property): the counts say +1,
        // and the samples show both, the edit with what changed.
        m_connection.query(QStringLiteral("kg"), QStringLiteral("CREATE (:Extra {name: 'brand new'})"), QueryOptions { false, -1 });
        const QString edited = m_connection.query(QStringLiteral("kg"), QStringLiteral("MATCH (n:Topic) RETURN n.name LIMIT 1"))
                                   .rows.value(0).value(0).toString();
        QVERIFY(!edited.isEmpty());
        m_connection.query(QStringLiteral("kg"), QStringLiteral("MATCH (n:Topic {name: '%1'}) SET n.note = 'edited'").arg(edited),
                           QueryOptions { false, -1 });
        diff->compare();
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 2, 60000);
        QVERIFY(compared.last().first().toBool());
        const SetDiff::GraphDiff row = diff->comparison().graphs.first();
        QVERIFY(!row.identical());
        QCOMPARE(row.b.nodes - row.a.nodes, 1);
        QCOMPARE(row.nodes.added, 1);
        QVERIFY(row.nodes.changed >= 1);
        QVERIFY(diff->verdictText().contains(QStringLiteral("Different")));
        const QString changes = diff->changesText();
        QVERIFY2(changes.contains(QStringLiteral("brand new")), qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("~ changed")) && changes.contains(QStringLiteral("note")), qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("Topic.note")), qPrintable(changes)); // a property key only on the right
        m_connection.query(QStringLiteral("kg"), QStringLiteral("MATCH (n:Extra) DELETE n"), QueryOptions { false, -1 });
        m_connection.query(QStringLiteral("kg"), QStringLiteral("MATCH (n:Topic {name: '%1'}) SET n.note = NULL").arg(edited),
                           QueryOptions { false, -1 });
    }

    // "Single-file package": the same job writes the set and <set>.zip; the CLI's verify accepts the
    // package, and the restore wizard restores from it.
    void backUpWithPackageThenRestoreFromIt()
    {
        const QString folder = m_work.filePath(QStringLiteral("packages"));
        BackupPage *page = m_window->backupPage();
        page->setProfile(QStringLiteral("dev laptop"));
        page->setDestination(folder);
        page->setSetName(QStringLiteral("carried"));
        page->setSelectedGraphs({ QStringLiteral("kg") });
        page->setMakePackage(true);
        QSignalSpy finished(page, &BackupPage::backupFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("backupButton")), Qt::LeftButton);
        QVERIFY2(finished.wait(120000), qPrintable(Dialogs::shownMessages().join(QLatin1Char('\n'))));
        page->setMakePackage(false);
        const QString set = finished.first().first().toString();
        const QString package = QDir(folder).filePath(QStringLiteral("carried.zip"));
        QVERIFY(BackupManifest::exists(set));
        QVERIFY(QFileInfo(package).isFile());
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part")).isEmpty());

        const QString cli = QDir(qEnvironmentVariable("BMB_BINARY_DIR")).filePath(QStringLiteral("src/cli/brandmind-backup-cli"));
        QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
        QProcess verify;
        verify.start(cli, { QStringLiteral("verify"), package });
        QVERIFY(verify.waitForFinished(120000));
        QVERIFY2(verify.exitStatus() == QProcess::NormalExit && verify.exitCode() == 0,
                 qPrintable(QString::fromUtf8(verify.readAllStandardOutput() + verify.readAllStandardError())));

        HistoryPage *history = m_window->historyPage();
        QCOMPARE(history->folder(), folder);
        QCOMPARE(history->setCount(), 2);
        QCOMPARE(history->statusTextOf(package), QStringLiteral("Complete"));

        RestoreWizard *wizard = openWizardAtReview(package, QStringLiteral("dev laptop"));
        QVERIFY(wizard);
        QTRY_VERIFY(!m_window->jobRunner()->isRunning());
        wizard->setAction(QStringLiteral("kg"), RestoreWizard::Action::Rename, QStringLiteral("kg_from_zip"));
        QSignalSpy restored(wizard, &RestoreWizard::restoreFinished);
        wizard->next();
        QVERIFY(restored.wait(120000));
        QVERIFY2(restored.first().first().toBool(), qPrintable(wizard->reportText()));
        QCOMPARE(nodeCount(m_connection, QStringLiteral("kg_from_zip")), 120);
        wizard->accept();
        QTRY_VERIFY(!m_window->restoreWizard());

        history->setFolder(backupFolder());
        QCOMPARE(history->setCount(), 1);
    }

    void cancelMidBackupLeavesNoSet()
    {
        JobRunner *runner = m_window->jobRunner();
        // Hold the worker at its first progress report until Cancel was clicked.
        std::atomic<bool> reachedProgress { false };
        QSemaphore mayContinue;
        std::atomic<bool> held { false };
        runner->setWorkerProgressHook([&](const TaskProgress &) {
            if (!held.exchange(true)) {
                reachedProgress = true;
                mayContinue.tryAcquire(1, 60000);
            }
        });
        BackupPage *page = m_window->backupPage();
        page->setProfile(QStringLiteral("dev laptop"));
        page->setDestination(backupFolder());
        page->setSetName(QStringLiteral("set-canceled"));
        page->setSelectedGraphs({ QStringLiteral("big") });
        QSignalSpy canceled(runner, &JobRunner::canceled);
        QSignalSpy started(runner, &JobRunner::started);
        Dialogs::setNextAnswer(QMessageBox::Ok); // the "backup was canceled" message
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("backupButton")), Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(reachedProgress.load(), qPrintable(Dialogs::shownMessages().join(QLatin1Char('\n'))), 60000);
        auto *cancel = m_window->jobsPanel()->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(runner->isCancelRequested());
        mayContinue.release();
        QVERIFY(canceled.wait(60000));
        runner->setWorkerProgressHook({});
        QVERIFY(!QFileInfo::exists(QDir(backupFolder()).filePath(QStringLiteral("set-canceled"))));
        QVERIFY2(m_window->jobsPanel()->stateText().contains(QStringLiteral("Canceled")), qPrintable(m_window->jobsPanel()->stateText()));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("canceled")));
        m_window->historyPage()->refresh();
        QCOMPARE(m_window->historyPage()->setCount(), 1);
    }

    void cancelMidRestoreRemovesPartialGraph()
    {
        const QString set = backUp(QStringLiteral("dev laptop"), QStringLiteral("set-big"), { QStringLiteral("big") });
        QVERIFY(!set.isEmpty());
        JobRunner *runner = m_window->jobRunner();
        RestoreWizard *wizard = openWizardAtReview(set, QStringLiteral("dev laptop"));
        QVERIFY(wizard);
        QTRY_VERIFY(!runner->isRunning());
        wizard->setAction(QStringLiteral("big"), RestoreWizard::Action::Rename, QStringLiteral("big_canceled"));
        std::atomic<bool> reachedProgress { false };
        QSemaphore mayContinue;
        std::atomic<bool> held { false };
        runner->setWorkerProgressHook([&](const TaskProgress &progress) {
            if (progress.phase.contains(QLatin1String("restoring")) && !held.exchange(true)) {
                reachedProgress = true;
                mayContinue.tryAcquire(1, 60000);
            }
        });
        QSignalSpy finished(wizard, &RestoreWizard::restoreFinished);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(reachedProgress.load(), 60000);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
        mayContinue.release();
        QVERIFY(finished.wait(60000));
        runner->setWorkerProgressHook({});
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(wizard->reportText().contains(QStringLiteral("stopped")), qPrintable(wizard->reportText()));
        QVERIFY(!m_connection.listGraphs().contains(QStringLiteral("big_canceled")));
        wizard->accept();
        QTRY_VERIFY(!m_window->restoreWizard());
    }

    void historyDeletesASet()
    {
        HistoryPage *history = m_window->historyPage();
        history->refresh();
        QCOMPARE(history->setCount(), 2);
        const QString set = history->sets().first().path;
        history->selectSet(set);
        QSignalSpy verified(history, &HistoryPage::verified);
        history->verifySelected();
        QVERIFY(verified.wait(60000));
        QVERIFY2(verified.first().first().toBool(), qPrintable(history->detailsText()));
        Dialogs::setNextAnswer(QMessageBox::No);
        history->deleteSelected();
        QVERIFY(QFileInfo::exists(set));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        history->deleteSelected();
        QVERIFY(!QFileInfo::exists(set));
        QCOMPARE(history->setCount(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
