#include "S3FolderTransfer.h"

#include "FileDigest.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <map>
#include <numeric>
#include <optional>

namespace {

// What the workers share with the thread that started the transfer. Workers never touch the
// caller's TaskContext (it is not thread-safe); they count into atomics and queue log lines, and
// the coordinating thread forwards both at its own pace.
struct SharedState
{
    std::atomic<qint64> bytes { 0 };
    std::atomic<int> filesDone { 0 };
    std::atomic<bool> stop { false };
    std::atomic<qsizetype> nextJob { 0 };
    QMutex mutex;
    std::optional<OperationError> firstError;
    QList<QPair<LogLevel, QString>> pendingLogs;
};

class WorkerContext : public TaskContext
{
public:
    explicit WorkerContext(SharedState &state)
        : m_state(state)
    {
    }
    bool isCanceled() const override { return m_state.stop.load(); }
    void log(LogLevel level, const QString &message) override
    {
        QMutexLocker lock(&m_state.mutex);
        m_state.pendingLogs.append({ level, message });
    }

protected:
    void deliverProgress(const TaskProgress &) override {}

private:
    SharedState &m_state;
};

void recordError(SharedState &state, const OperationError &error)
{
    QMutexLocker lock(&state.mutex);
    // The first real failure explains the others (which are mostly "canceled" because of it).
    if (!state.firstError || (state.firstError->kind() == OperationError::Kind::Canceled
                              && error.kind() != OperationError::Kind::Canceled))
        state.firstError = error;
    state.stop.store(true);
}

void flushLogs(SharedState &state, TaskContext *context)
{
    QList<QPair<LogLevel, QString>> logs;
    {
        QMutexLocker lock(&state.mutex);
        logs.swap(state.pendingLogs);
    }
    if (context) {
        for (const auto &entry : std::as_const(logs))
            context->log(entry.first, entry.second);
    }
}

// Runs work(client, index, workerContext) for every index in [0, count) on up to `parallel` threads,
// each with its own S3Client. Reports progress from this thread; throws the first worker error.
void runParallel(const S3Endpoint &endpoint, const S3Client::Options &clientOptions, int parallel, qsizetype count,
                 const std::function<void(S3Client &, qsizetype, WorkerContext &, SharedState &)> &work,
                 TaskContext *context, const std::function<void(const SharedState &)> &reportProgress)
{
    if (count == 0)
        return;
    SharedState state;
    QThreadPool pool;
    const int workers = int(std::clamp<qsizetype>(qsizetype(parallel), 1, count));
    pool.setMaxThreadCount(workers);
    QList<QFuture<void>> futures;
    for (int w = 0; w < workers; ++w) {
        futures.append(QtConcurrent::run(&pool, [&] {
            WorkerContext workerContext(state);
            try {
                S3Client client(endpoint);
                client.setOptions(clientOptions);
                for (;;) {
                    if (state.stop.load())
                        return;
                    const qsizetype index = state.nextJob.fetch_add(1);
                    if (index >= count)
                        return;
                    work(client, index, workerContext, state);
                    state.filesDone.fetch_add(1);
                }
            } catch (const OperationError &error) {
                recordError(state, error);
            } catch (const std::exception &error) {
                recordError(state, OperationError(OperationError::Kind::Failed, QString::fromLocal8Bit(error.what())));
            }
        }));
    }
    const auto allFinished = [&] {
        return std::all_of(futures.cbegin(), futures.cend(), [](const QFuture<void> &f) { return f.isFinished(); });
    };
    while (!allFinished()) {
        if (context && context->isCanceled())
            state.stop.store(true);
        flushLogs(state, context);
        if (reportProgress)
            reportProgress(state);
        QThread::msleep(50);
    }
    pool.waitForDone();
    flushLogs(state, context);
    if (reportProgress)
        reportProgress(state);
    if (state.firstError)
        throw *state.firstError;
    if (context)
        context->checkCanceled();
}

QString joinPath(const QString &directory, const QString &relativeKey)
{
    return QDir::cleanPath(directory + QLatin1Char('/') + relativeKey);
}

} // namespace

S3FolderTransfer::S3FolderTransfer(S3Endpoint endpoint)
    : S3FolderTransfer(std::move(endpoint), Options())
{
}

S3FolderTransfer::S3FolderTransfer(S3Endpoint endpoint, Options options)
    : m_endpoint(std::move(endpoint))
    , m_options(options)
{
}

int S3FolderTransfer::milvusBackupUploadOrder(const QString &relativeKey)
{
    if (relativeKey == QLatin1String("meta/backup_meta.json"))
        return 3;
    if (relativeKey == QLatin1String("meta/full_meta.json"))
        return 2;
    if (relativeKey.startsWith(QLatin1String("meta/")))
        return 1;
    return 0;
}

