#include "CaughtOperationError.h"
#include "FakeHttpServer.h"

#include "MilvusRestClient.h"
#include "OperationError.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QtTest>

#include <functional>
#include <optional>

class TestMilvusRestClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsDatabasesAndCollections();
    void rowCountsPerCollection();
    void bigRowCountAndIdExact();
    void describeCollection();
    void sendsBearerToken();
    void authFailure();
    void collectionNotFound();
    void existingCollectionsDetectsConflicts();
    void acceptsCode200AsSuccess();
    void flushAndQueryCount();
    void unreachable();

private:
    std::unique_ptr<FakeHttpServer> m_server;
};

void TestMilvusRestClient::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
}

void TestMilvusRestClient::listsDatabasesAndCollections()
{
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/databases/list"),
                      CannedResponse::json(R"({"code":0,"data":["default","brand"]})"));
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/collections/list"),
                      CannedResponse::json(R"({"code":0,"data":["docs","images"]})"));
    MilvusRestClient client(m_server->url());
    QCOMPARE(client.listDatabases(), (QStringList { QStringLiteral("default"), QStringLiteral("brand") }));
    QCOMPARE(client.listCollections(QStringLiteral("brand")),
             (QStringList { QStringLiteral("docs"), QStringLiteral("images") }));
    const auto requests = m_server->requestsTo(QStringLiteral("/v2/vectordb/collections/list"));
    QCOMPARE(requests.first().json().value(QLatin1String("dbName")).toString(), QStringLiteral("brand"));
    QVERIFY(requests.first().header("authorization").isEmpty());
}

void TestMilvusRestClient::rowCountsPerCollection()
{
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/databases/list"),
                      CannedResponse::json(R"({"code":0,"data":["default","b"]})"));
    m_server->setHandler([](const RecordedRequest &request) -> std::optional<CannedResponse> {
        const QJsonObject body = request.json();
        const QString db = body.value(QLatin1String("dbName")).toString();
        if (request.path == QLatin1String("/v2/vectordb/collections/list"))
            return CannedResponse::json(db == QLatin1String("b") ? R"({"code":0,"data":["x"]})"
                                                                 : R"({"code":0,"data":["c1","c2"]})");
        if (request.path == QLatin1String("/v2/vectordb/collections/get_stats")) {
            const QString key = db + QLatin1Char('.') + body.value(QLatin1String("collectionName")).toString();
            const int rows = key == QLatin1String("default.c1") ? 10 : key == QLatin1String("default.c2") ? 0 : 7;
            return CannedResponse::json(QStringLiteral(R"({"code":0,"data":{"rowCount":%1}})").arg(rows).toUtf8());
        }
        return std::nullopt;
    });
    MilvusRestClient client(m_server->url());
    const QMap<QString, qint64> counts = client.rowCounts();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.value(QStringLiteral("default.c1")), 10);
    QCOMPARE(counts.value(QStringLiteral("default.c2")), 0);
    QCOMPARE(counts.value(QStringLiteral("b.x")), 7);
}

void TestMilvusRestClient::bigRowCountAndIdExact()
{
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/collections/get_stats"),
                      QList<CannedResponse> { CannedResponse::json(R"({"code":0,"data":{"rowCount":9007199254740993}})"),
                                              CannedResponse::json(R"({"code":0,"data":{"rowCount":"12345"}})"),
                                              CannedResponse::json(R"({"code":0,"data":{}})") });
    MilvusRestClient client(m_server->url());
    QCOMPARE(client.rowCount(QStringLiteral("default"), QStringLiteral("c")), Q_INT64_C(9007199254740993));
    QCOMPARE(client.rowCount(QStringLiteral("default"), QStringLiteral("c")), 12345);
    QVERIFY(errorOf([&] { client.rowCount(QStringLiteral("default"), QStringLiteral("c")); }));
}

void TestMilvusRestClient::describeCollection()
{
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/collections/describe"),
                      CannedResponse::json(R"({"code":0,"data":{"collectionName":"docs","collectionID":448707763883002014,)"
                                           R"("fields":[{"name":"id","primaryKey":true,"type":"Int64"},)"
                                           R"({"name":"vector","type":"FloatVector"}],"load":"LoadStateLoaded",)"
                                           R"("partitionsNum":1,"shardsNum":2}})"));
    MilvusRestClient client(m_server->url());
    const MilvusCollectionInfo info = client.describeCollection(QStringLiteral("default"), QStringLiteral("docs"));
    QCOMPARE(info.collectionId, QStringLiteral("448707763883002014"));
    QCOMPARE(info.fieldNames, (QStringList { QStringLiteral("id"), QStringLiteral("vector") }));
    QCOMPARE(info.shardsNum, 2);
    QCOMPARE(info.loadState, QStringLiteral("LoadStateLoaded"));
    QCOMPARE(info.key(), QStringLiteral("default.docs"));
    const QJsonObject body = m_server->requests().first().json();
    QCOMPARE(body.value(QLatin1String("collectionName")).toString(), QStringLiteral("docs"));
    QCOMPARE(body.value(QLatin1String("dbName")).toString(), QStringLiteral("default"));
}

