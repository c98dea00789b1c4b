// S3Client and S3FolderTransfer over HTTPS against s3rver with a throw-away CA: trusted only
// through the endpoint's CA file, refused (once, clearly) without it or with another CA.
#include "OperationError.h"
#include "S3Client.h"
#include "S3FolderTransfer.h"
#include "S3ServerFixture.h"
#include "TaskContext.h"
#include "TestCertificates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray patternBytes(qint64 size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(seed + i * 7 + i / 251);
    return data;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Runs an S3 call that must fail and returns its error; records every log line (retries are
// logged as warnings) so a test can prove the failure was not retried.
template<typename Call>
OperationError expectFailure(Call call, QStringList *log)
{
    CallbackTaskContext context({}, [log](LogLevel, const QString &message) { log->append(message); });
    try {
        call(&context);
    } catch (const OperationError &error) {
        return error;
    }
    return OperationError(OperationError::Kind::Failed, QStringLiteral("(the call succeeded)"));
}

} // namespace

class TestS3Tls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustedThroughCaFile();
    void folderRoundTripOverTls();
    void systemCasOnlyIsRefused();
    void otherCaIsRefusedWithoutRetries();
    void missingCaFileFailsBeforeAnyRequest();
    void caFileWithoutCertificateIsInvalidInput();
    void plainHttpServerStillWorks();

private:
    S3Endpoint endpoint(const QString &caFile, const QString &path = {}) const;

    S3ServerFixture m_server;
    QTemporaryDir m_dir;
    QString m_otherCaDirectory;
};

S3Endpoint TestS3Tls::endpoint(const QString &caFile, const QString &path) const
{
    S3Endpoint result = S3Endpoint::fromUrl(m_server.endpointUrl() + path, path.isEmpty() ? m_server.bucket() : QString());
    result.setCredentials(S3ServerFixture::accessKey(), S3ServerFixture::secretKey());
    result.setCaCertificateFile(caFile);
    return result;
}

void TestS3Tls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend on this computer");
    QVERIFY(m_dir.isValid());
    QString error;
    S3ServerFixture::Options options;
    options.tls = true;
    QVERIFY2(m_server.start(QStringLiteral("bmb-tls"), options, &error), qPrintable(error));
    QVERIFY(m_server.endpointUrl().startsWith(QLatin1String("https://127.0.0.1:")));
    QVERIFY(QFile::exists(m_server.caCertificatePath()));

    // A second, unrelated CA: valid PEM, but it never signed the server's certificate.
    m_otherCaDirectory = m_dir.filePath(QStringLiteral("other-ca"));
    QVERIFY(QDir().mkpath(m_otherCaDirectory));
    QVERIFY2(TestCertificates::create(m_otherCaDirectory, &error), qPrintable(error));
}

void TestS3Tls::trustedThroughCaFile()
{
    S3Client client(endpoint(m_server.caCertificatePath()));
    QVERIFY(client.bucketExists());

    const QByteArray data = patternBytes(70'000, 3);
    const QByteArray etag = client.putObjectData(QStringLiteral("tls/object.bin"), data);
    QCOMPARE(etag, QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());

    const QList<S3ObjectInfo> listed = client.listObjects(QStringLiteral("tls/"));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().key, QStringLiteral("tls/object.bin"));
    QCOMPARE(listed.first().size, data.size());

    QCOMPARE(client.getObjectRange(QStringLiteral("tls/object.bin"), 1000, 1999), data.mid(1000, 1000));
    QCOMPARE(client.getObjectRange(QStringLiteral("tls/object.bin"), 69'990), data.mid(69'990));

    const QString destination = m_dir.filePath(QStringLiteral("object.bin"));
    const S3Client::DownloadResult result =
        client.getObjectToFile(QStringLiteral("tls/object.bin"), destination, data.size(), etag);
    QCOMPARE(result.size, data.size());
    QCOMPARE(readFile(destination), data);
}

void TestS3Tls::folderRoundTripOverTls()
{
    const QString source = m_dir.filePath(QStringLiteral("source"));
    writeFile(source + QStringLiteral("/binlogs/insert_log/1/2/3/100"), patternBytes(5000, 1));
    writeFile(source + QStringLiteral("/binlogs/insert_log/1/2/3/101"), patternBytes(123, 2));
    writeFile(source + QStringLiteral("/binlogs/delta_log/1/2/3/777"), QByteArray());
    writeFile(source + QStringLiteral("/meta/backup_meta.json"), "{\"name\":\"b1\"}");

    S3FolderTransfer::Options options;
    options.parallelTransfers = 2;
    options.client.syncToDisk = false;
    S3FolderTransfer transfer(endpoint(m_server.caCertificatePath(), QStringLiteral("/bmb-tls/backup")), options);
    const QList<S3TransferredFile> uploaded =
        transfer.upload(source, QStringLiteral("b1"), S3FolderTransfer::milvusBackupUploadOrder);
    QCOMPARE(uploaded.size(), 4);

    const QString copy = m_dir.filePath(QStringLiteral("copy"));
    const QList<S3TransferredFile> downloaded = transfer.download(QStringLiteral("b1"), copy);
    QCOMPARE(downloaded.size(), uploaded.size());
    QVERIFY(S3FolderTransfer::verifyLocalFiles(copy, uploaded).isEmpty());
    for (const S3TransferredFile &file : uploaded)
        QCOMPARE(readFile(copy + QLatin1Char('/') + file.relativeKey),
                 readFile(source + QLatin1Char('/') + file.relativeKey));
}