QString S3FolderTransfer::rejectReason(const QString &relativeKey)
{
    if (relativeKey.isEmpty())
        return QObject::tr("the key is empty");
    if (relativeKey.startsWith(QLatin1Char('/')))
        return QObject::tr("the key is an absolute path");
    if (relativeKey.contains(QChar(0)))
        return QObject::tr("the key contains a NUL character");
    if (relativeKey.endsWith(S3Client::partialSuffix()))
        return QObject::tr("the key ends in %1, which this program uses for incomplete files")
            .arg(S3Client::partialSuffix());
    const QStringList segments = relativeKey.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return QObject::tr("the key has an empty path segment (\"//\" or a trailing \"/\")");
        if (segment == QLatin1String("..") || segment == QLatin1String("."))
            return QObject::tr("the key contains \"%1\" and would leave the destination folder").arg(segment);
    }
    return {};
}

QStringList S3FolderTransfer::fileDirectoryConflicts(const QStringList &relativeKeys)
{
    const QSet<QString> keys(relativeKeys.cbegin(), relativeKeys.cend());
    QStringList conflicts;
    for (const QString &key : relativeKeys) {
        for (qsizetype slash = key.indexOf(QLatin1Char('/')); slash > 0; slash = key.indexOf(QLatin1Char('/'), slash + 1)) {
            const QString parent = key.left(slash);
            if (keys.contains(parent) && !conflicts.contains(parent))
                conflicts.append(parent);
        }
    }
    conflicts.sort();
    return conflicts;
}

QStringList S3FolderTransfer::verifyLocalFiles(const QString &localDirectory, const QList<S3TransferredFile> &files,
                                               TaskContext *context)
{
    QStringList problems;
    for (const S3TransferredFile &file : files) {
        if (context)
            context->checkCanceled();
        const QString path = joinPath(localDirectory, file.relativeKey);
        const QFileInfo info(path);
        if (!info.isFile()) {
            problems.append(QObject::tr("%1: missing").arg(file.relativeKey));
            continue;
        }
        if (info.size() != file.size) {
            problems.append(QObject::tr("%1: %2 bytes, expected %3").arg(file.relativeKey).arg(info.size()).arg(file.size));
            continue;
        }
        const QByteArray sha = FileDigest::sha256Hex(path, context);
        if (sha != file.sha256) {
            problems.append(QObject::tr("%1: SHA-256 %2, expected %3")
                                .arg(file.relativeKey, QString::fromLatin1(sha), QString::fromLatin1(file.sha256)));
        }
    }
    return problems;
}

