#include "ConsoleTaskContext.h"

#include <QObject>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
ConsoleTaskContext *g_interruptTarget = nullptr;

void onInterrupt(int)
{
    if (g_interruptTarget)
        g_interruptTarget->cancel(); // an atomic store: safe in a signal handler
    std::signal(SIGINT, SIG_DFL);    // a second Ctrl-C ends the process
}

QString humanCount(qint64 value, const QString &unit)
{
    if (unit == QLatin1String("bytes")) {
        const char *units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
        double v = double(value);
        int i = 0;
        while (v >= 1024 && i < 4) {
            v /= 1024;
            ++i;
        }
        return QString::number(v, 'f', i ? 1 : 0) + QLatin1Char(' ') + QLatin1String(units[i]);
    }
    return QString::number(value);
}
} // namespace

ConsoleTaskContext::ConsoleTaskContext(bool quiet)
    : m_quiet(quiet)
    , m_terminal(isatty(STDERR_FILENO))
{
    m_clock.start();
}

ConsoleTaskContext::~ConsoleTaskContext()
{
    if (g_interruptTarget == this)
        g_interruptTarget = nullptr;
}

void ConsoleTaskContext::installInterruptHandler()
{
    g_interruptTarget = this;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

void ConsoleTaskContext::endProgressLine()
{
    if (m_progressLineOpen) {
        std::fputs("\n", stderr);
        m_progressLineOpen = false;
    }
}

void ConsoleTaskContext::log(LogLevel level, const QString &message)
{
    if (m_quiet && level < LogLevel::Warning)
        return;
    endProgressLine();
    const char *prefix = level == LogLevel::Error ? "error: " : level == LogLevel::Warning ? "warning: " : "";
    std::fprintf(stderr, "%s%s\n", prefix, message.toLocal8Bit().constData());
    std::fflush(stderr);
}

void ConsoleTaskContext::deliverProgress(const TaskProgress &progress)
{
    if (m_quiet)
        return;
    const QString key = progress.component + QLatin1Char('\x1f') + progress.phase;
    const qint64 now = m_clock.elapsed();
    if (!m_rateStart.contains(key))
        m_rateStart.insert(key, { now, progress.done });
    const auto [startMs, startDone] = m_rateStart.value(key);
    QString line = QStringLiteral("[%1] %2 %3").arg(progress.component, progress.phase, humanCount(progress.done, progress.unit));
    if (progress.total >= 0)
        line += QStringLiteral(" / %1").arg(humanCount(progress.total, progress.unit));
    if (progress.total > 0)
        line += QStringLiteral(" (%1%)").arg(progress.done * 100 / progress.total);
    const qint64 elapsed = now - startMs;
    if (elapsed > 500 && progress.done > startDone) {
        const double rate = double(progress.done - startDone) * 1000.0 / double(elapsed);
        line += QStringLiteral(", %1/s").arg(humanCount(qint64(rate), progress.unit));
        if (progress.total > progress.done && rate > 0)
            line += QObject::tr(", %1 s left").arg(qint64(double(progress.total - progress.done) / rate) + 1);
    }
    if (m_terminal) {
        std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
        m_progressLineOpen = true;
    } else {
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    }
    std::fflush(stderr);
}