void TestS3Tls::systemCasOnlyIsRefused()
{
    S3Client client(endpoint(QString()));
    QStringList log;
    const OperationError error = expectFailure([&](TaskContext *context) { client.bucketExists(context); }, &log);
    QVERIFY2(error.kind() == OperationError::Kind::TlsFailed, qPrintable(error.fullText()));
    QVERIFY2(error.hint().contains(QLatin1String("CA")), qPrintable(error.fullText()));
    QVERIFY2(log.isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));

    // A download fails the same way: no final file, and no byte from an untrusted server on disk
    // (an empty partial file may stay; partial files are kept for resuming by design).
    const QString destination = m_dir.filePath(QStringLiteral("refused.bin"));
    const OperationError download = expectFailure(
        [&](TaskContext *context) { client.getObjectToFile(QStringLiteral("tls/object.bin"), destination, -1, {}, context); },
        &log);
    QVERIFY2(download.kind() == OperationError::Kind::TlsFailed, qPrintable(download.fullText()));
    QVERIFY(!QFile::exists(destination));
    QCOMPARE(QFileInfo(destination + S3Client::partialSuffix()).size(), 0);
}

void TestS3Tls::otherCaIsRefusedWithoutRetries()
{
    S3Client client(endpoint(TestCertificates::caCertificatePath(m_otherCaDirectory)));
    S3Client::Options options;
    options.maxAttempts = 5;
    client.setOptions(options);
    QStringList log;
    const OperationError error = expectFailure(
        [&](TaskContext *context) { client.putObjectData(QStringLiteral("tls/never.bin"), "x", context); }, &log);
    QVERIFY2(error.kind() == OperationError::Kind::TlsFailed, qPrintable(error.fullText()));
    QVERIFY2(error.message().contains(QLatin1String("tls/never.bin")), qPrintable(error.fullText()));
    // A certificate the client does not trust will not become trusted a moment later.
    QVERIFY2(log.isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));

    // The object was never written: the server did not receive the request.
    S3Client trusted(endpoint(m_server.caCertificatePath()));
    QVERIFY(!trusted.headObject(QStringLiteral("tls/never.bin")));
}

void TestS3Tls::missingCaFileFailsBeforeAnyRequest()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-ca.crt"));
    try {
        S3Client client(endpoint(missing));
        QFAIL("a client was made with a CA file that does not exist");
    } catch (const OperationError &error) {
        QVERIFY2(error.kind() == OperationError::Kind::NotFound, qPrintable(error.fullText()));
        QVERIFY2(error.message().contains(missing), qPrintable(error.fullText()));
    }
    try {
        S3FolderTransfer transfer(endpoint(missing, QStringLiteral("/bmb-tls/backup")));
        transfer.download(QStringLiteral("b1"), m_dir.filePath(QStringLiteral("never")));
        QFAIL("a folder was downloaded with a CA file that does not exist");
    } catch (const OperationError &error) {
        QVERIFY2(error.kind() == OperationError::Kind::NotFound, qPrintable(error.fullText()));
    }
}

void TestS3Tls::caFileWithoutCertificateIsInvalidInput()
{
    const QString notPem = m_dir.filePath(QStringLiteral("not-a-certificate.crt"));
    writeFile(notPem, "this is not a certificate\n");
    try {
        S3Client client(endpoint(notPem));
        QFAIL("a client was made with a CA file holding no certificate");
    } catch (const OperationError &error) {
        QVERIFY2(error.kind() == OperationError::Kind::InvalidInput, qPrintable(error.fullText()));
        QVERIFY2(error.message().contains(notPem), qPrintable(error.fullText()));
    }
    // The server's private key is PEM too, but not a certificate.
    try {
        S3Client client(endpoint(TestCertificates::serverKeyPath(m_otherCaDirectory)));
        QFAIL("a client was made with a private key as its CA file");
    } catch (const OperationError &error) {
        QVERIFY2(error.kind() == OperationError::Kind::InvalidInput, qPrintable(error.fullText()));
    }
}

void TestS3Tls::plainHttpServerStillWorks()
{
    // The fixture's default is unchanged: plain HTTP, no certificates.
    S3ServerFixture plain;
    QString error;
    QVERIFY2(plain.start(QStringLiteral("bmb-plain"), &error), qPrintable(error));
    QVERIFY(plain.endpointUrl().startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(plain.caCertificatePath().isEmpty());
    S3Endpoint target = S3Endpoint::fromUrl(plain.endpointUrl(), plain.bucket());
    target.setCredentials(S3ServerFixture::accessKey(), S3ServerFixture::secretKey());
    S3Client client(target);
    QVERIFY(client.bucketExists());
}

QTEST_GUILESS_MAIN(TestS3Tls)
#include "tst_s3tls.moc"
