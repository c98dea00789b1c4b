// End to end for the vector component: two milvus-backup + Milvus stand-ins, each over its own s3rver
// (a source and a target "MinIO"), seeded through Milvus REST v2. Backups are made into sets, checked,
// restored into the other side with every conflict choice, and broken on purpose (damaged binlog,
// failing/stalled/restarted server tasks, cancel) to prove the error and the state left behind.
// Also: graph + vector in one set, and the real CLI binary with --json and a secret that must never show.

#include "BackupJob.h"
#include "BackupManifest.h"
#include "FalkorConnection.h"
#include "GraphTestData.h"
#include "MilvusBackupStandin.h"
#include "OperationError.h"
#include "RedisServerFixture.h"
#include "RestoreJob.h"
#include "S3Client.h"
#include "StandinVectorServers.h"
#include "TaskContext.h"
#include "TestEnvironment.h"
#include "VectorRestore.h"
#include "VectorSetInfo.h"
#include "VerifyJob.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

namespace {

const QString kDocs = QStringLiteral("DocumentChunks");
const QString kEntities = QStringLiteral("EntityDescriptions");
const QString kRelations = QStringLiteral("RelationDescriptions");
const QString kBucket = QStringLiteral("a-bucket");
const QString kRoot = QStringLiteral("backup");
const QMap<QString, qint64> kRows { { QStringLiteral("default.DocumentChunks"), 230 },
                                    { QStringLiteral("default.EntityDescriptions"), 120 },
                                    { QStringLiteral("default.RelationDescriptions"), 75 } };

struct Failure
{
    OperationError::Kind kind;
    QString message;
    QString hint;
};

template<typename Work>
std::optional<Failure> failureOf(Work &&work)
{
    try {
        work();
    } catch (const OperationError &error) {
        qInfo("expected failure: %s", qPrintable(error.fullText()));
        return Failure { error.kind(), error.message(), error.hint() };
    }
    return std::nullopt;
}

S3Endpoint storageOf(const MilvusBackupStandin &standin) { return StandinVectorServers::storage(standin, kRoot, kBucket); }
VectorServers serversOf(const MilvusBackupStandin &standin) { return StandinVectorServers::of(standin); }

QMap<QString, qint64> objectsIn(const MilvusBackupStandin &standin, const QString &prefix = QStringLiteral("backup/"))
{
    S3Client client(storageOf(standin));
    QMap<QString, qint64> objects;
    for (const S3ObjectInfo &object : client.listObjects(prefix))
        objects.insert(object.key, object.size);
    return objects;
}

qint64 rowsIn(MilvusBackupStandin &standin, const QString &collection)
{
    const QJsonObject reply = standin.milvus(QStringLiteral("collections/get_stats"),
                                             { { QStringLiteral("collectionName"), collection } });
    return reply.value(QStringLiteral("data")).toObject().value(QStringLiteral("rowCount")).toInteger(-1);
}

bool hasCollection(MilvusBackupStandin &standin, const QString &collection)
{
    return standin.milvus(QStringLiteral("collections/has"), { { QStringLiteral("collectionName"), collection } })
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("has"))
        .toBool();
}

void dropCollection(MilvusBackupStandin &standin, const QString &collection)
{
    standin.milvus(QStringLiteral("collections/drop"), { { QStringLiteral("collectionName"), collection } });
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

} // namespace

class TestVectorBackupRestore : public QObject
{
    Q_OBJECT

private:
    MilvusBackupStandin m_source;
    MilvusBackupStandin m_target;
    QTemporaryDir m_work;
    QString m_set;
    QString m_backupName;
    bool m_available = false;

    VectorRestore::Request restoreRequest(const QString &suffix = {}) const
    {
        VectorRestore::Request request;
        request.servers = serversOf(m_target);
        request.collectionSuffix = suffix;
        return request;
    }

    RestoreJob::Result restore(const VectorRestore::Request &vector, TaskContext &context, const QString &set = {}) const
    {
        RestoreJob::Request request;
        request.setDirectory = set.isEmpty() ? m_set : set;
        request.vector = vector;
        return RestoreJob::run(request, context);
    }
    RestoreJob::Result restore(const VectorRestore::Request &vector) const
    {
        CallbackTaskContext context;
        return restore(vector, context);
    }

