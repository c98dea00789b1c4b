#include "CaughtOperationError.h"
#include "FakeHttpServer.h"

#include "BackupNameRule.h"
#include "MilvusBackupClient.h"
#include "OperationError.h"
#include "TaskContext.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include <functional>
#include <optional>

namespace {

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

const QByteArray Hello = "Hello, This is backup service";

// get_backup task views as 0.5.16 writes them (omitempty: no code, no errorMessage when empty).
QByteArray backupTask(const QString &id, const QString &name, int state, int progress)
{
    return QStringLiteral(R"({"requestId":"%1","msg":"success","data":{"id":"%1","state_code":%3,"start_time":1717243200,)"
                          R"("end_time":-62135596800,"progress":%4,"name":"%2","size":0,"meta_size":0}})")
        .arg(id, name)
        .arg(state)
        .arg(progress)
        .toUtf8();
}

struct Fixture
{
    FakeHttpServer server;
    MilvusBackupClient client;
    QList<TaskProgress> progress;
    QStringList logs;
    CallbackTaskContext context;

    explicit Fixture(const QVersionNumber &version = QVersionNumber(0, 5, 16))
        : client(startedUrl(server))
        , context([this](const TaskProgress &p) { progress.append(p); },
                  [this](LogLevel, const QString &message) { logs.append(message); })
    {
        context.setThrottleIntervalMs(0);
        MilvusBackupClient::Options options;
        options.requestTimeoutMs = 3000;
        options.pollIntervalMs = 20;
        options.stuckStartTimeoutMs = 400;
        client.setOptions(options);
        if (!version.isNull())
            client.setServerVersion(version);
    }

    static QUrl startedUrl(FakeHttpServer &server)
    {
        if (!server.listen())
            qFatal("fake server did not start");
        return server.url();
    }
};

}

class TestMilvusBackupClient : public QObject
{
    Q_OBJECT

private slots:
    void detectsModernServer();
    void detectsLegacyServer();
    void missingCodeIsSuccess();
    void http200ErrorsCarryMessage();
    void http400And500Bodies();
    void checkReportsMilvusUnreachable();
    void bigIdsAndTimestampsStayExact();
    void unsetTimeIsInvalid();
    void millisecondsBefore0510SecondsAfter_data();
    void millisecondsBefore0510SecondsAfter();
    void createSendsModernKeysAndPolls();
    void createSendsLegacyKeys();
    void createRefusesExistingName();
    void nameValidationRejectsBeforeAnyRequest_data();
    void nameValidationRejectsBeforeAnyRequest();
    void invalidRestoreInputRejectsBeforeAnyRequest();
    void stuckStartIsReported();
    void failedBackupReportsServerMessage();
    void restartLosesTaskModern();
    void restartLosesTaskLegacy();
    void lostCreateReplyIsFollowedByTaskId();
    void slowReplyTimesOut();
    void silentServerTimesOut();
    void serverUnreachable();
    void cancelDuringPolling();
    void getBackupUnknownNameModernFallsBackToList();
    void getBackupUnknownNameLegacyIs404();
    void deleteUnknownBackup();
    void restoreSendsExactKeysAndKeysTasksByCollection();
    void restoreFailureNamesCollections();
    void restoreBackupNotFound();
    void restoreRestartLosesTask();
};

void TestMilvusBackupClient::detectsModernServer()
{
    Fixture f { QVersionNumber() };
    f.server.enqueue("GET", QStringLiteral("/api/v1/hello"), CannedResponse::text(Hello));
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"),
                     CannedResponse::json(R"({"requestId":"r","code":400,"msg":"collection_name is deprecated"})"));
    QCOMPARE(f.client.detectServerVersion(&f.context), QVersionNumber(0, 5, 10));
    QVERIFY(MilvusBackupClient::isModern(f.client.serverVersion()));
    const auto list = f.server.requestsTo(QStringLiteral("/api/v1/list"));
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().query.hasQueryItem(QStringLiteral("collection_name")));
}

void TestMilvusBackupClient::detectsLegacyServer()
{
    Fixture f { QVersionNumber() };
    f.server.enqueue("GET", QStringLiteral("/api/v1/hello"), CannedResponse::text(Hello));
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"), CannedResponse::json(R"({"msg":"success","data":[]})"));
    QCOMPARE(f.client.detectServerVersion(&f.context), QVersionNumber(0, 4, 0));
    QVERIFY(!MilvusBackupClient::isModern(f.client.serverVersion()));

    // Not milvus-backup at all: the greeting is wrong.
    Fixture g { QVersionNumber() };
    g.server.enqueue("GET", QStringLiteral("/api/v1/hello"), CannedResponse::text("<html>nginx</html>"));
    const auto error = errorOf([&] { g.client.detectServerVersion(); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(QLatin1String("not like milvus-backup")), qPrintable(error->message()));
}

void TestMilvusBackupClient::missingCodeIsSuccess()
{
    Fixture f;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"),
                     CannedResponse::json(R"({"requestId":"a","msg":"success","data":[{"id":"0d3c","name":"b_one",)"
                                          R"("size":1234,"milvus_version":"v2.5.4"},{"id":"77","name":"b_two","size":0}]})"));
    const QList<BackupInfo> backups = f.client.listBackups(&f.context);
    QCOMPARE(backups.size(), 2);
    QCOMPARE(backups.at(0).name, QStringLiteral("b_one"));
    QCOMPARE(backups.at(0).size, 1234);
    QCOMPARE(backups.at(0).milvusVersion, QStringLiteral("v2.5.4"));
    // Listed in 0.5.10+ means the meta is readable: complete.
    QCOMPARE(backups.at(0).state, BackupState::Success);
    QCOMPARE(backups.at(1).id, QStringLiteral("77"));
}

