// S3FolderTransfer against s3rver: a milvus-backup-shaped folder up, down, up again, down again.
#include "OperationError.h"
#include "S3Client.h"
#include "S3FolderTransfer.h"
#include "S3ServerFixture.h"
#include "TaskContext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeRandomFile(const QString &path, qint64 size, quint32 seed)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), size);
}

QStringList relativeFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestS3FolderTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripKeepsEveryByte();
    void uploadOrderPutsBackupMetaLast();
    void uploadRefusesNonEmptyFolder();
    void cancelLeavesNoFinalHalfFiles();

private:
    S3Endpoint endpoint() const;
    S3FolderTransfer::Options options() const;

    S3ServerFixture m_server;
    QTemporaryDir m_dir;
    QString m_source;
};

S3Endpoint TestS3FolderTransfer::endpoint() const
{
    S3Endpoint result = S3Endpoint::fromUrl(m_server.endpointUrl() + QStringLiteral("/bmb-folders/backup"));
    result.setCredentials(S3ServerFixture::accessKey(), S3ServerFixture::secretKey());
    return result;
}

S3FolderTransfer::Options TestS3FolderTransfer::options() const
{
    S3FolderTransfer::Options options;
    options.parallelTransfers = 3;
    options.client.multipartThreshold = 6 << 20;
    options.client.partSize = 5 << 20;
    options.client.syncToDisk = false;
    return options;
}

void TestS3FolderTransfer::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(QStringLiteral("bmb-folders"), &error), qPrintable(error));
    m_source = m_dir.filePath(QStringLiteral("source"));
    quint32 seed = 1;
    for (int segment = 0; segment < 4; ++segment) {
        for (int field = 0; field < 5; ++field)
            writeRandomFile(QStringLiteral("%1/binlogs/insert_log/449/450/%2/%2/%3/4510%3").arg(m_source).arg(460 + segment).arg(100 + field),
                            1000 + segment * 997 + field * 13, seed++);
        writeRandomFile(QStringLiteral("%1/binlogs/delta_log/449/450/%2/%2/777").arg(m_source).arg(460 + segment), 300, seed++);
    }
    writeRandomFile(m_source + QStringLiteral("/binlogs/delta_log/449/-1/470/888"), 0, seed++);
    writeRandomFile(m_source + QStringLiteral("/binlogs/insert_log/449/450/461/461/101/big binlog ü"), (7 << 20) + 5, seed++);
    for (const char *meta : { "backup_meta.json", "collection_meta.json", "partition_meta.json", "segment_meta.json", "full_meta.json" })
        writeRandomFile(m_source + QStringLiteral("/meta/") + QLatin1String(meta), 200, seed++);
}

void TestS3FolderTransfer::roundTripKeepsEveryByte()
{
    S3FolderTransfer transfer(endpoint(), options());
    QList<TaskProgress> progress;
    CallbackTaskContext context([&](const TaskProgress &p) { progress.append(p); });
    context.setThrottleIntervalMs(0);
    const QList<S3TransferredFile> uploaded =
        transfer.upload(m_source, QStringLiteral("b1"), S3FolderTransfer::milvusBackupUploadOrder, &context);
    QCOMPARE(uploaded.size(), relativeFiles(m_source).size());
    QVERIFY(!progress.isEmpty());

    const QString first = m_dir.filePath(QStringLiteral("first"));
    const QList<S3TransferredFile> downloaded = transfer.download(QStringLiteral("b1"), first, &context);
    QCOMPARE(relativeFiles(first), relativeFiles(m_source));
    QCOMPARE(downloaded.size(), uploaded.size());
    QHash<QString, QByteArray> uploadedSha;
    for (const S3TransferredFile &file : uploaded)
        uploadedSha.insert(file.relativeKey, file.sha256);
    for (const S3TransferredFile &file : downloaded)
        QCOMPARE(file.sha256, uploadedSha.value(file.relativeKey));
    QVERIFY(S3FolderTransfer::verifyLocalFiles(first, downloaded).isEmpty());
    const TaskProgress &lastBytes = *std::find_if(progress.crbegin(), progress.crend(),
                                                  [](const TaskProgress &p) { return p.unit == QLatin1String("bytes"); });
    QCOMPARE(lastBytes.done, lastBytes.total);

    // Up again under another name, down again: identical bytes all the way.
    transfer.upload(first, QStringLiteral("b1_copy"), S3FolderTransfer::milvusBackupUploadOrder, &context);
    const QString second = m_dir.filePath(QStringLiteral("second"));
    const QList<S3TransferredFile> again = transfer.download(QStringLiteral("b1_copy"), second, &context);
    QCOMPARE(again.size(), downloaded.size());
    for (qsizetype i = 0; i < again.size(); ++i) {
        QCOMPARE(again.at(i).relativeKey, downloaded.at(i).relativeKey);
        QCOMPARE(again.at(i).sha256, downloaded.at(i).sha256);
    }
    // A second download into the same folder reuses the complete files.
    QCOMPARE(transfer.download(QStringLiteral("b1_copy"), second, &context).size(), again.size());
}

