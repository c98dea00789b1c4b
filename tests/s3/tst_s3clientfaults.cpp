// S3Client against a scripted HTTP server: the failures a real server will not produce on demand.
#include "OperationError.h"
#include "S3Client.h"
#include "S3FolderTransfer.h"
#include "ScriptedHttpServer.h"
#include "TaskContext.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Request = ScriptedHttpServer::Request;
using Response = ScriptedHttpServer::Response;

namespace {

QByteArray payload(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char((i * 31 + 7) % 251);
    return data;
}

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

S3Client::Options fastOptions()
{
    S3Client::Options options;
    options.initialBackoffMs = 10;
    options.maxBackoffMs = 50;
    options.maxAttempts = 4;
    options.stallTimeoutMs = 10'000;
    options.syncToDisk = false;
    return options;
}

OperationError::Kind kindOf(const std::function<void()> &action, QString *message = nullptr)
{
    try {
        action();
    } catch (const OperationError &error) {
        if (message)
            *message = error.fullText();
        return error.kind();
    }
    return OperationError::Kind::Failed; // callers compare against the kind they expect; never "no error"
}

} // namespace

class TestS3ClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serverErrorIsRetried();
    void notFoundAnswersAfterARetry_data();
    void notFoundAnswersAfterARetry();
    void bucketAlreadyOursAfterARetry();
    void droppedConnectionResumesWithRange();
    void stalledBodyTimesOutWithoutFinalFile();
    void wrongKeyIsAuthFailedWithoutRetry();
    void clockSkewSaysTheClockIsOff();
    void noSuchBucketIsNotFound();
    void fullDiskLeavesNoFile();
    void corruptBodyFailsEtagCheck();
    void cancelStopsDownload();
    void failedMultipartIsAbortedAnd405Reported();
    void completeWithErrorBodyFails();
    void requestPathIsTheSignedCanonicalUri();
    void downloadRejectsEscapingAndConflictingKeys();
    void verifyDetectsChangedLocalFile();

