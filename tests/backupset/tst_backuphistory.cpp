// BackupHistory: sets and packages under a backups folder with their status (complete / incomplete /
// corrupt, quick size check vs. --check), and the remembered folders file.

#include "BackupHistory.h"
#include "PackageWriter.h"
#include "SampleSet.h"

#include <QJsonArray>
#include <QTemporaryDir>

class TestBackupHistory : public QObject
{
    Q_OBJECT

private:
    static const BackupHistory::Entry *find(const QList<BackupHistory::Entry> &entries, const QString &name)
    {
        for (const auto &entry : entries)
            if (entry.name == name)
                return &entry;
        return nullptr;
    }

private slots:
    void statusOfEachKind()
    {
        QTemporaryDir work;
        const QString root = work.filePath(QStringLiteral("backups"));
        SampleSet::make(root + QStringLiteral("/good"));
        SampleSet::make(root + QStringLiteral("/resized"));
        SampleSet::make(root + QStringLiteral("/flipped"));
        SampleSet::make(root + QStringLiteral("/unfinished"));
        SampleSet::make(root + QStringLiteral("/packaged"));
        CallbackTaskContext context;
        PackageWriter::write(root + QStringLiteral("/packaged"), root + QStringLiteral("/packaged.zip"), context);
        QDir(root + QStringLiteral("/packaged")).removeRecursively();
        PackageWriter::write(root + QStringLiteral("/good"), root + QStringLiteral("/cut.zip"), context);
        QFile cut(root + QStringLiteral("/cut.zip"));
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.resize(cut.size() / 2));
        cut.close();
        SampleSet::writeFile(root + QStringLiteral("/resized/graph/kg/edges.csv"), "shorter\n");
        {
            const QString path = root + QStringLiteral("/flipped/graph/kg/nodes.csv");
            QByteArray bytes = SampleSet::readFile(path);
            bytes[bytes.size() - 2] = 'Z';
            SampleSet::writeFile(path, bytes);
        }
        QFile::remove(root + QStringLiteral("/unfinished/manifest.json"));
        QDir().mkpath(root + QStringLiteral("/not-a-set/stuff"));
        SampleSet::writeFile(root + QStringLiteral("/notes.txt"), "not a package");

        const QList<BackupHistory::Entry> quick = BackupHistory::scan(root, false, context);
        QStringList names;
        for (const auto &entry : quick)
            names.append(entry.name);
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("cut.zip"), QStringLiteral("flipped"), QStringLiteral("good"),
                                       QStringLiteral("packaged.zip"), QStringLiteral("resized"), QStringLiteral("unfinished") }));
        QCOMPARE(find(quick, QStringLiteral("good"))->status, BackupHistory::Status::Complete);
        QCOMPARE(find(quick, QStringLiteral("resized"))->status, BackupHistory::Status::Corrupt);
        // Same size, other bytes: only the checksum check sees it.
        QCOMPARE(find(quick, QStringLiteral("flipped"))->status, BackupHistory::Status::Complete);
        QCOMPARE(find(quick, QStringLiteral("unfinished"))->status, BackupHistory::Status::Incomplete);
        QCOMPARE(find(quick, QStringLiteral("packaged.zip"))->status, BackupHistory::Status::Complete);
        QVERIFY(find(quick, QStringLiteral("packaged.zip"))->package);
        QCOMPARE(find(quick, QStringLiteral("cut.zip"))->status, BackupHistory::Status::Corrupt);

        const BackupHistory::Entry &good = *find(quick, QStringLiteral("good"));
        QCOMPARE(good.manifest.graphs.size(), 1);
        QCOMPARE(good.manifest.graphs.first().nodes, 2000);
        QCOMPARE(good.manifest.collections.first().name, QStringLiteral("DocumentChunks"));
        QVERIFY(good.bytes > 300000);
        const QJsonObject json = good.toJson();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(json.value(QStringLiteral("graphs")).toArray().first().toObject().value(QStringLiteral("edges")).toInt(), 1);
        QCOMPARE(find(quick, QStringLiteral("packaged.zip"))->manifest.graphs.first().nodes, 2000);

        const QList<BackupHistory::Entry> checked = BackupHistory::scan(root, true, context);
        QCOMPARE(find(checked, QStringLiteral("flipped"))->status, BackupHistory::Status::Corrupt);
        QCOMPARE(find(checked, QStringLiteral("flipped"))->problems,
                 QStringList { QStringLiteral("graph/kg/nodes.csv does not match its SHA-256 checksum") });
        QCOMPARE(find(checked, QStringLiteral("good"))->status, BackupHistory::Status::Complete);
        QCOMPARE(find(checked, QStringLiteral("packaged.zip"))->status, BackupHistory::Status::Complete);
        QVERIFY(find(checked, QStringLiteral("packaged.zip"))->checksumsChecked);
        // The check of a package unpacks it into a temporary folder that is gone again.
        QCOMPARE(QDir(root).entryList({ QStringLiteral(".*") }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void remembersFolders()
    {
        QTemporaryDir work;
        const QString store = work.filePath(QStringLiteral("data/locations.json"));
        {
            BackupHistory history(store);
            QCOMPARE(history.locations().size(), 0);
            history.remember(work.filePath(QStringLiteral("a")));
            history.remember(work.filePath(QStringLiteral("b")));
            history.remember(work.filePath(QStringLiteral("a")));
        }
        BackupHistory again(store);
        QCOMPARE(again.locations().size(), 2);
        QCOMPARE(again.locations().first().path, work.filePath(QStringLiteral("a")));
        QVERIFY(again.locations().first().lastUsed.isValid());
        // A damaged file loses the list, nothing more.
        SampleSet::writeFile(store, "{not json");
        QCOMPARE(BackupHistory(store).locations().size(), 0);
        qputenv("BMB_HISTORY_FILE", store.toUtf8());
        QCOMPARE(BackupHistory::defaultStorePath(), store);
    }
};

QTEST_GUILESS_MAIN(TestBackupHistory)
#include "tst_backuphistory.moc"
