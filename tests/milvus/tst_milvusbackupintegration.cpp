// milvus-backup client + Milvus REST client against the Node.js stand-in (tests/standins/milvus-backup)
// writing real backup folders into s3rver: create, poll, restore with a suffix, compare row counts,
// and the stand-in's fault knobs (fail, stall + restart, Milvus unreachable).
#include "CaughtOperationError.h"
#include "StandinClientFixture.h"

#include "MilvusRestClient.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QTimer>
#include <QtTest>

class TestMilvusBackupIntegration : public QObject
{
    Q_OBJECT

private slots:
    void roundTripWithSuffix_data();
    void roundTripWithSuffix();
    void failedCreateThenStuckRetry();
    void milvusUnreachableBehindBackupServer_data();
    void milvusUnreachableBehindBackupServer();
    void restartDuringStalledCreate();
    void restartDuringStalledRestore();
    void failedRestoreNamesCollection();
};

void TestMilvusBackupIntegration::roundTripWithSuffix_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QVersionNumber>("detected");
    QTest::newRow("0.5.16") << QStringLiteral("0.5.16") << QVersionNumber(0, 5, 10);
    QTest::newRow("0.5.9") << QStringLiteral("0.5.9") << QVersionNumber(0, 4, 0);
}

void TestMilvusBackupIntegration::roundTripWithSuffix()
{
    QFETCH(QString, apiVersion);
    QFETCH(QVersionNumber, detected);
    StandinClientFixture fixture;
    if (!fixture.start(apiVersion))
        QSKIP(StandinClientFixture::UnavailableReason);
    MilvusBackupStandin &standin = fixture.standin();
    standin.seedCollection(QStringLiteral("default"), QStringLiteral("docs"), 130);
    standin.seedCollection(QStringLiteral("brand"), QStringLiteral("images"), 75);
    standin.seedCollection(QStringLiteral("brand"), QStringLiteral("skipped"), 10);

    MilvusRestClient milvus(standin.milvusUrl());
    const QMap<QString, qint64> before = milvus.rowCounts();
    QCOMPARE(before.value(QStringLiteral("default.docs")), 130);
    QCOMPARE(before.value(QStringLiteral("brand.images")), 75);

    MilvusBackupClient &client = fixture.client();
    QList<TaskProgress> progress;
    CallbackTaskContext context([&](const TaskProgress &p) { progress.append(p); });
    context.setThrottleIntervalMs(0);
    QCOMPARE(client.detectServerVersion(&context), detected);
    QVERIFY(client.check(&context).size() > 0);

    CreateBackupRequest create;
    create.name = QStringLiteral("brand_nightly");
    create.collectionsByDatabase.insert(QStringLiteral("default"), { QStringLiteral("docs") });
    create.collectionsByDatabase.insert(QStringLiteral("brand"), { QStringLiteral("images") });
    const BackupInfo backup = client.createBackup(create, &context);
    QCOMPARE(backup.state, BackupState::Success);
    QCOMPARE(backup.name, create.name);
    QVERIFY(backup.startTime.isValid());
    QVERIFY(qAbs(backup.startTime.secsTo(QDateTime::currentDateTimeUtc())) < 600); // ms vs s parsed right
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().done, 100);

    const auto listed = client.findBackup(create.name, &context);
    QVERIFY(listed);
    QVERIFY(listed->size > 0);
    const BackupInfo byName = client.getBackup(create.name, &context);
    QCOMPARE(byName.name, create.name);
    QStringList keys;
    for (const CollectionBackupInfo &collection : byName.collections)
        keys.append(collection.key());
    keys.sort();
    QCOMPARE(keys, (QStringList { QStringLiteral("brand.images"), QStringLiteral("default.docs") }));

    // A second create with the same name is refused before anything is sent.
    QCOMPARE(errorOf([&] { client.createBackup(create, &context); })->kind(), OperationError::Kind::Conflict);

    // Restore everything with a suffix; row counts must match per collection.
    RestoreBackupRequest restore;
    restore.backupName = create.name;
    restore.collectionSuffix = QStringLiteral("_r");
    const QStringList targets { QStringLiteral("default.docs_r"), QStringLiteral("brand.images_r") };
    QVERIFY(milvus.existingCollections(targets).isEmpty());
    const RestoreTaskInfo restored = client.restore(restore, &context);
    QCOMPARE(restored.state, RestoreState::Success);
    QCOMPARE(restored.collections.size(), 2);
    QVERIFY(restored.collections.contains(QStringLiteral("default.docs_r")));
    QVERIFY(restored.collections.contains(QStringLiteral("brand.images_r")));
    QCOMPARE(milvus.rowCount(QStringLiteral("default"), QStringLiteral("docs_r")), before.value(QStringLiteral("default.docs")));
    QCOMPARE(milvus.rowCount(QStringLiteral("brand"), QStringLiteral("images_r")), before.value(QStringLiteral("brand.images")));
    QVERIFY(!milvus.hasCollection(QStringLiteral("brand"), QStringLiteral("skipped_r")));
    milvus.flushCollection(QStringLiteral("default"), QStringLiteral("docs_r"));
    QCOMPARE(milvus.queryRowCount(QStringLiteral("default"), QStringLiteral("docs_r")), 130);

    // The targets now exist: detected up front, and a second restore fails naming them.
    QCOMPARE(milvus.existingCollections(targets).size(), 2);
    const auto again = errorOf([&] { client.restore(restore, &context); });
    QVERIFY(again);
    QVERIFY2(again->message().contains(QLatin1String("_r")), qPrintable(again->message()));

    client.deleteBackup(create.name, &context);
    QVERIFY(!client.findBackup(create.name, &context));
    QCOMPARE(errorOf([&] { client.deleteBackup(create.name, &context); })->kind(), OperationError::Kind::NotFound);
}