void TestMilvusBackupClient::http200ErrorsCarryMessage()
{
    Fixture f;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"),
                     CannedResponse::json(R"({"requestId":"a","code":3,"msg":"list backups: storage: Access Denied."})"));
    auto error = errorOf([&] { f.client.listBackups(); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::ServerError);
    QVERIFY2(error->message().contains(QLatin1String("storage: Access Denied.")), qPrintable(error->message()));

    f.server.enqueue("DELETE", QStringLiteral("/api/v1/delete"),
                     CannedResponse::json(R"({"requestId":"a","code":400,"msg":"backup_name is required"})"));
    error = errorOf([&] { f.client.deleteBackup(QStringLiteral("valid_name")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::InvalidInput);
    QVERIFY(error->message().contains(QLatin1String("backup_name is required")));
}

void TestMilvusBackupClient::http400And500Bodies()
{
    Fixture f;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"),
                     QList<CannedResponse> { CannedResponse::json(R"({"msg":"success","data":[]})") });
    f.server.enqueue("POST", QStringLiteral("/api/v1/create"),
                     QList<CannedResponse> { CannedResponse::json(R"({"error":"Invalid request body"})", 400),
                                             CannedResponse::json("", 500) });
    CreateBackupRequest request;
    request.name = QStringLiteral("b400");
    auto error = errorOf([&] { f.client.createBackup(request); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::InvalidInput);
    QVERIFY2(error->message().contains(QLatin1String("Invalid request body")), qPrintable(error->message()));
    QVERIFY(error->message().contains(QLatin1String("HTTP 400")));

    error = errorOf([&] { f.client.createBackup(request); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::ServerError);
    QVERIFY2(error->message().contains(QLatin1String("crashed")), qPrintable(error->message()));

    f.server.enqueue("GET", QStringLiteral("/api/v1/get_restore"),
                     CannedResponse::json(R"({"error":"something broke"})", 500));
    error = errorOf([&] { f.client.getRestore(QStringLiteral("x")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::ServerError);
    QVERIFY(error->message().contains(QLatin1String("something broke")));
}

void TestMilvusBackupClient::checkReportsMilvusUnreachable()
{
    Fixture f;
    f.server.enqueue("GET", QStringLiteral("/api/v1/check"),
                     QList<CannedResponse> {
                         CannedResponse::text("Succeed to connect to milvus and storage."),
                         CannedResponse::json(R"({"error":"connect to milvus: context deadline exceeded"})", 500) });
    QCOMPARE(f.client.check(), QStringLiteral("Succeed to connect to milvus and storage."));
    const auto error = errorOf([&] { f.client.check(); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::ConnectionFailed);
    QVERIFY(error->message().contains(QLatin1String("context deadline exceeded")));
    QVERIFY(error->hint().contains(QLatin1String("cannot reach Milvus")));

    // <= 0.5.9 answered with an envelope.
    Fixture legacy(QVersionNumber(0, 5, 9));
    legacy.server.enqueue("GET", QStringLiteral("/api/v1/check"),
                          CannedResponse::json(R"({"code":3,"msg":"fail to connect milvus"})"));
    const auto legacyError = errorOf([&] { legacy.client.check(); });
    QVERIFY(legacyError);
    QCOMPARE(legacyError->kind(), OperationError::Kind::ConnectionFailed);
    QVERIFY(legacyError->message().contains(QLatin1String("fail to connect milvus")));

    // ... or with a bare JSON string, success and failure alike.
    Fixture legacyText(QVersionNumber(0, 5, 9));
    legacyText.server.enqueue("GET", QStringLiteral("/api/v1/check"),
                          QList<CannedResponse> {
                              CannedResponse::json(R"("Succeed to connect to milvus server.\nSucceed to copy test object.")"),
                              CannedResponse::json(R"("connect to milvus: context deadline exceeded")") });
    QCOMPARE(legacyText.client.check(), QStringLiteral("Succeed to connect to milvus server.\nSucceed to copy test object."));
    const auto stringError = errorOf([&] { legacyText.client.check(); });
    QVERIFY(stringError);
    QCOMPARE(stringError->kind(), OperationError::Kind::ConnectionFailed);
    QVERIFY(stringError->message().contains(QLatin1String("context deadline exceeded")));
}

void TestMilvusBackupClient::bigIdsAndTimestampsStayExact()
{
    Fixture f;
    // 449123456789012345 and 452345678901234567 are far past 2^53; a double would round them.
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     CannedResponse::json(R"({"requestId":"t1","msg":"success","data":{"id":"t1","state_code":2,)"
                                          R"("start_time":1717243200,"end_time":1717243260,"progress":100,"name":"big",)"
                                          R"("size":9007199254740993,"meta_size":12,"collection_backups":[{"id":"t1",)"
                                          R"("collection_id":449123456789012345,"db_name":"","collection_name":"docs",)"
                                          R"("backup_timestamp":452345678901234567,"size":10,"has_index":true,)"
                                          R"("load_state":"Loaded"}]}})"));
    const BackupInfo info = f.client.getBackupById(QStringLiteral("t1"));
    QCOMPARE(info.size, Q_INT64_C(9007199254740993));
    QCOMPARE(info.collections.size(), 1);
    QCOMPARE(info.collections.first().collectionId, QStringLiteral("449123456789012345"));
    QCOMPARE(info.collections.first().backupTimestamp, Q_UINT64_C(452345678901234567));
    QCOMPARE(info.collections.first().dbName, QStringLiteral("default"));
    QCOMPARE(info.collections.first().key(), QStringLiteral("default.docs"));
    QVERIFY(info.collections.first().hasIndex);
    QCOMPARE(info.collections.first().rowCount, -1); // 0.5.10+ sends no segment detail
}

void TestMilvusBackupClient::unsetTimeIsInvalid()
{
    Fixture f;
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     CannedResponse::json(backupTask(QStringLiteral("t2"), QStringLiteral("run"), 1, 40)));
    const BackupInfo info = f.client.getBackupById(QStringLiteral("t2"));
    QCOMPARE(info.state, BackupState::Executing);
    QCOMPARE(info.progress, 40);
    QVERIFY(!info.endTime.isValid());
    QCOMPARE(info.startTime, QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
}

void TestMilvusBackupClient::millisecondsBefore0510SecondsAfter_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("startTime");
    QTest::newRow("0.5.9 ms") << QStringLiteral("0.5.9") << QByteArray("1717243200000");
    QTest::newRow("0.4.30 ms") << QStringLiteral("0.4.30") << QByteArray("1717243200000");
    QTest::newRow("0.5.16 s") << QStringLiteral("0.5.16") << QByteArray("1717243200");
}

void TestMilvusBackupClient::millisecondsBefore0510SecondsAfter()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, startTime);
    Fixture f(QVersionNumber::fromString(version));
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     CannedResponse::json(R"({"code":0,"msg":"success","data":{"id":"7","name":"b","state_code":2,)"
                                          R"("progress":100,"start_time":)"
                                          + startTime + R"(,"end_time":)" + startTime + R"(}})"));
    const BackupInfo info = f.client.getBackupById(QStringLiteral("7"));
    QCOMPARE(info.startTime, QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(info.endTime, info.startTime);
}

void TestMilvusBackupClient::createSendsModernKeysAndPolls()
{
    Fixture f;
    QString headerId;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"), CannedResponse::json(R"({"msg":"success","data":[]})"));
    f.server.setHandler([&](const RecordedRequest &request) -> std::optional<CannedResponse> {
        if (request.path == QLatin1String("/api/v1/create")) {
            headerId = QString::fromUtf8(request.header("request_id"));
            return CannedResponse::json(QStringLiteral(R"({"requestId":"%1","msg":"create backup is executing )"
                                                       R"(asynchronously","data":null})")
                                            .arg(headerId)
                                            .toUtf8());
        }
        return std::nullopt;
    });
    // Polls: pending, executing, success; then the by-name read with the collection list.
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     QList<CannedResponse> {
                         CannedResponse::json(backupTask(QStringLiteral("X"), QStringLiteral("nightly"), 0, 1)),
                         CannedResponse::json(backupTask(QStringLiteral("X"), QStringLiteral("nightly"), 1, 55)),
                         CannedResponse::json(backupTask(QStringLiteral("X"), QStringLiteral("nightly"), 2, 100)),
                         CannedResponse::json(R"({"msg":"success","data":{"id":"X","name":"nightly","state_code":2,)"
                                              R"("progress":100,"collection_backups":[{"db_name":"db1",)"
                                              R"("collection_name":"c1","collection_id":1}]}})") });

    CreateBackupRequest request;
    request.name = QStringLiteral("nightly");
    request.collectionsByDatabase.insert(QStringLiteral("db1"), { QStringLiteral("c1"), QStringLiteral("c2") });
    request.collectionsByDatabase.insert(QStringLiteral("db2"), {});
    request.strategy = QStringLiteral("skip_flush");
    const BackupInfo info = f.client.createBackup(request, &f.context);

    QCOMPARE(info.state, BackupState::Success);
    QCOMPARE(info.name, QStringLiteral("nightly"));
    QCOMPARE(info.collections.size(), 1);
    QVERIFY(!QUuid::fromString(headerId).isNull());
    QCOMPARE(f.client.lastTaskId(), headerId);

    const auto creates = f.server.requestsTo(QStringLiteral("/api/v1/create"));
    QCOMPARE(creates.size(), 1);
    const QJsonObject body = creates.first().json();
    QCOMPARE(sortedKeys(body), (QStringList { QStringLiteral("async"), QStringLiteral("backup_name"),
                                              QStringLiteral("filter"), QStringLiteral("strategy") }));
    QCOMPARE(body.value(QLatin1String("async")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("strategy")).toString(), QStringLiteral("skip_flush"));
    const QJsonObject filter = body.value(QLatin1String("filter")).toObject();
    QCOMPARE(filter.value(QLatin1String("db1")).toObject().value(QLatin1String("colls")).toArray(),
             (QJsonArray { QStringLiteral("c1"), QStringLiteral("c2") }));
    // "All collections of db2" is ["*"] in the filter dialect (an empty list would mean none).
    QCOMPARE(filter.value(QLatin1String("db2")).toObject().value(QLatin1String("colls")).toArray(),
             (QJsonArray { QStringLiteral("*") }));

    // Every poll asked by the id we chose.
    const auto polls = f.server.requestsTo(QStringLiteral("/api/v1/get_backup"));
    QVERIFY(polls.size() >= 3);
    for (qsizetype i = 0; i < 3; ++i)
        QCOMPARE(polls.at(i).query.queryItemValue(QStringLiteral("backup_id")), headerId);
    // The existence check ran before the create.
    QCOMPARE(f.server.requests().first().path, QStringLiteral("/api/v1/list"));

    QVERIFY(!f.progress.isEmpty());
    QCOMPARE(f.progress.last().done, 100);
    QCOMPARE(f.progress.last().total, 100);
    bool sawMiddle = false;
    for (const TaskProgress &p : std::as_const(f.progress))
        sawMiddle = sawMiddle || p.done == 55;
    QVERIFY(sawMiddle);
}

