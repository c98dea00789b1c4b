#include "ProfilesPage.h"

#include "AppServices.h"
#include "AsyncTask.h"
#include "ConnectionTester.h"
#include "CredentialStore.h"
#include "Dialogs.h"
#include "JobRunner.h"
#include "OperationError.h"
#include "ProfileDialog.h"
#include "ProfileEndpoints.h"
#include "ProfileStore.h"
#include "ui_ProfilesPage.h"

#include <QDir>

#include <utility>

namespace {
QString policyText(const ConnectionProfile &profile, SecretKind kind)
{
    switch (profile.secretPolicy(kind)) {
    case SecretPolicy::NotNeeded:
        return QCoreApplication::translate("ProfilesPage", "not needed");
    case SecretPolicy::StoredInKeychain:
        return QCoreApplication::translate("ProfilesPage", "in the keychain");
    case SecretPolicy::AskEveryTime:
        return QCoreApplication::translate("ProfilesPage", "asked every time");
    }
    return {};
}

QString errorText(const OperationError &error)
{
    return error.hint().isEmpty() ? error.message() : error.message() + QStringLiteral("\n\n") + error.hint();
}
} // namespace

ProfilesPage::ProfilesPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfilesPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesPage::addProfile);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ProfilesPage::editProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfilesPage::duplicateProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfilesPage::deleteProfile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesPage::testConnection);
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ProfilesPage::showDetails);
    connect(m_ui->profileList, &QListWidget::itemDoubleClicked, this, &ProfilesPage::editProfile);
    connect(m_services.profiles, &ProfileStore::profilesChanged, this, &ProfilesPage::reload);
    m_ui->busyBar->hide();
    m_ui->busyLabel->hide();
    reload();
}

ProfilesPage::~ProfilesPage()
{
    // The worker owns everything it uses, but the change it makes should not be cut off half-way;
    // the keychain's own timeout bounds this wait.
    if (m_change)
        m_change->waitForFinished();
}

QString ProfilesPage::currentProfileName() const
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    return item ? item->text() : QString();
}

void ProfilesPage::selectProfile(const QString &name)
{
    const auto items = m_ui->profileList->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_ui->profileList->setCurrentItem(items.first());
}

QString ProfilesPage::testResultText() const
{
    return m_ui->testResult->toPlainText();
}

void ProfilesPage::setKeychainStatus(const QString &problem)
{
    m_ui->keychainLabel->setText(problem.isEmpty()
        ? QString()
        : tr("<b>No keychain available:</b> %1 Profiles can still be used: choose \"Ask every time\" for their secrets.")
              .arg(problem.toHtmlEscaped()));
}

