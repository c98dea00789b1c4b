#include "RestoreWizard.h"

#include "AppServices.h"
#include "Dialogs.h"
#include "FalkorConnection.h"
#include "JobRunner.h"
#include "JobsPanel.h"
#include "OperationError.h"
#include "PackageReader.h"
#include "ProfileEndpoints.h"
#include "MilvusRestClient.h"
#include "ProfileStore.h"
#include "RestoreJob.h"
#include "SecretResolver.h"
#include "SetDiff.h"
#include "TargetDiffSummary.h"
#include "VectorServers.h"
#include "ui_RestoreWizard.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>

namespace {
enum Column { GraphColumn, NodesColumn, EdgesColumn, TargetColumn, ActionColumn, NameColumn };
enum CollectionColumn { CollectionColumn, RowsColumn, CollectionTargetColumn, CollectionActionColumn, CollectionNameColumn };
const char *kChooseField = "setPath*";
const char *kReviewField = "reviewReady*";
const char *kRunField = "runDone*";

// QWizardPage::registerField is protected; a mandatory field is the page's public "not complete yet"
// switch, so it is reached through a member pointer instead of a page subclass per page.
struct PageFields : QWizardPage
{
    static void registerMandatory(QWizardPage *page, const char *name, QWidget *widget)
    {
        (page->*(&PageFields::registerField))(QString::fromLatin1(name), widget, nullptr, nullptr);
    }
};

QString reportLine(const QVariantMap &graph)
{
    const bool ok = graph.value(QStringLiteral("verified")).toBool();
    QString text = ok ? QCoreApplication::translate("RestoreWizard", "✔ %1 → %2: %3 nodes, %4 edges restored; counts and fingerprint match the backup.")
                      : QCoreApplication::translate("RestoreWizard", "✘ %1 → %2: %3 nodes, %4 edges restored, but it does NOT match the backup.");
    text = text.arg(graph.value(QStringLiteral("source")).toString(), graph.value(QStringLiteral("target")).toString())
               .arg(graph.value(QStringLiteral("nodes")).toLongLong())
               .arg(graph.value(QStringLiteral("edges")).toLongLong());
    for (const QString &line : graph.value(QStringLiteral("differences")).toStringList())
        text += QStringLiteral("\n      ") + line;
    return text;
}

QString collectionReportLine(const QVariantMap &collection)
{
    const QString source = collection.value(QStringLiteral("source")).toString();
    const QString target = collection.value(QStringLiteral("target")).toString();
    const QString action = collection.value(QStringLiteral("action")).toString();
    const qint64 expected = collection.value(QStringLiteral("expectedRows")).toLongLong();
    const qint64 actual = collection.value(QStringLiteral("actualRows")).toLongLong();
    if (action == QLatin1String("skip"))
        return QCoreApplication::translate("RestoreWizard", "– collection %1: skipped, %2 exists in the target Milvus.").arg(source, target);
    QString text = collection.value(QStringLiteral("ok")).toBool()
        ? QCoreApplication::translate("RestoreWizard", "✔ collection %1 → %2: %3 rows expected, %4 rows found.")
        : QCoreApplication::translate("RestoreWizard", "✘ collection %1 → %2: %3 rows expected, %4 rows found; it does NOT match the backup.");
    text = text.arg(source, target).arg(expected).arg(actual);
    if (action == QLatin1String("drop-and-restore"))
        text += QLatin1Char(' ') + QCoreApplication::translate("RestoreWizard", "The collection that was there before was dropped first.");
    return text;
}
} // namespace

RestoreWizard::RestoreWizard(AppServices &services, const QString &setDirectory, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::RestoreWizard>())
    , m_services(services)
{
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_ui->reviewPage->setCommitPage(true);
    m_ui->reviewPage->setButtonText(QWizard::CommitButton, tr("&Restore"));
    m_ui->graphTable->verticalHeader()->hide();
    m_ui->graphTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->graphTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Hidden mandatory fields keep Next disabled until a page is ready (QWizardPage::isComplete).
    PageFields::registerMandatory(m_ui->choosePage, kChooseField, m_ui->setEdit);
    auto *reviewReady = new QLineEdit(m_ui->reviewPage);
    reviewReady->setObjectName(QStringLiteral("reviewReadyField"));
    reviewReady->hide();
    PageFields::registerMandatory(m_ui->reviewPage, kReviewField, reviewReady);
    auto *runDone = new QLineEdit(m_ui->runPage);
    runDone->setObjectName(QStringLiteral("runDoneField"));
    runDone->hide();
    PageFields::registerMandatory(m_ui->runPage, kRunField, runDone);

    m_ui->profileCombo->addItems(m_services.profiles->names());
    m_ui->setEdit->setText(setDirectory);
    connect(m_ui->setEdit, &QLineEdit::textChanged, this, [this] { m_ui->chooseInfo->clear(); });
    connect(m_ui->browseSetButton, &QPushButton::clicked, this, [this] {
        const QString folder = Dialogs::existingDirectory(this, tr("Backup set"), m_ui->setEdit->text());
        if (!folder.isEmpty())
            m_ui->setEdit->setText(folder);
    });
    connect(m_ui->browsePackageButton, &QPushButton::clicked, this, [this] {
        const QString package = Dialogs::openFileName(this, tr("Backup package"), m_ui->setEdit->text(),
                                                      tr("Backup packages (*.zip)"));
        if (!package.isEmpty())
            m_ui->setEdit->setText(package);
    });
    connect(m_ui->confirmReplaceCheck, &QCheckBox::toggled, this, [this] { m_reviewProblem.clear(); });
    connect(m_ui->confirmDropCheck, &QCheckBox::toggled, this, [this] { m_reviewProblem.clear(); });
    m_ui->collectionTable->verticalHeader()->hide();
    m_ui->collectionTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->collectionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->confirmDropCheck->hide();
    m_ui->targetDiffView->hide();
    connect(m_ui->compareTargetButton, &QPushButton::clicked, this, &RestoreWizard::compareWithTarget);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &RestoreWizard::stop);
    m_ui->confirmReplaceCheck->hide();
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::setSetDirectory(const QString &path) { m_ui->setEdit->setText(path); }
void RestoreWizard::setTargetProfile(const QString &name) { m_ui->profileCombo->setCurrentIndex(m_ui->profileCombo->findText(name)); }
void RestoreWizard::setReplaceConfirmed(bool confirmed) { m_ui->confirmReplaceCheck->setChecked(confirmed); }