void TestMilvusBackupIntegration::failedCreateThenStuckRetry()
{
    StandinClientFixture fixture;
    if (!fixture.start())
        QSKIP(StandinClientFixture::UnavailableReason);
    MilvusBackupStandin &standin = fixture.standin();
    standin.seedCollection(QStringLiteral("default"), QStringLiteral("docs"), 200);
    MilvusBackupClient &client = fixture.client();
    CallbackTaskContext context;

    standin.setFaults({ { QLatin1String("failNextCreate"), QStringLiteral("disk quota exceeded") } });
    CreateBackupRequest create;
    create.name = QStringLiteral("half_done");
    auto error = errorOf([&] { client.createBackup(create, &context); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::ServerError);
    QVERIFY2(error->message().contains(QLatin1String("disk quota exceeded")), qPrintable(error->message()));
    QVERIFY2(error->hint().contains(QLatin1String("Partial files may remain")), qPrintable(error->hint()));

    // The failed task left binlogs but no meta: /list does not show the name, and milvus-backup
    // then keeps a new create with that name pending forever. We report it as a stuck start.
    error = errorOf([&] { client.createBackup(create, &context); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(QLatin1String("has not started it")), qPrintable(error->message()));
    QVERIFY(error->message().contains(QLatin1String("duplicate name")));
    QVERIFY(error->message().contains(client.lastTaskId()));
}

void TestMilvusBackupIntegration::milvusUnreachableBehindBackupServer_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::newRow("0.5.16") << QStringLiteral("0.5.16");
    QTest::newRow("0.5.9") << QStringLiteral("0.5.9");
}

void TestMilvusBackupIntegration::milvusUnreachableBehindBackupServer()
{
    QFETCH(QString, apiVersion);
    StandinClientFixture fixture;
    if (!fixture.start(apiVersion))
        QSKIP(StandinClientFixture::UnavailableReason);
    MilvusBackupStandin &standin = fixture.standin();
    standin.seedCollection(QStringLiteral("default"), QStringLiteral("docs"), 20);
    MilvusBackupClient &client = fixture.client();
    CallbackTaskContext context;
    standin.setFaults({ { QLatin1String("milvusUnreachable"), true } });

    auto error = errorOf([&] { client.check(&context); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::ConnectionFailed);
    QVERIFY(error->hint().contains(QLatin1String("cannot reach Milvus")));

    CreateBackupRequest create;
    create.name = QStringLiteral("no_milvus");
    error = errorOf([&] { client.createBackup(create, &context); });
    QVERIFY(error);
    if (apiVersion == QLatin1String("0.5.16")) {
        // 0.5.10+: the async task never leaves state 0 and reports nothing: a stuck start.
        QVERIFY2(error->message().contains(QLatin1String("cannot connect to Milvus")), qPrintable(error->message()));
    } else {
        // The stand-in's older dialect fails the task with the connection error instead.
        QCOMPARE(error->kind(), OperationError::Kind::ConnectionFailed);
        QVERIFY2(error->hint().contains(QLatin1String("cannot reach Milvus")), qPrintable(error->hint()));
    }
}

void TestMilvusBackupIntegration::restartDuringStalledCreate()
{
    StandinClientFixture fixture;
    if (!fixture.start())
        QSKIP(StandinClientFixture::UnavailableReason);
    MilvusBackupStandin &standin = fixture.standin();
    standin.seedCollection(QStringLiteral("default"), QStringLiteral("docs"), 200);
    MilvusBackupClient &client = fixture.client();
    standin.setFaults({ { QLatin1String("stallNextCreate"), true } });

    // Restart the server once the task is visibly running (the client's wait loop runs our timer).
    bool restarted = false;
    CallbackTaskContext context([&](const TaskProgress &p) {
        if (!restarted && p.done > 5) {
            restarted = true;
            QTimer::singleShot(0, this, [&standin] { standin.restart(); });
        }
    });
    context.setThrottleIntervalMs(0);
    CreateBackupRequest create;
    create.name = QStringLiteral("interrupted");
    const auto error = errorOf([&] { client.createBackup(create, &context); });
    QVERIFY(restarted);
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::NotFound);
    QVERIFY2(error->message().contains(QLatin1String("milvus-backup was restarted; its task ids are in memory only")),
             qPrintable(error->message()));
    QVERIFY(error->message().contains(client.lastTaskId()));
    QVERIFY2(error->hint().contains(QLatin1String("lists no backup named \"interrupted\"")), qPrintable(error->hint()));
}

void TestMilvusBackupIntegration::restartDuringStalledRestore()
{
    StandinClientFixture fixture;
    if (!fixture.start())
        QSKIP(StandinClientFixture::UnavailableReason);
    MilvusBackupStandin &standin = fixture.standin();
    standin.seedCollection(QStringLiteral("default"), QStringLiteral("docs"), 200);
    MilvusBackupClient &client = fixture.client();
    CallbackTaskContext plain;
    CreateBackupRequest create;
    create.name = QStringLiteral("to_restore");
    client.createBackup(create, &plain);

    standin.setFaults({ { QLatin1String("stallNextRestore"), true } });
    bool restarted = false;
    CallbackTaskContext context([&](const TaskProgress &p) {
        if (!restarted && p.phase.startsWith(QLatin1String("restore")) && p.done > 1) {
            restarted = true;
            QTimer::singleShot(0, this, [&standin] { standin.restart(); });
        }
    });
    context.setThrottleIntervalMs(0);
    RestoreBackupRequest restore;
    restore.backupName = create.name;
    restore.collectionSuffix = QStringLiteral("_copy");
    const auto error = errorOf([&] { client.restore(restore, &context); });
    QVERIFY(restarted);
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::NotFound);
    QVERIFY(error->message().contains(QLatin1String("its task ids are in memory only")));
    QVERIFY(error->hint().contains(QLatin1String("drop them before restoring again")));
}

