#include "BackupPage.h"

#include "AppServices.h"
#include "BackupJob.h"
#include "ConnectionTester.h"
#include "Dialogs.h"
#include "JobRunner.h"
#include "OperationError.h"
#include "PackageWriter.h"
#include "ProfileEndpoints.h"
#include "ProfileStore.h"
#include "ui_BackupPage.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

#include <atomic>
#include <memory>

namespace {
QString defaultSetName()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

BackupPage::BackupPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BackupPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    m_ui->destinationEdit->setText(services.backupFolder);
    m_ui->setNameEdit->setText(defaultSetName());
    m_ui->collectionsNote->setText(tr("Vector collections are backed up through milvus-backup; this part of the "
                                      "backup is not available in this version yet. Graphs are backed up in full."));
    m_ui->collectionList->setEnabled(false);
    m_ui->packageCheck->setToolTip(tr("After the backup, also writes <set name>.zip next to the set folder: one file that "
                                      "restore and verify accept as it is. Every file is checked against its checksum on the way."));
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &BackupPage::onProfileChanged);
    connect(m_ui->refreshScopeButton, &QPushButton::clicked, this, &BackupPage::loadGraphsFromServer);
    connect(m_ui->allGraphsButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->graphList->count(); ++i)
            m_ui->graphList->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_ui->graphList, &QListWidget::itemChanged, this, &BackupPage::updateSummary);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder = Dialogs::existingDirectory(this, tr("Where backup sets are kept"), m_ui->destinationEdit->text());
        if (!folder.isEmpty())
            m_ui->destinationEdit->setText(folder);
    });
    connect(m_ui->backupButton, &QPushButton::clicked, this, &BackupPage::startBackup);
    connect(m_services.profiles, &ProfileStore::profilesChanged, this, &BackupPage::reloadProfiles);
    reloadProfiles();
}

BackupPage::~BackupPage() = default;

