#pragma once

#include "AppServices.h"
#include "RestoreWizard.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class BackupPage;
class CredentialStore;
class DiffPage;
class HistoryPage;
class JobRunner;
class JobsPanel;
class ProfileStore;
class ProfilesPage;


// The desktop application's window: Profiles, Back up, History, Compare and Jobs tabs, and the
// restore wizard. It owns the profile store, the keychain access and the one job runner; the pages
// borrow them through AppServices.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString profilesFile;      // empty: ProfileStore::defaultFilePath()
        QString backupFolder;      // empty: ~/Documents/BrandMind Backups
        QString keychainService;   // empty: CredentialStore::defaultServiceName()
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProfilesPage *profilesPage() const { return m_profilesPage; }
    BackupPage *backupPage() const { return m_backupPage; }
    HistoryPage *historyPage() const { return m_historyPage; }
    DiffPage *diffPage() const { return m_diffPage; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    JobRunner *jobRunner() const { return m_jobs.get(); }
    ProfileStore *profileStore() const { return m_profiles.get(); }
    RestoreWizard *restoreWizard() const { return m_restoreWizard; }
    QString keychainProblem() const { return m_services.keychainProblem; }
    bool keychainProbed() const { return m_keychainProbed; }
    void showTab(QWidget *page);

    void openRestoreWizard(const QString &setDirectory = {});

signals:
    void keychainChecked(bool available);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void probeKeychain();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    // Declared after the stores: destroyed first, so a running job never outlives them.
    std::unique_ptr<JobRunner> m_jobs;
    AppServices m_services;
    ProfilesPage *m_profilesPage = nullptr;
    BackupPage *m_backupPage = nullptr;
    HistoryPage *m_historyPage = nullptr;
    DiffPage *m_diffPage = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    QPointer<RestoreWizard> m_restoreWizard;
    bool m_keychainProbed = false;
    bool m_closeAfterJob = false;
};
