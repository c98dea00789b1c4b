#pragma once

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <functional>

// What a long operation reports: one component (e.g. "graph knowledge_graph", "vector"), the phase it
// is in, and how far it got in some unit ("nodes", "bytes", ...). total < 0 means unknown.
struct TaskProgress
{
    QString component;
    QString phase;
    qint64 done = 0;
    qint64 total = -1;
    QString unit;
};

enum class LogLevel { Debug, Info, Warning, Error };

// The contract between every long-running piece of core code and whoever runs it (the CLI, a GUI
// job, a test). Core code calls checkCanceled() often, progress() as often as it likes (the context
// throttles), and log() for things a person should read. It never blocks on the UI.
class TaskContext
{
public:
    virtual ~TaskContext();

    virtual bool isCanceled() const = 0;
    // Throws OperationError(Canceled) when a stop was requested.
    void checkCanceled() const;

    void progress(const TaskProgress &progress);
    virtual void log(LogLevel level, const QString &message) = 0;

protected:
    // Receives progress at most every throttleIntervalMs(), and always when done == total.
    virtual void deliverProgress(const TaskProgress &progress) = 0;
    virtual int throttleIntervalMs() const { return 200; }

private:
    QElapsedTimer m_sinceLastDelivery;
    QString m_lastComponentPhase;
};

// A context driven by plain callbacks and an atomic flag: used by the CLI, the GUI's job runner
// and the tests.
class CallbackTaskContext : public TaskContext
{
public:
    using ProgressCallback = std::function<void(const TaskProgress &)>;
    using LogCallback = std::function<void(LogLevel, const QString &)>;

    CallbackTaskContext(ProgressCallback onProgress = {}, LogCallback onLog = {});

    void cancel() { m_canceled.store(true); }
    bool isCanceled() const override { return m_canceled.load(); }
    void log(LogLevel level, const QString &message) override;
    void setThrottleIntervalMs(int ms) { m_throttleMs = ms; }

protected:
    void deliverProgress(const TaskProgress &progress) override;
    int throttleIntervalMs() const override { return m_throttleMs; }

private:
    std::atomic<bool> m_canceled { false };
    ProgressCallback m_onProgress;
    LogCallback m_onLog;
    int m_throttleMs = 200;
};
