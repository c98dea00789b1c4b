// The Compare page against a live profile with a Milvus: a set made by a real backup through the
// milvus-backup + Milvus stand-in, then a collection loses rows and another is dropped; the page,
// driven offscreen, must show every collection with both row counts and the change in colour. The
// profile asks for its Milvus token every time, so the token goes through SecretResolver and the
// prompt seam.

#include "AppServices.h"
#include "BackupJob.h"
#include "Dialogs.h"
#include "DiffPage.h"
#include "JobRunner.h"
#include "MilvusBackupStandin.h"
#include "ProfileStore.h"
#include "StandinVectorServers.h"
#include "TaskContext.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kProfile = QStringLiteral("vectors");
const QColor kLess(0xb0, 0x00, 0x20);
const QColor kSame(0x1b, 0x7f, 0x3b);

int rowOf(const QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == name)
            return row;
    return -1;
}
} // namespace

class TestDiffPage : public QObject
{
    Q_OBJECT

private:
    MilvusBackupStandin m_milvus;
    QTemporaryDir m_work;
    QString m_set;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<JobRunner> m_jobs;
    AppServices m_services;
    std::unique_ptr<DiffPage> m_page;

    bool compare()
    {
        QSignalSpy compared(m_page.get(), &DiffPage::compared);
        m_page->compare();
        if (!compared.wait(120000))
            return false;
        return compared.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        MilvusBackupStandin::Options options;
        options.taskMs = 200;
        QString error;
        if (!m_milvus.start(options, &error))
            QSKIP(qPrintable(QStringLiteral("node, s3rver or the milvus-backup stand-in is not available: ") + error));
        m_milvus.seedCollection(QStringLiteral("default"), QStringLiteral("DocumentChunks"), 230);
        m_milvus.seedCollection(QStringLiteral("default"), QStringLiteral("EntityDescriptions"), 120);
        m_milvus.seedCollection(QStringLiteral("default"), QStringLiteral("RelationDescriptions"), 75);

        BackupJob::Request backup;
        backup.setDirectory = m_work.filePath(QStringLiteral("backups/set-1"));
        VectorBackup::Request vector;
        vector.servers = StandinVectorServers::of(m_milvus);
        vector.backupName = QStringLiteral("gui_diff_1");
        backup.vector = vector;
        CallbackTaskContext context;
        BackupJob::run(backup, context);
        m_set = backup.setDirectory;

        // A profile with only a Milvus (no FalkorDB): the comparison is of collections alone.
        m_profiles = std::make_unique<ProfileStore>(m_work.filePath(QStringLiteral("profiles.json")), nullptr);
        ConnectionProfile profile(kProfile);
        profile.milvusUrl() = m_milvus.milvusUrl();
        profile.setSecretPolicy(SecretKind::MilvusToken, SecretPolicy::AskEveryTime);
        m_profiles->add(profile);
        m_jobs = std::make_unique<JobRunner>();
        m_services.profiles = m_profiles.get();
        m_services.jobs = m_jobs.get();
        m_services.backupFolder = m_work.filePath(QStringLiteral("backups"));
        m_page = std::make_unique<DiffPage>(m_services);
        m_services.window = m_page.get();
        m_page->resize(1000, 800);
        m_page->show();
        m_page->setSets({ m_set });
    }

    void init() { Dialogs::reset(); }

    void cleanupTestCase()
    {
        m_page.reset();
        m_jobs.reset();
    }