void RestoreWizard::setAction(const QString &graph, Action action, const QString &newName)
{
    for (int row = 0; row < m_ui->graphTable->rowCount(); ++row) {
        if (m_ui->graphTable->item(row, GraphColumn)->text() != graph)
            continue;
        auto *combo = qobject_cast<QComboBox *>(m_ui->graphTable->cellWidget(row, ActionColumn));
        combo->setCurrentIndex(combo->findData(int(action)));
        if (!newName.isEmpty())
            qobject_cast<QLineEdit *>(m_ui->graphTable->cellWidget(row, NameColumn))->setText(newName);
    }
}

void RestoreWizard::setCollectionAction(const QString &collection, Action action, const QString &newName)
{
    for (int row = 0; row < m_ui->collectionTable->rowCount(); ++row) {
        if (m_ui->collectionTable->item(row, CollectionColumn)->text() != collection)
            continue;
        auto *combo = qobject_cast<QComboBox *>(m_ui->collectionTable->cellWidget(row, CollectionActionColumn));
        combo->setCurrentIndex(combo->findData(int(action)));
        if (!newName.isEmpty())
            qobject_cast<QLineEdit *>(m_ui->collectionTable->cellWidget(row, CollectionNameColumn))->setText(newName);
    }
}

void RestoreWizard::setCollectionReplaceConfirmed(bool confirmed) { m_ui->confirmDropCheck->setChecked(confirmed); }
void RestoreWizard::setRestoreIndexes(bool restore) { m_ui->restoreIndexCheck->setChecked(restore); }
QString RestoreWizard::targetDiffText() const { return m_ui->targetDiffView->toPlainText(); }

void RestoreWizard::compareWithTarget()
{
    const ConnectionProfile profile = m_services.profiles->profile(m_ui->profileCombo->currentText());
    const QString set = m_ui->setEdit->text().trimmed();
    // The graphs as the plan maps them (a graph restored under another name is compared with that
    // name); collections under their names in the set.
    QMap<QString, QString> mapping;
    for (const Plan &plan : plans())
        mapping.insert(plan.source, plan.target);
    const bool withGraphs = m_manifest.hasGraph() && !profile.falkorDb().url.isEmpty();
    const bool withCollections = m_manifest.hasVector() && !profile.milvusUrl().isEmpty();
    m_ui->targetDiffView->show();
    if (!withGraphs && !withCollections) {
        m_ui->targetDiffView->setPlainText(TargetDiffSummary::text({}));
        emit targetCompared(false);
        return;
    }
    AppServices *services = &m_services;
    const bool started = m_services.jobs->start(
        tr("Compare %1 with %2").arg(QFileInfo(set).fileName(), profile.name()),
        [services, profile, set, mapping, withGraphs, withCollections](TaskContext &context) {
            auto secrets = services->makeResolver(context);
            SetDiff::Request request = ProfileEndpoints::liveDiffRequest(profile, *secrets, set, withGraphs, withCollections);
            request.graphMapping = mapping;
            return QVariant(TargetDiffSummary::text(SetDiff::run(request, context)));
        });
    if (!started) {
        Dialogs::warning(this, tr("Restore"), tr("Another job is running; wait for it or cancel it first."));
        return;
    }
    m_ui->compareTargetButton->setEnabled(false);
    m_ui->targetDiffView->setPlainText(tr("Comparing the set with %1…").arg(profile.name()));
    m_services.jobs->whenDone(this, [this](const QVariant &summary) {
        m_ui->compareTargetButton->setEnabled(true);
        m_ui->targetDiffView->setPlainText(summary.toString());
        emit targetCompared(true);
    }, [this](const QString &message, bool) {
        m_ui->compareTargetButton->setEnabled(true);
        m_ui->targetDiffView->setPlainText(tr("The comparison failed: %1").arg(message));
        emit targetCompared(false);
    });
}

