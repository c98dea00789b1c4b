// PackageWriter: a complete set becomes one zip that reads back byte for byte; incomplete or damaged
// sets are refused and no half package is left behind.

#include "OperationError.h"
#include "PackageReader.h"
#include "PackageWriter.h"
#include "SampleSet.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <quazip/quazipfileinfo.h>

class TestPackageWriter : public QObject
{
    Q_OBJECT

private:
    template<typename Work>
    OperationError::Kind failureOf(Work &&work)
    {
        try {
            work();
        } catch (const OperationError &error) {
            qInfo("expected failure: %s", qPrintable(error.fullText()));
            return error.kind();
        }
        return OperationError::Kind(-1);
    }

private slots:
    void roundTripIsExact()
    {
        QTemporaryDir work;
        const QString set = work.filePath(QStringLiteral("20240101T000000Z"));
        SampleSet::make(set);
        CallbackTaskContext context;
        const QString package = PackageWriter::defaultPackagePath(set);
        QCOMPARE(package, work.filePath(QStringLiteral("20240101T000000Z.zip")));
        const auto result = PackageWriter::write(set, package, context);
        QCOMPARE(result.entries, 7); // six files and the manifest
        QCOMPARE(result.storedEntries, 1);
        QVERIFY(QFileInfo(package).size() == result.packageBytes);
        // No temporary file is left next to the package.
        QCOMPARE(SampleSet::filesUnder(work.path()).filter(QStringLiteral(".part")), QStringList());

        // Entries sit under the set's folder name; the binlog is stored, the CSV deflated and smaller.
        QuaZip zip(package);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QHash<QString, QuaZipFileInfo64> infos;
        for (const auto &info : zip.getFileInfoList64())
            infos.insert(info.name, info);
        QVERIFY(infos.contains(QStringLiteral("20240101T000000Z/manifest.json")));
        const auto binlog = infos.value(QStringLiteral("20240101T000000Z/vector/bk/binlogs/insert_log/1/2/3/100/1"));
        QCOMPARE(binlog.method, quint16(0));
        const auto csv = infos.value(QStringLiteral("20240101T000000Z/graph/kg/nodes.csv"));
        QCOMPARE(csv.method, quint16(Z_DEFLATED));
        QVERIFY(csv.compressedSize * 3 < csv.uncompressedSize);
        zip.close();

        const QString out = work.filePath(QStringLiteral("out"));
        PackageReader reader(package);
        const auto extracted = reader.extractTo(out, context);
        QCOMPARE(extracted.files, 7);
        const QStringList original = SampleSet::filesUnder(set);
        QCOMPARE(SampleSet::filesUnder(out), original);
        for (const QString &file : original)
            QVERIFY2(SampleSet::readFile(QDir(set).filePath(file)) == SampleSet::readFile(QDir(out).filePath(file)), qPrintable(file));
        const BackupManifest manifest = BackupManifest::load(out);
        QCOMPARE(manifest.verifyFiles(out, context), QStringList());
    }

    void relativeSetPath()
    {
        QTemporaryDir work;
        SampleSet::make(work.filePath(QStringLiteral("backups/s")));
        const QString previous = QDir::currentPath();
        QDir::setCurrent(work.path());
        CallbackTaskContext context;
        const auto result = PackageWriter::write(QStringLiteral("backups/s"), QStringLiteral("backups/s.zip"), context);
        // The manifest's own file listing works on a relative folder too (as `backup --out backups/x` gives).
        BackupManifest manifest = BackupManifest::load(QStringLiteral("backups/s"));
        const auto recorded = manifest.files;
        manifest.recordFiles(QStringLiteral("backups/s"), context);
        QDir::setCurrent(previous);
        QCOMPARE(manifest.files.size(), recorded.size());
        for (qsizetype i = 0; i < recorded.size(); ++i)
            QCOMPARE(manifest.files.at(i).path, recorded.at(i).path);
        QCOMPARE(result.entries, 7);
        QCOMPARE(result.packagePath, work.filePath(QStringLiteral("backups/s.zip")));
    }