private:
    std::unique_ptr<S3Client> makeClient(const ScriptedHttpServer &server) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestS3ClientFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<S3Client> TestS3ClientFaults::makeClient(const ScriptedHttpServer &server) const
{
    S3Endpoint endpoint = S3Endpoint::fromUrl(server.url(), QStringLiteral("bucket"));
    endpoint.setCredentials(QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"));
    auto client = std::make_unique<S3Client>(endpoint);
    client->setOptions(fastOptions());
    return client;
}

void TestS3ClientFaults::serverErrorIsRetried()
{
    const QByteArray data = payload(5000);
    QAtomicInt calls;
    ScriptedHttpServer server([&](const Request &request) {
        if (calls.fetchAndAddOrdered(1) < 2)
            return ScriptedHttpServer::s3Error(calls.loadRelaxed() == 1 ? 500 : 503,
                                               calls.loadRelaxed() == 1 ? "InternalError" : "SlowDown");
        return ScriptedHttpServer::serveBytes(request, data, md5Hex(data));
    });
    S3Endpoint endpoint = S3Endpoint::fromUrl(server.url(), QStringLiteral("bucket"));
    S3Client client(endpoint);
    client.setOptions(fastOptions());
    QStringList warnings;
    CallbackTaskContext context({}, [&](LogLevel, const QString &m) { warnings.append(m); });
    const QString destination = m_dir->filePath(QStringLiteral("retried.bin"));
    const auto result = client.getObjectToFile(QStringLiteral("k"), destination, data.size(), {}, &context);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(result.md5, md5Hex(data));
    QCOMPARE(warnings.size(), 2);
}

// bucketExists, headObject and deleteObject share the client's one retry loop: a 503 is retried
// (and logged), and the 404 that follows is their answer, not an error.
void TestS3ClientFaults::notFoundAnswersAfterARetry_data()
{
    QTest::addColumn<QString>("call");
    QTest::newRow("bucketExists") << QStringLiteral("bucketExists");
    QTest::newRow("headObject") << QStringLiteral("headObject");
    QTest::newRow("deleteObject") << QStringLiteral("deleteObject");
}

void TestS3ClientFaults::notFoundAnswersAfterARetry()
{
    QFETCH(QString, call);
    QAtomicInt calls;
    ScriptedHttpServer server([&](const Request &) {
        return calls.fetchAndAddOrdered(1) == 0 ? ScriptedHttpServer::s3Error(503, "SlowDown")
                                                : ScriptedHttpServer::s3Error(404, "NoSuchKey");
    });
    const std::unique_ptr<S3Client> client = makeClient(server);
    QStringList warnings;
    CallbackTaskContext context({}, [&](LogLevel, const QString &m) { warnings.append(m); });
    // True when the call reports "absent" (deleteObject: returns without an error).
    const auto callReportsAbsent = [&] {
        if (call == QLatin1String("bucketExists"))
            return !client->bucketExists(&context);
        if (call == QLatin1String("headObject"))
            return !client->headObject(QStringLiteral("gone"), &context).has_value();
        client->deleteObject(QStringLiteral("gone"), &context);
        return true;
    };
    QVERIFY(callReportsAbsent());
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(warnings.size(), 1);

    // Without the 503 nothing is retried: 404 is the answer at once.
    calls.storeRelaxed(1);
    warnings.clear();
    QVERIFY(callReportsAbsent());
    QCOMPARE(server.requestCount(), 3);
    QVERIFY(warnings.isEmpty());
}

void TestS3ClientFaults::bucketAlreadyOursAfterARetry()
{
    QAtomicInt calls;
    ScriptedHttpServer server([&](const Request &) {
        return calls.fetchAndAddOrdered(1) == 0 ? ScriptedHttpServer::s3Error(500, "InternalError")
                                                : ScriptedHttpServer::s3Error(409, "BucketAlreadyOwnedByYou");
    });
    const std::unique_ptr<S3Client> client = makeClient(server);
    client->createBucket();
    QCOMPARE(server.requestCount(), 2);

    // BucketAlreadyExists for a bucket we cannot reach is someone else's: an error, not retried.
    ScriptedHttpServer taken([](const Request &request) {
        return request.method == "HEAD" ? ScriptedHttpServer::s3Error(404, "NoSuchBucket")
                                        : ScriptedHttpServer::s3Error(409, "BucketAlreadyExists");
    });
    const std::unique_ptr<S3Client> other = makeClient(taken);
    QString message;
    QCOMPARE(kindOf([&] { other->createBucket(); }, &message), OperationError::Kind::Conflict);
    QVERIFY2(message.contains(QLatin1String("global")), qPrintable(message));
    QCOMPARE(taken.requestCount(), 2); // the PUT, then the HEAD that tells ours from theirs
}

void TestS3ClientFaults::droppedConnectionResumesWithRange()
{
    const QByteArray data = payload(200'000);
    QAtomicInt calls;
    ScriptedHttpServer server([&](const Request &request) {
        if (calls.fetchAndAddOrdered(1) == 0) {
            Response response = ScriptedHttpServer::serveBytes(request, data, md5Hex(data));
            response.closeAfterBodyBytes = 70'000;
            return response;
        }
        return ScriptedHttpServer::serveBytes(request, data, md5Hex(data));
    });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    const QString destination = m_dir->filePath(QStringLiteral("dropped.bin"));
    const auto result = client.getObjectToFile(QStringLiteral("k"), destination, data.size(), md5Hex(data));
    const QList<Request> requests = server.requests();
    QVERIFY(requests.size() >= 2);
    QVERIFY(!requests.first().headers.contains("range"));
    // The retry asks only for what is missing.
    QCOMPARE(requests.last().headers.value("range"), QByteArray("bytes=70000-"));
    QCOMPARE(requests.last().headers.value("if-match"), '"' + md5Hex(data) + '"');
    QCOMPARE(result.md5, md5Hex(data));
    QFile file(destination);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), data);
}

