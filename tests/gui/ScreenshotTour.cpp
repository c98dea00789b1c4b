// The README's screenshots, taken from the real main window with real content: docs/screenshots/take.sh
// runs the sandbox demo (tests/sandbox/demo.sh) and calls this program while the demo's stand-ins still
// run, under Xvfb with a private gnome-keyring. It creates two profiles on those servers ("dev laptop" =
// sandbox A, "production" = sandbox B, S3 secret key in the keychain), then walks through the screens the
// way a user would: Test connection, load the scope, back up, history, compare the set with the live
// "production" profile, and restore the package into it through the wizard. Each screen is grabbed
// when its work has finished, so the pictures never show a half-filled page.
//
//   bmb_screenshot_tour --out DIR [--lang vi]      (needs the BMB_DEMO_* variables of demo.sh)
//
// A tool for the documentation, not a test: it fails loudly (exit 1) when a step does not finish.

#include "BackupPage.h"
#include "CredentialStore.h"
#include "DiffPage.h"
#include "HistoryPage.h"
#include "JobRunner.h"
#include "JobsPanel.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "ProfilesPage.h"
#include "RestoreWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>
#include <functional>

namespace {

const QString kGraph = QStringLiteral("knowledge_graph");

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bmb_screenshot_tour: %s\n", qPrintable(what));
    std::exit(1);
}

QString demoVariable(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        fail(QStringLiteral("%1 is not set: run this through docs/screenshots/take.sh").arg(QLatin1String(name)));
    return value;
}

// Runs the event loop until `done` holds; the pages do their work on QtConcurrent jobs.
void waitFor(const std::function<bool()> &done, const QString &what, int timeoutMs = 180000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            fail(QStringLiteral("timed out waiting for %1").arg(what));
        QTest::qWait(50);
    }
}

void copyTree(const QString &from, const QString &to)
{
    if (QFileInfo(from).isFile()) {
        if (!QFile::copy(from, to))
            fail(QStringLiteral("cannot copy %1").arg(from));
        return;
    }
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(file, target))
            fail(QStringLiteral("cannot copy %1").arg(file));
    }
}

ConnectionProfile sandboxProfile(const QString &name, const char *side)
{
    const auto variable = [side](const char *stem) { return demoVariable(QByteArray(stem).append(side).constData()); };
    ConnectionProfile profile(name);
    profile.falkorDb().url = QUrl(variable("BMB_DEMO_FALKORDB_"));
    profile.falkorDb().graphs = { kGraph };
    profile.milvusBackupUrl() = QUrl(variable("BMB_DEMO_MILVUS_BACKUP_"));
    profile.milvusUrl() = QUrl(variable("BMB_DEMO_MILVUS_"));
    profile.s3().endpoint = QUrl(variable("BMB_DEMO_S3_"));
    profile.s3().bucket = QStringLiteral("a-bucket");
    profile.s3().root = QStringLiteral("backup");
    profile.s3().region = QStringLiteral("us-east-1");
    profile.s3().accessKeyId = QStringLiteral("S3RVER");
    profile.setSecretPolicy(SecretKind::FalkorDbPassword, SecretPolicy::NotNeeded);
    profile.setSecretPolicy(SecretKind::MilvusToken, SecretPolicy::NotNeeded);
    profile.setSecretPolicy(SecretKind::S3SecretKey, SecretPolicy::StoredInKeychain);
    return profile;
}

class Tour
{
public:
    Tour(const QString &outDir, const QString &suffix)
        : m_outDir(outDir)
        , m_suffix(suffix)
    {
    }