    void unicodeSetName()
    {
        QTemporaryDir work;
        const QString set = work.filePath(QStringLiteral("sao-lưu-dữ-liệu"));
        SampleSet::make(set);
        CallbackTaskContext context;
        const QString package = work.filePath(QStringLiteral("p.zip"));
        PackageWriter::write(set, package, context);
        QuaZip zip(package);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.getFileNameList().contains(QStringLiteral("sao-lưu-dữ-liệu/manifest.json")));
        zip.close();
        PackageReader(package).extractTo(work.filePath(QStringLiteral("out")), context);
        QCOMPARE(SampleSet::filesUnder(work.filePath(QStringLiteral("out"))), SampleSet::filesUnder(set));
    }

    // Over 4 GiB (ZIP64 sizes and offsets). Takes a minute and ~9 GiB of disk, so only on request:
    // BMB_LARGE_TESTS=1. Checked with Info-ZIP unzip too when it is installed.
    void largeFileUsesZip64()
    {
        if (qEnvironmentVariableIsEmpty("BMB_LARGE_TESTS"))
            QSKIP("set BMB_LARGE_TESTS=1 to write and read a package with a file over 4 GiB");
        QTemporaryDir work;
        const QString set = work.filePath(QStringLiteral("big"));
        QVERIFY(QDir().mkpath(set + QStringLiteral("/vector/b/binlogs/insert_log")));
        {
            QFile file(set + QStringLiteral("/vector/b/binlogs/insert_log/huge"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize((qint64(4) << 30) + 12345)); // sparse
            QVERIFY(file.seek(file.size() - 5));
            file.write("tail!");
        }
        SampleSet::writeFile(set + QStringLiteral("/graph/g/nodes.csv"), "_id\n1\n");
        BackupManifest manifest;
        manifest.toolVersion = QStringLiteral("test");
        CallbackTaskContext context;
        manifest.recordFiles(set, context);
        manifest.save(set);
        const auto written = PackageWriter::write(set, work.filePath(QStringLiteral("big.zip")), context);
        QVERIFY(written.packageBytes > (qint64(4) << 30));
        QDir(set).removeRecursively();
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (!unzip.isEmpty()) {
            QProcess process;
            process.start(unzip, { QStringLiteral("-tq"), work.filePath(QStringLiteral("big.zip")) });
            QVERIFY(process.waitForFinished(600000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
        }
        const QString out = work.filePath(QStringLiteral("out"));
        PackageReader(work.filePath(QStringLiteral("big.zip"))).extractTo(out, context);
        QCOMPARE(BackupManifest::load(out).verifyFiles(out, context), QStringList());
    }

    void otherToolsReadIt()
    {
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (unzip.isEmpty())
            QSKIP("unzip is not installed");
        QTemporaryDir work;
        const QString set = work.filePath(QStringLiteral("s"));
        SampleSet::make(set);
        CallbackTaskContext context;
        PackageWriter::write(set, work.filePath(QStringLiteral("s.zip")), context);
        QProcess process;
        process.start(unzip, { QStringLiteral("-t"), work.filePath(QStringLiteral("s.zip")) });
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
    }

    void incompleteSetIsRefused()
    {
        QTemporaryDir work;
        const QString set = work.filePath(QStringLiteral("s"));
        SampleSet::make(set);
        QVERIFY(QFile::remove(QDir(set).filePath(QStringLiteral("manifest.json"))));
        CallbackTaskContext context;
        QCOMPARE(failureOf([&] { PackageWriter::write(set, work.filePath(QStringLiteral("s.zip")), context); }),
                 OperationError::Kind::NotFound);
        QVERIFY(!QFileInfo::exists(work.filePath(QStringLiteral("s.zip"))));
    }

    void damagedSetIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("changed byte") << QStringLiteral("change");
        QTest::newRow("unlisted file") << QStringLiteral("extra");
    }

    void damagedSetIsRefused()
    {
        QFETCH(QString, damage);
        QTemporaryDir work;
        const QString set = work.filePath(QStringLiteral("s"));
        SampleSet::make(set);
        if (damage == QLatin1String("change")) {
            const QString path = QDir(set).filePath(QStringLiteral("graph/kg/nodes.csv"));
            QByteArray bytes = SampleSet::readFile(path);
            bytes[bytes.size() - 3] = 'X';
            SampleSet::writeFile(path, bytes);
        } else {
            SampleSet::writeFile(QDir(set).filePath(QStringLiteral("graph/kg/stray.txt")), "x");
        }
        CallbackTaskContext context;
        QCOMPARE(failureOf([&] { PackageWriter::write(set, work.filePath(QStringLiteral("s.zip")), context); }),
                 OperationError::Kind::IntegrityError);
        QCOMPARE(SampleSet::filesUnder(work.path()).filter(QStringLiteral(".zip")), QStringList());
    }

    void existingPackageIsKept()
    {
        QTemporaryDir work;
        const QString set = work.filePath(QStringLiteral("s"));
        SampleSet::make(set);
        SampleSet::writeFile(work.filePath(QStringLiteral("s.zip")), "old");
        CallbackTaskContext context;
        QCOMPARE(failureOf([&] { PackageWriter::write(set, work.filePath(QStringLiteral("s.zip")), context); }),
                 OperationError::Kind::Conflict);
        QCOMPARE(SampleSet::readFile(work.filePath(QStringLiteral("s.zip"))), QByteArray("old"));
        PackageWriter::Options options;
        options.overwrite = true;
        PackageWriter::write(set, work.filePath(QStringLiteral("s.zip")), context, options);
        QVERIFY(PackageReader::isPackage(work.filePath(QStringLiteral("s.zip"))));
        QVERIFY(QFileInfo(work.filePath(QStringLiteral("s.zip"))).size() > 1000);
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir work;
        const QString set = work.filePath(QStringLiteral("s"));
        SampleSet::make(set);
        CallbackTaskContext context;
        context.cancel();
        QCOMPARE(failureOf([&] { PackageWriter::write(set, work.filePath(QStringLiteral("s.zip")), context); }),
                 OperationError::Kind::Canceled);
        QStringList left = SampleSet::filesUnder(work.path());
        left.removeIf([](const QString &path) { return path.startsWith(QLatin1String("s/")); });
        QCOMPARE(left, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPackageWriter)
#include "tst_packagewriter.moc"
