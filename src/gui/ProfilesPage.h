#pragma once

#include "ConnectionProfile.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ProfilesPage;
}
struct AppServices;
class CredentialStore;
class ProfileDialog;
class ProfileStore;

// The list of connection profiles: add, edit, duplicate, delete, import/export, and "Test connection",
// which runs on the job runner and shows what each server answered or exactly what failed.
//
// Every change that may touch the keychain (all of them, except a plain export) runs on a worker
// thread: the keychain can take as long as a person needs to answer its unlock prompt, and the window
// has to keep painting meanwhile. One change runs at a time; while it runs the buttons are disabled
// and a busy bar shows. The worker uses a ProfileStore of its own on the same file (ProfileStore
// serialises the two like two processes), and the window's store re-reads the file when it is done.
class ProfilesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilesPage(AppServices &services, QWidget *parent = nullptr);
    ~ProfilesPage() override;

    QString currentProfileName() const;
    void selectProfile(const QString &name);
    QString testResultText() const;
    void setKeychainStatus(const QString &problem);

    void addProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void testConnection();
    void importProfiles();
    void exportProfiles();

    // True while a profile change waits for the keychain or the profiles file.
    bool isBusy() const { return m_change != nullptr; }

signals:
    // Emitted (before exec) for every profile dialog, so tests can fill it in.
    void profileDialogOpened(ProfileDialog *dialog);
    void connectionTested(bool ok);
    // When a change starts (true) and when it ended and the list shows its outcome (false). The main
    // window can disable the profile import/export actions with it.
    void busyChanged(bool busy);

private:
    // What a change on the worker thread gives back: a message to show when it failed, and the names
    // of the profiles it made.
    struct ChangeResult {
        QString problem;
        QStringList names;
    };
    // Runs on the worker thread with its own store (credentials is nullptr when the window has no
    // CredentialStore); throws OperationError.
    using Change = std::function<ChangeResult(ProfileStore &store, CredentialStore *credentials)>;

    void reload();
    void showDetails();
    void saveProfile(const QString &originalName, const ConnectionProfile &profile, const SecretValues &secrets,
                     const std::function<void(const QString &problem)> &finished);
    void runDialog(const ConnectionProfile &profile, const QString &originalName);
    // Starts change on a worker; finished runs on the GUI thread after the window's store re-read the file.
    void startChange(const QString &busyText, Change change, std::function<void(const ChangeResult &)> finished);
    void changeDone();

    std::unique_ptr<Ui::ProfilesPage> m_ui;
    AppServices &m_services;
    QFutureWatcher<ChangeResult> *m_change = nullptr;
    std::function<void(const ChangeResult &)> m_changeFinished;
};
