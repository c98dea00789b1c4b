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
// set holds and what exists on the target, with an action per graph (restore, skip, restore under
// another name, replace — replace needs an explicit confirmation) → run (files are checked before
// the server is touched; Stop rolls back) → the verification report.
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
    bool targetChecked() const { return m_targetChecked; }
    QStringList existingTargetGraphs() const { return m_existingGraphs; }
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
    bool m_targetChecked = false;
    QString m_targetProblem;
    QString m_reviewProblem;
    bool m_running = false;
    bool m_succeeded = false;
};
