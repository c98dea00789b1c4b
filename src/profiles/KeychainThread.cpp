#include "KeychainThread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPromise>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

QMutex s_threadMutex;
QThread *s_thread = nullptr;
QObject *s_anchor = nullptr;  // lives in s_thread; the context for queued calls

void stopKeychainThread()
{
    QMutexLocker locker(&s_threadMutex);
    if (!s_thread)
        return;
    s_thread->quit();
    s_thread->wait();
    delete s_thread;  // s_anchor is deleted by the thread's finished() connection
    s_thread = nullptr;
    s_anchor = nullptr;
}

QObject *anchor()
{
    QMutexLocker locker(&s_threadMutex);
    if (!s_thread) {
        s_thread = new QThread;
        s_thread->setObjectName(QStringLiteral("keychain"));
        s_anchor = new QObject;
        s_anchor->moveToThread(s_thread);
        QObject::connect(s_thread, &QThread::finished, s_anchor, &QObject::deleteLater);
        s_thread->start();
        // Runs in ~QCoreApplication, before static destructors, while Qt can still join the thread.
        qAddPostRoutine(stopKeychainThread);
    }
    return s_anchor;
}

QKeychain::Job *createJob(const KeychainThread::Request &request)
{
    switch (request.operation) {
    case KeychainThread::Operation::Read:
        return new QKeychain::ReadPasswordJob(request.service);
    case KeychainThread::Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(request.service);
        job->setTextData(request.secret);
        return job;
    }
    case KeychainThread::Operation::Delete:
        return new QKeychain::DeletePasswordJob(request.service);
    }
    return nullptr;
}

}

QFuture<KeychainThread::Reply> KeychainThread::run(const Request &request)
{
    Q_ASSERT_X(QCoreApplication::instance(), "KeychainThread", "needs a QCoreApplication");
    auto promise = std::make_shared<QPromise<Reply>>();
    QFuture<Reply> future = promise->future();
    promise->start();
    QObject *context = anchor();
    QMetaObject::invokeMethod(
        context,
        [promise, request, context] {
            QKeychain::Job *job = createJob(request);
            job->setKey(request.key);
            job->setAutoDelete(true);
            // Never let QtKeychain write the secret to a plain-text settings file instead.
            job->setInsecureFallback(false);
            QObject::connect(job, &QKeychain::Job::finished, context, [promise](QKeychain::Job *finished) {
                Reply reply;
                reply.error = finished->error();
                reply.errorString = finished->errorString();
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
                    read && finished->error() == QKeychain::NoError)
                    reply.secret = read->textData();
                promise->addResult(reply);
                promise->finish();
            });
            job->start();
        },
        Qt::QueuedConnection);
    return future;
}