void TestS3ClientFaults::stalledBodyTimesOutWithoutFinalFile()
{
    const QByteArray data = payload(50'000);
    ScriptedHttpServer server([&](const Request &request) {
        Response response = ScriptedHttpServer::serveBytes(request, data);
        response.stallAfterBodyBytes = 1000;
        return response;
    });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    S3Client::Options options = fastOptions();
    options.stallTimeoutMs = 400;
    options.maxAttempts = 2;
    client.setOptions(options);
    const QString destination = m_dir->filePath(QStringLiteral("stalled.bin"));
    QString message;
    QCOMPARE(kindOf([&] { client.getObjectToFile(QStringLiteral("k"), destination, data.size()); }, &message),
             OperationError::Kind::Timeout);
    QVERIFY2(message.contains(QStringLiteral("stalled")), qPrintable(message));
    QCOMPARE(server.requestCount(), 2);
    QVERIFY(!QFile::exists(destination));
}

void TestS3ClientFaults::wrongKeyIsAuthFailedWithoutRetry()
{
    ScriptedHttpServer server([](const Request &) {
        return ScriptedHttpServer::s3Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist.");
    });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    QString message;
    QCOMPARE(kindOf([&] { client.listObjects(QStringLiteral("backup/")); }, &message), OperationError::Kind::AuthFailed);
    QVERIFY2(message.contains(QStringLiteral("S3_ACCESS_KEY")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("secret")));
    QCOMPARE(server.requestCount(), 1);
}

void TestS3ClientFaults::clockSkewSaysTheClockIsOff()
{
    ScriptedHttpServer server([](const Request &) {
        return ScriptedHttpServer::s3Error(403, "RequestTimeTooSkewed", "The difference is too large.");
    });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    QString message;
    QCOMPARE(kindOf([&] { client.listObjects(QStringLiteral("x/")); }, &message), OperationError::Kind::AuthFailed);
    QVERIFY2(message.contains(QStringLiteral("clock")), qPrintable(message));
}

void TestS3ClientFaults::noSuchBucketIsNotFound()
{
    ScriptedHttpServer server([](const Request &) { return ScriptedHttpServer::s3Error(404, "NoSuchBucket", "nope"); });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    QCOMPARE(kindOf([&] { client.listObjects(QStringLiteral("p/")); }), OperationError::Kind::NotFound);
}

void TestS3ClientFaults::fullDiskLeavesNoFile()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full");
    const QByteArray data = payload(100'000);
    ScriptedHttpServer server([&](const Request &request) { return ScriptedHttpServer::serveBytes(request, data); });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    const QString destination = m_dir->filePath(QStringLiteral("full.bin"));
    // Every write to the partial file fails with ENOSPC, as on a full disk.
    QVERIFY(QFile::link(QStringLiteral("/dev/full"), destination + S3Client::partialSuffix()));
    QString message;
    QCOMPARE(kindOf([&] { client.getObjectToFile(QStringLiteral("k"), destination, data.size()); }, &message),
             OperationError::Kind::Failed);
    QVERIFY2(message.contains(QStringLiteral("space"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(!QFile::exists(destination));
    QVERIFY(!QFileInfo::exists(destination + S3Client::partialSuffix()));
}

void TestS3ClientFaults::corruptBodyFailsEtagCheck()
{
    const QByteArray data = payload(10'000);
    QByteArray corrupted = data;
    corrupted[5000] = char(corrupted[5000] ^ 1);
    ScriptedHttpServer server([&](const Request &request) {
        return ScriptedHttpServer::serveBytes(request, corrupted, md5Hex(data));
    });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    const QString destination = m_dir->filePath(QStringLiteral("corrupt.bin"));
    QCOMPARE(kindOf([&] { client.getObjectToFile(QStringLiteral("k"), destination, data.size()); }),
             OperationError::Kind::IntegrityError);
    QVERIFY(!QFile::exists(destination));
}

void TestS3ClientFaults::cancelStopsDownload()
{
    const QByteArray data = payload(50'000);
    ScriptedHttpServer server([&](const Request &request) {
        Response response = ScriptedHttpServer::serveBytes(request, data);
        response.stallAfterBodyBytes = 2000;
        return response;
    });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    CallbackTaskContext context;
    QTimer::singleShot(300, [&] { context.cancel(); });
    const QString destination = m_dir->filePath(QStringLiteral("canceled.bin"));
    QCOMPARE(kindOf([&] { client.getObjectToFile(QStringLiteral("k"), destination, data.size(), {}, &context); }),
             OperationError::Kind::Canceled);
    QVERIFY(!QFile::exists(destination));
    QCOMPARE(server.requestCount(), 1);
}

void TestS3ClientFaults::failedMultipartIsAbortedAnd405Reported()
{
    ScriptedHttpServer server([](const Request &request) {
        if (request.method == "POST" && request.query.startsWith("uploads")) {
            Response response;
            response.body = "<InitiateMultipartUploadResult><UploadId>U-1</UploadId></InitiateMultipartUploadResult>";
            return response;
        }
        if (request.method == "PUT" && request.query.contains("partNumber=2"))
            return ScriptedHttpServer::s3Error(400, "InvalidArgument", "scripted part failure");
        if (request.method == "PUT") {
            Response response;
            response.headers.append({ QByteArrayLiteral("ETag"), '"' + md5Hex(request.body) + '"' });
            return response;
        }
        if (request.method == "DELETE")
            return ScriptedHttpServer::s3Error(405, "MethodNotAllowed", "The specified method is not allowed");
        return ScriptedHttpServer::s3Error(500, "InternalError");
    });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    S3Client::Options options = fastOptions();
    options.multipartThreshold = 6 << 20;
    options.partSize = 5 << 20;
    client.setOptions(options);
    const QString source = m_dir->filePath(QStringLiteral("big.bin"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(11 << 20));
    file.close();
    QStringList warnings;
    CallbackTaskContext context({}, [&](LogLevel level, const QString &m) {
        if (level == LogLevel::Warning)
            warnings.append(m);
    });
    QCOMPARE(kindOf([&] { client.putObjectFromFile(QStringLiteral("big"), source, &context); }),
             OperationError::Kind::InvalidInput);
    const QList<Request> requests = server.requests();
    QCOMPARE(requests.last().method, QByteArray("DELETE"));
    QCOMPARE(requests.last().query, QByteArray("uploadId=U-1"));
    QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("U-1")), qPrintable(warnings.join(QLatin1Char('\n'))));
}

void TestS3ClientFaults::completeWithErrorBodyFails()
{
    ScriptedHttpServer server([](const Request &request) {
        Response response;
        if (request.query.startsWith("uploads"))
            response.body = "<InitiateMultipartUploadResult><UploadId>U-2</UploadId></InitiateMultipartUploadResult>";
        else if (request.method == "PUT")
            response.headers.append({ QByteArrayLiteral("ETag"), '"' + md5Hex(request.body) + '"' });
        else if (request.method == "POST")
            response.body = "<Error><Code>InvalidPart</Code><Message>scripted</Message></Error>";
        return response;
    });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    const QString uploadId = client.createMultipartUpload(QStringLiteral("k"));
    QCOMPARE(uploadId, QStringLiteral("U-2"));
    QCOMPARE(kindOf([&] { client.completeMultipartUpload(QStringLiteral("k"), uploadId, { "abc" }); }),
             OperationError::Kind::InvalidInput);
}

void TestS3ClientFaults::requestPathIsTheSignedCanonicalUri()
{
    ScriptedHttpServer server([](const Request &request) {
        Response response;
        response.headers.append({ QByteArrayLiteral("ETag"), '"' + md5Hex(request.body) + '"' });
        return response;
    });
    auto clientOwner = makeClient(server);
    S3Client &client = *clientOwner;
    const QString key = QStringLiteral("dir/a b+c=d&e/ü~'!(x)*.json");
    client.putObjectData(key, "{}");
    const Request request = server.requests().first();
    QCOMPARE(request.path, S3Signer::canonicalUri(QStringLiteral("/bucket/") + key));
    QVERIFY(request.headers.value("authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
    QCOMPARE(request.headers.value("content-md5"), QCryptographicHash::hash("{}", QCryptographicHash::Md5).toBase64());
    QCOMPARE(request.headers.value("x-amz-content-sha256"), QCryptographicHash::hash("{}", QCryptographicHash::Sha256).toHex());
}

void TestS3ClientFaults::downloadRejectsEscapingAndConflictingKeys()
{
    QByteArray listing;
    ScriptedHttpServer server([&](const Request &) {
        Response response;
        response.body = listing;
        return response;
    });
    S3Endpoint endpoint = S3Endpoint::fromUrl(server.url(), QStringLiteral("bucket"), QStringLiteral("backup"));
    S3FolderTransfer::Options options;
    options.client = fastOptions();
    S3FolderTransfer transfer(endpoint, options);
    const QString target = m_dir->filePath(QStringLiteral("target"));
    const auto listingOf = [](const QStringList &keys) -> QByteArray { // not a QStringBuilder of a local
        QByteArray xml = "<ListBucketResult><IsTruncated>false</IsTruncated>";
        for (const QString &key : keys)
            xml += "<Contents><Key>" + key.toHtmlEscaped().toUtf8() + "</Key><Size>1</Size><ETag>&quot;x&quot;</ETag></Contents>";
        return xml + "</ListBucketResult>";
    };
    listing = listingOf({ QStringLiteral("backup/b1/meta/backup_meta.json"), QStringLiteral("backup/b1/../../etc/evil") });
    QString escaping;
    const auto escapingKind = kindOf([&] { transfer.download(QStringLiteral("b1"), target); }, &escaping);
    QVERIFY2(escapingKind == OperationError::Kind::InvalidInput, qPrintable(escaping));
    listing = listingOf({ QStringLiteral("backup/b1/binlogs/a"), QStringLiteral("backup/b1/binlogs/a/b") });
    QString message;
    QCOMPARE(kindOf([&] { transfer.download(QStringLiteral("b1"), target); }, &message), OperationError::Kind::InvalidInput);
    QVERIFY2(message.contains(QStringLiteral("binlogs/a")), qPrintable(message));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("/binlogs")));
    QCOMPARE(server.requestCount(), 2); // listings only, no GET

    QVERIFY(!S3FolderTransfer::rejectReason(QStringLiteral("/abs")).isEmpty());
    QVERIFY(!S3FolderTransfer::rejectReason(QStringLiteral("a//b")).isEmpty());
    QVERIFY(!S3FolderTransfer::rejectReason(QStringLiteral("a/./b")).isEmpty());
    QVERIFY(S3FolderTransfer::rejectReason(QStringLiteral("binlogs/delta_log/1/-1/3/4")).isEmpty());
    QVERIFY(S3FolderTransfer::rejectReason(QStringLiteral("a b/ü..x")).isEmpty());
}

void TestS3ClientFaults::verifyDetectsChangedLocalFile()
{
    const QString dir = m_dir->filePath(QStringLiteral("verify"));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/meta")));
    QFile file(dir + QStringLiteral("/meta/backup_meta.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"name\":\"b1\"}");
    file.close();
    S3TransferredFile manifest { QStringLiteral("meta/backup_meta.json"), 13,
                                 QCryptographicHash::hash("{\"name\":\"b1\"}", QCryptographicHash::Sha256).toHex(), {} };
    QVERIFY(S3FolderTransfer::verifyLocalFiles(dir, { manifest }).isEmpty());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"name\":\"b2\"}"); // same size, other bytes
    file.close();
    const QStringList problems = S3FolderTransfer::verifyLocalFiles(dir, { manifest });
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("SHA-256")));
}

QTEST_GUILESS_MAIN(TestS3ClientFaults)
#include "tst_s3clientfaults.moc"