    void shoot(QWidget *widget, const QString &name)
    {
        QTest::qWait(400); // let the last layout and paint land
        const QString path = QDir(m_outDir).filePath(name + m_suffix + QStringLiteral(".png"));
        if (!widget->grab().save(path))
            fail(QStringLiteral("cannot write %1").arg(path));
        std::printf("wrote %s\n", qPrintable(path));
    }

private:
    QString m_outDir;
    QString m_suffix;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("brandmind-backup"));
    QApplication::setApplicationDisplayName(QStringLiteral("BrandMind Backup"));
    QApplication::setOrganizationName(QStringLiteral("BrandMind"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("lang"), QStringLiteral("vi: Vietnamese interface (files get a -vi suffix)."),
                       QStringLiteral("LANG") });
    parser.process(app);
    const QString outDir = parser.value(QStringLiteral("out"));
    if (outDir.isEmpty() || !QDir().mkpath(outDir))
        fail(QStringLiteral("--out DIR is needed"));
    const bool vietnamese = parser.value(QStringLiteral("lang")) == QLatin1String("vi");

    QTranslator translator;
    if (vietnamese) {
        if (!translator.load(QLocale(QLocale::Vietnamese), QStringLiteral("brandmind-backup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            fail(QStringLiteral("the Vietnamese translation is not embedded"));
        QApplication::installTranslator(&translator);
    }

    QTemporaryDir work;
    const QString backups = QDir(work.path()).filePath(QStringLiteral("backups"));
    QDir().mkpath(backups);
    const QString demoSet = demoVariable("BMB_DEMO_SET");
    const QString set = QDir(backups).filePath(QFileInfo(demoSet).fileName());
    const QString package = set + QStringLiteral(".zip");
    copyTree(demoSet, set);
    copyTree(demoVariable("BMB_DEMO_PACKAGE"), package);

    MainWindow::Options options;
    options.profilesFile = QDir(work.path()).filePath(QStringLiteral("profiles.json"));
    options.backupFolder = backups;
    options.keychainService = QStringLiteral("BrandMind Backup screenshots");
    {
        // The profiles as a user would have saved them, the S3 secret key in the (private) keychain.
        CredentialStore credentials(options.keychainService);
        ProfileStore store(options.profilesFile, &credentials);
        store.load();
        for (const auto &[name, side] : { std::pair { QStringLiteral("dev laptop"), "A" }, std::pair { QStringLiteral("production"), "B" } }) {
            store.add(sandboxProfile(name, side));
            store.setSecret(name, SecretKind::S3SecretKey, QStringLiteral("S3RVER"));
        }
    }

    MainWindow window(options);
    window.resize(1180, 760);
    window.show();
    waitFor([&] { return window.keychainProbed(); }, QStringLiteral("the keychain check"));
    Tour tour(outDir, vietnamese ? QStringLiteral("-vi") : QString());

    // Profiles: Test connection on the source.
    bool tested = false;
    QObject::connect(window.profilesPage(), &ProfilesPage::connectionTested, [&](bool) { tested = true; });
    window.profilesPage()->selectProfile(QStringLiteral("dev laptop"));
    window.profilesPage()->testConnection();
    waitFor([&] { return tested; }, QStringLiteral("Test connection"));
    tour.shoot(&window, QStringLiteral("profiles"));

    // Back up: the scope read from the servers.
    BackupPage *backup = window.backupPage();
    window.showTab(backup);
    backup->setProfile(QStringLiteral("dev laptop"));
    bool graphsLoaded = false, collectionsLoaded = false;
    QObject::connect(backup, &BackupPage::graphsLoaded, [&] { graphsLoaded = true; });
    QObject::connect(backup, &BackupPage::collectionsLoaded, [&](bool) { collectionsLoaded = true; });
    backup->loadGraphsFromServer();
    waitFor([&] { return graphsLoaded; }, QStringLiteral("the graph list"));
    backup->loadCollectionsFromServer();
    waitFor([&] { return collectionsLoaded; }, QStringLiteral("the collection list"));
    backup->setSelectedGraphs({ kGraph });
    backup->setSetName(QStringLiteral("before-cleanup"));
    tour.shoot(&window, QStringLiteral("backup"));
    if (vietnamese)
        return 0; // the Vietnamese pictures show the interface language; the rest repeats the English tour

    // The backup itself, then the Jobs tab with its log.
    QString written;
    QObject::connect(backup, &BackupPage::backupFinished, [&](const QString &path) { written = path; });
    backup->startBackup();
    waitFor([&] { return !written.isEmpty() && !window.jobRunner()->isRunning(); }, QStringLiteral("the backup"));
    window.showTab(window.jobsPanel());
    tour.shoot(&window, QStringLiteral("jobs"));

    // History: the demo's set and package and the new set.
    window.showTab(window.historyPage());
    window.historyPage()->refresh();
    window.historyPage()->selectSet(set);
    tour.shoot(&window, QStringLiteral("history"));

    // Compare the demo set with the live "production" profile (take.sh changed a few things there).
    DiffPage *diff = window.diffPage();
    window.showTab(diff);
    bool compared = false;
    QObject::connect(diff, &DiffPage::compared, [&](bool) { compared = true; });
    diff->chooseLeft(set);
    diff->chooseRight(QStringLiteral("profile:production"));
    diff->compare();
    waitFor([&] { return compared; }, QStringLiteral("the comparison"));
    diff->chooseGraph(kGraph);
    tour.shoot(&window, QStringLiteral("compare"));

    // Restore the package into "production": the review with its conflicts, then the report.
    window.openRestoreWizard(package);
    RestoreWizard *wizard = window.restoreWizard();
    if (!wizard)
        fail(QStringLiteral("the restore wizard did not open"));
    wizard->resize(900, 640);
    wizard->setTargetProfile(QStringLiteral("production"));
    bool checked = false;
    QObject::connect(wizard, &RestoreWizard::targetCheckFinished, [&] { checked = true; });
    wizard->next();
    waitFor([&] { return checked || wizard->targetChecked(); }, QStringLiteral("the target check"));
    // Compared while every graph and collection still maps to its own name (the default, skip).
    bool targetCompared = false;
    QObject::connect(wizard, &RestoreWizard::targetCompared, [&](bool) { targetCompared = true; });
    wizard->compareWithTarget();
    waitFor([&] { return targetCompared; }, QStringLiteral("the comparison with the target"));
    wizard->setAction(kGraph, RestoreWizard::Action::Rename, kGraph + QStringLiteral("_restored"));
    for (const QString &collection : demoVariable("BMB_DEMO_COLLECTIONS").split(QLatin1Char(',')))
        wizard->setCollectionAction(QStringLiteral("default.") + collection, RestoreWizard::Action::Rename,
                                    collection + QStringLiteral("_restored"));
    wizard->resize(900, 760);
    tour.shoot(wizard, QStringLiteral("restore-review"));
    bool finished = false;
    QObject::connect(wizard, &RestoreWizard::restoreFinished, [&](bool) { finished = true; });
    wizard->next();
    waitFor([&] { return finished; }, QStringLiteral("the restore"));
    waitFor([&] { return wizard->currentId() == RestoreWizard::ReportPage; }, QStringLiteral("the report page"));
    tour.shoot(wizard, QStringLiteral("restore-report"));
    if (!wizard->succeeded())
        fail(QStringLiteral("the restore did not succeed:\n%1").arg(wizard->reportText()));
    return 0;
}