void TestMilvusBackupClient::createSendsLegacyKeys()
{
    Fixture f(QVersionNumber(0, 5, 9));
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"), CannedResponse::json(R"({"msg":"success","data":[]})"));
    // <= 0.5.9: data is the initial BackupInfo, start_time in ms; its id is what get_backup knows.
    f.server.enqueue("POST", QStringLiteral("/api/v1/create"),
                     CannedResponse::json(R"({"requestId":"req","msg":"create backup is executing asynchronously",)"
                                          R"("data":{"id":"legacy-id-1","name":"old","state_code":0,)"
                                          R"("start_time":1717243200000}})"));
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     CannedResponse::json(R"({"msg":"success","data":{"id":"legacy-id-1","name":"old","state_code":2,)"
                                          R"("progress":100,"start_time":1717243200000,"end_time":1717243260000,)"
                                          R"("collection_backups":[{"db_name":"default","collection_name":"c",)"
                                          R"("partition_backups":[{"segment_backups":[{"num_of_rows":40},)"
                                          R"({"num_of_rows":2}]}]}]}})"));
    CreateBackupRequest request;
    request.name = QStringLiteral("old");
    request.collectionsByDatabase.insert(QStringLiteral("default"), { QStringLiteral("c") });
    request.strategy = QStringLiteral("meta_only");
    request.backupRootPath = QStringLiteral("elsewhere");
    const BackupInfo info = f.client.createBackup(request, &f.context);
    QCOMPARE(info.state, BackupState::Success);
    QCOMPARE(info.endTime, QDateTime(QDate(2024, 6, 1), QTime(12, 1), Qt::UTC));
    QCOMPARE(info.collections.size(), 1);
    QCOMPARE(info.collections.first().rowCount, 42);
    QCOMPARE(info.totalRowCount(), 42);

    const QJsonObject body = f.server.requestsTo(QStringLiteral("/api/v1/create")).first().json();
    QCOMPARE(sortedKeys(body),
             (QStringList { QStringLiteral("async"), QStringLiteral("backup_name"), QStringLiteral("backup_root_path"),
                            QStringLiteral("db_collections"), QStringLiteral("meta_only") }));
    // A JSON string holding JSON.
    QCOMPARE(body.value(QLatin1String("db_collections")).toString(), QStringLiteral(R"({"default":["c"]})"));
    QCOMPARE(f.server.requestsTo(QStringLiteral("/api/v1/get_backup")).first().query.queryItemValue(
                 QStringLiteral("backup_id")),
             QStringLiteral("legacy-id-1"));

    // Options the old dialect cannot express are refused, not silently dropped.
    CreateBackupRequest bulk = request;
    bulk.strategy = QStringLiteral("bulk_flush");
    const auto error = errorOf([&] { f.client.createRequestBody(bulk); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::InvalidInput);
    Fixture old(QVersionNumber(0, 4, 30));
    CreateBackupRequest rooted;
    rooted.name = QStringLiteral("x");
    rooted.backupRootPath = QStringLiteral("r");
    QVERIFY(errorOf([&] { old.client.createRequestBody(rooted); }));
}

