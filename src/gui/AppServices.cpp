#include "AppServices.h"

#include "Dialogs.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QWidget>

#include <memory>

namespace {
struct PendingAnswer
{
    QSemaphore done;
    std::optional<QString> answer;
};

QString promptText(const SecretResolver::Request &request)
{
    QString text = QCoreApplication::translate("AppServices", "%1 for the profile \"%2\":")
                       .arg(SecretKinds::displayName(request.kind), request.profileName);
    if (!request.reason.isEmpty())
        text = request.reason + QStringLiteral("\n\n") + text;
    return text;
}
} // namespace

std::unique_ptr<SecretResolver> AppServices::makeResolver(TaskContext &context) const
{
    auto resolver = std::make_unique<SecretResolver>(credentials);
    QPointer<QWidget> parent = window;
    TaskContext *task = &context;
    resolver->setAskCallback([parent, task](const SecretResolver::Request &request) -> std::optional<QString> {
        const QString title = QCoreApplication::translate("AppServices", "Password needed");
        if (QThread::currentThread() == qApp->thread())
            return Dialogs::text(parent, title, promptText(request), true);
        auto pending = std::make_shared<PendingAnswer>();
        QMetaObject::invokeMethod(qApp, [pending, parent, title, request] {
            pending->answer = Dialogs::text(parent, title, promptText(request), true);
            pending->done.release();
        }, Qt::QueuedConnection);
        while (!pending->done.tryAcquire(1, 100))
            task->checkCanceled();
        return pending->answer;
    });
    return resolver;
}
