#include "KeychainThread.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QPromise>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace {

QMutex s_threadMutex;
QThread *s_thread = nullptr;
QObject *s_anchor = nullptr;  // lives in s_thread; the context for queued calls

QMutex s_holdMutex;
bool s_held = false;
QList<std::function<void()>> s_heldStarts;  // run on the keychain thread once released

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
    auto start = [promise, request, context] {
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
    };
    {
        QMutexLocker locker(&s_holdMutex);
        if (s_held) {
            s_heldStarts.append(start);
            return future;
        }
    }
    QMetaObject::invokeMethod(context, start, Qt::QueuedConnection);
    return future;
}

void KeychainThread::setHeldForTesting(bool held)
{
    QList<std::function<void()>> released;
    {
        QMutexLocker locker(&s_holdMutex);
        s_held = held;
        if (!held)
            released.swap(s_heldStarts);
    }
    if (released.isEmpty())
        return;
    QObject *context = anchor();
    for (const auto &start : std::as_const(released))
        QMetaObject::invokeMethod(context, start, Qt::QueuedConnection);
}

int KeychainThread::heldRequestCount()
{
    QMutexLocker locker(&s_holdMutex);
    return int(s_heldStarts.size());
}