QStringList RestoreWizard::existingTargetCollections() const
{
    QStringList existing;
    for (const auto &collection : m_manifest.collections) {
        const QString key = collection.database + QLatin1Char('.') + collection.name;
        if (m_targetCollections.contains(key))
            existing.append(key);
    }
    return existing;
}

QString RestoreWizard::collectionsNoteText() const { return m_ui->collectionsLabel->text(); }

QString RestoreWizard::collectionTargetText(const QString &collection) const
{
    for (int row = 0; row < m_ui->collectionTable->rowCount(); ++row) {
        if (m_ui->collectionTable->item(row, CollectionColumn)->text() == collection)
            return m_ui->collectionTable->item(row, CollectionTargetColumn)->text();
    }
    return {};
}

QString RestoreWizard::reportText() const
{
    return m_ui->resultLabel->text() + QLatin1Char('\n') + m_ui->reportView->toPlainText();
}

bool RestoreWizard::chooseComplete() const
{
    return m_manifestLoaded && m_ui->profileCombo->currentIndex() >= 0;
}

void RestoreWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ReviewPage) {
        setField(QString::fromLatin1(kReviewField).chopped(1), QString());
        fillGraphTable();
        fillCollectionTable();
        checkTarget();
    } else if (id == RunPage) {
        startRestore();
    }
}

bool RestoreWizard::validateCurrentPage()
{
    if (currentId() == ChoosePage) {
        loadManifest();
        if (!m_manifestLoaded) {
            m_ui->chooseInfo->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(m_manifestProblem.toHtmlEscaped()));
            return false;
        }
        if (m_ui->profileCombo->currentIndex() < 0) {
            m_ui->chooseInfo->setText(tr("Add a connection profile for the target servers first."));
            return false;
        }
        return true;
    }
    if (currentId() == ReviewPage) {
        m_reviewProblem.clear();
        const QList<Plan> planned = plans();
        QStringList targets;
        bool replaces = false;
        bool any = false;
        for (const Plan &plan : planned) {
            if (plan.action == Action::Skip)
                continue;
            any = true;
            replaces = replaces || plan.action == Action::Replace;
            if (plan.target.trimmed().isEmpty())
                m_reviewProblem = tr("Enter the new name for %1.").arg(plan.source);
            else if (targets.contains(plan.target))
                m_reviewProblem = tr("Two graphs would be restored as %1.").arg(plan.target);
            else if (plan.action != Action::Replace && m_existingGraphs.contains(plan.target))
                m_reviewProblem = tr("%1 already exists on the target: skip it, choose another name, or replace it.").arg(plan.target);
            targets.append(plan.target);
        }
        QStringList collectionTargets;
        bool drops = false;
        for (const Plan &plan : collectionPlans()) {
            if (plan.action == Action::Skip || !m_reviewProblem.isEmpty())
                continue;
            any = true;
            drops = drops || plan.action == Action::Replace;
            if (plan.target.isEmpty())
                m_reviewProblem = tr("Enter a valid new name for the collection %1 (letters, digits and underscores).").arg(plan.source);
            else if (collectionTargets.contains(plan.target))
                m_reviewProblem = tr("Two collections would be restored as %1.").arg(plan.target);
            else if (plan.action != Action::Replace && m_targetCollections.contains(plan.target))
                m_reviewProblem = tr("The collection %1 already exists in the target Milvus: skip it, choose another name, or replace it.")
                                      .arg(plan.target);
            collectionTargets.append(plan.target);
        }
        if (m_reviewProblem.isEmpty() && !any)
            m_reviewProblem = m_manifest.hasVector() ? tr("Every graph and collection is skipped: there is nothing to restore.")
                                                     : tr("Every graph is skipped: there is nothing to restore.");
        if (m_reviewProblem.isEmpty() && replaces && !m_ui->confirmReplaceCheck->isChecked())
            m_reviewProblem = tr("Replacing deletes the existing graph once the restored copy is verified: tick the confirmation to go on.");
        if (m_reviewProblem.isEmpty() && drops && !m_ui->confirmDropCheck->isChecked())
            m_reviewProblem = tr("Replacing drops the existing collection and its rows first: tick the confirmation to go on.");
        if (!m_reviewProblem.isEmpty()) {
            Dialogs::warning(this, tr("Restore"), m_reviewProblem);
            return false;
        }
        return true;
    }
    if (currentId() == RunPage)
        return !m_running;
    return true;
}

void RestoreWizard::reject()
{
    if (m_running) {
        if (Dialogs::question(this, tr("Restore"), tr("Stop the restore? The graph being restored is deleted again.")) == QMessageBox::Yes)
            stop();
        return;
    }
    QWizard::reject();
}

void RestoreWizard::stop()
{
    if (m_running)
        m_services.jobs->cancel();
}

