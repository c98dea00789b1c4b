// Restore and verify take a package directly (RestoreJob/VerifyJob through SetSource), and a package
// whose files fail their checksums is never restored.

#include "BackupJob.h"
#include "FalkorConnection.h"
#include "GraphTestData.h"
#include "OperationError.h"
#include "PackageWriter.h"
#include "RedisServerFixture.h"
#include "RestoreJob.h"
#include "SampleSet.h"
#include "VerifyJob.h"

#include <QTemporaryDir>

class TestPackageRestore : public QObject
{
    Q_OBJECT

private:
    RedisServerFixture m_server;
    FalkorConnection m_connection;
    QTemporaryDir m_work;
    QString m_set;
    QString m_package;

    QStringList unpackedFolders() const
    {
        return QDir(m_work.path()).entryList({ QStringLiteral(".*unpacked*") }, QDir::Dirs | QDir::Hidden);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        FalkorEndpoint endpoint;
        QVERIFY(FalkorEndpoint::parse(m_server.url(), &endpoint, &error));
        m_connection.open(endpoint);
        GraphTestData::createRandomGraph(m_connection, QStringLiteral("kg"), 120, 200, 10, 3);
        m_set = m_work.filePath(QStringLiteral("set"));
        BackupJob::Request request;
        request.setDirectory = m_set;
        request.falkordbUrl = m_server.url();
        request.graphs = { QStringLiteral("kg") };
        CallbackTaskContext context;
        BackupJob::run(request, context);
        m_package = PackageWriter::write(m_set, PackageWriter::defaultPackagePath(m_set), context).packagePath;
    }

    void verifyAndRestoreFromAPackage()
    {
        CallbackTaskContext context;
        VerifyJob::Request verify;
        verify.setDirectory = m_package;
        const auto checked = VerifyJob::run(verify, context);
        QVERIFY2(checked.ok, qPrintable(checked.problems.join(QLatin1Char('\n'))));
        QCOMPARE(checked.graphs.size(), 1);

        RestoreJob::Request restore;
        restore.setDirectory = m_package;
        restore.falkordbUrl = m_server.url();
        QString error;
        GraphMapping::parse({ QStringLiteral("kg=copy") }, &restore.graphs, &error);
        const auto restored = RestoreJob::run(restore, context);
        QCOMPARE(restored.graphs.size(), 1);
        QCOMPARE(restored.graphs.first().nodesCreated, 120);
        QVERIFY(restored.graphs.first().verified);
        QVERIFY(m_connection.listGraphs().contains(QStringLiteral("copy")));

        verify.falkordbUrl = m_server.url();
        GraphMapping::parse({ QStringLiteral("kg=copy") }, &verify.graphs, &error);
        QVERIFY(VerifyJob::run(verify, context).ok);
        QCOMPARE(unpackedFolders(), QStringList()); // cleaned up after each job
    }

    void checksumFailureRestoresNothing()
    {
        // A zip with valid CRCs whose nodes.csv differs from the manifest's SHA-256 (same size).
        const QString damaged = m_work.filePath(QStringLiteral("damaged-set"));
        QVERIFY(QDir().mkpath(damaged));
        for (const SampleSet::ZipEntry &entry : SampleSet::entriesOf(m_set, QStringLiteral("x")))
            SampleSet::writeFile(QDir(damaged).filePath(entry.name.mid(2)), entry.data);
        const QString nodes = QDir(damaged).filePath(QStringLiteral("graph/kg/nodes.csv"));
        QByteArray bytes = SampleSet::readFile(nodes);
        const qsizetype digit = bytes.lastIndexOf('1');
        QVERIFY(digit > 0);
        bytes[digit] = '2';
        SampleSet::writeFile(nodes, bytes);
        const QString package = m_work.filePath(QStringLiteral("damaged.zip"));
        SampleSet::writeZip(package, SampleSet::entriesOf(damaged, QStringLiteral("damaged-set")));

        RestoreJob::Request restore;
        restore.setDirectory = package;
        restore.falkordbUrl = m_server.url();
        QString error;
        GraphMapping::parse({ QStringLiteral("kg=never") }, &restore.graphs, &error);
        CallbackTaskContext context;
        OperationError::Kind kind = OperationError::Kind(-1);
        try {
            RestoreJob::run(restore, context);
        } catch (const OperationError &failure) {
            qInfo("expected failure: %s", qPrintable(failure.fullText()));
            kind = failure.kind();
            QVERIFY(failure.message().contains(QLatin1String("nodes.csv does not match its SHA-256 checksum")));
        }
        QCOMPARE(kind, OperationError::Kind::IntegrityError);
        QVERIFY(!m_connection.listGraphs().contains(QStringLiteral("never")));

        VerifyJob::Request verify;
        verify.setDirectory = package;
        const auto checked = VerifyJob::run(verify, context);
        QVERIFY(!checked.ok);
        QCOMPARE(unpackedFolders(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPackageRestore)
#include "tst_packagerestore.moc"
