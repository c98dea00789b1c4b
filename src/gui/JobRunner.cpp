#include "JobRunner.h"

#include "AsyncTask.h"

#include <QPointer>

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TaskProgress>();
    qRegisterMetaType<LogLevel>();
    connect(&m_watcher, &QFutureWatcher<QVariant>::finished, this, &JobRunner::onFutureFinished);
}

JobRunner::~JobRunner()
{
    if (m_context)
        m_context->cancel();
    m_watcher.disconnect();
    waitForFinished();
}

bool JobRunner::isRunning() const
{
    return m_future.isValid() && !m_future.isFinished();
}

bool JobRunner::start(const QString &title, Work work)
{
    if (isRunning() || m_context)
        return false;
    m_title = title;
    // The callbacks run on the worker thread; QMetaObject::invokeMethod with a context object queues
    // them to this object's thread. A QPointer guards against delivery after destruction.
    QPointer<JobRunner> self(this);
    m_context = std::make_shared<CallbackTaskContext>(
        [self, hook = m_progressHook](const TaskProgress &progress) {
            if (hook)
                hook(progress);
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, progress] {
                    if (self)
                        emit self->progressed(progress);
                }, Qt::QueuedConnection);
        },
        [self](LogLevel level, const QString &message) {
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, level, message] {
                    if (self)
                        emit self->logged(level, message);
                }, Qt::QueuedConnection);
        });
    m_context->setThrottleIntervalMs(250);
    std::shared_ptr<CallbackTaskContext> context = m_context;
    m_future = runAsyncTask<QVariant>([context, work = std::move(work)](QPromise<QVariant> &promise) {
        try {
            promise.addResult(work(*context));
        } catch (const OperationError &error) {
            promise.setException(error);
        } catch (const std::exception &error) {
            promise.setException(OperationError(OperationError::Kind::Failed, QString::fromUtf8(error.what())));
        }
    });
    m_watcher.setFuture(m_future);
    emit started(title);
    return true;
}

void JobRunner::cancel()
{
    if (m_context && isRunning()) {
        m_context->cancel();
        emit logged(LogLevel::Warning, tr("Stopping: waiting for the job to reach a safe point and roll back…"));
    }
}

bool JobRunner::isCancelRequested() const
{
    return m_context && m_context->isCanceled();
}

void JobRunner::waitForFinished()
{
    // QFuture::waitForFinished rethrows the job's exception; here only the waiting matters.
    try {
        m_future.waitForFinished();
    } catch (const QException &) {
    } catch (const std::exception &) {
    }
}

void JobRunner::whenDone(QObject *receiver, std::function<void(const QVariant &)> onFinished,
                         std::function<void(const QString &, bool)> onFailed)
{
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto drop = [connections] {
        for (const auto &connection : std::as_const(*connections))
            QObject::disconnect(connection);
    };
    connections->append(connect(this, &JobRunner::finished, receiver, [drop, onFinished](const QVariant &result) {
        drop();
        if (onFinished)
            onFinished(result);
    }));
    connections->append(connect(this, &JobRunner::failed, receiver, [drop, onFailed](int, const QString &message, const QString &hint) {
        drop();
        if (onFailed)
            onFailed(hint.isEmpty() ? message : message + QStringLiteral("\n\n") + hint, false);
    }));
    connections->append(connect(this, &JobRunner::canceled, receiver, [drop, onFailed](const QString &message) {
        drop();
        if (onFailed)
            onFailed(message, true);
    }));
}

void JobRunner::onFutureFinished()
{
    const bool cancelRequested = m_context && m_context->isCanceled();
    m_context.reset();
    try {
        const QVariant result = m_future.result();
        emit finished(result);
    } catch (const OperationError &error) {
        if (error.kind() == OperationError::Kind::Canceled || cancelRequested)
            emit canceled(error.fullText());
        else
            emit failed(int(error.kind()), error.message(), error.hint());
    } catch (const QException &) {
        emit failed(int(OperationError::Kind::Failed), tr("The job failed unexpectedly."), {});
    }
    emit stopped();
}