void RestoreWizard::loadManifest()
{
    m_manifestLoaded = false;
    m_manifestProblem.clear();
    const QString path = m_ui->setEdit->text().trimmed();
    try {
        // A package: its central directory and manifest are checked against each other here; the
        // restore job unpacks it and verifies every checksum before anything is written.
        if (QFileInfo(path).isFile() && PackageReader::isPackage(path)) {
            PackageReader reader(path);
            reader.inspect();
            m_manifest = reader.manifest();
            m_manifestLoaded = true;
            return;
        }
        if (!BackupManifest::exists(path))
            throw OperationError(OperationError::Kind::NotFound,
                                 tr("%1 is not a complete backup set: it has no manifest.json.").arg(path),
                                 tr("Choose the folder of a set that finished (History shows its status)."));
        m_manifest = BackupManifest::load(path);
        m_manifestLoaded = true;
    } catch (const OperationError &error) {
        m_manifestProblem = error.fullText();
    }
}

void RestoreWizard::fillGraphTable()
{
    const QLocale locale;
    QStringList summary {
        tr("Set: %1").arg(m_ui->setEdit->text()),
        tr("Made %1 from %2 (%3), FalkorDB %4").arg(locale.toString(m_manifest.createdAt.toLocalTime(), QLocale::ShortFormat),
                                                    m_manifest.profileName, m_manifest.falkordbServer, m_manifest.falkordbVersion),
        tr("Components: %1; %n file(s) listed with checksums (checked again before anything is restored).", nullptr,
           int(m_manifest.files.size())).arg(m_manifest.components().join(QStringLiteral(", "))),
    };
    if (m_manifest.hasVector())
        summary.append(tr("Vector collections: milvus-backup backup \"%1\" from %2, %n collection(s).", nullptr,
                          int(m_manifest.collections.size()))
                           .arg(m_manifest.vectorBackupName, m_manifest.milvusBackupServer));
    for (const QString &warning : std::as_const(m_manifest.warnings))
        summary.append(tr("warning: %1").arg(warning));
    m_ui->manifestView->setPlainText(summary.join(QLatin1Char('\n')));

    QTableWidget *table = m_ui->graphTable;
    table->setRowCount(int(m_manifest.graphs.size()));
    for (int row = 0; row < m_manifest.graphs.size(); ++row) {
        const auto &graph = m_manifest.graphs.at(row);
        table->setItem(row, GraphColumn, new QTableWidgetItem(graph.name));
        table->setItem(row, NodesColumn, new QTableWidgetItem(locale.toString(graph.nodes)));
        table->setItem(row, EdgesColumn, new QTableWidgetItem(locale.toString(graph.edges)));
        table->setItem(row, TargetColumn, new QTableWidgetItem(tr("checking…")));
        auto *combo = new QComboBox(table);
        combo->addItem(tr("Restore"), int(Action::Restore));
        combo->addItem(tr("Skip"), int(Action::Skip));
        combo->addItem(tr("Restore under another name"), int(Action::Rename));
        combo->addItem(tr("Replace the existing graph"), int(Action::Replace));
        combo->setEnabled(false);
        table->setCellWidget(row, ActionColumn, combo);
        auto *name = new QLineEdit(graph.name, table);
        name->setEnabled(false);
        table->setCellWidget(row, NameColumn, name);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, name, original = graph.name] {
            const auto action = Action(combo->currentData().toInt());
            name->setEnabled(action == Action::Rename);
            if (action == Action::Rename && name->text() == original)
                name->setText(original + QStringLiteral("_restored"));
            if (action != Action::Rename)
                name->setText(original);
            bool replaces = false;
            for (const Plan &plan : plans())
                replaces = replaces || plan.action == Action::Replace;
            m_ui->confirmReplaceCheck->setVisible(replaces);
        });
    }
    table->resizeColumnsToContents();
    table->setVisible(m_manifest.hasGraph());
    m_ui->checksLabel->setText(tr("Checking the target server…"));
}