QList<S3TransferredFile> S3FolderTransfer::download(const QString &folderName, const QString &localDirectory,
                                                    TaskContext *context)
{
    using Kind = OperationError::Kind;
    const QString prefix = m_endpoint.folderPrefix(folderName);
    S3Client lister(m_endpoint);
    lister.setOptions(m_options.client);
    const QList<S3ObjectInfo> listed = lister.listObjects(prefix, context);

    QList<S3ObjectInfo> objects;
    QStringList relativeKeys;
    QStringList rejected;
    for (const S3ObjectInfo &object : listed) {
        const QString relative = object.key.mid(prefix.size());
        // Zero-byte "folder/" markers some tools create carry no data.
        if (relative.isEmpty() || (relative.endsWith(QLatin1Char('/')) && object.size == 0))
            continue;
        const QString reason = rejectReason(relative);
        if (!reason.isEmpty()) {
            rejected.append(QStringLiteral("%1 (%2)").arg(object.key, reason));
            continue;
        }
        objects.append(object);
        relativeKeys.append(relative);
    }
    if (!rejected.isEmpty()) {
        throw OperationError(Kind::InvalidInput,
                             QObject::tr("%1 object(s) in %2 cannot be stored as local files: %3")
                                 .arg(rejected.size())
                                 .arg(prefix, rejected.mid(0, 5).join(QStringLiteral("; "))),
                             QObject::tr("This does not look like a milvus-backup folder; nothing was downloaded."));
    }
    const QStringList conflicts = fileDirectoryConflicts(relativeKeys);
    if (!conflicts.isEmpty()) {
        throw OperationError(Kind::InvalidInput,
                             QObject::tr("In %1, these keys are both a file and a folder: %2")
                                 .arg(prefix, conflicts.mid(0, 5).join(QStringLiteral(", "))),
                             QObject::tr("A local folder cannot hold both; nothing was downloaded."));
    }
    if (objects.isEmpty()) {
        throw OperationError(Kind::NotFound,
                             QObject::tr("There is nothing under %1/%2.").arg(m_endpoint.bucket(), prefix),
                             QObject::tr("Check the backup name and the root path."));
    }
    if (!QDir().mkpath(localDirectory))
        throw OperationError(Kind::Failed, QObject::tr("Cannot create the folder %1.").arg(localDirectory));

    qint64 totalBytes = 0;
    for (const S3ObjectInfo &object : std::as_const(objects))
        totalBytes += object.size;
    // Largest first, so the long transfers overlap instead of one trailing at the end.
    QList<qsizetype> order(objects.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return objects.at(a).size > objects.at(b).size; });

    QList<S3TransferredFile> results(objects.size());
    const bool reuse = m_options.reuseCompleteLocalFiles;
    const auto work = [&](S3Client &client, qsizetype jobIndex, WorkerContext &workerContext, SharedState &state) {
        const qsizetype index = order.at(jobIndex);
        const S3ObjectInfo &object = objects.at(index);
        const QString destination = joinPath(localDirectory, relativeKeys.at(index));
        S3TransferredFile &result = results[index];
        result.relativeKey = relativeKeys.at(index);
        result.etag = object.etag;
        if (reuse && object.etagIsPlainMd5() && QFileInfo(destination).isFile()
            && QFileInfo(destination).size() == object.size) {
            QCryptographicHash md5(QCryptographicHash::Md5);
            QCryptographicHash sha(QCryptographicHash::Sha256);
            QFile file(destination);
            if (file.open(QIODevice::ReadOnly)) {
                QByteArray buffer(1 << 20, Qt::Uninitialized);
                qint64 n = 0;
                while ((n = file.read(buffer.data(), buffer.size())) > 0) {
                    workerContext.checkCanceled();
                    md5.addData(QByteArrayView(buffer.constData(), n));
                    sha.addData(QByteArrayView(buffer.constData(), n));
                }
                if (n == 0 && md5.result().toHex() == object.etag.toLower()) {
                    result.size = object.size;
                    result.sha256 = sha.result().toHex();
                    state.bytes.fetch_add(object.size);
                    return;
                }
            }
        }
        const S3Client::DownloadResult downloaded = client.getObjectToFile(
            object.key, destination, object.size, object.etag, &workerContext,
            [&state](qint64 delta) { state.bytes.fetch_add(delta); });
        result.size = downloaded.size;
        result.sha256 = downloaded.sha256;
        if (result.etag.isEmpty())
            result.etag = downloaded.etag;
    };
    const qsizetype fileCount = objects.size();
    const auto report = [&](const SharedState &state) {
        if (!context)
            return;
        context->progress({ folderName, QObject::tr("download"), state.bytes.load(), totalBytes, QStringLiteral("bytes") });
        context->progress({ folderName, QObject::tr("download files"), state.filesDone.load(), fileCount,
                            QStringLiteral("files") });
    };
    runParallel(m_endpoint, m_options.client, m_options.parallelTransfers, objects.size(), work, context, report);

    std::sort(results.begin(), results.end(),
              [](const S3TransferredFile &a, const S3TransferredFile &b) { return a.relativeKey < b.relativeKey; });
    return results;
}