void TestMilvusRestClient::sendsBearerToken()
{
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/databases/list"),
                      CannedResponse::json(R"({"code":0,"data":["default"]})"));
    MilvusRestClient client(m_server->url(), QStringLiteral("root:Milvus"));
    client.listDatabases();
    QCOMPARE(m_server->requests().first().header("authorization"), QByteArray("Bearer root:Milvus"));
    QCOMPARE(m_server->requests().first().header("content-type"), QByteArray("application/json"));

    qputenv("MILVUS_TOKEN", "from-env");
    QCOMPARE(MilvusRestClient::tokenFromEnvironment(), QStringLiteral("from-env"));
    qunsetenv("MILVUS_TOKEN");
    QVERIFY(MilvusRestClient::tokenFromEnvironment().isEmpty());
}

void TestMilvusRestClient::authFailure()
{
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/databases/list"),
                      QList<CannedResponse> {
                          CannedResponse::json(R"({"code":1800,"message":"user hasn't authenticated"})", 401),
                          CannedResponse::json(R"({"code":1800,"message":"user hasn't authenticated"})") });
    MilvusRestClient client(m_server->url(), QStringLiteral("wrong"));
    for (int i = 0; i < 2; ++i) {
        const auto error = errorOf([&] { client.listDatabases(); });
        QVERIFY(error);
        QCOMPARE(error->kind(), OperationError::Kind::AuthFailed);
        QVERIFY(error->hint().contains(QLatin1String("MILVUS_TOKEN")));
        QVERIFY(!error->fullText().contains(QLatin1String("wrong"))); // never the secret
    }
}

void TestMilvusRestClient::collectionNotFound()
{
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/collections/get_stats"),
                      CannedResponse::json(R"({"code":100,"message":"collection not found[collection=nope]"})"));
    MilvusRestClient client(m_server->url());
    const auto error = errorOf([&] { client.rowCount(QStringLiteral("default"), QStringLiteral("nope")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::NotFound);
    QVERIFY(error->message().contains(QLatin1String("collection not found[collection=nope]")));
}

void TestMilvusRestClient::existingCollectionsDetectsConflicts()
{
    m_server->setHandler([](const RecordedRequest &request) -> std::optional<CannedResponse> {
        if (request.path != QLatin1String("/v2/vectordb/collections/has"))
            return std::nullopt;
        const QJsonObject body = request.json();
        const QString db = body.value(QLatin1String("dbName")).toString();
        if (db == QLatin1String("nodb"))
            return CannedResponse::json(R"({"code":800,"message":"database not found[database=nodb]"})");
        const bool has = db == QLatin1String("default")
            && body.value(QLatin1String("collectionName")).toString() == QLatin1String("docs_r");
        return CannedResponse::json(has ? R"({"code":0,"data":{"has":true}})" : R"({"code":0,"data":{"has":false}})");
    });
    MilvusRestClient client(m_server->url());
    QCOMPARE(client.existingCollections({ QStringLiteral("default.docs_r"), QStringLiteral("default.img_r"),
                                          QStringLiteral("nodb.docs_r"), QStringLiteral("docs_r") }),
             (QStringList { QStringLiteral("default.docs_r"), QStringLiteral("docs_r") }));
}

void TestMilvusRestClient::acceptsCode200AsSuccess()
{
    // The 2.3.x reference shows "code": 200 for success.
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/collections/list"),
                      CannedResponse::json(R"({"code":200,"data":["a"]})"));
    MilvusRestClient client(m_server->url());
    QCOMPARE(client.listCollections(QStringLiteral("default")), QStringList { QStringLiteral("a") });
}

void TestMilvusRestClient::flushAndQueryCount()
{
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/collections/flush"), CannedResponse::json(R"({"code":0,"data":{}})"));
    m_server->enqueue("POST", QStringLiteral("/v2/vectordb/entities/query"),
                      QList<CannedResponse> { CannedResponse::json(R"J({"code":0,"cost":0,"data":[{"count(*)":4242}]})J"),
                                              CannedResponse::json(R"({"code":0,"data":[]})") });
    MilvusRestClient client(m_server->url());
    client.flushCollection(QStringLiteral("db1"), QStringLiteral("c"));
    QCOMPARE(client.queryRowCount(QStringLiteral("db1"), QStringLiteral("c")), 4242);
    const QJsonObject query = m_server->requestsTo(QStringLiteral("/v2/vectordb/entities/query")).first().json();
    QCOMPARE(query.value(QLatin1String("outputFields")).toArray(), QJsonArray { QStringLiteral("count(*)") });
    QCOMPARE(query.value(QLatin1String("collectionName")).toString(), QStringLiteral("c"));
    QCOMPARE(m_server->requestsTo(QStringLiteral("/v2/vectordb/collections/flush")).first().json().value(
                 QLatin1String("dbName")).toString(),
             QStringLiteral("db1"));
    QVERIFY(errorOf([&] { client.queryRowCount(QStringLiteral("db1"), QStringLiteral("c")); }));
}

void TestMilvusRestClient::unreachable()
{
    const quint16 port = TestEnvironment::freeLoopbackPort();
    MilvusRestClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto error = errorOf([&] { client.listDatabases(); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::ConnectionFailed);
    QVERIFY(error->hint().contains(QLatin1String("Is Milvus running")));
}

QTEST_GUILESS_MAIN(TestMilvusRestClient)
#include "tst_milvusrestclient.moc"