void RestoreWizard::fillCollectionTable()
{
    const QLocale locale;
    QTableWidget *table = m_ui->collectionTable;
    m_ui->confirmDropCheck->hide();
    table->setRowCount(int(m_manifest.collections.size()));
    for (int row = 0; row < m_manifest.collections.size(); ++row) {
        const auto &collection = m_manifest.collections.at(row);
        const QString key = collection.database + QLatin1Char('.') + collection.name;
        table->setItem(row, CollectionColumn, new QTableWidgetItem(key));
        table->setItem(row, RowsColumn, new QTableWidgetItem(collection.rows < 0 ? tr("unknown") : locale.toString(collection.rows)));
        table->setItem(row, CollectionTargetColumn, new QTableWidgetItem(tr("checking…")));
        auto *combo = new QComboBox(table);
        combo->addItem(tr("Restore"), int(Action::Restore));
        combo->addItem(tr("Skip"), int(Action::Skip));
        combo->addItem(tr("Restore under another name"), int(Action::Rename));
        combo->addItem(tr("Replace (drop the existing collection)"), int(Action::Replace));
        combo->setEnabled(false);
        table->setCellWidget(row, CollectionActionColumn, combo);
        auto *name = new QLineEdit(key, table);
        name->setEnabled(false);
        table->setCellWidget(row, CollectionNameColumn, name);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, name, key] {
            const auto action = Action(combo->currentData().toInt());
            name->setEnabled(action == Action::Rename);
            // milvus-backup's own convention for a second copy: the name with a suffix.
            if (action == Action::Rename && name->text() == key)
                name->setText(key + QStringLiteral("_restored"));
            if (action != Action::Rename)
                name->setText(key);
            bool drops = false;
            for (const Plan &plan : collectionPlans())
                drops = drops || plan.action == Action::Replace;
            m_ui->confirmDropCheck->setVisible(drops);
        });
    }
    table->resizeColumnsToContents();
    table->setVisible(m_manifest.hasVector());
    m_ui->restoreIndexCheck->setVisible(m_manifest.hasVector());
    m_ui->collectionsLabel->setVisible(m_manifest.hasVector());
    m_ui->collectionsLabel->setText(tr("Checking the target Milvus…"));
}

QList<RestoreWizard::Plan> RestoreWizard::collectionPlans() const
{
    QList<Plan> result;
    for (int row = 0; row < m_ui->collectionTable->rowCount(); ++row) {
        Plan plan;
        plan.source = m_ui->collectionTable->item(row, CollectionColumn)->text();
        const auto *combo = qobject_cast<QComboBox *>(m_ui->collectionTable->cellWidget(row, CollectionActionColumn));
        plan.action = Action(combo->currentData().toInt());
        plan.target = plan.source;
        if (plan.action == Action::Rename) {
            const QString text = qobject_cast<QLineEdit *>(m_ui->collectionTable->cellWidget(row, CollectionNameColumn))->text().trimmed();
            // "name" stays in the source's database; an invalid name leaves the target empty for the review to refuse.
            try {
                plan.target = text.contains(QLatin1Char('.')) ? VectorServers::collectionKey(text)
                                                              : VectorServers::collectionKey(VectorServers::databaseOf(plan.source) + QLatin1Char('.') + text);
            } catch (const OperationError &) {
                plan.target.clear();
            }
        }
        result.append(plan);
    }
    return result;
}

QList<RestoreWizard::Plan> RestoreWizard::plans() const
{
    QList<Plan> result;
    for (int row = 0; row < m_ui->graphTable->rowCount(); ++row) {
        Plan plan;
        plan.source = m_ui->graphTable->item(row, GraphColumn)->text();
        const auto *combo = qobject_cast<QComboBox *>(m_ui->graphTable->cellWidget(row, ActionColumn));
        plan.action = Action(combo->currentData().toInt());
        plan.target = plan.action == Action::Rename
            ? qobject_cast<QLineEdit *>(m_ui->graphTable->cellWidget(row, NameColumn))->text().trimmed()
            : plan.source;
        result.append(plan);
    }
    return result;
}

