#include "S3Signer.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

QList<QPair<QString, QString>> queryFrom(const QJsonArray &array)
{
    QList<QPair<QString, QString>> query;
    for (const QJsonValue &item : array)
        query.append({ item.toArray().at(0).toString(), item.toArray().at(1).toString() });
    return query;
}

QList<QPair<QByteArray, QByteArray>> headersFrom(const QJsonArray &array)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QJsonValue &item : array)
        headers.append({ item.toArray().at(0).toString().toUtf8(), item.toArray().at(1).toString().toUtf8() });
    return headers;
}

QDateTime parseAmzDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

// "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=..." with or without the spaces.
QString normalizedAuthorization(QString value)
{
    return value.replace(QStringLiteral(", "), QStringLiteral(","));
}

} // namespace

class TestS3Signer : public QObject
{
    Q_OBJECT

private slots:
    void awsPublishedExamples_data();
    void awsPublishedExamples();
    void matchesIndependentImplementations();
    void uriEncodingRules_data();
    void uriEncodingRules();
    void canonicalQuerySortsAndEncodes();
};

void TestS3Signer::awsPublishedExamples_data()
{
    QTest::addColumn<QJsonObject>("example");
    QFile file(TestEnvironment::sourceDir() + QStringLiteral("/tests/s3/data/aws_sigv4_s3_examples.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : root.value(QStringLiteral("cases")).toArray()) {
        QJsonObject example = value.toObject();
        example.insert(QStringLiteral("accessKey"), root.value(QStringLiteral("accessKey")));
        example.insert(QStringLiteral("secretKey"), root.value(QStringLiteral("secretKey")));
        example.insert(QStringLiteral("region"), root.value(QStringLiteral("region")));
        QTest::newRow(qPrintable(example.value(QStringLiteral("name")).toString())) << example;
    }
}

void TestS3Signer::awsPublishedExamples()
{
    QFETCH(QJsonObject, example);
    const S3Signer signer(example.value(QStringLiteral("accessKey")).toString(),
                          example.value(QStringLiteral("secretKey")).toString(),
                          example.value(QStringLiteral("region")).toString());
    S3Signer::Request request;
    request.method = example.value(QStringLiteral("method")).toString().toLatin1();
    request.path = example.value(QStringLiteral("path")).toString();
    request.query = queryFrom(example.value(QStringLiteral("query")).toArray());
    request.headers = headersFrom(example.value(QStringLiteral("headers")).toArray());
    request.payloadHash = example.value(QStringLiteral("payloadHash")).toString().toLatin1();
    request.time = QDateTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
    const S3Signer::Signature signature = signer.sign(request);

    if (example.contains(QStringLiteral("canonicalUri")))
        QCOMPARE(signature.canonicalRequest.split('\n').at(1),
                 example.value(QStringLiteral("canonicalUri")).toString().toLatin1());
    if (example.contains(QStringLiteral("canonicalQuery")))
        QCOMPARE(signature.canonicalRequest.split('\n').at(2),
                 example.value(QStringLiteral("canonicalQuery")).toString().toLatin1());
    if (example.contains(QStringLiteral("stringToSignHash")))
        QCOMPARE(signature.stringToSign.split('\n').at(3),
                 example.value(QStringLiteral("stringToSignHash")).toString().toLatin1());
    QCOMPARE(signature.signedHeaders, example.value(QStringLiteral("signedHeaders")).toString().toLatin1());
    QCOMPARE(signature.signature, example.value(QStringLiteral("signature")).toString().toLatin1());
    QVERIFY(signature.authorization.startsWith(
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders="));
}

void TestS3Signer::matchesIndependentImplementations()
{
    const QString script = TestEnvironment::sourceDir() + QStringLiteral("/tests/s3/sign_requests.js");
    const QString modules = TestEnvironment::sourceDir() + QStringLiteral("/node_modules");
    if (!QFile::exists(modules + QStringLiteral("/aws4/aws4.js")))
        QSKIP("node_modules/aws4 is missing: run npm ci in the source tree");
    QProcess node;
    node.start(TestEnvironment::nodeBinary(), { script, modules });
    QVERIFY2(node.waitForFinished(120'000), "node did not finish");
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    const QJsonArray cases = QJsonDocument::fromJson(node.readAllStandardOutput()).object()
                                 .value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 100);

    int compared = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        const S3Signer signer(c.value(QStringLiteral("accessKey")).toString(), c.value(QStringLiteral("secretKey")).toString(),
                              c.value(QStringLiteral("region")).toString());
        S3Signer::Request request;
        request.method = c.value(QStringLiteral("method")).toString().toLatin1();
        request.path = c.value(QStringLiteral("path")).toString();
        request.query = queryFrom(c.value(QStringLiteral("query")).toArray());
        request.headers = headersFrom(c.value(QStringLiteral("headers")).toArray());
        request.payloadHash = c.value(QStringLiteral("payloadHash")).toString().toLatin1();
        request.time = parseAmzDate(c.value(QStringLiteral("amzDate")).toString());
        const QString ours = QString::fromUtf8(signer.sign(request).authorization);
        for (const char *implementation : { "aws4", "smithy" }) {
            const QString theirs = normalizedAuthorization(
                c.value(QLatin1String(implementation)).toObject().value(QStringLiteral("authorization")).toString());
            if (ours != theirs) {
                QFAIL(qPrintable(QStringLiteral("%1 disagrees for %2 %3 (query %4):\n ours   %5\n theirs %6")
                                     .arg(QLatin1String(implementation), QString::fromLatin1(request.method), request.path,
                                          QString::fromUtf8(QJsonDocument(c.value(QStringLiteral("query")).toArray()).toJson(QJsonDocument::Compact)),
                                          ours, theirs)));
            }
            ++compared;
        }
    }
    QCOMPARE(compared, cases.size() * 2);
}

void TestS3Signer::uriEncodingRules_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("plain") << QStringLiteral("/b/binlogs/insert_log/1/2") << QByteArray("/b/binlogs/insert_log/1/2");
    QTest::newRow("space") << QStringLiteral("/b/a b") << QByteArray("/b/a%20b");
    QTest::newRow("plus") << QStringLiteral("/b/a+b") << QByteArray("/b/a%2Bb");
    QTest::newRow("tilde and unreserved") << QStringLiteral("/b/~-_.") << QByteArray("/b/~-_.");
    QTest::newRow("percent not double-encoded once") << QStringLiteral("/b/100%") << QByteArray("/b/100%25");
    QTest::newRow("unicode") << QStringLiteral("/b/ü日") << QByteArray("/b/%C3%BC%E6%97%A5");
    QTest::newRow("reserved") << QStringLiteral("/b/=&?#!*'()$@,;:") << QByteArray("/b/%3D%26%3F%23%21%2A%27%28%29%24%40%2C%3B%3A");
    QTest::newRow("empty is root") << QString() << QByteArray("/");
}

void TestS3Signer::uriEncodingRules()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, canonical);
    QCOMPARE(S3Signer::canonicalUri(path), canonical);
}

void TestS3Signer::canonicalQuerySortsAndEncodes()
{
    QCOMPARE(S3Signer::canonicalQuery({ { QStringLiteral("uploads"), QString() } }), QByteArray("uploads="));
    QCOMPARE(S3Signer::canonicalQuery({ { QStringLiteral("prefix"), QStringLiteral("a b/+") },
                                        { QStringLiteral("list-type"), QStringLiteral("2") },
                                        { QStringLiteral("continuation-token"), QStringLiteral("x=/") } }),
             QByteArray("continuation-token=x%3D%2F&list-type=2&prefix=a%20b%2F%2B"));
}

QTEST_GUILESS_MAIN(TestS3Signer)
#include "tst_s3signer.moc"