void TestMilvusBackupClient::createRefusesExistingName()
{
    Fixture f;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"),
                     CannedResponse::json(R"({"msg":"success","data":[{"id":"1","name":"taken","size":5}]})"));
    CreateBackupRequest request;
    request.name = QStringLiteral("taken");
    const auto error = errorOf([&] { f.client.createBackup(request); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::Conflict);
    QVERIFY(error->message().contains(QLatin1String("already exists")));
    QVERIFY(f.server.requestsTo(QStringLiteral("/api/v1/create")).isEmpty());
}

void TestMilvusBackupClient::nameValidationRejectsBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("digit first") << QStringLiteral("1backup");
    QTest::newRow("space") << QStringLiteral("my backup");
    QTest::newRow("dash") << QStringLiteral("my-backup");
    QTest::newRow("dot") << QStringLiteral("a.b");
    QTest::newRow("non-ascii") << QStringLiteral("sao_l\u01b0u");
    QTest::newRow("129 bytes") << QString(129, QLatin1Char('a'));
    QTest::newRow("trailing space") << QStringLiteral("abc ");
}

void TestMilvusBackupClient::nameValidationRejectsBeforeAnyRequest()
{
    QFETCH(QString, name);
    Fixture f { QVersionNumber() }; // no version: even detection must not run
    CreateBackupRequest create;
    create.name = name;
    auto error = errorOf([&] { f.client.createBackup(create); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::InvalidInput);
    RestoreBackupRequest restore;
    restore.backupName = name;
    error = errorOf([&] { f.client.restore(restore); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::InvalidInput);
    QVERIFY(errorOf([&] { f.client.deleteBackup(name); }));
    QVERIFY(errorOf([&] { f.client.getBackup(name); }));
    QCOMPARE(f.server.requests().size(), 0);

    // The boundary: 128 bytes and a leading underscore are fine.
    QVERIFY(BackupNameRule::backupNameProblem(QString(128, QLatin1Char('a'))).isEmpty());
    QVERIFY(BackupNameRule::backupNameProblem(QStringLiteral("_a1")).isEmpty());
}

void TestMilvusBackupClient::invalidRestoreInputRejectsBeforeAnyRequest()
{
    Fixture f { QVersionNumber() };
    RestoreBackupRequest request;
    request.backupName = QStringLiteral("ok_name");
    request.collectionSuffix = QStringLiteral("-copy");
    QVERIFY(errorOf([&] { f.client.restore(request); }));
    request.collectionSuffix = QStringLiteral("_copy");
    request.dropExistCollection = true;
    request.skipCreateCollection = true;
    QVERIFY(errorOf([&] { f.client.restore(request); }));
    request.skipCreateCollection = false;
    request.collectionRenames.insert(QStringLiteral("db1.c1"), QStringLiteral("db2.c 2"));
    QVERIFY(errorOf([&] { f.client.restore(request); }));
    QCOMPARE(f.server.requests().size(), 0);
}

void TestMilvusBackupClient::stuckStartIsReported()
{
    Fixture f;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"), CannedResponse::json(R"({"msg":"success","data":[]})"));
    f.server.enqueue("POST", QStringLiteral("/api/v1/create"),
                     CannedResponse::json(R"({"requestId":"S","msg":"create backup is executing asynchronously"})"));
    // 0.5.16 with a leftover folder: pending, progress 1, forever.
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     CannedResponse::json(backupTask(QStringLiteral("S"), QStringLiteral("dup"), 0, 1)));
    CreateBackupRequest request;
    request.name = QStringLiteral("dup");
    const auto error = errorOf([&] { f.client.createBackup(request, &f.context); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::ServerError);
    QVERIFY2(error->message().contains(QLatin1String("has not started")), qPrintable(error->message()));
    QVERIFY(error->message().contains(QLatin1String("duplicate name")));
    QVERIFY(error->message().contains(QLatin1String("cannot connect to Milvus")));
    QVERIFY(error->message().contains(QLatin1String("(task S)")));
    QVERIFY(f.server.requestsTo(QStringLiteral("/api/v1/get_backup")).size() >= 2);
}

void TestMilvusBackupClient::failedBackupReportsServerMessage()
{
    Fixture f;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"), CannedResponse::json(R"({"msg":"success","data":[]})"));
    f.server.enqueue("POST", QStringLiteral("/api/v1/create"),
                     CannedResponse::json(R"({"requestId":"F","msg":"create backup is executing asynchronously"})"));
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     CannedResponse::json(R"({"msg":"success","data":{"id":"F","name":"bad","state_code":3,"progress":0,)"
                                          R"("errorMessage":"collection default.nope not found"}})"));
    CreateBackupRequest request;
    request.name = QStringLiteral("bad");
    const auto error = errorOf([&] { f.client.createBackup(request, &f.context); });
    QVERIFY(error);
    QVERIFY(error->message().contains(QLatin1String("collection default.nope not found")));
    QVERIFY(error->hint().contains(QLatin1String("lists no backup named")));
}

void TestMilvusBackupClient::restartLosesTaskModern()
{
    Fixture f;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"),
                     QList<CannedResponse> { CannedResponse::json(R"({"msg":"success","data":[]})"),
                                             CannedResponse::json(R"({"msg":"success","data":[]})") });
    f.server.enqueue("POST", QStringLiteral("/api/v1/create"),
                     CannedResponse::json(R"({"requestId":"R","msg":"create backup is executing asynchronously"})"));
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     QList<CannedResponse> {
                         CannedResponse::json(backupTask(QStringLiteral("R"), QStringLiteral("gone"), 1, 30)),
                         CannedResponse::json(R"({"requestId":"x","code":3,"msg":"get backup: task not found"})") });
    CreateBackupRequest request;
    request.name = QStringLiteral("gone");
    const auto error = errorOf([&] { f.client.createBackup(request, &f.context); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::NotFound);
    QVERIFY2(error->message().contains(
                 QLatin1String("milvus-backup was restarted; its task ids are in memory only")),
             qPrintable(error->message()));
    QVERIFY(error->message().contains(QLatin1String("task R")));
    QVERIFY(error->message().contains(QLatin1String("30%")));
    // What the server still has was looked up in /list.
    QVERIFY2(error->hint().contains(QLatin1String("lists no backup named \"gone\"")), qPrintable(error->hint()));
}