void ProfilesPage::reload()
{
    const QString current = currentProfileName();
    m_ui->profileList->clear();
    m_ui->profileList->addItems(m_services.profiles->names());
    if (!current.isEmpty())
        selectProfile(current);
    if (!m_ui->profileList->currentItem() && m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    showDetails();
}

void ProfilesPage::showDetails()
{
    const QString name = currentProfileName();
    const bool has = !name.isEmpty();
    const bool idle = !isBusy();
    m_ui->addButton->setEnabled(idle);
    m_ui->editButton->setEnabled(has && idle);
    m_ui->duplicateButton->setEnabled(has && idle);
    m_ui->deleteButton->setEnabled(has && idle);
    m_ui->testButton->setEnabled(has && idle);
    if (!has || !m_services.profiles->contains(name)) {
        m_ui->detailsGroup->setTitle(tr("Profile"));
        m_ui->detailsLabel->setText(tr("Add a profile for each place your data lives, e.g. \"dev laptop\" and \"production\"."));
        return;
    }
    const ConnectionProfile profile = m_services.profiles->profile(name);
    auto orNone = [](const QString &text) { return text.isEmpty() ? tr("—") : text.toHtmlEscaped(); };
    QString html = QStringLiteral("<table cellspacing='4'>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("FalkorDB"), orNone(ProfileEndpoints::falkorDbDisplayUrl(profile)));
    row(tr("Graphs"), profile.falkorDb().graphs.isEmpty() ? tr("every graph on the server")
                                                          : profile.falkorDb().graphs.join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("milvus-backup"), orNone(profile.milvusBackupUrl().toString(QUrl::RemoveUserInfo)));
    row(tr("Milvus"), orNone(profile.milvusUrl().toString(QUrl::RemoveUserInfo)));
    row(tr("S3"), profile.s3().endpoint.isEmpty() ? tr("—")
        : tr("%1, bucket %2, root %3").arg(profile.s3().endpoint.toString(QUrl::RemoveUserInfo).toHtmlEscaped(),
                                           orNone(profile.s3().bucket), orNone(profile.s3().root)));
    row(tr("TLS"), profile.tls().insecure ? tr("certificates NOT verified")
                   : profile.tls().caFile.isEmpty() ? tr("system certificates") : profile.tls().caFile.toHtmlEscaped());
    for (SecretKind kind : SecretKinds::all()) {
        // The names are written for the middle of a sentence (lower case in some languages); a label
        // starts with a capital.
        QString label = SecretKinds::displayName(kind);
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper();
        row(label, policyText(profile, kind));
    }
    html += QStringLiteral("</table>");
    m_ui->detailsGroup->setTitle(name);
    m_ui->detailsLabel->setText(html);
}

void ProfilesPage::startChange(const QString &busyText, Change change, std::function<void(const ChangeResult &)> finished)
{
    Q_ASSERT(!m_change);
    const QString filePath = m_services.profiles->filePath();
    const bool withKeychain = m_services.credentials != nullptr;
    const QString service = withKeychain ? m_services.credentials->serviceName() : QString();
    const int timeoutMs = withKeychain ? m_services.credentials->timeoutMs() : 0;
    m_changeFinished = std::move(finished);
    m_change = new QFutureWatcher<ChangeResult>(this);
    connect(m_change, &QFutureWatcherBase::finished, this, &ProfilesPage::changeDone);
    m_change->setFuture(runAsyncTask<ChangeResult>([=](QPromise<ChangeResult> &promise) {
        // Objects of this thread only: the window's stores stay on the GUI thread.
        CredentialStore credentials(service);
        credentials.setTimeoutMs(timeoutMs);
        ProfileStore store(filePath, withKeychain ? &credentials : nullptr);
        ChangeResult result;
        try {
            store.load();
            result = change(store, withKeychain ? &credentials : nullptr);
        } catch (const OperationError &error) {
            result.problem = errorText(error);
        }
        promise.addResult(result);
    }));
    m_ui->busyLabel->setText(busyText);
    m_ui->busyBar->show();
    m_ui->busyLabel->show();
    showDetails();
    emit busyChanged(true);
}

void ProfilesPage::changeDone()
{
    ChangeResult result = m_change->future().resultCount() > 0 ? m_change->result() : ChangeResult { tr("The change was interrupted."), {} };
    m_change->deleteLater();
    m_change = nullptr;
    const auto finished = std::exchange(m_changeFinished, {});
    try {
        m_services.profiles->load();
    } catch (const OperationError &error) {
        if (result.problem.isEmpty())
            result.problem = errorText(error);
    }
    m_ui->busyBar->hide();
    m_ui->busyLabel->hide();
    showDetails();
    if (finished)
        finished(result);
    emit busyChanged(false);
}

void ProfilesPage::saveProfile(const QString &originalName, const ConnectionProfile &profile, const SecretValues &secrets,
                               const std::function<void(const QString &problem)> &finished)
{
    if (isBusy()) {
        finished(tr("Another change to the profiles is still running; try again when it is done."));
        return;
    }
    startChange(tr("Saving \"%1\": waiting for the system keychain…").arg(profile.name()),
                [originalName, profile, secrets](ProfileStore &store, CredentialStore *credentials) {
        const bool isNew = originalName.isEmpty();
        // The keychain first: when it cannot take the secrets, neither the file nor the keychain changes
        // (and without a keychain a profile could not even be removed again).
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            try {
                if (!credentials)
                    throw OperationError(OperationError::Kind::Failed, tr("This window has no access to the keychain."));
                credentials->writeSecret(profile.name(), it.key(), it.value());
            } catch (const OperationError &error) {
                return ChangeResult { tr("The %1 could not be stored: %2").arg(SecretKinds::displayName(it.key()), errorText(error)), {} };
            }
        }
        if (isNew)
            store.add(profile);
        else
            store.update(originalName, profile);
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            try {
                store.setSecret(profile.name(), it.key(), it.value());
            } catch (const OperationError &error) {
                // A new profile whose secret could not be stored would be half made: take it back.
                if (isNew) {
                    try {
                        store.remove(profile.name());
                    } catch (const OperationError &) {
                    }
                }
                return ChangeResult { tr("The %1 could not be stored: %2").arg(SecretKinds::displayName(it.key()), errorText(error)), {} };
            }
        }
        return ChangeResult { {}, { profile.name() } };
    }, [finished](const ChangeResult &result) { finished(result.problem); });
}

void ProfilesPage::runDialog(const ConnectionProfile &profile, const QString &originalName)
{
    ProfileDialog dialog(profile, [this, originalName](const ConnectionProfile &edited, const SecretValues &secrets,
                                                       const ProfileDialog::SaveFinished &finished) {
        saveProfile(originalName, edited, secrets, finished);
    }, m_services.keychainProblem, this);
    emit profileDialogOpened(&dialog);
    if (!dialog.isFinished())
        dialog.exec();
    if (dialog.result() == QDialog::Accepted)
        selectProfile(dialog.profile().name());
}

void ProfilesPage::addProfile()
{
    if (isBusy())
        return;
    ConnectionProfile profile;
    profile.falkorDb().url = QUrl(QStringLiteral("redis://localhost:6379"));
    runDialog(profile, {});
}

void ProfilesPage::editProfile()
{
    const QString name = currentProfileName();
    if (name.isEmpty() || isBusy())
        return;
    runDialog(m_services.profiles->profile(name), name);
}

