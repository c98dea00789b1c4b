#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class BackupPage;
}
struct AppServices;

// Back up: a profile, the scope (graphs; collections once the vector side is wired), a destination
// folder, and Run. The job runs on the job runner; the result is a backup set folder.
class BackupPage : public QWidget
{
    Q_OBJECT

public:
    explicit BackupPage(AppServices &services, QWidget *parent = nullptr);
    ~BackupPage() override;

    void reloadProfiles();
    void setProfile(const QString &name);
    void setDestination(const QString &folder);
    void setSetName(const QString &name);
    void setMakePackage(bool makePackage);
    // Checks exactly these graphs (adding entries for names not listed yet).
    void setSelectedGraphs(const QStringList &graphs);
    QStringList selectedGraphs() const;
    QStringList listedGraphs() const;
    void loadGraphsFromServer();
    void startBackup();

signals:
    void graphsLoaded();
    void backupStarted();
    void backupFinished(const QString &setDirectory);

private:
    void onProfileChanged();
    void updateSummary();

    std::unique_ptr<Ui::BackupPage> m_ui;
    AppServices &m_services;
};