QList<S3TransferredFile> S3FolderTransfer::upload(const QString &localDirectory, const QString &folderName,
                                                  const UploadOrder &order, TaskContext *context)
{
    using Kind = OperationError::Kind;
    const QDir root(localDirectory);
    if (!root.exists())
        throw OperationError(Kind::NotFound, QObject::tr("The folder %1 does not exist.").arg(localDirectory));

    QStringList relativeKeys;
    QDirIterator it(localDirectory, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (relative.endsWith(S3Client::partialSuffix())) {
            throw OperationError(Kind::InvalidInput,
                                 QObject::tr("%1 is an incomplete download; the folder is not a whole backup.").arg(path),
                                 QObject::tr("Finish or repeat the download before uploading this folder."));
        }
        const QString reason = rejectReason(relative);
        if (!reason.isEmpty())
            throw OperationError(Kind::InvalidInput, QObject::tr("Cannot upload %1: %2").arg(path, reason));
        relativeKeys.append(relative);
    }
    if (relativeKeys.isEmpty())
        throw OperationError(Kind::InvalidInput, QObject::tr("The folder %1 holds no files.").arg(localDirectory));
    relativeKeys.sort();

    const QString prefix = m_endpoint.folderPrefix(folderName);
    S3Client coordinatorClient(m_endpoint);
    coordinatorClient.setOptions(m_options.client);
    if (m_options.requireEmptyRemoteFolder) {
        const S3ListPage existing = coordinatorClient.listObjectsPage(prefix, {}, {}, 1, context);
        if (!existing.objects.isEmpty()) {
            throw OperationError(Kind::Conflict,
                                 QObject::tr("%1/%2 already holds objects.").arg(m_endpoint.bucket(), prefix),
                                 QObject::tr("Choose another backup name or delete the existing folder first; "
                                             "milvus-backup refuses to create into a non-empty folder too."));
        }
    }

    std::map<int, QList<qsizetype>> groups;
    qint64 totalBytes = 0;
    QList<qint64> sizes;
    for (qsizetype i = 0; i < relativeKeys.size(); ++i) {
        groups[order ? order(relativeKeys.at(i)) : 0].append(i);
        sizes.append(QFileInfo(joinPath(localDirectory, relativeKeys.at(i))).size());
        totalBytes += sizes.last();
    }

    QList<S3TransferredFile> results(relativeKeys.size());
    std::atomic<qint64> bytesBeforeGroup { 0 };
    std::atomic<int> filesBeforeGroup { 0 };
    const qsizetype fileCount = relativeKeys.size();
    for (const auto &[rank, members] : groups) {
        Q_UNUSED(rank);
        const auto work = [&](S3Client &client, qsizetype jobIndex, WorkerContext &workerContext, SharedState &state) {
            const qsizetype index = members.at(jobIndex);
            const QString &relative = relativeKeys.at(index);
            const S3Client::UploadResult uploaded = client.putObjectFromFile(
                prefix + relative, joinPath(localDirectory, relative), &workerContext,
                [&state](qint64 delta) { state.bytes.fetch_add(delta); });
            results[index] = { relative, uploaded.size, uploaded.sha256, uploaded.etag };
        };
        const auto report = [&](const SharedState &state) {
            if (!context)
                return;
            context->progress({ folderName, QObject::tr("upload"), bytesBeforeGroup.load() + state.bytes.load(),
                                totalBytes, QStringLiteral("bytes") });
            context->progress({ folderName, QObject::tr("upload files"), filesBeforeGroup.load() + state.filesDone.load(),
                                fileCount, QStringLiteral("files") });
        };
        runParallel(m_endpoint, m_options.client, m_options.parallelTransfers, members.size(), work, context, report);
        for (const qsizetype index : members) {
            bytesBeforeGroup += results.at(index).size;
            ++filesBeforeGroup;
        }

        // Verify this group before the next one starts: the last group (backup_meta.json) must only go
        // up once everything it describes is known to be there.
        QHash<QString, S3ObjectInfo> listedByKey;
        for (const S3ObjectInfo &object : coordinatorClient.listObjects(prefix, context))
            listedByKey.insert(object.key, object);
        QStringList problems;
        for (const qsizetype index : members) {
            const S3TransferredFile &file = results.at(index);
            const auto found = listedByKey.constFind(prefix + file.relativeKey);
            if (found == listedByKey.cend())
                problems.append(QObject::tr("%1: not listed").arg(file.relativeKey));
            else if (found->size != file.size)
                problems.append(QObject::tr("%1: listed with %2 bytes, uploaded %3")
                                    .arg(file.relativeKey).arg(found->size).arg(file.size));
        }
        const auto headCheck = [&](S3Client &client, qsizetype jobIndex, WorkerContext &workerContext, SharedState &) {
            const S3TransferredFile &file = results.at(members.at(jobIndex));
            const std::optional<S3ObjectInfo> head = client.headObject(prefix + file.relativeKey, &workerContext);
            QString problem;
            if (!head)
                problem = QObject::tr("%1: HEAD says it does not exist").arg(file.relativeKey);
            else if (head->size != file.size)
                problem = QObject::tr("%1: HEAD says %2 bytes, uploaded %3").arg(file.relativeKey).arg(head->size).arg(file.size);
            else if (!file.etag.isEmpty() && !head->etag.isEmpty() && head->etag != file.etag)
                problem = QObject::tr("%1: HEAD ETag %2 differs from the upload's %3")
                              .arg(file.relativeKey, QString::fromLatin1(head->etag), QString::fromLatin1(file.etag));
            if (!problem.isEmpty())
                throw OperationError(Kind::IntegrityError, problem);
        };
        if (problems.isEmpty())
            runParallel(m_endpoint, m_options.client, m_options.parallelTransfers, members.size(), headCheck, context, {});
        if (!problems.isEmpty()) {
            throw OperationError(Kind::IntegrityError,
                                 QObject::tr("After uploading, %1/%2 does not match the local folder: %3")
                                     .arg(m_endpoint.bucket(), prefix, problems.mid(0, 5).join(QStringLiteral("; "))),
                                 QObject::tr("The folder is incomplete on the server; upload it again."));
        }
    }
    return results;
}
