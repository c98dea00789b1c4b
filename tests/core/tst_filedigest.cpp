#include "FileDigest.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QTemporaryDir>
#include <QTest>

class TestFileDigest : public QObject
{
    Q_OBJECT

private slots:
    void knownDigests()
    {
        // FIPS 180-2 example "abc" and the empty input.
        QCOMPARE(FileDigest::sha256Hex(QByteArray("abc")),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty"));
        QFile(path).open(QIODevice::WriteOnly);
        QCOMPARE(FileDigest::sha256Hex(path),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void largeFileMatchesInMemoryDigest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big"));
        QByteArray data;
        for (int i = 0; i < (3 << 20) + 17; ++i)
            data.append(char(i * 31));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        QCOMPARE(FileDigest::sha256Hex(path), FileDigest::sha256Hex(data));
    }

    void missingFileIsNotFound()
    {
        try {
            FileDigest::sha256Hex(QStringLiteral("/nonexistent/file"));
            QFAIL("no exception");
        } catch (const OperationError &error) {
            QCOMPARE(error.kind(), OperationError::Kind::NotFound);
        }
    }

    void canceledContextStops()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1000, 'x'));
        file.close();
        CallbackTaskContext context;
        context.cancel();
        QVERIFY_THROWS_EXCEPTION(OperationError, FileDigest::sha256Hex(path, &context));
    }
};

QTEST_GUILESS_MAIN(TestFileDigest)
#include "tst_filedigest.moc"
