#include "OperationError.h"
#include "TaskContext.h"

#include <QTest>
#include <QThread>

class TestTaskContext : public QObject
{
    Q_OBJECT

private slots:
    void throttlesProgressButKeepsPhaseChangesAndCompletion()
    {
        QList<TaskProgress> delivered;
        CallbackTaskContext context([&](const TaskProgress &p) { delivered.append(p); });
        context.setThrottleIntervalMs(10000);
        for (int i = 0; i < 100000; ++i)
            context.progress({ QStringLiteral("graph"), QStringLiteral("nodes"), i, 100000, QStringLiteral("nodes") });
        context.progress({ QStringLiteral("graph"), QStringLiteral("nodes"), 100000, 100000, QStringLiteral("nodes") });
        context.progress({ QStringLiteral("graph"), QStringLiteral("edges"), 1, 10, QStringLiteral("edges") });
        QCOMPARE(delivered.size(), 3);
        QCOMPARE(delivered.at(0).done, 0);
        QCOMPARE(delivered.at(1).done, 100000);
        QCOMPARE(delivered.at(2).phase, QStringLiteral("edges"));
    }

    void deliversAgainAfterTheInterval()
    {
        int count = 0;
        CallbackTaskContext context([&](const TaskProgress &) { ++count; });
        context.setThrottleIntervalMs(20);
        context.progress({ QStringLiteral("c"), QStringLiteral("p"), 1, -1, {} });
        context.progress({ QStringLiteral("c"), QStringLiteral("p"), 2, -1, {} });
        QThread::msleep(30);
        context.progress({ QStringLiteral("c"), QStringLiteral("p"), 3, -1, {} });
        QCOMPARE(count, 2);
    }

    void cancelThrowsCanceled()
    {
        CallbackTaskContext context;
        context.checkCanceled();
        context.cancel();
        try {
            context.checkCanceled();
            QFAIL("no exception");
        } catch (const OperationError &error) {
            QCOMPARE(error.kind(), OperationError::Kind::Canceled);
        }
    }
};

QTEST_GUILESS_MAIN(TestTaskContext)
#include "tst_taskcontext.moc"
