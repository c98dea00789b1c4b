// Without a keychain (no session bus, or a bus without a Secret Service) the window says so, refuses
// to "store" a secret anywhere else, and profiles that ask every time still work.

#include "Dialogs.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "ProfilesPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void windowSaysNoKeychainAndAsksInstead()
    {
        QTemporaryDir work;
        MainWindow::Options options;
        options.profilesFile = work.filePath(QStringLiteral("profiles.json"));
        options.backupFolder = work.filePath(QStringLiteral("backups"));
        options.keychainService = QStringLiteral("BrandMind Backup GUI test");
        MainWindow window(options);
        window.show();
        if (!window.keychainProbed()) {
            QSignalSpy probed(&window, &MainWindow::keychainChecked);
            QVERIFY(probed.wait(60000));
        }
        QVERIFY(!window.keychainProblem().isEmpty());
        auto *label = window.profilesPage()->findChild<QLabel *>(QStringLiteral("keychainLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("No keychain available")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("Ask every time")));

        // Storing a secret fails with the reason, and the profile is not half made.
        QString error;
        auto first = connect(window.profilesPage(), &ProfilesPage::profileDialogOpened, this, [&](ProfileDialog *dialog) {
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("keychainNote"))->text().contains(QStringLiteral("No keychain")));
            dialog->nameEdit()->setText(QStringLiteral("server"));
            QComboBox *combo = dialog->policyCombo(SecretKind::FalkorDbPassword);
            combo->setCurrentIndex(combo->findData(int(SecretPolicy::StoredInKeychain)));
            dialog->secretEdit(SecretKind::FalkorDbPassword)->setText(QStringLiteral("secret"));
            dialog->save();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 60000);
            error = dialog->errorText();
            QVERIFY(dialog->result() != QDialog::Accepted);
            QVERIFY(!window.profileStore()->contains(QStringLiteral("server")));
            QVERIFY(!QFile::exists(options.profilesFile));
            // Then the choice the message suggests: ask every time.
            combo->setCurrentIndex(combo->findData(int(SecretPolicy::AskEveryTime)));
            dialog->save();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 60000);
            if (dialog->result() != QDialog::Accepted)
                dialog->reject();
            QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(dialog->errorText()));
        });
        window.profilesPage()->addProfile();
        disconnect(first);
        QVERIFY2(error.contains(QStringLiteral("could not be stored")), qPrintable(error));
        QVERIFY(window.profileStore()->contains(QStringLiteral("server")));
        QCOMPARE(window.profileStore()->profile(QStringLiteral("server")).secretPolicy(SecretKind::FalkorDbPassword),
                 SecretPolicy::AskEveryTime);
    }
};

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