    BackupJob::Result backup(const QString &set, const QString &name, TaskContext &context,
                             const MilvusBackupStandin *server = nullptr, QStringList collections = {})
    {
        BackupJob::Request request;
        request.setDirectory = set;
        VectorBackup::Request vector;
        vector.servers = serversOf(server ? *server : m_source);
        vector.backupName = name;
        vector.collections = collections;
        request.vector = vector;
        return BackupJob::run(request, context);
    }

private slots:
    void initTestCase()
    {
        MilvusBackupStandin::Options options;
        options.taskMs = 400;
        options.segmentRows = 40;
        QString error;
        if (!m_source.start(options, &error) || !m_target.start(options, &error))
            QSKIP(qPrintable(QStringLiteral("node, s3rver or the milvus-backup stand-in is not available: ") + error));
        m_available = true;
        for (auto it = kRows.cbegin(); it != kRows.cend(); ++it)
            m_source.seedCollection(QStringLiteral("default"), it.key().section(QLatin1Char('.'), 1), int(it.value()));
        // Something that must not be backed up by default: another database.
        m_source.seedCollection(QStringLiteral("other"), QStringLiteral("Elsewhere"), 10);

        m_set = m_work.filePath(QStringLiteral("set-vector"));
        m_backupName = QStringLiteral("kb_backup_1");
        QList<TaskProgress> progress;
        CallbackTaskContext context([&](const TaskProgress &p) { progress.append(p); });
        context.setThrottleIntervalMs(0);
        const auto result = backup(m_set, m_backupName, context);
        QCOMPARE(result.manifest.collections.size(), 3);
        // Progress came from the server task and from the download.
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](const TaskProgress &p) {
            return p.component == QLatin1String("milvus-backup") && p.done == 100;
        }));
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](const TaskProgress &p) {
            return p.unit == QLatin1String("bytes") && p.done > 0 && p.done == p.total;
        }));
    }

    void backupHoldsTheWholeFolderAndRecordsIt()
    {
        const BackupManifest manifest = BackupManifest::load(m_set);
        QCOMPARE(manifest.vectorBackupName, m_backupName);
        QCOMPARE(manifest.vectorFolder, QStringLiteral("vector/") + m_backupName);
        QCOMPARE(manifest.milvusBackupServer, m_source.backupUrl().toString());
        QCOMPARE(manifest.milvusBackupVersion, QStringLiteral(">=0.5.10"));
        QCOMPARE(manifest.components(), QStringList { QStringLiteral("vector") });
        QMap<QString, qint64> recorded;
        for (const auto &c : manifest.collections)
            recorded.insert(c.database + QLatin1Char('.') + c.name, c.rows);
        QCOMPARE(recorded, kRows);

        // Every object of the backup folder is in the set under the same relative key, same size,
        // and listed with a checksum in the manifest.
        const QString prefix = kRoot + QLatin1Char('/') + m_backupName + QLatin1Char('/');
        const QMap<QString, qint64> remote = objectsIn(m_source, prefix);
        QVERIFY(remote.size() > 10);
        QVERIFY(remote.contains(prefix + QStringLiteral("meta/backup_meta.json")));
        QVERIFY(remote.contains(prefix + QStringLiteral("meta/full_meta.json")));
        QHash<QString, BackupManifest::FileEntry> listed;
        for (const auto &file : manifest.files)
            listed.insert(file.path, file);
        for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
            const QString path = manifest.vectorFolder + QLatin1Char('/') + it.key().mid(prefix.size());
            QVERIFY2(listed.contains(path), qPrintable(path));
            QCOMPARE(listed.value(path).size, it.value());
            QCOMPARE(listed.value(path).sha256.size(), 64);
        }
        QVERIFY(listed.contains(QStringLiteral("vector/vector.json")));
        QCOMPARE(manifest.files.size(), remote.size() + 1);

        const VectorSetInfo info = VectorSetInfo::load(m_set);
        QCOMPARE(info.backupName, m_backupName);
        QCOMPARE(info.milvusVersion, QStringLiteral("v2.5.4"));
        QCOMPARE(info.collections.size(), 3);
        for (const auto &c : info.collections) {
            QCOMPARE(c.rows, kRows.value(c.key()));
            QVERIFY(c.size > 0);
        }
        QVERIFY(!QFile::exists(VectorSetInfo::pathIn(m_set) + QStringLiteral(".tmp")));
    }

    void verifyOfflineAndLive()
    {
        VerifyJob::Request request;
        request.setDirectory = m_set;
        CallbackTaskContext context;
        auto result = VerifyJob::run(request, context);
        QVERIFY2(result.ok, qPrintable(result.problems.join(QLatin1Char('\n'))));
        QCOMPARE(result.collections.size(), 3);
        // Live: the source still holds what was backed up ...
        request.vector.milvusUrl = m_source.milvusUrl();
        result = VerifyJob::run(request, context);
        QVERIFY2(result.ok, qPrintable(result.problems.join(QLatin1Char('\n'))));
        for (const auto &check : result.collections)
            QCOMPARE(check.actualRows, kRows.value(check.source));
        // ... and a changed collection is reported.
        m_source.milvus(QStringLiteral("entities/delete"), { { QStringLiteral("collectionName"), kRelations },
                                                              { QStringLiteral("filter"), QStringLiteral("id in [1, 2, 3]") } });
        result = VerifyJob::run(request, context);
        QVERIFY(!result.ok);
        const auto changed = std::find_if(result.collections.cbegin(), result.collections.cend(),
                                          [](const auto &c) { return !c.differences.isEmpty(); });
        QVERIFY(changed != result.collections.cend());
        QCOMPARE(changed->source, QStringLiteral("default.RelationDescriptions"));
        QCOMPARE(changed->actualRows, 72);
    }

    void restoreIntoAnotherMinioAndMilvus()
    {
        const auto result = restore(restoreRequest());
        QVERIFY(result.vector);
        QCOMPARE(result.vector->collections.size(), 3);
        for (const auto &c : result.vector->collections) {
            QCOMPARE(c.source, c.target);
            QCOMPARE(c.actualRows, kRows.value(c.source));
            QVERIFY(c.ok);
        }
        QVERIFY(result.vector->uploaded);
        // Independently of the job: the target Milvus and bucket.
        for (auto it = kRows.cbegin(); it != kRows.cend(); ++it)
            QCOMPARE(rowsIn(m_target, it.key().section(QLatin1Char('.'), 1)), it.value());
        const QString prefix = kRoot + QLatin1Char('/') + m_backupName + QLatin1Char('/');
        QCOMPARE(objectsIn(m_target, prefix).keys().size(), objectsIn(m_source, prefix).keys().size());
        // Live verify against the target.
        VerifyJob::Request verify;
        verify.setDirectory = m_set;
        verify.vector.milvusUrl = m_target.milvusUrl();
        CallbackTaskContext context;
        QVERIFY(VerifyJob::run(verify, context).ok);
    }

    void existingBackupAndCollectionsAreRefusedByDefault()
    {
        const auto objectsBefore = objectsIn(m_target);
        auto failure = failureOf([&] { restore(restoreRequest()); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::Conflict);
        QVERIFY2(failure->message.contains(m_backupName), qPrintable(failure->message));
        QVERIFY(failure->hint.contains(QLatin1String("reuse")) && failure->hint.contains(QLatin1String("rename")));

        VectorRestore::Request request = restoreRequest();
        request.onExistingBackup = VectorRestore::OnExistingBackup::Reuse;
        failure = failureOf([&] { restore(request); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::Conflict);
        QVERIFY(failure->message.contains(QLatin1String("default.DocumentChunks")));
        for (const char *choice : { "skip", "rename", "drop" })
            QVERIFY2(failure->hint.contains(QLatin1String(choice)), qPrintable(failure->hint));
        QCOMPARE(objectsIn(m_target), objectsBefore);
    }

    void skipRestoresOnlyTheMissingOnes()
    {
        dropCollection(m_target, kRelations);
        VectorRestore::Request request = restoreRequest();
        request.onExistingBackup = VectorRestore::OnExistingBackup::Reuse;
        request.onExistingCollection = VectorRestore::OnExistingCollection::Skip;
        const auto result = restore(request);
        QVERIFY(!result.vector->uploaded); // the identical folder was reused
        int restored = 0;
        for (const auto &c : result.vector->collections) {
            if (c.source == QLatin1String("default.RelationDescriptions")) {
                QCOMPARE(c.action, QStringLiteral("restore"));
                QCOMPARE(c.actualRows, 75);
                ++restored;
            } else {
                QCOMPARE(c.action, QStringLiteral("skip"));
            }
        }
        QCOMPARE(restored, 1);
        QCOMPARE(rowsIn(m_target, kRelations), 75);
    }

    void renameRestoresBesideTheExisting()
    {
        VectorRestore::Request request = restoreRequest();
        request.onExistingBackup = VectorRestore::OnExistingBackup::Reuse;
        request.onExistingCollection = VectorRestore::OnExistingCollection::Rename;
        request.collections = { kDocs };
        const auto result = restore(request);
        QCOMPARE(result.vector->collections.size(), 1);
        QCOMPARE(result.vector->collections[0].target, QStringLiteral("default.DocumentChunks_restored"));
        QCOMPARE(result.vector->collections[0].action, QStringLiteral("rename"));
        QCOMPARE(rowsIn(m_target, QStringLiteral("DocumentChunks_restored")), 230);
        QCOMPARE(rowsIn(m_target, kDocs), 230);
        // Again: the first free name is taken next.
        const auto again = restore(request);
        QCOMPARE(again.vector->collections[0].target, QStringLiteral("default.DocumentChunks_restored_2"));
    }

    void dropNeedsConfirmationAndReplacesTheData()
    {
        // Make the target differ from the backup.
        m_target.milvus(QStringLiteral("entities/insert"),
                        { { QStringLiteral("collectionName"), kEntities },
                          { QStringLiteral("data"), QJsonArray { QJsonObject { { QStringLiteral("id"), 99999 },
                                                                               { QStringLiteral("title"), QStringLiteral("extra") },
                                                                               { QStringLiteral("vec"), QJsonArray { 0, 0, 0, 0 } } } } } });
        QCOMPARE(rowsIn(m_target, kEntities), 121);
        VectorRestore::Request request = restoreRequest();
        request.onExistingBackup = VectorRestore::OnExistingBackup::Reuse;
        request.onExistingCollection = VectorRestore::OnExistingCollection::Drop;
        request.collections = { kEntities };
        auto failure = failureOf([&] { restore(request); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::InvalidInput);
        QVERIFY(failure->hint.contains(QLatin1String("--yes")));
        QCOMPARE(rowsIn(m_target, kEntities), 121);

        request.confirmed = true;
        const auto result = restore(request);
        QCOMPARE(result.vector->collections[0].action, QStringLiteral("drop-and-restore"));
        QCOMPARE(rowsIn(m_target, kEntities), 120);
    }

    // milvus-backup's dropExistCollection covers a whole restore request: a collection that was free
    // when the checks ran and appeared before the restore (someone else created it) must make the run
    // fail, never be dropped because another collection of the same run is being replaced.
    void aCollectionThatAppearsAfterTheChecksIsNeverDropped()
    {
        const QString late = QStringLiteral("default.DocumentChunks_late");
        QVERIFY(rowsIn(m_target, kEntities) > 0);
        const qint64 entitiesBefore = rowsIn(m_target, kEntities);
        VectorRestore::Request request = restoreRequest();
        request.onExistingBackup = VectorRestore::OnExistingBackup::Reuse;
        request.collections = { kDocs, kEntities };
        request.renames.insert(kDocs, late);
        request.onExistingCollectionFor.insert(QStringLiteral("default.") + kEntities, VectorRestore::OnExistingCollection::Drop);
        request.confirmed = true;
        VectorRestore restore(request, m_set, BackupManifest::load(m_set));
        CallbackTaskContext context;
        const auto prepared = failureOf([&] { restore.prepare(context); });
        QVERIFY2(!prepared, qPrintable(prepared ? prepared->message + QLatin1Char(' ') + prepared->hint : QString()));
        m_target.seedCollection(QStringLiteral("default"), QStringLiteral("DocumentChunks_late"), 5);

        auto failure = failureOf([&] { restore.execute(context); });
        QVERIFY(failure);
        QCOMPARE(rowsIn(m_target, QStringLiteral("DocumentChunks_late")), 5);
        // The replace had not started either: the run stopped at the first request.
        QCOMPARE(rowsIn(m_target, kEntities), entitiesBefore);
        dropCollection(m_target, QStringLiteral("DocumentChunks_late"));
    }

    void existingBackupNameIsRenamedOrReuseRefusesADifferentFolder()
    {
        // A foreign object in the existing folder: it is no longer identical to the set's copy.
        S3Client client(storageOf(m_target));
        const QString stray = kRoot + QLatin1Char('/') + m_backupName + QStringLiteral("/stray.txt");
        client.putObjectData(stray, "not part of the backup");
        VectorRestore::Request request = restoreRequest(QStringLiteral("_r2"));
        request.onExistingBackup = VectorRestore::OnExistingBackup::Reuse;
        auto failure = failureOf([&] { restore(request); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::Conflict);
        QVERIFY2(failure->message.contains(QLatin1String("differs")), qPrintable(failure->message));
        client.deleteObject(stray);

        request.onExistingBackup = VectorRestore::OnExistingBackup::Rename;
        const auto result = restore(request);
        QCOMPARE(result.vector->targetBackupName, m_backupName + QStringLiteral("_2"));
        QVERIFY(result.vector->uploaded);
        QVERIFY(objectsIn(m_target).contains(kRoot + QLatin1Char('/') + m_backupName + QStringLiteral("_2/meta/backup_meta.json")));
        for (const auto &c : result.vector->collections)
            QCOMPARE(rowsIn(m_target, c.target.section(QLatin1Char('.'), 1)), kRows.value(c.source));
    }

    void damagedBinlogIsRefusedBeforeAnyUpload()
    {
        const QString damaged = m_work.filePath(QStringLiteral("set-damaged"));
        QVERIFY(copyTree(m_set, damaged));
        QDirIterator it(QDir(damaged).filePath(QStringLiteral("vector/") + m_backupName + QStringLiteral("/binlogs/insert_log")),
                        QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        QFile binlog(it.next());
        QVERIFY(binlog.open(QIODevice::ReadWrite));
        QByteArray bytes = binlog.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        binlog.seek(0);
        binlog.write(bytes);
        binlog.close();

        const auto objectsBefore = objectsIn(m_target);
        VectorRestore::Request request = restoreRequest(QStringLiteral("_damaged"));
        request.onExistingBackup = VectorRestore::OnExistingBackup::Rename;
        CallbackTaskContext context;
        const auto failure = failureOf([&] { restore(request, context, damaged); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::IntegrityError);
        QVERIFY2(failure->message.contains(QLatin1String("insert_log")), qPrintable(failure->message));
        QCOMPARE(objectsIn(m_target), objectsBefore);
        QVERIFY(!hasCollection(m_target, kDocs + QStringLiteral("_damaged")));
    }

    void failedCreateCleansTheBucketAndTheSet()
    {
        m_source.setFaults({ { QStringLiteral("failNextCreate"), QStringLiteral("flush failed: injected") } });
        const QString set = m_work.filePath(QStringLiteral("set-failed"));
        CallbackTaskContext context;
        const auto failure = failureOf([&] { backup(set, QStringLiteral("failing_one"), context); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::ServerError);
        QVERIFY(failure->message.contains(QLatin1String("injected")));
        QVERIFY2(failure->hint.contains(QLatin1String("were removed")) || failure->hint.contains(QLatin1String("Nothing was left")),
                 qPrintable(failure->hint));
        QVERIFY(!QFileInfo::exists(set));
        QVERIFY(objectsIn(m_source, kRoot + QStringLiteral("/failing_one/")).isEmpty());
    }

    void stalledCreateTimesOutAndSaysWhereItsFolderGoes()
    {
        m_source.setFaults({ { QStringLiteral("stallNextCreate"), true } });
        const QString set = m_work.filePath(QStringLiteral("set-stalled"));
        BackupJob::Request request;
        request.setDirectory = set;
        VectorBackup::Request vector;
        vector.servers = serversOf(m_source);
        vector.servers.clientOptions.maxWaitMs = 1500;
        vector.backupName = QStringLiteral("stalled_one");
        request.vector = vector;
        CallbackTaskContext context;
        const auto failure = failureOf([&] { BackupJob::run(request, context); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::Timeout);
        QVERIFY2(failure->hint.contains(QLatin1String("may still finish")) && failure->hint.contains(QLatin1String("stalled_one")),
                 qPrintable(failure->hint));
        QVERIFY(!QFileInfo::exists(set));
        m_source.restart(); // forget the stalled task
        m_source.setFaults({ { QStringLiteral("stallNextCreate"), false } });
    }

    void canceledCreateIsReported()
    {
        m_source.setFaults({ { QStringLiteral("stallNextCreate"), true } });
        const QString set = m_work.filePath(QStringLiteral("set-canceled"));
        CallbackTaskContext *self = nullptr;
        CallbackTaskContext context([&](const TaskProgress &p) {
            if (p.component == QLatin1String("milvus-backup"))
                self->cancel();
        });
        self = &context;
        context.setThrottleIntervalMs(0);
        const auto failure = failureOf([&] { backup(set, QStringLiteral("canceled_one"), context); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::Canceled);
        QVERIFY(failure->message.contains(QLatin1String("no cancel endpoint")));
        QVERIFY(failure->hint.contains(QLatin1String("canceled_one")));
        QVERIFY(!QFileInfo::exists(set));
        // The cancel may come while the task is still pending, before the stall knob was used.
        m_source.restart();
        m_source.setFaults({ { QStringLiteral("stallNextCreate"), false } });
    }

    void canceledUploadIsRemovedFromTheBucket()
    {
        const auto objectsBefore = objectsIn(m_target);
        VectorRestore::Request request = restoreRequest(QStringLiteral("_cancel"));
        request.onExistingBackup = VectorRestore::OnExistingBackup::Rename;
        request.servers.transferOptions.parallelTransfers = 1;
        CallbackTaskContext *self = nullptr;
        CallbackTaskContext context([&](const TaskProgress &p) {
            if (p.phase == QLatin1String("upload files") && p.done >= 2)
                self->cancel();
        });
        self = &context;
        context.setThrottleIntervalMs(0);
        const auto failure = failureOf([&] { restore(request, context); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::Canceled);
        QVERIFY2(failure->hint.contains(QLatin1String("partial upload was removed")), qPrintable(failure->hint));
        QCOMPARE(objectsIn(m_target), objectsBefore);
        QVERIFY(!hasCollection(m_target, kDocs + QStringLiteral("_cancel")));
    }

    void failedRestoreReportsTheTargetState()
    {
        m_target.setFaults({ { QStringLiteral("failNextRestore"), QStringLiteral("import job failed: injected") } });
        VectorRestore::Request request = restoreRequest(QStringLiteral("_fail"));
        request.onExistingBackup = VectorRestore::OnExistingBackup::Reuse;
        const auto failure = failureOf([&] { restore(request); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::ServerError);
        QVERIFY(failure->message.contains(QLatin1String("injected")));
        QVERIFY2(failure->hint.contains(QLatin1String("Target Milvus now:")), qPrintable(failure->hint));
        QVERIFY(failure->hint.contains(QLatin1String("stays in")));
    }

    void serverRestartDuringRestoreIsExplained()
    {
        m_target.setFaults({ { QStringLiteral("stallNextRestore"), true } });
        VectorRestore::Request request = restoreRequest(QStringLiteral("_restart"));
        request.onExistingBackup = VectorRestore::OnExistingBackup::Reuse;
        bool restarted = false;
        CallbackTaskContext context([&](const TaskProgress &p) {
            if (!restarted && p.component == QLatin1String("milvus-backup") && p.done >= 1) {
                restarted = true;
                QTimer::singleShot(0, this, [this] { m_target.restart(); });
            }
        });
        context.setThrottleIntervalMs(0);
        const auto failure = failureOf([&] { restore(request, context); });
        QVERIFY(restarted);
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::NotFound);
        QVERIFY2(failure->message.contains(QLatin1String("in memory only")), qPrintable(failure->message));
        m_target.setFaults({ { QStringLiteral("stallNextRestore"), false } });
        QVERIFY2(failure->hint.contains(QLatin1String("Target Milvus now:")), qPrintable(failure->hint));
    }

    void restoreWithoutTheVectorComponentIsRefused()
    {
        // A set with only a graph folder cannot feed a vector restore.
        const QString empty = m_work.filePath(QStringLiteral("set-empty"));
        BackupManifest manifest;
        QDir().mkpath(empty);
        manifest.save(empty);
        const auto failure = failureOf([&] {
            CallbackTaskContext context;
            restore(restoreRequest(), context, empty);
        });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::InvalidInput);
    }

    void graphAndVectorInOneSet()
    {
        RedisServerFixture source;
        RedisServerFixture target;
        QString error;
        QVERIFY2(source.start({}, &error), qPrintable(error));
        QVERIFY2(target.start({}, &error), qPrintable(error));
        FalkorEndpoint endpoint;
        QVERIFY(FalkorEndpoint::parse(source.url(), &endpoint, &error));
        FalkorConnection connection;
        connection.open(endpoint);
        GraphTestData::createRichGraph(connection, QStringLiteral("knowledge_graph"));

        const QString set = m_work.filePath(QStringLiteral("set-combined"));
        BackupJob::Request request;
        request.setDirectory = set;
        request.falkordbUrl = source.url();
        VectorBackup::Request vector;
        vector.servers = serversOf(m_source);
        vector.backupName = QStringLiteral("combined_1");
        vector.collections = { kDocs, kEntities };
        request.vector = vector;
        CallbackTaskContext context;
        const auto result = BackupJob::run(request, context);
        QCOMPARE(result.manifest.components(), (QStringList { QStringLiteral("graph"), QStringLiteral("vector") }));
        QCOMPARE(result.manifest.collections.size(), 2);

        VerifyJob::Request verify;
        verify.setDirectory = set;
        QVERIFY(VerifyJob::run(verify, context).ok);

        RestoreJob::Request restoreRequest;
        restoreRequest.setDirectory = set;
        restoreRequest.falkordbUrl = target.url();
        VectorRestore::Request vectorRestore = this->restoreRequest(QStringLiteral("_combined"));
        restoreRequest.vector = vectorRestore;
        const auto restored = RestoreJob::run(restoreRequest, context);
        QCOMPARE(restored.graphs.size(), 1);
        QVERIFY(restored.graphs[0].verified);
        QCOMPARE(restored.vector->collections.size(), 2);
        QCOMPARE(rowsIn(m_target, kDocs + QStringLiteral("_combined")), 230);
        QCOMPARE(rowsIn(m_target, kEntities + QStringLiteral("_combined")), 120);
        QVERIFY(restored.toJson().value(QStringLiteral("vector")).toObject().value(QStringLiteral("collections")).toArray().size() == 2);

        // A vector conflict stops the restore before the graph is written.
        FalkorEndpoint targetEndpoint;
        QVERIFY(FalkorEndpoint::parse(target.url(), &targetEndpoint, &error));
        FalkorConnection targetConnection;
        targetConnection.open(targetEndpoint);
        targetConnection.command({ "GRAPH.DELETE", "knowledge_graph" });
        const auto failure = failureOf([&] { RestoreJob::run(restoreRequest, context); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, OperationError::Kind::Conflict);
        QVERIFY(!targetConnection.listGraphs().contains(QStringLiteral("knowledge_graph")));
    }

    void cliBackupRestoreVerifyWithJson()
    {
        const QString cli = qEnvironmentVariable("BMB_BINARY_DIR") + QStringLiteral("/src/cli/brandmind-backup-cli");
        if (!QFileInfo(cli).isExecutable())
            QSKIP("brandmind-backup-cli is not built");
        const QString secret = QStringLiteral("SeCrEt-0xC0FFEE-must-not-leak");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("S3_ACCESS_KEY"), QStringLiteral("S3RVER"));
        environment.insert(QStringLiteral("S3_SECRET_KEY"), secret);
        environment.insert(QStringLiteral("MILVUS_TOKEN"), QStringLiteral("root:Milvus-token-must-not-leak"));
        struct Run
        {
            int exitCode = -1;
            QByteArray out;
            QByteArray err;
            QJsonObject json;
        };
        const auto run = [&](const QStringList &arguments, const QProcessEnvironment &env) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(cli, arguments);
            [&] { QVERIFY(process.waitForFinished(120'000)); }();
            Run result { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(), {} };
            result.json = QJsonDocument::fromJson(result.out).object();
            qInfo("%s -> %d\n%s", qPrintable(arguments.mid(0, 2).join(QLatin1Char(' '))), result.exitCode, result.err.constData());
            [&] {
                QVERIFY(!result.out.contains(secret.toUtf8()) && !result.err.contains(secret.toUtf8()));
                QVERIFY(!result.out.contains("Milvus-token-must-not-leak") && !result.err.contains("Milvus-token-must-not-leak"));
            }();
            return result;
        };
        const auto sourceArgs = [&] {
            return QStringList { QStringLiteral("--milvus-backup"), m_source.backupUrl().toString(), QStringLiteral("--s3"),
                                 QStringLiteral("http://127.0.0.1:%1").arg(m_source.s3Port()), QStringLiteral("--s3-bucket"),
                                 kBucket, QStringLiteral("--s3-root"), kRoot, QStringLiteral("--milvus"),
                                 m_source.milvusUrl().toString(), QStringLiteral("--vector-poll-ms"), QStringLiteral("100") };
        };
        const auto targetArgs = [&] {
            return QStringList { QStringLiteral("--milvus-backup"), m_target.backupUrl().toString(), QStringLiteral("--s3"),
                                 QStringLiteral("http://127.0.0.1:%1").arg(m_target.s3Port()), QStringLiteral("--s3-bucket"),
                                 kBucket, QStringLiteral("--s3-root"), kRoot, QStringLiteral("--milvus"),
                                 m_target.milvusUrl().toString(), QStringLiteral("--vector-poll-ms"), QStringLiteral("100") };
        };
        const QString set = m_work.filePath(QStringLiteral("set-cli"));

        Run r = run(QStringList { QStringLiteral("backup") } + sourceArgs()
                        + QStringList { QStringLiteral("--components"), QStringLiteral("vector"), QStringLiteral("--collections"),
                                        kDocs + QLatin1Char(',') + kRelations, QStringLiteral("--backup-name"),
                                        QStringLiteral("cli_backup"), QStringLiteral("--out"), set, QStringLiteral("--json") },
                    environment);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(BackupManifest::load(set).vectorBackupName, QStringLiteral("cli_backup"));

        // --components vector without its server, and a bad choice: usage errors.
        r = run({ QStringLiteral("backup"), QStringLiteral("--components"), QStringLiteral("vector"), QStringLiteral("--json") }, environment);
        QCOMPARE(r.exitCode, 2);
        r = run(QStringList { QStringLiteral("restore"), set } + targetArgs()
                    + QStringList { QStringLiteral("--on-existing-collection"), QStringLiteral("bogus") },
                environment);
        QCOMPARE(r.exitCode, 2);

        // No secret key: a clear failure, nothing restored.
        QProcessEnvironment noSecret = environment;
        noSecret.remove(QStringLiteral("S3_SECRET_KEY"));
        r = run(QStringList { QStringLiteral("restore"), set } + targetArgs() + QStringList { QStringLiteral("--json") }, noSecret);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("S3_SECRET_KEY"));

        const QStringList restoreArgs = QStringList { QStringLiteral("restore"), set } + targetArgs()
            + QStringList { QStringLiteral("--collection-suffix"), QStringLiteral("_cli"), QStringLiteral("--json") };
        r = run(restoreArgs, environment);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray collections = r.json.value(QStringLiteral("vector")).toObject().value(QStringLiteral("collections")).toArray();
        QCOMPARE(collections.size(), 2);
        QCOMPARE(rowsIn(m_target, kDocs + QStringLiteral("_cli")), 230);

        // Again: the backup name is taken (exit 4), then with reuse the collections exist (exit 4, choices named).
        r = run(restoreArgs, environment);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("conflict"));
        r = run(restoreArgs + QStringList { QStringLiteral("--on-existing-backup"), QStringLiteral("reuse") }, environment);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("--on-existing-collection skip"));
        r = run(restoreArgs + QStringList { QStringLiteral("--on-existing-backup"), QStringLiteral("reuse"),
                                            QStringLiteral("--on-existing-collection"), QStringLiteral("drop") },
                environment);
        QCOMPARE(r.exitCode, 2); // drop needs --yes
        r = run(restoreArgs + QStringList { QStringLiteral("--on-existing-backup"), QStringLiteral("reuse"),
                                            QStringLiteral("--on-existing-collection"), QStringLiteral("drop"), QStringLiteral("--yes") },
                environment);
        QCOMPARE(r.exitCode, 0);

        // verify: offline, live equal (exit 0), live different (exit 3).
        r = run({ QStringLiteral("verify"), set, QStringLiteral("--json") }, environment);
        QCOMPARE(r.exitCode, 0);
        r = run({ QStringLiteral("verify"), set, QStringLiteral("--milvus"), m_target.milvusUrl().toString(),
                  QStringLiteral("--collection-suffix"), QStringLiteral("_cli"), QStringLiteral("--json") },
                environment);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("collections")).toArray().size(), 2);
        m_target.milvus(QStringLiteral("entities/delete"), { { QStringLiteral("collectionName"), QString(kDocs + QStringLiteral("_cli")) },
                                                              { QStringLiteral("filter"), QStringLiteral("id in [5]") } });
        r = run({ QStringLiteral("verify"), set, QStringLiteral("--milvus"), m_target.milvusUrl().toString(),
                  QStringLiteral("--collection-suffix"), QStringLiteral("_cli"), QStringLiteral("--json") },
                environment);
        QCOMPARE(r.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestVectorBackupRestore)
#include "tst_vectorbackuprestore.moc"
