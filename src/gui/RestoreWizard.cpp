#include "RestoreWizard.h"

#include "AppServices.h"
#include "Dialogs.h"
#include "FalkorConnection.h"
#include "JobRunner.h"
#include "JobsPanel.h"
#include "OperationError.h"
#include "PackageReader.h"
#include "ProfileEndpoints.h"
#include "ProfileStore.h"
#include "RestoreJob.h"
#include "ui_RestoreWizard.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>

namespace {
enum Column { GraphColumn, NodesColumn, EdgesColumn, TargetColumn, ActionColumn, NameColumn };
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
        if (m_reviewProblem.isEmpty() && !any)
            m_reviewProblem = tr("Every graph is skipped: there is nothing to restore.");
        if (m_reviewProblem.isEmpty() && replaces && !m_ui->confirmReplaceCheck->isChecked())
            m_reviewProblem = tr("Replacing deletes the existing graph first: tick the confirmation to go on.");
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
        summary.append(tr("The set also holds vector collections; restoring them is not available in this version, only the graphs are restored."));
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
    m_ui->checksLabel->setText(tr("Checking the target server…"));
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
    m_targetChecked = false;
    m_existingGraphs.clear();
    m_existingCounts.clear();
    const ConnectionProfile profile = m_services.profiles->profile(m_ui->profileCombo->currentText());
    AppServices *services = &m_services;
    const bool started = m_services.jobs->start(tr("Check target %1").arg(profile.name()), [services, profile](TaskContext &context) {
        auto secrets = services->makeResolver(context);
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
        return QVariant(existing);
    });
    if (!started) {
        m_ui->checksLabel->setText(tr("Another job is running; go back and try again when it is done."));
        return;
    }
    m_services.jobs->whenDone(this, [this](const QVariant &result) {
        const QVariantMap existing = result.toMap();
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
        m_ui->checksLabel->setText(conflicts == 0
            ? tr("The target has none of these graphs: each will be restored under its own name.")
            : tr("%n graph(s) already exist on the target and are skipped unless you choose otherwise.", nullptr, conflicts));
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
    m_ui->runLog->clear();
    m_ui->runStateLabel->setText(tr("Restoring %n graph(s) into %1…", nullptr, int(keep.size() + replace.size())).arg(profile.name()));
    AppServices *services = &m_services;
    const bool started = m_services.jobs->start(tr("Restore into %1").arg(profile.name()),
        [services, profile, setDirectory, keep, replace](TaskContext &context) {
            auto secrets = services->makeResolver(context);
            const QString url = ProfileEndpoints::falkorDbUrl(profile, *secrets);
            QVariantList graphs;
            // Graphs to replace go through a separate run with the confirmation; the others through
            // one that refuses to touch any graph that is not empty.
            for (const auto &[mappings, mode] : { std::pair { keep, GraphImporter::Mode::Empty },
                                                  std::pair { replace, GraphImporter::Mode::Replace } }) {
                if (mappings.isEmpty())
                    continue;
                RestoreJob::Request request;
                request.setDirectory = setDirectory;
                request.falkordbUrl = url;
                request.graphs = mappings;
                request.mode = mode;
                request.confirmed = mode == GraphImporter::Mode::Replace;
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
            }
            return QVariant(graphs);
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
    m_services.jobs->whenDone(this, [this, progressConnection, logConnection](const QVariant &result) {
        disconnect(progressConnection);
        disconnect(logConnection);
        QStringList lines;
        bool ok = true;
        for (const QVariant &graph : result.toList()) {
            lines.append(reportLine(graph.toMap()));
            ok = ok && graph.toMap().value(QStringLiteral("verified")).toBool();
        }
        showReport(ok, lines.join(QLatin1Char('\n')));
    }, [this, progressConnection, logConnection](const QString &message, bool canceled) {
        disconnect(progressConnection);
        disconnect(logConnection);
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