void RestoreWizard::checkTarget()
{
    // A comparison made for another target (or before going back) no longer applies.
    m_ui->targetDiffView->clear();
    m_ui->targetDiffView->hide();
    m_targetChecked = false;
    m_existingGraphs.clear();
    m_existingCounts.clear();
    m_targetCollections.clear();
    m_vectorProblem.clear();
    const ConnectionProfile profile = m_services.profiles->profile(m_ui->profileCombo->currentText());
    const bool withGraphs = m_manifest.hasGraph();
    QStringList setCollections;
    for (const auto &collection : std::as_const(m_manifest.collections))
        setCollections.append(collection.database + QLatin1Char('.') + collection.name);
    // Known before any server is asked: the target has nowhere to put the collections.
    if (m_manifest.hasVector() && !ProfileEndpoints::hasVectorServers(profile))
        m_vectorProblem = ProfileEndpoints::vectorServersProblem(profile);
    const bool withVector = m_manifest.hasVector() && m_vectorProblem.isEmpty();
    AppServices *services = &m_services;
    const bool started = m_services.jobs->start(tr("Check target %1").arg(profile.name()),
                                                [services, profile, withGraphs, withVector, setCollections](TaskContext &context) {
        auto secrets = services->makeResolver(context);
        QVariantMap result;
        if (withGraphs) {
            FalkorEndpoint endpoint;
            QString error;
            if (!FalkorEndpoint::parse(ProfileEndpoints::falkorDbUrl(profile, *secrets), &endpoint, &error))
                throw OperationError(OperationError::Kind::InvalidInput, error);
            FalkorConnection connection;
            connection.open(endpoint, &context);
            connection.requireGraphModule();
            QVariantMap existing;
            for (const QString &graph : connection.listGraphs()) {
                const auto count = [&](const QString &cypher) {
                    return connection.query(graph, cypher, QueryOptions { true, -1 }).rows.value(0).value(0).toInteger();
                };
                existing.insert(graph, QVariantList { count(QStringLiteral("MATCH (n) RETURN count(n)")),
                                                      count(QStringLiteral("MATCH ()-[e]->() RETURN count(e)")) });
            }
            result.insert(QStringLiteral("graphs"), existing);
        }
        if (withVector) {
            // A Milvus that cannot be asked leaves the collections out, not the graphs.
            try {
                const QString token = secrets->secret(profile, SecretKind::MilvusToken).value_or(QString());
                MilvusRestClient milvus(profile.milvusUrl(), token);
                milvus.setRequestTimeoutMs(15000);
                QStringList databases;
                for (const QString &key : setCollections) {
                    if (!databases.contains(VectorServers::databaseOf(key)))
                        databases.append(VectorServers::databaseOf(key));
                }
                const QStringList present = milvus.listDatabases(&context);
                QVariantMap collections;
                for (const QString &database : std::as_const(databases)) {
                    if (!present.contains(database))
                        continue;
                    for (const QString &name : milvus.listCollections(database, &context)) {
                        const QString key = database + QLatin1Char('.') + name;
                        collections.insert(key, setCollections.contains(key) ? milvus.rowCount(database, name, &context) : qint64(-1));
                    }
                }
                result.insert(QStringLiteral("collections"), collections);
            } catch (const OperationError &error) {
                if (error.kind() == OperationError::Kind::Canceled)
                    throw;
                result.insert(QStringLiteral("vectorProblem"),
                              tr("The target Milvus at %1 cannot be checked, so the collections cannot be restored now: %2")
                                  .arg(VectorServers::displayUrl(profile.milvusUrl()), error.fullText()));
            }
        }
        return QVariant(result);
    });
    if (!started) {
        m_ui->checksLabel->setText(tr("Another job is running; go back and try again when it is done."));
        return;
    }
    m_services.jobs->whenDone(this, [this, profile](const QVariant &value) {
        const QVariantMap result = value.toMap();
        const QVariantMap existing = result.value(QStringLiteral("graphs")).toMap();
        m_existingGraphs = existing.keys();
        const QLocale locale;
        int conflicts = 0;
        for (int row = 0; row < m_ui->graphTable->rowCount(); ++row) {
            const QString graph = m_ui->graphTable->item(row, GraphColumn)->text();
            auto *combo = qobject_cast<QComboBox *>(m_ui->graphTable->cellWidget(row, ActionColumn));
            combo->setEnabled(true);
            QTableWidgetItem *target = m_ui->graphTable->item(row, TargetColumn);
            if (existing.contains(graph)) {
                const QVariantList counts = existing.value(graph).toList();
                target->setText(tr("exists: %1 nodes, %2 edges").arg(locale.toString(counts.value(0).toLongLong()),
                                                                     locale.toString(counts.value(1).toLongLong())));
                target->setForeground(QColor(0xb0, 0x6a, 0x00));
                // The safe default for a conflict: leave the existing graph alone.
                combo->setCurrentIndex(combo->findData(int(Action::Skip)));
                ++conflicts;
            } else {
                target->setText(tr("absent"));
                target->setForeground(QColor(0x1b, 0x7f, 0x3b));
            }
        }
        m_ui->graphTable->resizeColumnsToContents();
        if (!m_manifest.hasGraph())
            m_ui->checksLabel->setText(tr("The set holds no graph."));
        else
            m_ui->checksLabel->setText(conflicts == 0
                ? tr("The target has none of these graphs: each will be restored under its own name.")
                : tr("%n graph(s) already exist on the target and are skipped unless you choose otherwise.", nullptr, conflicts));

        if (m_vectorProblem.isEmpty())
            m_vectorProblem = result.value(QStringLiteral("vectorProblem")).toString();
        const QVariantMap collections = result.value(QStringLiteral("collections")).toMap();
        for (auto it = collections.cbegin(); it != collections.cend(); ++it)
            m_targetCollections.insert(it.key(), it.value().toLongLong());
        int collectionConflicts = 0;
        for (int row = 0; row < m_ui->collectionTable->rowCount(); ++row) {
            const QString key = m_ui->collectionTable->item(row, CollectionColumn)->text();
            auto *combo = qobject_cast<QComboBox *>(m_ui->collectionTable->cellWidget(row, CollectionActionColumn));
            QTableWidgetItem *target = m_ui->collectionTable->item(row, CollectionTargetColumn);
            if (!m_vectorProblem.isEmpty()) {
                // Nothing can be restored there: every collection is left out, the graphs go on.
                combo->setCurrentIndex(combo->findData(int(Action::Skip)));
                combo->setEnabled(false);
                target->setText(tr("cannot be restored"));
                target->setForeground(QColor(0xb0, 0x00, 0x20));
                continue;
            }
            combo->setEnabled(true);
            if (m_targetCollections.contains(key)) {
                target->setText(tr("exists: %1 rows").arg(locale.toString(m_targetCollections.value(key))));
                target->setForeground(QColor(0xb0, 0x6a, 0x00));
                combo->setCurrentIndex(combo->findData(int(Action::Skip)));
                ++collectionConflicts;
            } else {
                target->setText(tr("absent"));
                target->setForeground(QColor(0x1b, 0x7f, 0x3b));
            }
        }
        m_ui->collectionTable->resizeColumnsToContents();
        if (!m_vectorProblem.isEmpty()) {
            const QString text = m_vectorProblem + QLatin1Char(' ')
                + (m_manifest.hasGraph() ? tr("The collections are skipped; the graphs can still be restored.")
                                         : tr("The collections are skipped."));
            m_ui->collectionsLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(text.toHtmlEscaped()));
        } else if (m_manifest.hasVector()) {
            m_ui->collectionsLabel->setText(collectionConflicts == 0
                ? tr("The target Milvus at %1 has none of these collections: each will be restored under its own name.")
                      .arg(VectorServers::displayUrl(profile.milvusUrl()))
                : tr("%n collection(s) already exist in the target Milvus and are skipped unless you choose otherwise.", nullptr,
                     collectionConflicts));
        }
        m_targetChecked = true;
        setField(QString::fromLatin1(kReviewField).chopped(1), QStringLiteral("ready"));
        emit targetCheckFinished();
    }, [this](const QString &message, bool) {
        m_targetProblem = message;
        m_ui->checksLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                       .arg(tr("The target cannot be checked: %1").arg(message).toHtmlEscaped()));
        emit targetCheckFinished();
    });
}

