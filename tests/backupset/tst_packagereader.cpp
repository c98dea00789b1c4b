// PackageReader and SetSource against hostile and damaged archives, built here with QuaZip: every one
// must end in a clear error with nothing written outside the extraction folder (the test checks the
// whole sandbox, parents included), and a good package must extract exactly.

#include "OperationError.h"
#include "PackageReader.h"
#include "PackageWriter.h"
#include "SampleSet.h"
#include "SetSource.h"

#include <QTemporaryDir>

using SampleSet::ZipEntry;

class TestPackageReader : public QObject
{
    Q_OBJECT

private:
    template<typename Work>
    OperationError failureOf(Work &&work)
    {
        try {
            work();
        } catch (const OperationError &error) {
            qInfo("expected failure: %s", qPrintable(error.fullText()));
            return error;
        }
        return OperationError(OperationError::Kind(-1), QStringLiteral("no failure"));
    }

    // A valid package of the sample set in `work`, returned by path.
    QString goodPackage(const QTemporaryDir &work)
    {
        const QString set = work.filePath(QStringLiteral("set"));
        SampleSet::make(set);
        CallbackTaskContext context;
        PackageWriter::write(set, work.filePath(QStringLiteral("set.zip")), context);
        QDir(set).removeRecursively();
        return work.filePath(QStringLiteral("set.zip"));
    }

private slots:
    void hostileArchivesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("dot-dot") << QStringLiteral("dotdot") << QStringLiteral("outside the package folder");
        QTest::newRow("deep dot-dot") << QStringLiteral("deepdotdot") << QStringLiteral("outside the package folder");
        QTest::newRow("absolute") << QStringLiteral("absolute") << QStringLiteral("absolute path");
        QTest::newRow("drive letter") << QStringLiteral("drive") << QStringLiteral("drive letter");
        QTest::newRow("backslash") << QStringLiteral("backslash") << QStringLiteral("backslashes");
        QTest::newRow("symlink") << QStringLiteral("symlink") << QStringLiteral("symbolic link");
        QTest::newRow("device") << QStringLiteral("fifo") << QStringLiteral("not a regular file");
        QTest::newRow("duplicate") << QStringLiteral("duplicate") << QStringLiteral("more than once");
        QTest::newRow("file and folder") << QStringLiteral("fileanddir") << QStringLiteral("both a file and a folder");
        QTest::newRow("too many entries") << QStringLiteral("many") << QStringLiteral("entries; at most 10000");
        QTest::newRow("zip bomb") << QStringLiteral("bomb") << QStringLiteral("zip bomb");
        QTest::newRow("unlisted entry") << QStringLiteral("unlisted") << QStringLiteral("not listed in its manifest");
        QTest::newRow("no manifest") << QStringLiteral("nomanifest") << QStringLiteral("no manifest.json");
    }

    void hostileArchivesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir sandbox;
        // The package sits deep inside the sandbox so that "../" entries would land in folders the test
        // can see.
        const QString deep = sandbox.filePath(QStringLiteral("a/b/c"));
        QDir().mkpath(deep);
        const QString set = sandbox.filePath(QStringLiteral("source-set"));
        SampleSet::make(set);
        QList<ZipEntry> entries = SampleSet::entriesOf(set, QStringLiteral("s"));
        QDir(set).removeRecursively();
        PackageReader::Limits limits;
        if (kind == QLatin1String("dotdot"))
            entries.append({ QStringLiteral("s/../evil"), "evil" });
        else if (kind == QLatin1String("deepdotdot"))
            entries.append({ QStringLiteral("s/graph/../../../../evil"), "evil" });
        else if (kind == QLatin1String("absolute"))
            entries.append({ sandbox.filePath(QStringLiteral("abs")), "evil" });
        else if (kind == QLatin1String("drive"))
            entries.append({ QStringLiteral("C:/evil"), "evil" });
        else if (kind == QLatin1String("backslash"))
            entries.append({ QStringLiteral("s\\..\\..\\evil"), "evil" });
        else if (kind == QLatin1String("symlink"))
            entries.prepend({ QStringLiteral("s/graph/link"), sandbox.path().toUtf8(), quint32(0120777) << 16 });
        else if (kind == QLatin1String("fifo"))
            entries.prepend({ QStringLiteral("s/graph/pipe"), QByteArray(), quint32(0010644) << 16 });
        else if (kind == QLatin1String("duplicate"))
            entries.append({ QStringLiteral("s/graph/kg/nodes.csv"), "second copy" });
        else if (kind == QLatin1String("fileanddir"))
            entries.append({ QStringLiteral("s/graph/kg/nodes.csv/inner"), "x" });
        else if (kind == QLatin1String("many")) {
            limits.maxEntries = 10000;
            for (int i = entries.size(); i <= 10000; ++i)
                entries.append({ QStringLiteral("s/tiny/%1").arg(i), "t", quint32(0100644) << 16, false });
        } else if (kind == QLatin1String("bomb"))
            entries.append({ QStringLiteral("s/graph/kg/bomb.csv"), QByteArray(64 << 20, '\0'), quint32(0100644) << 16, true, 9 });
        else if (kind == QLatin1String("unlisted"))
            entries.append({ QStringLiteral("s/graph/kg/extra.csv"), "extra" });
        else if (kind == QLatin1String("nomanifest"))
            entries.removeIf([](const ZipEntry &e) { return e.name.endsWith(QLatin1String("manifest.json")); });
        const QString package = QDir(deep).filePath(QStringLiteral("hostile.zip"));
        SampleSet::writeZip(package, entries);
        const QStringList before = SampleSet::filesUnder(sandbox.path());

        // Straight into a folder ...
        CallbackTaskContext context;
        PackageReader reader(package, limits);
        const OperationError direct = failureOf([&] { reader.extractTo(QDir(deep).filePath(QStringLiteral("x/y/out")), context); });
        QVERIFY2(direct.message().contains(message), qPrintable(direct.message()));
        QVERIFY(direct.kind() == OperationError::Kind::InvalidInput || direct.kind() == OperationError::Kind::NotFound);
        // ... and through SetSource, which picks its own temporary folder and removes it again.
        const OperationError viaSource = failureOf([&] { SetSource source(package, context, limits); });
        QCOMPARE(viaSource.message(), direct.message());

        // Nothing was written anywhere in the sandbox (parents of the package included), except the
        // empty folder extractTo was given, which inspection left alone.
        QStringList after = SampleSet::filesUnder(sandbox.path());
        QCOMPARE(after, before);
        QVERIFY(!QFileInfo::exists(sandbox.filePath(QStringLiteral("abs"))));
        QVERIFY(!QFileInfo::exists(QDir(deep).filePath(QStringLiteral("../evil"))));
        QVERIFY(!QFileInfo::exists(QDir::temp().filePath(QStringLiteral("evil"))));
    }

    void truncatedArchiveIsCorrupt_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("half") << 0.5;
        QTest::newRow("all but the last bytes") << 0.999;
        QTest::newRow("empty") << 0.0;
    }

    void truncatedArchiveIsCorrupt()
    {
        QFETCH(double, keep);
        QTemporaryDir work;
        const QString package = goodPackage(work);
        QFile file(package);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(qint64(file.size() * keep)));
        file.close();
        CallbackTaskContext context;
        const OperationError error = failureOf([&] { SetSource source(package, context); });
        QCOMPARE(error.kind(), OperationError::Kind::IntegrityError);
        QVERIFY2(error.message().contains(QLatin1String("truncated")), qPrintable(error.message()));
        QCOMPARE(SampleSet::filesUnder(work.path()), QStringList { QStringLiteral("set.zip") });
    }

    void corruptedByteFailsTheCrc()
    {
        QTemporaryDir work;
        const QByteArray marker = QByteArrayLiteral("MARKER-corrupt-me-please");
        const QString set = work.filePath(QStringLiteral("set"));
        SampleSet::make(set, marker);
        CallbackTaskContext context;
        const QString package = work.filePath(QStringLiteral("set.zip"));
        PackageWriter::write(set, package, context);
        QDir(set).removeRecursively();
        // The binlog is stored, so its bytes are in the archive as they are: flip one.
        QByteArray bytes = SampleSet::readFile(package);
        const qsizetype at = bytes.indexOf(marker);
        QVERIFY(at > 0);
        bytes[at + 3] = 'x';
        SampleSet::writeFile(package, bytes);
        const OperationError error = failureOf([&] { SetSource source(package, context); });
        QCOMPARE(error.kind(), OperationError::Kind::IntegrityError);
        QVERIFY2(error.message().contains(QLatin1String("CRC")), qPrintable(error.message()));
        // The partly extracted folder is gone again.
        QCOMPARE(SampleSet::filesUnder(work.path()), QStringList { QStringLiteral("set.zip") });
    }

    void goodPackageOpensAndIsCleanedUp()
    {
        QTemporaryDir work;
        const QString package = goodPackage(work);
        CallbackTaskContext context;
        QString directory;
        {
            SetSource source(package, context);
            QVERIFY(source.isPackage());
            directory = source.directory();
            QVERIFY(directory.startsWith(work.path())); // next to the package
            const BackupManifest manifest = BackupManifest::load(directory);
            QCOMPARE(manifest.verifyFiles(directory, context), QStringList());
            QCOMPARE(manifest.graphs.first().name, QStringLiteral("kg"));
        }
        QVERIFY(!QFileInfo::exists(directory));
        QCOMPARE(SampleSet::filesUnder(work.path()), QStringList { QStringLiteral("set.zip") });

        // A folder is used as it is.
        SetSource folder(work.path(), context);
        QVERIFY(!folder.isPackage());
        QCOMPARE(folder.directory(), work.path());
    }

    void zipAtTheRootIsAccepted()
    {
        // Someone zipped the set's contents by hand (manifest.json at the top of the archive).
        QTemporaryDir work;
        const QString set = work.filePath(QStringLiteral("set"));
        SampleSet::make(set);
        QList<ZipEntry> entries = SampleSet::entriesOf(set, QStringLiteral("x"));
        for (ZipEntry &entry : entries)
            entry.name = entry.name.mid(2);
        SampleSet::writeZip(work.filePath(QStringLiteral("root.zip")), entries);
        CallbackTaskContext context;
        PackageReader reader(work.filePath(QStringLiteral("root.zip")));
        reader.extractTo(work.filePath(QStringLiteral("out")), context);
        QCOMPARE(SampleSet::filesUnder(work.filePath(QStringLiteral("out"))), SampleSet::filesUnder(set));
    }

    void checksumMismatchInsideAGoodZipIsCaught()
    {
        // The zip itself is fine (right CRCs and sizes), but a file differs from the manifest's SHA-256:
        // extraction succeeds and the set check, which every restore runs, fails.
        QTemporaryDir work;
        const QString set = work.filePath(QStringLiteral("set"));
        SampleSet::make(set);
        const QString csv = QDir(set).filePath(QStringLiteral("graph/kg/edges.csv"));
        QByteArray bytes = SampleSet::readFile(csv);
        bytes[bytes.size() - 2] = '7';
        SampleSet::writeFile(csv, bytes);
        SampleSet::writeZip(work.filePath(QStringLiteral("bad.zip")), SampleSet::entriesOf(set, QStringLiteral("set")));
        CallbackTaskContext context;
        SetSource source(work.filePath(QStringLiteral("bad.zip")), context);
        const QStringList problems = BackupManifest::load(source.directory()).verifyFiles(source.directory(), context);
        QCOMPARE(problems, QStringList { QStringLiteral("graph/kg/edges.csv does not match its SHA-256 checksum") });
    }

    void notAPackage()
    {
        QTemporaryDir work;
        SampleSet::writeFile(work.filePath(QStringLiteral("notes.txt")), "hello");
        CallbackTaskContext context;
        QCOMPARE(failureOf([&] { SetSource source(work.filePath(QStringLiteral("notes.txt")), context); }).kind(),
                 OperationError::Kind::InvalidInput);
        QCOMPARE(failureOf([&] { SetSource source(work.filePath(QStringLiteral("missing")), context); }).kind(),
                 OperationError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPackageReader)
#include "tst_packagereader.moc"
