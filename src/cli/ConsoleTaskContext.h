#pragma once

#include "TaskContext.h"

#include <QElapsedTimer>
#include <QHash>

// Progress and messages of a CLI command on stderr (stdout is kept for --json). On a terminal progress
// redraws one line; otherwise it prints a line at most once a second, so logs stay readable.
// Ctrl-C cancels the running operation cleanly; a second Ctrl-C ends the process.
class ConsoleTaskContext : public CallbackTaskContext
{
public:
    ConsoleTaskContext(bool quiet);
    ~ConsoleTaskContext() override;

    void installInterruptHandler();
    void log(LogLevel level, const QString &message) override;

protected:
    void deliverProgress(const TaskProgress &progress) override;
    int throttleIntervalMs() const override { return m_terminal ? 200 : 1000; }

private:
    void endProgressLine();

    bool m_quiet;
    bool m_terminal;
    bool m_progressLineOpen = false;
    QHash<QString, QPair<qint64, qint64>> m_rateStart; // component+phase -> (ms, done)
    QElapsedTimer m_clock;
};
