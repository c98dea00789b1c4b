#pragma once

#include "BackupManifest.h"

#include <QStringList>
#include <QWizard>

#include <memory>

namespace Ui {
class RestoreWizard;
}
struct AppServices;

// The restore, in the order that keeps it safe: choose a set and the target profile → review what the
// set holds and what exists on the target, with an action per graph and per Milvus collection
// (restore, skip, restore under another name, replace — replace needs an explicit confirmation, one
// for graphs and one for collections) → run (files are checked before the server is touched; Stop
// rolls back; graphs and collections go through one restore job) → the verification report (graph
// counts and fingerprints, collection rows expected and found).
class RestoreWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { ChoosePage, ReviewPage, RunPage, ReportPage };
    enum class Action { Restore, Skip, Rename, Replace };

    RestoreWizard(AppServices &services, const QString &setDirectory, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    void setSetDirectory(const QString &path);
    void setTargetProfile(const QString &name);
    // Review page: the action for one graph of the set; newName for Rename.
    void setAction(const QString &graph, Action action, const QString &newName = {});
    void setReplaceConfirmed(bool confirmed);
    // Review page, collections ("db.collection" keys of the set): Restore fails if the target exists,
    // Rename restores under newName ("name" or "db.name"), Replace drops the existing one first.
    void setCollectionAction(const QString &collection, Action action, const QString &newName = {});
    void setCollectionReplaceConfirmed(bool confirmed);
    void setRestoreIndexes(bool restore);
    // Compares the set with what the target profile's servers hold now (read only) and shows the
    // summary on the review page; targetCompared() tells when it is there.
    void compareWithTarget();
    QString targetDiffText() const;
    bool targetChecked() const { return m_targetChecked; }
    QStringList existingTargetGraphs() const { return m_existingGraphs; }
    // Among the set's collections (by their own names), those that exist in the target Milvus.
    QStringList existingTargetCollections() const;
    // False when the set has collections the target cannot take (no vector servers, Milvus down).
    bool collectionsRestorable() const { return m_vectorProblem.isEmpty(); }
    QString collectionsNoteText() const;
    QString collectionTargetText(const QString &collection) const;
    bool isRunning() const { return m_running; }
    bool succeeded() const { return m_succeeded; }
    QString reportText() const;
    QString reviewProblem() const { return m_reviewProblem; }
    void stop();

    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

signals:
    void targetCheckFinished();
    void restoreFinished(bool ok);
    void targetCompared(bool ok);

private:
    struct Plan
    {
        QString source;
        QString target;
        Action action = Action::Restore;
    };

    void loadManifest();
    void checkTarget();
    void fillGraphTable();
    QList<Plan> plans() const;
    QList<Plan> collectionPlans() const;
    void fillCollectionTable();
    void startRestore();
    void showReport(bool ok, const QString &text);
    bool chooseComplete() const;

    std::unique_ptr<Ui::RestoreWizard> m_ui;
    AppServices &m_services;
    BackupManifest m_manifest;
    bool m_manifestLoaded = false;
    QString m_manifestProblem;
    QStringList m_existingGraphs;
    QMap<QString, QPair<qint64, qint64>> m_existingCounts;
    // Every collection in the target Milvus's databases that the set's collections live in, with
    // row counts for those the set also holds (-1 for the others).
    QMap<QString, qint64> m_targetCollections;
    QString m_vectorProblem;
    bool m_targetChecked = false;
    QString m_targetProblem;
    QString m_reviewProblem;
    bool m_running = false;
    bool m_succeeded = false;
};
