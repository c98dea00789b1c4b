#include "MainWindow.h"

#include "BackupPage.h"
#include "CredentialStore.h"
#include "DiffPage.h"
#include "Dialogs.h"
#include "HistoryPage.h"
#include "JobRunner.h"
#include "JobsPanel.h"
#include "OperationError.h"
#include "ProfileStore.h"
#include "ProfilesPage.h"
#include "RestoreWizard.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QStandardPaths>

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Options {}, parent)
{
}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_credentials(options.keychainService.isEmpty() ? std::make_unique<CredentialStore>()
                                                      : std::make_unique<CredentialStore>(options.keychainService))
    , m_profiles(std::make_unique<ProfileStore>(options.profilesFile.isEmpty() ? ProfileStore::defaultFilePath() : options.profilesFile,
                                                m_credentials.get()))
    , m_jobs(std::make_unique<JobRunner>())
{
    m_ui->setupUi(this);
    m_services.profiles = m_profiles.get();
    m_services.credentials = m_credentials.get();
    m_services.jobs = m_jobs.get();
    m_services.window = this;
    // Not translated: the folder must stay the same when the user changes the language, or the
    // history would look empty.
    m_services.backupFolder = options.backupFolder.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("BrandMind Backups"))
        : options.backupFolder;

    QString loadProblem;
    try {
        m_profiles->load();
    } catch (const OperationError &error) {
        loadProblem = error.fullText();
    }

    m_profilesPage = new ProfilesPage(m_services, this);
    m_backupPage = new BackupPage(m_services, this);
    m_historyPage = new HistoryPage(m_services, this);
    m_diffPage = new DiffPage(m_services, this);
    m_jobsPanel = new JobsPanel(*m_jobs, this);
    m_ui->tabs->addTab(m_profilesPage, tr("&Profiles"));
    m_ui->tabs->addTab(m_backupPage, tr("&Back up"));
    m_ui->tabs->addTab(m_historyPage, tr("&History"));
    m_ui->tabs->addTab(m_diffPage, tr("&Compare"));
    m_ui->tabs->addTab(m_jobsPanel, tr("&Jobs"));

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->importProfilesAction, &QAction::triggered, m_profilesPage, &ProfilesPage::importProfiles);
    connect(m_ui->exportProfilesAction, &QAction::triggered, m_profilesPage, &ProfilesPage::exportProfiles);
    // One profile change at a time: the menu follows the page's buttons while the keychain works.
    connect(m_profilesPage, &ProfilesPage::busyChanged, this, [this](bool busy) {
        m_ui->importProfilesAction->setEnabled(!busy);
        m_ui->exportProfilesAction->setEnabled(!busy);
    });
    connect(m_ui->backupAction, &QAction::triggered, this, [this] { showTab(m_backupPage); });
    connect(m_ui->restoreAction, &QAction::triggered, this, [this] { openRestoreWizard(m_historyPage->selectedSet()); });
    connect(m_backupPage, &BackupPage::backupStarted, this, [this] { showTab(m_jobsPanel); });
    connect(m_backupPage, &BackupPage::backupFinished, this, [this](const QString &set) {
        m_historyPage->setFolder(QFileInfo(set).absolutePath());
        m_historyPage->selectSet(set);
        showTab(m_historyPage);
        statusBar()->showMessage(tr("Backup set %1 written.").arg(set), 10000);
    });
    connect(m_historyPage, &HistoryPage::restoreRequested, this, &MainWindow::openRestoreWizard);
    connect(m_historyPage, &HistoryPage::setsChanged, this, [this] {
        QStringList sets;
        for (const BackupHistory::Entry &set : m_historyPage->sets()) {
            if (set.status == BackupHistory::Status::Complete)
                sets.append(set.path);
        }
        m_diffPage->setSets(sets);
    });
    connect(m_historyPage, &HistoryPage::compareRequested, this, [this](const QString &set) {
        m_diffPage->chooseLeft(set);
        showTab(m_diffPage);
    });
    emit m_historyPage->setsChanged();
    connect(m_jobs.get(), &JobRunner::started, this, [this](const QString &title) {
        statusBar()->showMessage(tr("Running: %1").arg(title));
    });
    connect(m_jobs.get(), &JobRunner::stopped, this, [this] {
        statusBar()->clearMessage();
        if (m_closeAfterJob)
            close();
    });

    if (!loadProblem.isEmpty())
        Dialogs::critical(this, tr("Profiles"), tr("The profiles file cannot be read and was left untouched:\n\n%1").arg(loadProblem));
    probeKeychain();
}

MainWindow::~MainWindow()
{
    // Pages first (they borrow the runner and the stores), then the runner (cancels and waits).
    delete m_restoreWizard;
    m_ui->tabs->clear();
    delete m_profilesPage;
    delete m_backupPage;
    delete m_historyPage;
    delete m_diffPage;
    delete m_jobsPanel;
    m_jobs.reset();
}

void MainWindow::showTab(QWidget *page)
{
    m_ui->tabs->setCurrentWidget(page);
}

void MainWindow::probeKeychain()
{
    // Reading a key that never exists tells "keychain works" (not found) from "no keychain here"
    // without storing anything.
    const quint64 id = m_credentials->readSecretAsync(QStringLiteral("keychain-probe"), SecretKind::FalkorDbPassword);
    auto done = [this, id](quint64 requestId, bool available, const QString &problem) {
        if (requestId != id || m_keychainProbed)
            return;
        m_keychainProbed = true;
        m_services.keychainProblem = available ? QString() : problem;
        m_profilesPage->setKeychainStatus(m_services.keychainProblem);
        emit keychainChecked(available);
    };
    connect(m_credentials.get(), &CredentialStore::secretNotFound, this,
            [done](quint64 requestId) { done(requestId, true, {}); });
    connect(m_credentials.get(), &CredentialStore::secretRead, this,
            [done](quint64 requestId) { done(requestId, true, {}); });
    connect(m_credentials.get(), &CredentialStore::requestFailed, this,
            [done](quint64 requestId, const QString &, SecretKind, int, const QString &message, const QString &) {
                done(requestId, false, message);
            });
}

void MainWindow::openRestoreWizard(const QString &setDirectory)
{
    if (m_restoreWizard) {
        m_restoreWizard->raise();
        return;
    }
    m_restoreWizard = new RestoreWizard(m_services, setDirectory, this);
    m_restoreWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_restoreWizard, &RestoreWizard::restoreFinished, m_historyPage, &HistoryPage::refresh);
    m_restoreWizard->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_jobs->isRunning()) {
        if (m_closeAfterJob || Dialogs::question(this, tr("Quit"), tr("A job is running. Stop it (it rolls back) and quit?"))
                                   == QMessageBox::Yes) {
            m_closeAfterJob = true;
            m_jobs->cancel();
        }
        event->ignore();
        return;
    }
    event->accept();
}
