#pragma once

#include <QFuture>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

// Runs `work(promise)` on the global thread pool and returns its future. The work function owns the
// promise: it checks promise.isCanceled() (usually through a TaskContext), reports progress and adds
// its result. Whoever keeps the future cancels it and waits for it before going away.
template<typename Result, typename Work>
QFuture<Result> runAsyncTask(Work &&work)
{
    return QtConcurrent::run(
        [work = std::forward<Work>(work)](QPromise<Result> &promise) mutable { work(promise); });
}
