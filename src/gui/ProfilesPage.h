#pragma once

#include "ConnectionProfile.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ProfilesPage;
}
struct AppServices;
class ProfileDialog;

// The list of connection profiles: add, edit, duplicate, delete, import/export, and "Test connection",
// which runs on the job runner and shows what each server answered or exactly what failed.
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

signals:
    // Emitted (before exec) for every profile dialog, so tests can fill it in.
    void profileDialogOpened(ProfileDialog *dialog);
    void connectionTested(bool ok);

private:
    void reload();
    void showDetails();
    QString saveProfile(const QString &originalName, const ConnectionProfile &profile, const SecretValues &secrets);
    void runDialog(const ConnectionProfile &profile, const QString &originalName);

    std::unique_ptr<Ui::ProfilesPage> m_ui;
    AppServices &m_services;
};
