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
    m_ui->packageCheck->setToolTip(tr("After the backup, also writes <set name>.zip next to the set folder: one file that "
                                      "restore and verify accept as it is. Every file is checked against its checksum on the way."));
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &BackupPage::onProfileChanged);
    connect(m_ui->refreshScopeButton, &QPushButton::clicked, this, &BackupPage::loadGraphsFromServer);
    connect(m_ui->allGraphsButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->graphList->count(); ++i)
            m_ui->graphList->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_ui->graphList, &QListWidget::itemChanged, this, &BackupPage::updateSummary);
    connect(m_ui->loadCollectionsButton, &QPushButton::clicked, this, &BackupPage::loadCollectionsFromServer);
    connect(m_ui->allCollectionsButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->collectionList->count(); ++i)
            m_ui->collectionList->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_ui->collectionList, &QListWidget::itemChanged, this, &BackupPage::updateSummary);
    connect(m_ui->graphsGroup, &QGroupBox::toggled, this, &BackupPage::updateSummary);
    connect(m_ui->collectionsGroup, &QGroupBox::toggled, this, &BackupPage::updateSummary);
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

void BackupPage::setSelectedCollections(const QStringList &collections)
{
    QStringList missing = collections;
    for (int i = 0; i < m_ui->collectionList->count(); ++i) {
        QListWidgetItem *item = m_ui->collectionList->item(i);
        const QString key = item->data(Qt::UserRole).toString();
        item->setCheckState(collections.contains(key) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(key);
    }
    for (const QString &key : missing) {
        auto *item = new QListWidgetItem(key, m_ui->collectionList);
        item->setData(Qt::UserRole, key);
        item->setCheckState(Qt::Checked);
    }
    updateSummary();
}

QStringList BackupPage::selectedCollections() const
{
    QStringList collections;
    for (int i = 0; i < m_ui->collectionList->count(); ++i) {
        if (m_ui->collectionList->item(i)->checkState() == Qt::Checked)
            collections.append(m_ui->collectionList->item(i)->data(Qt::UserRole).toString());
    }
    return collections;
}

QStringList BackupPage::listedCollections() const
{
    QStringList collections;
    for (int i = 0; i < m_ui->collectionList->count(); ++i)
        collections.append(m_ui->collectionList->item(i)->data(Qt::UserRole).toString());
    return collections;
}

void BackupPage::setBackUpGraphs(bool include) { m_ui->graphsGroup->setChecked(include); }
void BackupPage::setBackUpCollections(bool include) { m_ui->collectionsGroup->setChecked(include); }
bool BackupPage::backsUpGraphs() const { return m_ui->graphsGroup->isEnabledTo(this) && m_ui->graphsGroup->isChecked(); }
bool BackupPage::backsUpCollections() const { return collectionsAvailable() && m_ui->collectionsGroup->isChecked(); }
// isEnabledTo: the page itself may be disabled for a while (a job running) without changing the scope.
bool BackupPage::collectionsAvailable() const { return m_ui->collectionsGroup->isEnabledTo(this); }
QString BackupPage::collectionsNoteText() const { return m_ui->collectionsNote->text(); }
QString BackupPage::summaryText() const { return m_ui->summaryLabel->text(); }

void BackupPage::onProfileChanged()
{
    m_ui->graphList->clear();
    const QString name = m_ui->profileCombo->currentText();
    const bool known = !name.isEmpty() && m_services.profiles->contains(name);
    const bool hasGraphServer = known && !m_services.profiles->profile(name).falkorDb().url.isEmpty();
    m_ui->backupButton->setEnabled(!name.isEmpty());
    m_ui->refreshScopeButton->setEnabled(hasGraphServer);
    // A profile with vector servers only backs up collections; the group says why it is off.
    m_ui->graphsGroup->setEnabled(hasGraphServer || !known);
    m_ui->graphsGroup->setChecked(hasGraphServer || !known);
    if (known)
        setSelectedGraphs(m_services.profiles->profile(name).falkorDb().graphs);
    updateCollectionsState();
    updateSummary();
}

void BackupPage::updateCollectionsState()
{
    m_ui->collectionList->clear();
    const QString name = m_ui->profileCombo->currentText();
    if (name.isEmpty() || !m_services.profiles->contains(name)) {
        m_ui->collectionsGroup->setChecked(false);
        m_ui->collectionsGroup->setEnabled(false);
        m_ui->collectionsNote->clear();
        return;
    }
    const ConnectionProfile profile = m_services.profiles->profile(name);
    const bool available = ProfileEndpoints::hasVectorServers(profile);
    // Disabled rather than hidden: the note tells what the profile lacks.
    m_ui->collectionsGroup->setChecked(available);
    m_ui->collectionsGroup->setEnabled(available);
    m_ui->collectionsNote->setText(available
        ? tr("Backed up through milvus-backup at %1: it writes the backup into its bucket, and the whole backup "
             "folder is copied into the set. Row counts come from Milvus at %2.")
              .arg(VectorServers::displayUrl(profile.milvusBackupUrl()), VectorServers::displayUrl(profile.milvusUrl()))
        : ProfileEndpoints::vectorServersProblem(profile));
}

void BackupPage::updateSummary()
{
    const QStringList graphs = selectedGraphs();
    if (m_ui->profileCombo->currentText().isEmpty()) {
        m_ui->summaryLabel->setText(tr("Add a connection profile first (Profiles tab)."));
        return;
    }
    QStringList parts;
    if (!backsUpGraphs())
        parts.append(tr("Graphs are not backed up."));
    else if (graphs.isEmpty())
        parts.append(tr("No graph selected: every graph on the server will be backed up."));
    else
        parts.append(tr("%n graph(s) selected.", nullptr, int(graphs.size())));
    if (backsUpCollections()) {
        const QStringList collections = selectedCollections();
        parts.append(collections.isEmpty()
            ? tr("No collection selected: every collection of the Milvus database \"default\" will be backed up.")
            : tr("%n collection(s) selected.", nullptr, int(collections.size())));
    } else if (collectionsAvailable()) {
        parts.append(tr("Collections are not backed up."));
    }
    m_ui->summaryLabel->setText(parts.join(QLatin1Char(' ')));
}

void BackupPage::loadCollectionsFromServer()
{
    const QString name = m_ui->profileCombo->currentText();
    if (name.isEmpty() || !m_services.profiles->contains(name))
        return;
    const ConnectionProfile profile = m_services.profiles->profile(name);
    if (!ProfileEndpoints::hasVectorServers(profile)) {
        Dialogs::warning(this, tr("Load collections"), ProfileEndpoints::vectorServersProblem(profile));
        emit collectionsLoaded(false);
        return;
    }
    AppServices *services = &m_services;
    const QStringList wanted = selectedCollections();
    if (!m_services.jobs->start(tr("List collections: %1").arg(name), [services, profile](TaskContext &context) {
            auto secrets = services->makeResolver(context);
            QVariantMap rows;
            const QMap<QString, qint64> counts = ConnectionTester::collectionRows(profile, *secrets, context);
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                rows.insert(it.key(), it.value());
            return QVariant(rows);
        })) {
        Dialogs::warning(this, tr("Back up"), tr("Another job is running; wait for it or cancel it first."));
        emit collectionsLoaded(false);
        return;
    }
    m_services.jobs->whenDone(this, [this, wanted](const QVariant &result) {
        const QVariantMap rows = result.toMap();
        const QLocale locale;
        QSignalBlocker block(m_ui->collectionList);
        m_ui->collectionList->clear();
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            auto *item = new QListWidgetItem(tr("%1 (%2 rows)").arg(it.key(), locale.toString(it.value().toLongLong())),
                                             m_ui->collectionList);
            item->setData(Qt::UserRole, it.key());
            item->setCheckState(wanted.isEmpty() || wanted.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
        }
        block.unblock();
        if (rows.isEmpty())
            m_ui->collectionsNote->setText(tr("This Milvus has no collections."));
        updateSummary();
        emit collectionsLoaded(true);
    }, [this](const QString &message, bool) {
        Dialogs::critical(this, tr("Load collections"), message);
        emit collectionsLoaded(false);
    });
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
    const bool withGraphs = backsUpGraphs();
    const bool withCollections = backsUpCollections();
    if (!withGraphs && !withCollections) {
        Dialogs::warning(this, tr("Back up"), tr("Nothing to back up: tick Graphs and/or Collections."));
        return;
    }
    if (withGraphs)
        request.graphs = selectedGraphs();
    request.consistentSnapshot = m_ui->consistentCheck->isChecked();
    const QStringList collections = withCollections ? selectedCollections() : QStringList();
    AppServices *services = &m_services;
    // Set by the worker once the set is complete: a failure or cancel after that point (while
    // packaging) leaves a whole set behind, and the message must say so.
    auto setWritten = std::make_shared<std::atomic<bool>>(false);
    if (!m_services.jobs->start(tr("Back up %1").arg(name), [services, profile, request, packagePath, setWritten,
                                                            withGraphs, withCollections, collections](TaskContext &context) mutable {
            auto secrets = services->makeResolver(context);
            if (withGraphs)
                request.falkordbUrl = ProfileEndpoints::falkorDbUrl(profile, *secrets);
            if (withCollections) {
                VectorBackup::Request vector;
                vector.servers = ProfileEndpoints::vectorServers(profile, *secrets);
                vector.collections = collections;
                request.vector = vector;
            }
            const BackupJob::Result result = BackupJob::run(request, context);
            setWritten->store(true);
            context.log(LogLevel::Info, tr("Backup set written to %1: %2 graph(s), %3.")
                                            .arg(request.setDirectory)
                                            .arg(result.manifest.graphs.size())
                                            .arg(QLocale().formattedDataSize(result.bytes)));
            if (withCollections)
                context.log(LogLevel::Info, tr("Vector backup \"%1\": %n collection(s).", nullptr,
                                               int(result.manifest.collections.size()))
                                                .arg(result.manifest.vectorBackupName));
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
