#pragma once

#include "OperationError.h"
#include "TaskContext.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QVariant>

#include <functional>
#include <memory>

class CallbackTaskContext;

// Runs one long action at a time on the thread pool and turns its TaskContext reports into queued
// signals, so the window stays responsive and every widget is touched on the GUI thread only.
// cancel() sets the context's flag: the job stops at its next checkCanceled() and rolls back (the
// backup job removes its half set, the restore job deletes the partial graph). The destructor
// cancels and waits, so no job outlives the window that started it.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    // The work runs on a worker thread; it returns a result for finished() or throws OperationError.
    using Work = std::function<QVariant(TaskContext &)>;

    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    bool isRunning() const;
    const QString &title() const { return m_title; }
    // Returns false (and starts nothing) while another job runs.
    bool start(const QString &title, Work work);
    void cancel();
    bool isCancelRequested() const;
    // Blocks until the current job is done (tests and shutdown only).
    void waitForFinished();
    // One-shot handlers for the end of the job just started, delivered on receiver's thread:
    // onFinished with the result, or onFailed with the text to show (canceled tells which).
    // Test seam: called on the worker thread with every progress report the job delivers, before it
    // is queued to the GUI (a test can hold the job at a known point while it clicks Cancel).
    using ProgressHook = std::function<void(const TaskProgress &)>;
    void setWorkerProgressHook(ProgressHook hook) { m_progressHook = std::move(hook); }
    void whenDone(QObject *receiver, std::function<void(const QVariant &)> onFinished,
                  std::function<void(const QString &text, bool canceled)> onFailed);

signals:
    void started(const QString &title);
    void progressed(const TaskProgress &progress);
    void logged(LogLevel level, const QString &message);
    void finished(const QVariant &result);
    // kind is an OperationError::Kind; Canceled comes through canceled() instead.
    void failed(int kind, const QString &message, const QString &hint);
    void canceled(const QString &message);
    // After any of finished/failed/canceled.
    void stopped();

private:
    void onFutureFinished();

    QString m_title;
    ProgressHook m_progressHook;
    std::shared_ptr<CallbackTaskContext> m_context;
    QFuture<QVariant> m_future;
    QFutureWatcher<QVariant> m_watcher;
};

Q_DECLARE_METATYPE(TaskProgress)
Q_DECLARE_METATYPE(LogLevel)