    void liveCollectionThatLostRowsIsShownInRed()
    {
        // 30 rows of DocumentChunks go, RelationDescriptions is dropped; EntityDescriptions stays.
        QJsonArray ids;
        for (int id = 1; id <= 30; ++id)
            ids.append(id);
        m_milvus.milvus(QStringLiteral("entities/delete"),
                        { { QStringLiteral("collectionName"), QStringLiteral("DocumentChunks") },
                          { QStringLiteral("filter"), QStringLiteral("id in %1").arg(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))) } });
        m_milvus.milvus(QStringLiteral("collections/drop"), { { QStringLiteral("collectionName"), QStringLiteral("RelationDescriptions") } });

        m_page->chooseLeft(m_set);
        m_page->chooseRight(QStringLiteral("profile:") + kProfile);
        Dialogs::setNextText(QStringLiteral("root:token-from-the-prompt"));
        Dialogs::setNextAnswer(QMessageBox::Ok); // closes the error box should the comparison fail
        const bool ok = compare();
        const QString shown = Dialogs::shownMessages().join(QLatin1Char('\n'));
        QVERIFY2(ok, qPrintable(shown));
        // The token was asked for through the prompt seam (SecretResolver, policy "ask every time").
        QVERIFY2(shown.contains(kProfile) && shown.contains(QLatin1String("Milvus")), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("token-from-the-prompt")));

        auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("collectionTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 3);

        const int chunks = rowOf(table, QStringLiteral("default.DocumentChunks"));
        QVERIFY(chunks >= 0);
        QCOMPARE(table->item(chunks, 1)->text(), QStringLiteral("230"));
        QCOMPARE(table->item(chunks, 2)->text(), QStringLiteral("200"));
        QCOMPARE(table->item(chunks, 3)->text(), QStringLiteral("-30"));
        QCOMPARE(table->item(chunks, 3)->foreground().color(), kLess);
        QVERIFY(table->item(chunks, 3)->font().bold());
        QVERIFY(table->item(chunks, 4)->text().contains(QLatin1String("rows: 230 in A, 200 in B")));

        const int entities = rowOf(table, QStringLiteral("default.EntityDescriptions"));
        QVERIFY(entities >= 0);
        QCOMPARE(table->item(entities, 1)->text(), QStringLiteral("120"));
        QCOMPARE(table->item(entities, 2)->text(), QStringLiteral("120"));
        QCOMPARE(table->item(entities, 3)->text(), QStringLiteral("same"));
        QCOMPARE(table->item(entities, 3)->foreground().color(), kSame);
        QCOMPARE(table->item(entities, 4)->text(), QStringLiteral("same"));

        const int relations = rowOf(table, QStringLiteral("default.RelationDescriptions"));
        QVERIFY(relations >= 0);
        QCOMPARE(table->item(relations, 1)->text(), QStringLiteral("75"));
        QCOMPARE(table->item(relations, 2)->text(), QStringLiteral("absent"));
        QCOMPARE(table->item(relations, 3)->text(), QStringLiteral("removed"));
        QCOMPARE(table->item(relations, 3)->foreground().color(), kLess);

        QVERIFY2(m_page->verdictText().contains(QLatin1String("Different")), qPrintable(m_page->verdictText()));
        QVERIFY(m_page->comparison().collectionsCompared);
        QVERIFY(!m_page->comparison().graphsCompared);
        // The differences are listed in the text pane too, by collection.
        QVERIFY2(m_page->changesText().contains(QLatin1String("Collection default.DocumentChunks:")), qPrintable(m_page->changesText()));
    }

    void canceledPromptCancelsTheComparison()
    {
        // No answer to the token prompt: the comparison stops, the last result stays on screen.
        Dialogs::setNextText(std::nullopt);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!compare());
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("collectionTable"));
        QCOMPARE(table->rowCount(), 3);
    }

    void profileWithoutServersSaysWhatToDo()
    {
        m_profiles->add(ConnectionProfile(QStringLiteral("nothing")));
        m_page->chooseLeft(m_set);
        m_page->chooseRight(QStringLiteral("profile:nothing"));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!compare());
        const QString shown = Dialogs::shownMessages().join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QLatin1String("names neither a FalkorDB nor a Milvus server")), qPrintable(shown));
    }
};

QTEST_MAIN(TestDiffPage)
#include "tst_diffpage.moc"
