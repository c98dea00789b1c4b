#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class BackupPage;
}
struct AppServices;

// Back up: a profile, the scope (graphs and/or Milvus collections, each group can be left out), a
// destination folder, and Run. Graphs and collections go into one set by one job on the job runner;
// the result is a backup set folder. Collections need the profile's vector servers (milvus-backup,
// its S3/MinIO bucket and Milvus); without them the collections group says so and stays off.
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
    // Collections: "db.collection" keys. Checks exactly these (adding entries for names not listed yet).
    void setSelectedCollections(const QStringList &collections);
    QStringList selectedCollections() const;
    QStringList listedCollections() const;
    // Lists every collection with its row count from the profile's Milvus, on the job runner.
    void loadCollectionsFromServer();
    // Whether the graph / vector component is part of the next backup (the group boxes' check).
    void setBackUpGraphs(bool include);
    void setBackUpCollections(bool include);
    bool backsUpGraphs() const;
    bool backsUpCollections() const;
    bool collectionsAvailable() const;
    QString collectionsNoteText() const;
    QString summaryText() const;
    void startBackup();

signals:
    void graphsLoaded();
    void collectionsLoaded(bool ok);
    void backupStarted();
    void backupFinished(const QString &setDirectory);

private:
    void onProfileChanged();
    void updateSummary();
    void updateCollectionsState();

    std::unique_ptr<Ui::BackupPage> m_ui;
    AppServices &m_services;
};