void BackupPage::reloadProfiles()
{
    const QString current = m_ui->profileCombo->currentText();
    QSignalBlocker block(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItems(m_services.profiles->names());
    const int index = m_ui->profileCombo->findText(current);
    m_ui->profileCombo->setCurrentIndex(index >= 0 ? index : 0);
    block.unblock();
    onProfileChanged();
}

void BackupPage::setProfile(const QString &name)
{
    m_ui->profileCombo->setCurrentIndex(m_ui->profileCombo->findText(name));
}

void BackupPage::setDestination(const QString &folder) { m_ui->destinationEdit->setText(folder); }
void BackupPage::setSetName(const QString &name) { m_ui->setNameEdit->setText(name); }
void BackupPage::setMakePackage(bool makePackage) { m_ui->packageCheck->setChecked(makePackage); }

void BackupPage::setSelectedGraphs(const QStringList &graphs)
{
    QStringList missing = graphs;
    for (int i = 0; i < m_ui->graphList->count(); ++i) {
        QListWidgetItem *item = m_ui->graphList->item(i);
        item->setCheckState(graphs.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(item->text());
    }
    for (const QString &graph : missing) {
        auto *item = new QListWidgetItem(graph, m_ui->graphList);
        item->setCheckState(Qt::Checked);
    }
    updateSummary();
}

QStringList BackupPage::selectedGraphs() const
{
    QStringList graphs;
    for (int i = 0; i < m_ui->graphList->count(); ++i) {
        if (m_ui->graphList->item(i)->checkState() == Qt::Checked)
            graphs.append(m_ui->graphList->item(i)->text());
    }
    return graphs;
}

QStringList BackupPage::listedGraphs() const
{
    QStringList graphs;
    for (int i = 0; i < m_ui->graphList->count(); ++i)
        graphs.append(m_ui->graphList->item(i)->text());
    return graphs;
}

void BackupPage::onProfileChanged()
{
    m_ui->graphList->clear();
    const QString name = m_ui->profileCombo->currentText();
    m_ui->backupButton->setEnabled(!name.isEmpty());
    m_ui->refreshScopeButton->setEnabled(!name.isEmpty());
    if (!name.isEmpty() && m_services.profiles->contains(name))
        setSelectedGraphs(m_services.profiles->profile(name).falkorDb().graphs);
    updateSummary();
}

void BackupPage::updateSummary()
{
    const QStringList graphs = selectedGraphs();
    if (m_ui->profileCombo->currentText().isEmpty())
        m_ui->summaryLabel->setText(tr("Add a connection profile first (Profiles tab)."));
    else if (graphs.isEmpty())
        m_ui->summaryLabel->setText(tr("No graph selected: every graph on the server will be backed up."));
    else
        m_ui->summaryLabel->setText(tr("%n graph(s) selected.", nullptr, int(graphs.size())));
}

void BackupPage::loadGraphsFromServer()
{
    const QString name = m_ui->profileCombo->currentText();
    if (name.isEmpty())
        return;
    const ConnectionProfile profile = m_services.profiles->profile(name);
    AppServices *services = &m_services;
    const QStringList wanted = selectedGraphs();
    if (!m_services.jobs->start(tr("List graphs: %1").arg(name), [services, profile](TaskContext &context) {
            auto secrets = services->makeResolver(context);
            return QVariant(ConnectionTester::listGraphs(profile, *secrets, context));
        })) {
        Dialogs::warning(this, tr("Back up"), tr("Another job is running; wait for it or cancel it first."));
        return;
    }
    m_services.jobs->whenDone(this, [this, wanted](const QVariant &result) {
        const QStringList graphs = result.toStringList();
        m_ui->graphList->clear();
        for (const QString &graph : graphs) {
            auto *item = new QListWidgetItem(graph, m_ui->graphList);
            item->setCheckState(wanted.isEmpty() || wanted.contains(graph) ? Qt::Checked : Qt::Unchecked);
        }
        updateSummary();
        emit graphsLoaded();
    }, [this](const QString &message, bool) {
        Dialogs::critical(this, tr("Load graphs"), message);
        emit graphsLoaded();
    });
}

void BackupPage::startBackup()
{
    const QString name = m_ui->profileCombo->currentText();
    if (name.isEmpty() || !m_services.profiles->contains(name)) {
        Dialogs::warning(this, tr("Back up"), tr("Choose a connection profile first."));
        return;
    }
    const QString folder = m_ui->destinationEdit->text().trimmed();
    const QString setName = m_ui->setNameEdit->text().trimmed();
    if (folder.isEmpty() || setName.isEmpty() || setName.contains(QLatin1Char('/'))) {
        Dialogs::warning(this, tr("Back up"), tr("Choose a destination folder and a set name (without '/')."));
        return;
    }
    const QString setDirectory = QDir(folder).filePath(setName);
    if (QFileInfo::exists(setDirectory)) {
        Dialogs::warning(this, tr("Back up"), tr("%1 already exists. Choose another set name.").arg(setDirectory));
        return;
    }
    const bool makePackage = m_ui->packageCheck->isChecked();
    const QString packagePath = makePackage ? PackageWriter::defaultPackagePath(setDirectory) : QString();
    // Checked now rather than after a long backup: the package writer never overwrites.
    if (makePackage && QFileInfo::exists(packagePath)) {
        Dialogs::warning(this, tr("Back up"), tr("%1 already exists. Choose another set name.").arg(packagePath));
        return;
    }
    if (!QDir().mkpath(folder)) {
        Dialogs::critical(this, tr("Back up"), tr("The folder %1 cannot be created.").arg(folder));
        return;
    }
    const ConnectionProfile profile = m_services.profiles->profile(name);
    BackupJob::Request request;
    request.setDirectory = setDirectory;
    request.profileName = name;
    request.graphs = selectedGraphs();
    request.consistentSnapshot = m_ui->consistentCheck->isChecked();
    AppServices *services = &m_services;
    // Set by the worker once the set is complete: a failure or cancel after that point (while
    // packaging) leaves a whole set behind, and the message must say so.
    auto setWritten = std::make_shared<std::atomic<bool>>(false);
    if (!m_services.jobs->start(tr("Back up %1").arg(name), [services, profile, request, packagePath, setWritten](TaskContext &context) mutable {
            auto secrets = services->makeResolver(context);
            request.falkordbUrl = ProfileEndpoints::falkorDbUrl(profile, *secrets);
            const BackupJob::Result result = BackupJob::run(request, context);
            setWritten->store(true);
            context.log(LogLevel::Info, tr("Backup set written to %1: %2 graph(s), %3.")
                                            .arg(request.setDirectory)
                                            .arg(result.manifest.graphs.size())
                                            .arg(QLocale().formattedDataSize(result.bytes)));
            if (!packagePath.isEmpty()) {
                // PackageWriter writes under a temporary name and renames at the end; a cancel or an
                // error leaves no partial .zip.
                context.log(LogLevel::Info, tr("Writing the package %1…").arg(packagePath));
                const PackageWriter::Result package = PackageWriter::write(request.setDirectory, packagePath, context);
                context.log(LogLevel::Info, tr("Package written to %1: %n file(s), %2.", nullptr, package.entries)
                                                .arg(package.packagePath, QLocale().formattedDataSize(package.packageBytes)));
            }
            return QVariant(request.setDirectory);
        })) {
        Dialogs::warning(this, tr("Back up"), tr("Another job is running; wait for it or cancel it first."));
        return;
    }
    emit backupStarted();
    m_services.jobs->whenDone(this, [this](const QVariant &result) {
        m_ui->setNameEdit->setText(defaultSetName());
        emit backupFinished(result.toString());
    }, [this, setWritten, setDirectory](const QString &message, bool canceled) {
        if (setWritten->load()) {
            Dialogs::critical(this, tr("Back up"), (canceled ? tr("The packaging was canceled; no package was left behind. The backup set %1 is complete and was kept.\n\n%2")
                                                             : tr("The package could not be written; no package was left behind. The backup set %1 is complete and was kept.\n\n%2"))
                                                       .arg(setDirectory, message));
            m_ui->setNameEdit->setText(defaultSetName());
            emit backupFinished(setDirectory);
            return;
        }
        Dialogs::critical(this, tr("Back up"), (canceled ? tr("The backup was canceled; its unfinished set folder was removed.\n\n%1")
                                                         : tr("The backup did not complete; no set was left behind.\n\n%1")).arg(message));
    });
}
