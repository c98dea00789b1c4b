#pragma once

#include "TaskContext.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class JobsPanel;
}
class JobRunner;
class QLabel;
class QProgressBar;

// Shows the running job: a progress bar per component with rows or bytes per second and time left,
// a Cancel that stops the job (which rolls back) and then says what state it left, and the log.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(JobRunner &runner, QWidget *parent = nullptr);
    ~JobsPanel() override;

    QString stateText() const;
    QString logText() const;
    int componentCount() const;
    QProgressBar *progressBar(const QString &component) const;

    // "1.2 MB/s, 3 min left" for a component that did `done` of `total` in `elapsedMs`.
    static QString rateText(qint64 done, qint64 total, qint64 elapsedMs, const QString &unit);

private:
    struct Component
    {
        QWidget *row = nullptr;
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *rate = nullptr;
        QElapsedTimer sincePhaseStart;
        QString phase;
        qint64 doneAtPhaseStart = 0;
    };

    void onStarted(const QString &title);
    void onProgress(const TaskProgress &progress);
    void onLog(LogLevel level, const QString &message);
    void appendLog(const QString &line);

    std::unique_ptr<Ui::JobsPanel> m_ui;
    JobRunner &m_runner;
    QHash<QString, Component> m_components;
};