void TestMilvusBackupIntegration::failedRestoreNamesCollection()
{
    StandinClientFixture fixture;
    if (!fixture.start())
        QSKIP(StandinClientFixture::UnavailableReason);
    MilvusBackupStandin &standin = fixture.standin();
    standin.seedCollection(QStringLiteral("default"), QStringLiteral("docs"), 120);
    MilvusBackupClient &client = fixture.client();
    CallbackTaskContext context;
    CreateBackupRequest create;
    create.name = QStringLiteral("will_fail");
    client.createBackup(create, &context);

    standin.setFaults({ { QLatin1String("failNextRestore"), QStringLiteral("import job failed: no binlog to import") } });
    RestoreBackupRequest restore;
    restore.backupName = create.name;
    restore.collectionSuffix = QStringLiteral("_bad");
    const auto error = errorOf([&] { client.restore(restore, &context); });
    QVERIFY(error);
    QCOMPARE(error->kind(), OperationError::Kind::ServerError);
    QVERIFY2(error->message().contains(QLatin1String("default.docs_bad")), qPrintable(error->message()));
    QVERIFY(error->message().contains(QLatin1String("no binlog to import")));
}

QTEST_GUILESS_MAIN(TestMilvusBackupIntegration)
#include "tst_milvusbackupintegration.moc"