void TestMilvusBackupClient::restartLosesTaskLegacy()
{
    Fixture f(QVersionNumber(0, 5, 9));
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"),
                     QList<CannedResponse> {
                         CannedResponse::json(R"({"msg":"success","data":[]})"),
                         CannedResponse::json(R"({"msg":"success","data":[{"id":"L","name":"half","state_code":1}]})") });
    f.server.enqueue("POST", QStringLiteral("/api/v1/create"),
                     CannedResponse::json(R"({"msg":"ok","data":{"id":"L","name":"half","state_code":0}})"));
    // <= 0.5.9 answers an unknown id with success and data null.
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"), CannedResponse::json(R"({"msg":"success","data":null})"));
    CreateBackupRequest request;
    request.name = QStringLiteral("half");
    const auto error = errorOf([&] { f.client.createBackup(request, &f.context); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::NotFound);
    QVERIFY(error->message().contains(QLatin1String("its task ids are in memory only")));
    QVERIFY2(error->hint().contains(QLatin1String("now lists a backup named \"half\"")), qPrintable(error->hint()));
}

void TestMilvusBackupClient::lostCreateReplyIsFollowedByTaskId()
{
    Fixture f;
    MilvusBackupClient::Options options = f.client.options();
    options.requestTimeoutMs = 300;
    f.client.setOptions(options);
    QString headerId;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"), CannedResponse::json(R"({"msg":"success","data":[]})"));
    f.server.setHandler([&](const RecordedRequest &request) -> std::optional<CannedResponse> {
        if (request.path == QLatin1String("/api/v1/create")) {
            headerId = QString::fromUtf8(request.header("request_id"));
            return CannedResponse::silent(); // the server got it, the reply never comes
        }
        if (request.path == QLatin1String("/api/v1/get_backup")) {
            const QString id = request.query.queryItemValue(QStringLiteral("backup_id"));
            if (id.isEmpty())
                return CannedResponse::json(R"({"msg":"success","data":{}})");
            if (id != headerId)
                return CannedResponse::json(R"({"code":3,"msg":"task not found"})");
            return CannedResponse::json(backupTask(id, QStringLiteral("lost"), 2, 100));
        }
        return std::nullopt;
    });
    CreateBackupRequest request;
    request.name = QStringLiteral("lost");
    const BackupInfo info = f.client.createBackup(request, &f.context);
    QCOMPARE(info.state, BackupState::Success);
    QCOMPARE(info.id, headerId);
}

