#include "TaskContext.h"

#include "OperationError.h"

#include <QObject>

TaskContext::~TaskContext() = default;

void TaskContext::checkCanceled() const
{
    if (isCanceled())
        throw OperationError(OperationError::Kind::Canceled, QObject::tr("The operation was canceled."));
}

void TaskContext::progress(const TaskProgress &progress)
{
    // A new phase, the final step, or enough time passed: deliver. Everything else is dropped so a
    // loop over ten million rows costs ten million cheap comparisons, not ten million signals.
    const QString componentPhase = progress.component + QLatin1Char('\x1f') + progress.phase;
    const bool phaseChanged = componentPhase != m_lastComponentPhase;
    const bool finished = progress.total >= 0 && progress.done >= progress.total;
    if (!phaseChanged && !finished && m_sinceLastDelivery.isValid()
        && m_sinceLastDelivery.elapsed() < throttleIntervalMs())
        return;
    m_lastComponentPhase = componentPhase;
    m_sinceLastDelivery.start();
    deliverProgress(progress);
}

CallbackTaskContext::CallbackTaskContext(ProgressCallback onProgress, LogCallback onLog)
    : m_onProgress(std::move(onProgress))
    , m_onLog(std::move(onLog))
{
}

void CallbackTaskContext::log(LogLevel level, const QString &message)
{
    if (m_onLog)
        m_onLog(level, message);
}

void CallbackTaskContext::deliverProgress(const TaskProgress &progress)
{
    if (m_onProgress)
        m_onProgress(progress);
}
