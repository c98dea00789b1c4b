// The job runner and its panel: progress bridged to the GUI thread per component, rate and time
// left, failure and cancel reported with what state was left.

#include "JobRunner.h"
#include "JobsPanel.h"
#include "OperationError.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

class TestJobsPanel : public QObject
{
    Q_OBJECT

private slots:
    void rateText_data()
    {
        QTest::addColumn<qint64>("done");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rows, seconds left") << qint64(500) << qint64(1000) << qint64(10000) << QStringLiteral("nodes")
                                            << QStringLiteral("50 nodes/s, 10 s left");
        QTest::newRow("minutes left") << qint64(100) << qint64(10000) << qint64(10000) << QStringLiteral("nodes")
                                      << QStringLiteral("10 nodes/s, 17 min left");
        QTest::newRow("unknown total") << qint64(30) << qint64(-1) << qint64(10000) << QStringLiteral("edges")
                                       << QStringLiteral("3.0 edges/s");
        QTest::newRow("too early") << qint64(30) << qint64(100) << qint64(100) << QStringLiteral("edges") << QString();
    }

    void rateText()
    {
        QFETCH(qint64, done);
        QFETCH(qint64, total);
        QFETCH(qint64, elapsedMs);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(JobsPanel::rateText(done, total, elapsedMs, unit), expected);
    }

    void progressReachesTheGuiThreadPerComponent()
    {
        JobRunner runner;
        JobsPanel panel(runner);
        QSemaphore release;
        QVERIFY(runner.start(QStringLiteral("two parts"), [&](TaskContext &context) {
            context.progress({ QStringLiteral("graph a"), QStringLiteral("nodes"), 5, 10, QStringLiteral("nodes") });
            context.progress({ QStringLiteral("graph b"), QStringLiteral("edges"), 10, 10, QStringLiteral("edges") });
            context.log(LogLevel::Warning, QStringLiteral("something to read"));
            release.acquire();
            return QVariant(42);
        }));
        QVERIFY(!runner.start(QStringLiteral("second"), [](TaskContext &) { return QVariant(); }));
        QTRY_COMPARE(panel.componentCount(), 2);
        QCOMPARE(panel.progressBar(QStringLiteral("graph a"))->value(), 500);
        QCOMPARE(panel.progressBar(QStringLiteral("graph b"))->value(), 1000);
        QTRY_VERIFY(panel.logText().contains(QStringLiteral("warning: something to read")));
        QSignalSpy finished(&runner, &JobRunner::finished);
        release.release();
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().toInt(), 42);
        QVERIFY(!runner.isRunning());
    }

    void failureCarriesMessageAndHint()
    {
        JobRunner runner;
        JobsPanel panel(runner);
        QSignalSpy failed(&runner, &JobRunner::failed);
        runner.start(QStringLiteral("failing"), [](TaskContext &) -> QVariant {
            throw OperationError(OperationError::Kind::AuthFailed, QStringLiteral("wrong password"), QStringLiteral("check it"));
        });
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).toInt(), int(OperationError::Kind::AuthFailed));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("wrong password"));
        QVERIFY(panel.stateText().contains(QStringLiteral("wrong password")));
    }

    void cancelButtonStopsTheJob()
    {
        JobRunner runner;
        JobsPanel panel(runner);
        QSemaphore started;
        runner.start(QStringLiteral("endless"), [&](TaskContext &context) {
            started.release();
            for (;;) {
                context.checkCanceled();
                QThread::yieldCurrentThread();
            }
            return QVariant();
        });
        started.acquire();
        QSignalSpy canceled(&runner, &JobRunner::canceled);
        auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QTRY_VERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(canceled.wait());
        QVERIFY(panel.stateText().contains(QStringLiteral("Canceled")));
        QVERIFY(!cancel->isEnabled());
    }

    void destructorCancelsAndWaits()
    {
        std::atomic<bool> stopped { false };
        QSemaphore started;
        {
            JobRunner runner;
            runner.start(QStringLiteral("endless"), [&](TaskContext &context) {
                started.release();
                try {
                    for (;;)
                        context.checkCanceled();
                } catch (...) {
                    stopped = true;
                    throw;
                }
                return QVariant();
            });
            started.acquire();
        }
        QVERIFY(stopped.load());
    }
};

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