void ProfilesPage::duplicateProfile()
{
    const QString name = currentProfileName();
    if (name.isEmpty() || isBusy())
        return;
    QString candidate = tr("%1 (copy)").arg(name);
    for (int i = 2; m_services.profiles->contains(candidate); ++i)
        candidate = tr("%1 (copy %2)").arg(name).arg(i);
    startChange(tr("Copying \"%1\" and its secrets: waiting for the system keychain…").arg(name),
                [name, candidate](ProfileStore &store, CredentialStore *) {
        store.duplicate(name, candidate);
        return ChangeResult { {}, { candidate } };
    }, [this](const ChangeResult &result) {
        if (!result.problem.isEmpty()) {
            Dialogs::critical(this, tr("Duplicate profile"), result.problem);
            return;
        }
        selectProfile(result.names.value(0));
    });
}

void ProfilesPage::deleteProfile()
{
    const QString name = currentProfileName();
    if (name.isEmpty() || isBusy())
        return;
    if (Dialogs::question(this, tr("Delete profile"),
                          tr("Delete the profile \"%1\" and its secrets in the keychain? Backup sets are not affected.").arg(name))
        != QMessageBox::Yes)
        return;
    startChange(tr("Deleting \"%1\" and its secrets: waiting for the system keychain…").arg(name),
                [name](ProfileStore &store, CredentialStore *) {
        store.remove(name);
        return ChangeResult {};
    }, [this](const ChangeResult &result) {
        if (!result.problem.isEmpty())
            Dialogs::critical(this, tr("Delete profile"), result.problem);
    });
}

void ProfilesPage::testConnection()
{
    const QString name = currentProfileName();
    if (name.isEmpty())
        return;
    const ConnectionProfile profile = m_services.profiles->profile(name);
    m_ui->testResult->setPlainText(tr("Testing %1…").arg(name));
    AppServices *services = &m_services;
    const bool started = m_services.jobs->start(tr("Test connection: %1").arg(name), [services, profile](TaskContext &context) {
        auto secrets = services->makeResolver(context);
        return QVariant::fromValue(ConnectionTester::run(profile, *secrets, context));
    });
    if (!started) {
        m_ui->testResult->setPlainText(tr("Another job is running; wait for it or cancel it first."));
        return;
    }
    m_services.jobs->whenDone(this, [this](const QVariant &result) {
        const auto report = result.value<ConnectionTestReport>();
        m_ui->testResult->setPlainText(report.toText());
        emit connectionTested(report.ok());
    }, [this](const QString &message, bool canceled) {
        m_ui->testResult->setPlainText(canceled ? tr("Test canceled.") : QStringLiteral("✘ ") + message);
        emit connectionTested(false);
    });
}

void ProfilesPage::importProfiles()
{
    if (isBusy())
        return;
    const QString path = Dialogs::openFileName(this, tr("Import profiles"), QDir::homePath(), tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QList<ExportedProfile> entries;
    try {
        entries = ProfileStore::readExportFile(path);
    } catch (const OperationError &error) {
        Dialogs::critical(this, tr("Import profiles"), errorText(error));
        return;
    }
    bool carriesSecrets = false;
    for (const auto &entry : std::as_const(entries))
        carriesSecrets = carriesSecrets || !entry.secrets.isEmpty();
    if (carriesSecrets
        && Dialogs::question(this, tr("Import profiles"),
                             tr("This file contains secrets. Store them in the keychain? (No: import the profiles without them.)"))
               != QMessageBox::Yes) {
        for (auto &entry : entries)
            entry.secrets.clear();
    }
    startChange(tr("Importing profiles: waiting for the system keychain…"),
                [entries](ProfileStore &store, CredentialStore *) {
        return ChangeResult { {}, store.importProfiles(entries, ProfileStore::ImportConflict::Rename) };
    }, [this](const ChangeResult &result) {
        if (!result.problem.isEmpty()) {
            Dialogs::critical(this, tr("Import profiles"), result.problem);
            return;
        }
        Dialogs::information(this, tr("Import profiles"), tr("Imported: %1").arg(result.names.join(QStringLiteral(", "))));
    });
}

void ProfilesPage::exportProfiles()
{
    if (isBusy() || m_services.profiles->names().isEmpty())
        return;
    const QString path = Dialogs::saveFileName(this, tr("Export profiles"), QDir::home().filePath(QStringLiteral("profiles.json")),
                                               tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    const auto withSecrets = Dialogs::question(this, tr("Export profiles"),
        tr("Include the secrets from the keychain? Anyone who gets the file can then connect to your servers.\n\n"
           "Choose No to export the settings only (recommended)."));
    const auto secrets = withSecrets == QMessageBox::Yes ? ProfileStore::ExportSecrets::Include : ProfileStore::ExportSecrets::Exclude;
    startChange(secrets == ProfileStore::ExportSecrets::Include ? tr("Exporting profiles: waiting for the system keychain…")
                                                                : tr("Exporting profiles…"),
                [path, secrets](ProfileStore &store, CredentialStore *) {
        store.exportProfiles({}, path, secrets);
        return ChangeResult {};
    }, [this](const ChangeResult &result) {
        if (!result.problem.isEmpty())
            Dialogs::critical(this, tr("Export profiles"), result.problem);
    });
}