void TestMilvusBackupClient::slowReplyTimesOut()
{
    Fixture f;
    MilvusBackupClient::Options options = f.client.options();
    options.requestTimeoutMs = 200;
    f.client.setOptions(options);
    CannedResponse slow = CannedResponse::json(R"({"msg":"success","data":[]})");
    slow.delayMs = 1500;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"), slow);
    const auto error = errorOf([&] { f.client.listBackups(&f.context); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::Timeout);
    QVERIFY(error->message().contains(QLatin1String("did not answer")));
}

void TestMilvusBackupClient::silentServerTimesOut()
{
    // Polling survives isolated timeouts, then reports a known state with the task id.
    Fixture f;
    MilvusBackupClient::Options options = f.client.options();
    options.requestTimeoutMs = 150;
    options.maxConsecutivePollFailures = 2;
    f.client.setOptions(options);
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"), CannedResponse::json(R"({"msg":"success","data":[]})"));
    f.server.enqueue("POST", QStringLiteral("/api/v1/create"), CannedResponse::json(R"({"requestId":"Q","msg":"ok"})"));
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     QList<CannedResponse> {
                         CannedResponse::json(backupTask(QStringLiteral("Q"), QStringLiteral("quiet"), 1, 20)),
                         CannedResponse::silent(),
                         CannedResponse::json(backupTask(QStringLiteral("Q"), QStringLiteral("quiet"), 1, 25)),
                         CannedResponse::silent() });
    CreateBackupRequest request;
    request.name = QStringLiteral("quiet");
    const auto error = errorOf([&] { f.client.createBackup(request, &f.context); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::Timeout);
    QVERIFY2(error->message().contains(QLatin1String("task Q")), qPrintable(error->message()));
    QVERIFY(error->message().contains(QLatin1String("25%")));
    QVERIFY(error->hint().contains(QLatin1String("may still be running")));
    QVERIFY(f.logs.join(QLatin1Char('\n')).contains(QLatin1String("retrying")));
}

void TestMilvusBackupClient::serverUnreachable()
{
    const quint16 port = TestEnvironment::freeLoopbackPort();
    MilvusBackupClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto error = errorOf([&] { client.listBackups(); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::ConnectionFailed);
    QVERIFY2(error->hint().contains(QStringLiteral("Is milvus-backup running at http://127.0.0.1:%1").arg(port)),
             qPrintable(error->fullText()));
}

void TestMilvusBackupClient::cancelDuringPolling()
{
    Fixture f;
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"), CannedResponse::json(R"({"msg":"success","data":[]})"));
    f.server.enqueue("POST", QStringLiteral("/api/v1/create"), CannedResponse::json(R"({"requestId":"C","msg":"ok"})"));
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     CannedResponse::json(backupTask(QStringLiteral("C"), QStringLiteral("long"), 1, 12)));
    // Cancel once polling is under way (the client's local loops run this test thread's events).
    QTimer canceler;
    connect(&canceler, &QTimer::timeout, this, [&] {
        if (f.server.requestsTo(QStringLiteral("/api/v1/get_backup")).size() >= 3)
            f.context.cancel();
    });
    canceler.start(5);
    CreateBackupRequest request;
    request.name = QStringLiteral("long");
    const auto error = errorOf([&] { f.client.createBackup(request, &f.context); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::Canceled);
    QVERIFY2(error->message().contains(QLatin1String("task C")), qPrintable(error->message()));
    QVERIFY(error->message().contains(QLatin1String("no cancel endpoint")));
    QVERIFY(error->message().contains(QLatin1String("12%")));
    // The known state after the cancel was asked for.
    QVERIFY2(error->hint().contains(QLatin1String("now reports it executing at 12%")), qPrintable(error->hint()));
}

void TestMilvusBackupClient::getBackupUnknownNameModernFallsBackToList()
{
    Fixture f;
    const QByteArray empty = R"({"requestId":"e","msg":"success","data":{"state_code":0,"progress":0,"size":0,"meta_size":0}})";
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"), CannedResponse::json(empty));
    f.server.enqueue("GET", QStringLiteral("/api/v1/list"),
                     QList<CannedResponse> {
                         CannedResponse::json(R"({"msg":"success","data":[]})"),
                         CannedResponse::json(R"({"msg":"success","data":[{"id":"9","name":"from_cli","size":77}]})") });
    auto error = errorOf([&] { f.client.getBackup(QStringLiteral("from_cli")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::NotFound);
    // Same empty answer, but now the storage has it (created by the CLI): found through /list.
    const BackupInfo info = f.client.getBackup(QStringLiteral("from_cli"));
    QCOMPARE(info.name, QStringLiteral("from_cli"));
    QCOMPARE(info.size, 77);
    QCOMPARE(info.state, BackupState::Success);
}

void TestMilvusBackupClient::getBackupUnknownNameLegacyIs404()
{
    Fixture f(QVersionNumber(0, 5, 9));
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_backup"),
                     CannedResponse::json(R"({"code":404,"msg":"not found"})"));
    const auto error = errorOf([&] { f.client.getBackup(QStringLiteral("missing")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::NotFound);
    QVERIFY(f.server.requestsTo(QStringLiteral("/api/v1/list")).isEmpty());
}

void TestMilvusBackupClient::deleteUnknownBackup()
{
    Fixture f;
    f.server.enqueue("DELETE", QStringLiteral("/api/v1/delete"),
                     QList<CannedResponse> {
                         CannedResponse::json(R"({"msg":"success"})"),
                         CannedResponse::json(R"({"code":3,"msg":"delete: read backup info: backup meta not exist"})") });
    f.client.deleteBackup(QStringLiteral("present"));
    QCOMPARE(f.server.requestsTo(QStringLiteral("/api/v1/delete")).first().query.queryItemValue(
                 QStringLiteral("backup_name")),
             QStringLiteral("present"));
    const auto error = errorOf([&] { f.client.deleteBackup(QStringLiteral("absent")); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::NotFound);
}

void TestMilvusBackupClient::restoreSendsExactKeysAndKeysTasksByCollection()
{
    Fixture f;
    f.server.enqueue("POST", QStringLiteral("/api/v1/restore"),
                     CannedResponse::json(R"({"requestId":"rq","msg":"restore backup is executing asynchronously",)"
                                          R"("data":{"id":"RID","state_code":0,"progress":1,"start_time":1717243200,)"
                                          R"("end_time":-62135596800}})"));
    const QByteArray running = R"({"msg":"success","data":{"id":"RID","state_code":1,"progress":40,"start_time":1717243200,)"
                               R"("end_time":-62135596800,"collection_restore_tasks":[)"
                               R"({"state_code":1,"progress":30,"target_db_name":"db1","target_collection_name":"b_r"},)"
                               R"({"state_code":2,"progress":100,"target_db_name":"","target_collection_name":"a_r"}]}})";
    const QByteArray done = R"({"msg":"success","data":{"id":"RID","state_code":2,"progress":100,"start_time":1717243200,)"
                            R"("end_time":1717243300,"collection_restore_tasks":[)"
                            R"({"state_code":2,"progress":100,"target_db_name":"","target_collection_name":"a_r"},)"
                            R"({"state_code":2,"progress":100,"target_db_name":"db1","target_collection_name":"b_r"}]}})";
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_restore"),
                     QList<CannedResponse> { CannedResponse::json(running), CannedResponse::json(done) });

    RestoreBackupRequest request;
    request.backupName = QStringLiteral("nightly");
    request.collectionsByDatabase.insert(QStringLiteral("default"), { QStringLiteral("a") });
    request.collectionsByDatabase.insert(QStringLiteral("db1"), {});
    request.collectionSuffix = QStringLiteral("_r");
    request.collectionRenames.insert(QStringLiteral("db1.x"), QStringLiteral("db2.y"));
    request.bucketName = QStringLiteral("other-bucket");
    request.path = QStringLiteral("moved/root");
    request.metaOnly = true;
    request.restoreIndex = true;
    request.dropExistCollection = true;
    const RestoreTaskInfo info = f.client.restore(request, &f.context);

    QCOMPARE(info.state, RestoreState::Success);
    QCOMPARE(info.collections.size(), 2);
    QCOMPARE(info.collections.keys(), (QStringList { QStringLiteral("db1.b_r"), QStringLiteral("default.a_r") }));
    QCOMPARE(info.endTime, QDateTime(QDate(2024, 6, 1), QTime(12, 1, 40), Qt::UTC));

    const QJsonObject body = f.server.requestsTo(QStringLiteral("/api/v1/restore")).first().json();
    QCOMPARE(sortedKeys(body),
             (QStringList { QStringLiteral("async"), QStringLiteral("backup_name"), QStringLiteral("bucket_name"),
                            QStringLiteral("collection_renames"), QStringLiteral("collection_suffix"),
                            QStringLiteral("db_collections"), QStringLiteral("dropExistCollection"),
                            QStringLiteral("id"), QStringLiteral("metaOnly"), QStringLiteral("path"),
                            QStringLiteral("restoreIndex") }));
    QCOMPARE(body.value(QLatin1String("db_collections")).toString(), QStringLiteral(R"({"db1":[],"default":["a"]})"));
    QCOMPARE(body.value(QLatin1String("collection_renames")).toObject().value(QLatin1String("db1.x")).toString(),
             QStringLiteral("db2.y"));
    const QString sentId = body.value(QLatin1String("id")).toString();
    QVERIFY(!sentId.isEmpty());
    // The server's data.id is what get_restore is asked for.
    QCOMPARE(f.server.requestsTo(QStringLiteral("/api/v1/get_restore")).first().query.queryItemValue(QStringLiteral("id")),
             QStringLiteral("RID"));

    // skipCreateCollection is spelt in camelCase too.
    RestoreBackupRequest skip;
    skip.backupName = QStringLiteral("n");
    skip.skipCreateCollection = true;
    skip.useV2Restore = true;
    QCOMPARE(sortedKeys(f.client.restoreRequestBody(skip, QStringLiteral("i"))),
             (QStringList { QStringLiteral("async"), QStringLiteral("backup_name"), QStringLiteral("id"),
                            QStringLiteral("skipCreateCollection"), QStringLiteral("useV2Restore") }));
}

void TestMilvusBackupClient::restoreFailureNamesCollections()
{
    Fixture f;
    f.server.enqueue("POST", QStringLiteral("/api/v1/restore"),
                     CannedResponse::json(R"({"msg":"restore backup is executing asynchronously","data":{"id":"F1"}})"));
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_restore"),
                     CannedResponse::json(R"({"msg":"success","data":{"id":"F1","state_code":3,"progress":50,)"
                                          R"("errorMessage":"restore failed","collection_restore_tasks":[)"
                                          R"({"state_code":3,"progress":10,"target_db_name":"default",)"
                                          R"("target_collection_name":"docs","errorMessage":"collection already exist"},)"
                                          R"({"state_code":2,"progress":100,"target_db_name":"default",)"
                                          R"("target_collection_name":"ok"}]}})"));
    RestoreBackupRequest request;
    request.backupName = QStringLiteral("b");
    const auto error = errorOf([&] { f.client.restore(request, &f.context); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(QLatin1String("default.docs: collection already exist")),
             qPrintable(error->message()));
    QVERIFY(!error->message().contains(QLatin1String("default.ok")));
}

void TestMilvusBackupClient::restoreBackupNotFound()
{
    Fixture f;
    f.server.enqueue("POST", QStringLiteral("/api/v1/restore"),
                     CannedResponse::json(R"({"requestId":"x","code":400,"msg":"backup nope not found"})"));
    RestoreBackupRequest request;
    request.backupName = QStringLiteral("nope");
    const auto error = errorOf([&] { f.client.restore(request); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::NotFound);
    QVERIFY(error->message().contains(QLatin1String("backup nope not found")));
}

void TestMilvusBackupClient::restoreRestartLosesTask()
{
    Fixture f;
    f.server.enqueue("POST", QStringLiteral("/api/v1/restore"),
                     CannedResponse::json(R"({"msg":"restore backup is executing asynchronously","data":{"id":"G"}})"));
    f.server.enqueue("GET", QStringLiteral("/api/v1/get_restore"),
                     QList<CannedResponse> {
                         CannedResponse::json(R"({"msg":"success","data":{"id":"G","state_code":1,"progress":20}})"),
                         CannedResponse::json(R"({"code":3,"msg":"task not found"})") });
    RestoreBackupRequest request;
    request.backupName = QStringLiteral("b");
    const auto error = errorOf([&] { f.client.restore(request, &f.context); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::NotFound);
    QVERIFY(error->message().contains(QLatin1String("milvus-backup was restarted; its task ids are in memory only")));
    QVERIFY(error->message().contains(QLatin1String("20%")));
}

QTEST_GUILESS_MAIN(TestMilvusBackupClient)
#include "tst_milvusbackupclient.moc"