void TestS3FolderTransfer::uploadOrderPutsBackupMetaLast()
{
    S3FolderTransfer transfer(endpoint(), options());
    transfer.upload(m_source, QStringLiteral("ordered"), S3FolderTransfer::milvusBackupUploadOrder);
    // s3rver keeps each object as a file; their modification times show the order of the PUTs.
    QHash<QString, QDateTime> written;
    QDirIterator it(m_server.directory() + QStringLiteral("/bmb-folders/backup/ordered"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("._S3rver_object")))
            written.insert(path, QFileInfo(path).lastModified());
    }
    QVERIFY2(written.size() == relativeFiles(m_source).size(), qPrintable(QString::number(written.size())));
    QDateTime backupMeta, fullMeta, latestOther, latestBinlog;
    for (auto i = written.cbegin(); i != written.cend(); ++i) {
        if (i.key().contains(QLatin1String("/meta/backup_meta.json")))
            backupMeta = i.value();
        else if (i.key().contains(QLatin1String("/meta/full_meta.json")))
            fullMeta = i.value();
        else {
            latestOther = qMax(latestOther, i.value());
            if (i.key().contains(QLatin1String("/binlogs/")))
                latestBinlog = qMax(latestBinlog, i.value());
        }
    }
    QVERIFY(backupMeta.isValid() && fullMeta.isValid());
    QVERIFY(backupMeta >= fullMeta);
    QVERIFY(fullMeta >= latestOther);
    QVERIFY(backupMeta > latestBinlog);
}

void TestS3FolderTransfer::uploadRefusesNonEmptyFolder()
{
    S3FolderTransfer transfer(endpoint(), options());
    transfer.upload(m_source, QStringLiteral("taken"));
    try {
        transfer.upload(m_source, QStringLiteral("taken"));
        QFAIL("uploaded into a non-empty folder");
    } catch (const OperationError &error) {
        QCOMPARE(error.kind(), OperationError::Kind::Conflict);
    }
}

void TestS3FolderTransfer::cancelLeavesNoFinalHalfFiles()
{
    S3FolderTransfer transfer(endpoint(), options());
    transfer.upload(m_source, QStringLiteral("to_cancel"));
    const QString target = m_dir.filePath(QStringLiteral("canceled"));
    CallbackTaskContext *contextPointer = nullptr;
    CallbackTaskContext context([&](const TaskProgress &p) {
        if (p.unit == QLatin1String("bytes") && p.done > 0)
            contextPointer->cancel();
    });
    contextPointer = &context;
    context.setThrottleIntervalMs(0);
    try {
        transfer.download(QStringLiteral("to_cancel"), target, &context);
        QFAIL("the download was not canceled");
    } catch (const OperationError &error) {
        QCOMPARE(error.kind(), OperationError::Kind::Canceled);
    }
    // Whatever exists under a final name is whole.
    const QList<S3TransferredFile> complete = transfer.download(QStringLiteral("to_cancel"), m_dir.filePath(QStringLiteral("reference")));
    QHash<QString, S3TransferredFile> byKey;
    for (const S3TransferredFile &file : complete)
        byKey.insert(file.relativeKey, file);
    QList<S3TransferredFile> present;
    for (const QString &relative : relativeFiles(target)) {
        if (!relative.endsWith(S3Client::partialSuffix()))
            present.append(byKey.value(relative));
    }
    QVERIFY(S3FolderTransfer::verifyLocalFiles(target, present).isEmpty());
    QVERIFY(present.size() < complete.size());
}

QTEST_GUILESS_MAIN(TestS3FolderTransfer)
#include "tst_s3foldertransfer.moc"