void RestoreWizard::startRestore()
{
    setField(QString::fromLatin1(kRunField).chopped(1), QString());
    const ConnectionProfile profile = m_services.profiles->profile(m_ui->profileCombo->currentText());
    const QString setDirectory = m_ui->setEdit->text().trimmed();
    QList<GraphMapping> keep;
    QList<GraphMapping> replace;
    for (const Plan &plan : plans()) {
        if (plan.action == Action::Skip)
            continue;
        (plan.action == Action::Replace ? replace : keep).append({ plan.source, plan.target });
    }
    std::optional<VectorRestore::Request> vector;
    for (const Plan &plan : collectionPlans()) {
        if (plan.action == Action::Skip)
            continue;
        if (!vector) {
            vector.emplace();
            // The same backup folder may be in the target bucket from an earlier restore: it is used
            // again only when identical to the set's copy, and the run stops otherwise.
            vector->onExistingBackup = VectorRestore::OnExistingBackup::Reuse;
            vector->restoreIndex = m_ui->restoreIndexCheck->isChecked();
        }
        vector->collections.append(plan.source);
        if (plan.target != plan.source)
            vector->renames.insert(plan.source, plan.target);
        // Only what the review confirmed is dropped; a collection that appeared since still stops the run.
        if (plan.action == Action::Replace) {
            vector->onExistingCollectionFor.insert(plan.source, VectorRestore::OnExistingCollection::Drop);
            vector->confirmed = true;
        }
    }
    m_ui->runLog->clear();
    const int collectionCount = vector ? int(vector->collections.size()) : 0;
    m_ui->runStateLabel->setText(collectionCount == 0
        ? tr("Restoring %n graph(s) into %1…", nullptr, int(keep.size() + replace.size())).arg(profile.name())
        : tr("Restoring %1 graph(s) and %2 collection(s) into %3…").arg(keep.size() + replace.size()).arg(collectionCount).arg(profile.name()));
    AppServices *services = &m_services;
    const bool started = m_services.jobs->start(tr("Restore into %1").arg(profile.name()),
        [services, profile, setDirectory, keep, replace, vector](TaskContext &context) {
            auto secrets = services->makeResolver(context);
            const QString url = keep.isEmpty() && replace.isEmpty() ? QString() : ProfileEndpoints::falkorDbUrl(profile, *secrets);
            std::optional<VectorRestore::Request> pendingVector = vector;
            if (pendingVector)
                pendingVector->servers = ProfileEndpoints::vectorServers(profile, *secrets);
            QVariantList graphs;
            QVariantList collections;
            // Graphs to replace go through a separate run with the confirmation; the others through
            // one that refuses to touch any graph that is not empty. The collections go with the first
            // run, whose checks (files, graph targets, milvus-backup, bucket, target collections) all
            // pass before anything is written; without graphs they run on their own.
            QList<std::pair<QList<GraphMapping>, GraphImporter::Mode>> runs;
            if (!keep.isEmpty())
                runs.append({ keep, GraphImporter::Mode::Empty });
            if (!replace.isEmpty())
                runs.append({ replace, GraphImporter::Mode::Replace });
            if (runs.isEmpty())
                runs.append({ {}, GraphImporter::Mode::Empty });
            for (const auto &[mappings, mode] : std::as_const(runs)) {
                RestoreJob::Request request;
                request.setDirectory = setDirectory;
                request.falkordbUrl = mappings.isEmpty() ? QString() : url;
                request.graphs = mappings;
                request.mode = mode;
                request.confirmed = mode == GraphImporter::Mode::Replace;
                request.vector = pendingVector;
                pendingVector.reset();
                const RestoreJob::Result result = RestoreJob::run(request, context);
                for (const GraphImporter::Report &report : result.graphs) {
                    graphs.append(QVariantMap {
                        { QStringLiteral("source"), report.sourceGraph },
                        { QStringLiteral("target"), report.targetGraph },
                        { QStringLiteral("nodes"), report.actual.nodes },
                        { QStringLiteral("edges"), report.actual.edges },
                        { QStringLiteral("verified"), report.verified },
                        { QStringLiteral("differences"), report.expected.differences(report.actual, tr("the backup"), tr("the target")) },
                    });
                }
                if (result.vector) {
                    for (const VectorRestore::CollectionReport &report : result.vector->collections) {
                        collections.append(QVariantMap {
                            { QStringLiteral("source"), report.source },
                            { QStringLiteral("target"), report.target },
                            { QStringLiteral("action"), report.action },
                            { QStringLiteral("expectedRows"), report.expectedRows },
                            { QStringLiteral("actualRows"), report.actualRows },
                            { QStringLiteral("ok"), report.ok },
                        });
                    }
                }
            }
            return QVariant(QVariantMap { { QStringLiteral("graphs"), graphs }, { QStringLiteral("collections"), collections } });
        });
    if (!started) {
        showReport(false, tr("Another job is running; the restore did not start."));
        return;
    }
    m_running = true;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto progressConnection = connect(m_services.jobs, &JobRunner::progressed, this, [this](const TaskProgress &progress) {
        m_ui->runStateLabel->setText(tr("%1 — %2").arg(progress.component, progress.phase));
        if (progress.total > 0) {
            m_ui->runProgress->setRange(0, 1000);
            m_ui->runProgress->setValue(int(qBound(qint64(0), progress.done * 1000 / progress.total, qint64(1000))));
        } else {
            m_ui->runProgress->setRange(0, 0);
        }
        m_ui->runRateLabel->setText(tr("%1 of %2 %3").arg(QLocale().toString(progress.done),
                                                          progress.total >= 0 ? QLocale().toString(progress.total) : tr("?"), progress.unit));
    });
    auto logConnection = connect(m_services.jobs, &JobRunner::logged, this, [this](LogLevel, const QString &message) {
        m_ui->runLog->appendPlainText(message);
    });
    const bool withGraphs = !keep.isEmpty() || !replace.isEmpty();
    m_services.jobs->whenDone(this, [this, progressConnection, logConnection](const QVariant &result) {
        disconnect(progressConnection);
        disconnect(logConnection);
        QStringList lines;
        bool ok = true;
        for (const QVariant &graph : result.toMap().value(QStringLiteral("graphs")).toList()) {
            lines.append(reportLine(graph.toMap()));
            ok = ok && graph.toMap().value(QStringLiteral("verified")).toBool();
        }
        for (const QVariant &collection : result.toMap().value(QStringLiteral("collections")).toList()) {
            const QVariantMap row = collection.toMap();
            lines.append(collectionReportLine(row));
            ok = ok && (row.value(QStringLiteral("ok")).toBool() || row.value(QStringLiteral("action")).toString() == QLatin1String("skip"));
        }
        showReport(ok, lines.join(QLatin1Char('\n')));
    }, [this, progressConnection, logConnection, collectionCount, withGraphs](const QString &message, bool canceled) {
        disconnect(progressConnection);
        disconnect(logConnection);
        // The collections' state after a failure depends on how far milvus-backup got; the message
        // below it (from the vector restore) says what exists in the target Milvus now.
        if (collectionCount > 0) {
            QStringList text { canceled ? tr("The restore was stopped.") : tr("The restore failed.") };
            if (withGraphs)
                text.append(canceled ? tr("A graph it had started was deleted again.") : tr("A graph that could not be finished is deleted again."));
            text.append(tr("For the collections, the message below says what is in the target Milvus and bucket now; "
                           "when the run stopped during the checks, nothing was changed."));
            showReport(false, text.join(QLatin1Char(' ')) + QStringLiteral("\n\n") + message);
            return;
        }
        showReport(false, canceled ? tr("The restore was stopped. The graph it had started was deleted again; graphs "
                                        "restored before it are complete and verified.\n\n%1").arg(message)
                                   : tr("The restore failed. Nothing half-restored was left: a graph that could not be "
                                        "finished is deleted again.\n\n%1").arg(message));
    });
}

void RestoreWizard::showReport(bool ok, const QString &text)
{
    m_running = false;
    m_succeeded = ok;
    m_ui->resultLabel->setText(ok ? tr("<span style='color:#1b7f3b; font-size:large'><b>✔ Restore complete and verified.</b></span>")
                                  : tr("<span style='color:#b00020; font-size:large'><b>✘ The restore did not complete.</b></span>"));
    m_ui->reportView->setPlainText(text);
    m_ui->stopButton->setEnabled(false);
    setField(QString::fromLatin1(kRunField).chopped(1), QStringLiteral("done"));
    if (currentId() == RunPage)
        next();
    emit restoreFinished(ok);
}
