// S3Client against a real S3 server (s3rver from node_modules).
#include "OperationError.h"
#include "S3Client.h"
#include "S3ServerFixture.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

class TestS3Client : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bucketExistsAndCreate();
    void keysWithSpacesUnicodeAndReservedCharacters();
    void listsMoreThan1000KeysWithContinuation();
    void rangedGet();
    void resumesFromPartialFile();
    void corruptPartialFileIsDetected();
    void multipartUploadRoundTrip();
    void abortIsReportedWhenServerCannotAbort();
    void deleteObjects();
    void missingObjectIsNotFound();

private:
    S3Endpoint endpoint(const QString &bucket = {}) const;

    S3ServerFixture m_server;
    QTemporaryDir m_dir;
};

S3Endpoint TestS3Client::endpoint(const QString &bucket) const
{
    S3Endpoint result = S3Endpoint::fromUrl(m_server.endpointUrl(), bucket.isEmpty() ? m_server.bucket() : bucket);
    result.setCredentials(S3ServerFixture::accessKey(), S3ServerFixture::secretKey());
    return result;
}

void TestS3Client::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(QStringLiteral("bmb-test"), &error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void TestS3Client::bucketExistsAndCreate()
{
    S3Client client(endpoint());
    QVERIFY(client.bucketExists());
    S3Client other(endpoint(QStringLiteral("bmb-other")));
    QVERIFY(!other.bucketExists());
    other.createBucket();
    QVERIFY(other.bucketExists());
    other.createBucket(); // already ours: not an error
}

void TestS3Client::keysWithSpacesUnicodeAndReservedCharacters()
{
    S3Client client(endpoint());
    const QStringList keys = { QStringLiteral("odd/a b.bin"), QStringLiteral("odd/plus+sign"),
                               QStringLiteral("odd/ümlaut 日本.bin"), QStringLiteral("odd/tilde~x"),
                               QStringLiteral("odd/amp&lt;gt>.xml"), QStringLiteral("odd/eq=q?h#"),
                               QStringLiteral("odd/tiếng Việt/(1)!*'$@,;") };
    for (int i = 0; i < keys.size(); ++i) {
        const QByteArray data = randomBytes(1000 + i, quint32(i));
        const QByteArray etag = client.putObjectData(keys.at(i), data);
        QCOMPARE(etag, QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
        const QString destination = m_dir.filePath(QStringLiteral("odd-%1").arg(i));
        const S3Client::DownloadResult result = client.getObjectToFile(keys.at(i), destination, data.size(), etag);
        QCOMPARE(result.sha256, sha256Hex(data));
        QVERIFY(!QFile::exists(destination + S3Client::partialSuffix()));
        const std::optional<S3ObjectInfo> head = client.headObject(keys.at(i));
        QVERIFY(head);
        QCOMPARE(head->size, data.size());
    }
    QStringList listed;
    for (const S3ObjectInfo &object : client.listObjects(QStringLiteral("odd/")))
        listed.append(object.key);
    QStringList expected = keys;
    expected.sort();
    listed.sort();
    QCOMPARE(listed, expected);
}

void TestS3Client::listsMoreThan1000KeysWithContinuation()
{
    S3Client client(endpoint());
    const int count = 1105;
    for (int i = 0; i < count; ++i)
        client.putObjectData(QStringLiteral("many/k%1").arg(i, 5, 10, QLatin1Char('0')), QByteArray::number(i));
    const S3ListPage first = client.listObjectsPage(QStringLiteral("many/"));
    QVERIFY(first.isTruncated);
    QCOMPARE(first.objects.size(), 1000);
    const QList<S3ObjectInfo> all = client.listObjects(QStringLiteral("many/"));
    QCOMPARE(all.size(), count);
    QSet<QString> unique;
    for (const S3ObjectInfo &object : all)
        unique.insert(object.key);
    QCOMPARE(unique.size(), count);
    QCOMPARE(all.last().key, QStringLiteral("many/k01104"));
    QCOMPARE(all.last().size, 4);
    QCOMPARE(client.listCommonPrefixes(QString()).contains(QStringLiteral("many/")), true);
}

void TestS3Client::rangedGet()
{
    S3Client client(endpoint());
    const QByteArray data = randomBytes(5000, 7);
    client.putObjectData(QStringLiteral("range/object"), data);
    QCOMPARE(client.getObjectRange(QStringLiteral("range/object"), 10, 19), data.mid(10, 10));
    QCOMPARE(client.getObjectRange(QStringLiteral("range/object"), 4990), data.mid(4990));
}

void TestS3Client::resumesFromPartialFile()
{
    S3Client client(endpoint());
    const QByteArray data = randomBytes(300'000, 11);
    const QByteArray etag = client.putObjectData(QStringLiteral("resume/object"), data);
    const QString destination = m_dir.filePath(QStringLiteral("resumed.bin"));
    writeFile(destination + S3Client::partialSuffix(), data.left(123'456));
    qint64 reported = 0;
    const S3Client::DownloadResult result = client.getObjectToFile(
        QStringLiteral("resume/object"), destination, data.size(), etag, nullptr, [&](qint64 delta) { reported += delta; });
    QCOMPARE(result.resumedFrom, 123'456);
    QCOMPARE(result.sha256, sha256Hex(data));
    QCOMPARE(reported, data.size());
    QFile file(destination);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), data);
    QVERIFY(!QFile::exists(destination + S3Client::partialSuffix()));
}

void TestS3Client::corruptPartialFileIsDetected()
{
    S3Client client(endpoint());
    const QByteArray data = randomBytes(100'000, 12);
    const QByteArray etag = client.putObjectData(QStringLiteral("resume/corrupt"), data);
    const QString destination = m_dir.filePath(QStringLiteral("corrupt.bin"));
    QByteArray wrongStart = data.left(5000);
    wrongStart[100] = char(wrongStart[100] ^ 0x55);
    writeFile(destination + S3Client::partialSuffix(), wrongStart);
    try {
        client.getObjectToFile(QStringLiteral("resume/corrupt"), destination, data.size(), etag);
        QFAIL("a corrupt partial file was accepted");
    } catch (const OperationError &error) {
        QCOMPARE(error.kind(), OperationError::Kind::IntegrityError);
    }
    QVERIFY(!QFile::exists(destination));
    QVERIFY(!QFile::exists(destination + S3Client::partialSuffix()));
    // A second try starts clean and succeeds.
    QCOMPARE(client.getObjectToFile(QStringLiteral("resume/corrupt"), destination, data.size(), etag).sha256,
             sha256Hex(data));
}

void TestS3Client::multipartUploadRoundTrip()
{
    S3Client client(endpoint());
    S3Client::Options options;
    options.multipartThreshold = 6 << 20;
    options.partSize = 5 << 20;
    client.setOptions(options);
    const QByteArray data = randomBytes((12 << 20) + 123, 13);
    const QString source = m_dir.filePath(QStringLiteral("big.bin"));
    writeFile(source, data);
    qint64 uploaded = 0;
    const S3Client::UploadResult result =
        client.putObjectFromFile(QStringLiteral("multi/big file.bin"), source, nullptr, [&](qint64 d) { uploaded += d; });
    QCOMPARE(result.parts, 3);
    QCOMPARE(result.sha256, sha256Hex(data));
    QCOMPARE(uploaded, data.size());
    const QString destination = m_dir.filePath(QStringLiteral("big-back.bin"));
    const S3Client::DownloadResult back =
        client.getObjectToFile(QStringLiteral("multi/big file.bin"), destination, data.size(), result.etag);
    QCOMPARE(back.sha256, result.sha256);
}

void TestS3Client::abortIsReportedWhenServerCannotAbort()
{
    S3Client client(endpoint());
    QStringList warnings;
    CallbackTaskContext context({}, [&](LogLevel level, const QString &message) {
        if (level == LogLevel::Warning)
            warnings.append(message);
    });
    const QString uploadId = client.createMultipartUpload(QStringLiteral("multi/aborted"), &context);
    QVERIFY(!uploadId.isEmpty());
    // s3rver 3.7 answers 405 to Abort: reported, not thrown.
    QCOMPARE(client.abortMultipartUpload(QStringLiteral("multi/aborted"), uploadId, &context),
             S3Client::AbortOutcome::NotSupported);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("405")));
}

void TestS3Client::deleteObjects()
{
    S3Client client(endpoint());
    QStringList keys;
    for (int i = 0; i < 5; ++i) {
        keys.append(QStringLiteral("del/%1 x").arg(i));
        client.putObjectData(keys.last(), "x");
    }
    client.deleteObject(keys.takeFirst());
    client.deleteObjects(keys);
    QVERIFY(client.listObjects(QStringLiteral("del/")).isEmpty());
    client.deleteObject(QStringLiteral("del/never-existed"));
}

void TestS3Client::missingObjectIsNotFound()
{
    S3Client client(endpoint());
    QVERIFY(!client.headObject(QStringLiteral("nothing/here")));
    const QString destination = m_dir.filePath(QStringLiteral("missing.bin"));
    try {
        client.getObjectToFile(QStringLiteral("nothing/here"), destination);
        QFAIL("no error for a missing object");
    } catch (const OperationError &error) {
        QCOMPARE(error.kind(), OperationError::Kind::NotFound);
    }
    QVERIFY(!QFile::exists(destination));
}

QTEST_GUILESS_MAIN(TestS3Client)
#include "tst_s3client.moc"
