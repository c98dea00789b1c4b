// The profiles page waits for the keychain on a worker thread. A keychain request is held back with
// KeychainThread's test seam, like an unlock prompt nobody has answered yet: meanwhile the window keeps
// processing events, shows that it is busy, refuses a second change and changes nothing on disk; once
// the keychain answers, the result lands. Runs against a private gnome-keyring
// (run-with-keyring.sh keyring).

#include "CredentialStore.h"
#include "Dialogs.h"
#include "KeychainThread.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "ProfilesPage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QString kService = QStringLiteral("BrandMind Backup profiles page test");
const QString kSecret = QStringLiteral("held-secret");
const QStringList kButtons { QStringLiteral("addButton"), QStringLiteral("editButton"), QStringLiteral("duplicateButton"),
                             QStringLiteral("deleteButton"), QStringLiteral("testButton") };
} // namespace

class TestProfilesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    std::unique_ptr<MainWindow> m_window;

    ProfilesPage *page() const { return m_window->profilesPage(); }
    QString profilesFile() const { return m_work.filePath(QStringLiteral("profiles.json")); }

    QByteArray fileBytes() const
    {
        QFile file(profilesFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QStringList enabledButtons() const
    {
        QStringList enabled;
        for (const QString &name : kButtons) {
            if (page()->findChild<QPushButton *>(name)->isEnabled())
                enabled.append(name);
        }
        return enabled;
    }

    bool busyShown() const
    {
        return !page()->findChild<QProgressBar *>(QStringLiteral("busyBar"))->isHidden()
               && !page()->findChild<QLabel *>(QStringLiteral("busyLabel"))->isHidden();
    }

    // While a change is held at the keychain: the page says so, nothing can be started, and the event
    // loop runs (a queued timer fires).
    void verifyBusyAndResponsive()
    {
        QVERIFY(page()->isBusy());
        QVERIFY(busyShown());
        QCOMPARE(enabledButtons(), QStringList());
        // The File menu's import/export follow the page's buttons.
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("importProfilesAction"))->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("exportProfilesAction"))->isEnabled());
        bool timerFired = false;
        QTimer::singleShot(0, this, [&timerFired] { timerFired = true; });
        QTRY_VERIFY(timerFired);
        QVERIFY(page()->isBusy());
    }

    static std::optional<QString> storedSecret(const QString &profile)
    {
        return CredentialStore(kService).findSecret(profile, SecretKind::FalkorDbPassword);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        MainWindow::Options options;
        options.profilesFile = profilesFile();
        options.backupFolder = m_work.filePath(QStringLiteral("backups"));
        options.keychainService = kService;
        QString problem;
        m_window = MainWindowTestSupport::openWithKeychain(options, &problem);
        QVERIFY2(m_window, qPrintable(problem));
    }

    void init() { Dialogs::reset(); }

    void cleanup()
    {
        // A failed check must not leave the next one (or the window's destructor) waiting.
        KeychainThread::setHeldForTesting(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 60000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void addWaitsForTheKeychainWithoutBlocking()
    {
        QSignalSpy busy(page(), &ProfilesPage::busyChanged);
        bool checkedWhileHeld = false;
        auto connection = connect(page(), &ProfilesPage::profileDialogOpened, this, [&](ProfileDialog *dialog) {
            dialog->nameEdit()->setText(QStringLiteral("held"));
            QComboBox *combo = dialog->policyCombo(SecretKind::FalkorDbPassword);
            combo->setCurrentIndex(combo->findData(int(SecretPolicy::StoredInKeychain)));
            dialog->secretEdit(SecretKind::FalkorDbPassword)->setText(kSecret);

            KeychainThread::setHeldForTesting(true);
            dialog->save();
            // save() came back although the keychain has not answered.
            QVERIFY(dialog->isSaving());
            QVERIFY(!dialog->isFinished());
            QVERIFY(!dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->isEnabled());
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("busyLabel"))->isHidden());
            dialog->reject();  // cannot be closed half-way
            QVERIFY(!dialog->isFinished());
            QTRY_COMPARE_WITH_TIMEOUT(KeychainThread::heldRequestCount(), 1, 60000);
            verifyBusyAndResponsive();
            QCOMPARE(busy.size(), 1);
            QCOMPARE(busy.first().first().toBool(), true);
            // The keychain comes first: nothing is written before it took the secret.
            QVERIFY(!QFile::exists(profilesFile()));
            QVERIFY(!m_window->profileStore()->contains(QStringLiteral("held")));
            checkedWhileHeld = true;

            KeychainThread::setHeldForTesting(false);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
            QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(dialog->errorText()));
        });
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        disconnect(connection);
        QVERIFY(checkedWhileHeld);

        QVERIFY(!page()->isBusy());
        QVERIFY(!busyShown());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.last().first().toBool(), false);
        QVERIFY(m_window->profileStore()->contains(QStringLiteral("held")));
        QCOMPARE(page()->currentProfileName(), QStringLiteral("held"));
        QCOMPARE(enabledButtons(), kButtons);
        QCOMPARE(storedSecret(QStringLiteral("held")), std::optional<QString>(kSecret));
        QVERIFY(!fileBytes().contains(kSecret.toUtf8()));
    }

    void duplicateWaitsForTheKeychainWithoutBlocking()
    {
        page()->selectProfile(QStringLiteral("held"));
        QCOMPARE(page()->currentProfileName(), QStringLiteral("held"));
        const QByteArray before = fileBytes();
        KeychainThread::setHeldForTesting(true);
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("duplicateButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(KeychainThread::heldRequestCount() >= 1, 60000);
        verifyBusyAndResponsive();
        // A second change is refused while one runs: no question is asked, nothing is deleted. (The
        // answer stays queued, so an error message would not block the test either.)
        Dialogs::setNextAnswer(QMessageBox::Yes);
        page()->deleteProfile();
        QCOMPARE(Dialogs::pendingAnswers(), 1);
        QCOMPARE(fileBytes(), before);
        QCOMPARE(m_window->profileStore()->names(), QStringList { QStringLiteral("held") });

        KeychainThread::setHeldForTesting(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 60000);
        QVERIFY(!busyShown());
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("importProfilesAction"))->isEnabled());
        const QString copy = QStringLiteral("held (copy)");
        QVERIFY(m_window->profileStore()->contains(copy));
        QCOMPARE(page()->currentProfileName(), copy);
        QCOMPARE(page()->findChild<QListWidget *>(QStringLiteral("profileList"))->count(), 2);
        QCOMPARE(enabledButtons(), kButtons);
        QCOMPARE(storedSecret(copy), std::optional<QString>(kSecret));
        QVERIFY2(Dialogs::shownMessages().isEmpty(), qPrintable(Dialogs::shownMessages().join(QLatin1Char('\n'))));
    }

    void deleteWaitsForTheKeychainWithoutBlocking()
    {
        const QString copy = QStringLiteral("held (copy)");
        page()->selectProfile(copy);
        const QByteArray before = fileBytes();
        KeychainThread::setHeldForTesting(true);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextAnswer(QMessageBox::Ok);  // for an error message, which must not come
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QCOMPARE(Dialogs::pendingAnswers(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(KeychainThread::heldRequestCount() >= 1, 60000);
        verifyBusyAndResponsive();
        // Secrets go first: until the keychain answers, the profile stays.
        QCOMPARE(fileBytes(), before);
        QVERIFY(m_window->profileStore()->contains(copy));

        KeychainThread::setHeldForTesting(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 60000);
        QVERIFY(!m_window->profileStore()->contains(copy));
        QVERIFY(m_window->profileStore()->contains(QStringLiteral("held")));
        QCOMPARE(storedSecret(copy), std::nullopt);
        QCOMPARE(storedSecret(QStringLiteral("held")), std::optional<QString>(kSecret));
        QCOMPARE(enabledButtons(), kButtons);
        QCOMPARE(Dialogs::shownMessages().size(), 1);
    }

    void exportAndImportWaitForTheKeychainWithoutBlocking()
    {
        const QString exported = m_work.filePath(QStringLiteral("export.json"));
        KeychainThread::setHeldForTesting(true);
        Dialogs::setNextFileName(exported);
        Dialogs::setNextAnswer(QMessageBox::Yes);  // with secrets
        Dialogs::setNextAnswer(QMessageBox::Ok);   // for an error message, which must not come
        page()->exportProfiles();
        QTRY_VERIFY_WITH_TIMEOUT(KeychainThread::heldRequestCount() >= 1, 60000);
        verifyBusyAndResponsive();
        QVERIFY(!QFile::exists(exported));
        KeychainThread::setHeldForTesting(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 60000);
        QVERIFY2(Dialogs::shownMessages().size() == 1, qPrintable(Dialogs::shownMessages().join(QLatin1Char('\n'))));
        Dialogs::reset();
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(kSecret.toUtf8()));

        KeychainThread::setHeldForTesting(true);
        Dialogs::setNextFileName(exported);
        Dialogs::setNextAnswer(QMessageBox::Yes);  // store the secrets
        Dialogs::setNextAnswer(QMessageBox::Ok);   // "Imported: ..."
        page()->importProfiles();
        QTRY_VERIFY_WITH_TIMEOUT(KeychainThread::heldRequestCount() >= 1, 60000);
        verifyBusyAndResponsive();
        QCOMPARE(m_window->profileStore()->names(), QStringList { QStringLiteral("held") });
        KeychainThread::setHeldForTesting(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 60000);
        const QString imported = QStringLiteral("held (2)");
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Imported: ") + imported), qPrintable(Dialogs::lastMessage()));
        QVERIFY(m_window->profileStore()->contains(imported));
        QCOMPARE(storedSecret(imported), std::optional<QString>(kSecret));
    }
};

QTEST_MAIN(TestProfilesPage)
#include "tst_profilespage.moc"
