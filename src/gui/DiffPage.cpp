#include "DiffPage.h"

#include "AppServices.h"
#include "CountsChart.h"
#include "Dialogs.h"
#include "JobRunner.h"
#include "OperationError.h"
#include "ProfileEndpoints.h"
#include "ProfileStore.h"
#include "SecretResolver.h"
#include "ui_DiffPage.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

namespace {
const QString kProfilePrefix = QStringLiteral("profile:");
const QColor kSame(0x1b, 0x7f, 0x3b);
const QColor kMore(0x1c, 0x5f, 0xb0);
const QColor kLess(0xb0, 0x00, 0x20);

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// The change column: the delta in blue (more) or red (fewer), bold when not zero; "same" in green.
void colourChange(QTableWidgetItem *item, qint64 delta)
{
    item->setForeground(delta == 0 ? kSame : delta > 0 ? kMore : kLess);
    if (delta != 0) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
}
}

DiffPage::DiffPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DiffPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    m_ui->countTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->countTable->verticalHeader()->hide();
    m_ui->collectionTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->collectionTable->verticalHeader()->hide();
    m_ui->collectionTable->hide();
    connect(m_ui->compareButton, &QPushButton::clicked, this, &DiffPage::compare);
    connect(m_ui->graphCombo, &QComboBox::currentIndexChanged, this, &DiffPage::showGraph);
    connect(m_services.profiles, &ProfileStore::profilesChanged, this, &DiffPage::reloadProfiles);
    fillChoices();
}

DiffPage::~DiffPage() = default;

void DiffPage::setSets(const QStringList &setPaths)
{
    m_sets = setPaths;
    fillChoices();
}

void DiffPage::reloadProfiles()
{
    fillChoices();
}

void DiffPage::fillChoices()
{
    for (QComboBox *combo : { m_ui->leftCombo, m_ui->rightCombo }) {
        const QVariant current = combo->currentData();
        combo->clear();
        for (const QString &set : std::as_const(m_sets))
            combo->addItem(QFileInfo(set).isFile() ? tr("Package %1").arg(QFileInfo(set).fileName()) : tr("Set %1").arg(QFileInfo(set).fileName()), set);
        if (combo == m_ui->rightCombo) {
            for (const QString &name : m_services.profiles->names())
                combo->addItem(tr("Live: %1").arg(name), QString(kProfilePrefix + name));
        }
        const int index = combo->findData(current);
        if (index >= 0)
            combo->setCurrentIndex(index);
    }
    // Sets are listed newest first: by default compare the second newest (left) with the newest.
    if (m_ui->leftCombo->currentIndex() == m_ui->rightCombo->currentIndex() && m_ui->leftCombo->count() > 1)
        m_ui->leftCombo->setCurrentIndex(1);
    m_ui->compareButton->setEnabled(m_ui->leftCombo->count() > 0 && m_ui->rightCombo->count() > 0);
}

void DiffPage::chooseLeft(const QString &choice)
{
    m_ui->leftCombo->setCurrentIndex(m_ui->leftCombo->findData(choice));
}

void DiffPage::chooseRight(const QString &choice)
{
    m_ui->rightCombo->setCurrentIndex(m_ui->rightCombo->findData(choice));
}

void DiffPage::chooseGraph(const QString &nameA)
{
    for (int i = 0; i < m_result.graphs.size(); ++i) {
        if (m_result.graphs.at(i).nameA == nameA || (m_result.graphs.at(i).nameA.isEmpty() && m_result.graphs.at(i).nameB == nameA))
            m_ui->graphCombo->setCurrentIndex(i);
    }
}

QString DiffPage::verdictText() const
{
    return m_ui->verdictLabel->text();
}

QString DiffPage::changesText() const
{
    return m_ui->changesText->toPlainText();
}

void DiffPage::compare()
{
    const QString leftChoice = m_ui->leftCombo->currentData().toString();
    const QString rightChoice = m_ui->rightCombo->currentData().toString();
    if (leftChoice.isEmpty() || rightChoice.isEmpty())
        return;
    if (leftChoice == rightChoice) {
        Dialogs::warning(this, tr("Compare"), tr("Choose two different sides to compare."));
        return;
    }
    const bool live = rightChoice.startsWith(kProfilePrefix);
    const ConnectionProfile profile = live ? m_services.profiles->profile(rightChoice.mid(kProfilePrefix.size())) : ConnectionProfile();
    const QString leftLabel = QFileInfo(leftChoice).fileName();
    const QString rightLabel = live ? tr("%1 (live)").arg(profile.name()) : QFileInfo(rightChoice).fileName();
    AppServices *services = &m_services;
    if (!m_services.jobs->start(tr("Compare %1 with %2").arg(leftLabel, rightLabel),
                                [services, leftChoice, rightChoice, live, profile, leftLabel, rightLabel](TaskContext &context) {
                                    SetDiff::Request request;
                                    request.setA = leftChoice;
                                    if (live) {
                                        // Graphs when the profile names a FalkorDB, collections when it names a Milvus.
                                        const bool graphs = !profile.falkorDb().url.isEmpty();
                                        const bool collections = !profile.milvusUrl().isEmpty();
                                        if (!graphs && !collections)
                                            throw OperationError(OperationError::Kind::InvalidInput,
                                                                 tr("The profile \"%1\" names neither a FalkorDB nor a Milvus server.").arg(profile.name()),
                                                                 tr("Edit the profile and enter the FalkorDB URL, the Milvus URL or both."));
                                        auto secrets = services->makeResolver(context);
                                        request = ProfileEndpoints::liveDiffRequest(profile, *secrets, leftChoice, graphs, collections);
                                    } else {
                                        request.setB = rightChoice;
                                    }
                                    SetDiff::Result result = SetDiff::run(request, context);
                                    result.labelA = leftLabel;
                                    result.labelB = rightLabel;
                                    return QVariant::fromValue(result);
                                })) {
        Dialogs::warning(this, tr("Compare"), tr("Another job is running; wait for it or cancel it first."));
        return;
    }
    m_ui->verdictLabel->setText(tr("Comparing…"));
    m_services.jobs->whenDone(this, [this](const QVariant &result) {
        m_result = result.value<SetDiff::Result>();
        m_ui->graphCombo->blockSignals(true);
        m_ui->graphCombo->clear();
        for (const auto &graph : std::as_const(m_result.graphs)) {
            if (!graph.inA)
                m_ui->graphCombo->addItem(tr("%1 (only right)").arg(graph.nameB));
            else if (!graph.inB)
                m_ui->graphCombo->addItem(tr("%1 (only left)").arg(graph.nameA));
            else if (graph.nameA != graph.nameB)
                m_ui->graphCombo->addItem(tr("%1 → %2").arg(graph.nameA, graph.nameB));
            else
                m_ui->graphCombo->addItem(graph.nameA);
        }
        m_ui->graphCombo->blockSignals(false);
        showGraph();
        showCollections();
        const bool same = (!m_result.graphs.isEmpty() || !m_result.collections.isEmpty()) && m_result.identical();
        m_ui->verdictLabel->setText(same ? tr("<span style='color:#1b7f3b'><b>Identical</b>: same counts, content and schema.</span>")
                                         : tr("<span style='color:#b00020'><b>Different</b></span>"));
        emit compared(true);
    }, [this](const QString &message, bool) {
        m_ui->verdictLabel->setText(tr("Comparison failed."));
        Dialogs::critical(this, tr("Compare"), message);
        emit compared(false);
    });
}

namespace {
QString entityText(const QJsonObject &entity)
{
    return QString::fromUtf8(QJsonDocument(entity).toJson(QJsonDocument::Compact));
}

void appendChanges(QStringList &lines, const QString &what, const SetDiff::EntityChanges &changes)
{
    if (changes.isEmpty())
        return;
    lines.append(DiffPage::tr("%1: %2 added, %3 removed, %4 changed").arg(what).arg(changes.added).arg(changes.removed).arg(changes.changed));
    for (const auto &sample : changes.addedSamples)
        lines.append(DiffPage::tr("  + added: %1").arg(entityText(sample.after)));
    for (const auto &sample : changes.removedSamples)
        lines.append(DiffPage::tr("  − removed: %1").arg(entityText(sample.before)));
    for (const auto &sample : changes.changedSamples) {
        lines.append(DiffPage::tr("  ~ changed: %1").arg(entityText(sample.before)));
        for (const QString &change : sample.changes)
            lines.append(QStringLiteral("      ") + change);
    }
}
} // namespace

void DiffPage::showGraph()
{
    const int index = m_ui->graphCombo->currentIndex();
    QTableWidget *table = m_ui->countTable;
    table->setRowCount(0);
    QStringList lines;
    for (const auto &collection : std::as_const(m_result.collections)) {
        if (collection.differences.isEmpty())
            continue;
        lines.append(tr("Collection %1:").arg(collection.name));
        for (const QString &difference : collection.differences)
            lines.append(QStringLiteral("  ") + difference);
    }
    if (index < 0 || index >= m_result.graphs.size()) {
        m_ui->chart->setData({}, {}, {});
        m_ui->changesText->setPlainText(lines.join(QLatin1Char('\n')));
        return;
    }
    const SetDiff::GraphDiff &graph = m_result.graphs.at(index);
    const QLocale locale;
    QList<CountsChart::Bar> bars;
    auto addRow = [&](const QString &what, qint64 left, qint64 right, bool chart) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(what));
        auto number = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
            return item;
        };
        number(1, graph.inA ? locale.toString(left) : tr("absent"));
        number(2, graph.inB ? locale.toString(right) : tr("absent"));
        const qint64 delta = right - left;
        colourChange(number(3, delta == 0 ? tr("same") : (delta > 0 ? QStringLiteral("+") : QString()) + locale.toString(delta)), delta);
        if (chart)
            bars.append({ what, left, right });
    };
    addRow(tr("Nodes"), graph.a.nodes, graph.b.nodes, false);
    addRow(tr("Edges"), graph.a.edges, graph.b.edges, false);
    QStringList labels = graph.a.nodesPerLabel.keys();
    for (const QString &label : graph.b.nodesPerLabel.keys()) {
        if (!labels.contains(label))
            labels.append(label);
    }
    for (const QString &label : std::as_const(labels))
        addRow(tr(":%1 nodes").arg(label), graph.a.nodesPerLabel.value(label), graph.b.nodesPerLabel.value(label), true);
    QStringList types = graph.a.edgesPerType.keys();
    for (const QString &type : graph.b.edgesPerType.keys()) {
        if (!types.contains(type))
            types.append(type);
    }
    for (const QString &type : std::as_const(types))
        addRow(tr("[:%1] edges").arg(type), graph.a.edgesPerType.value(type), graph.b.edgesPerType.value(type), true);
    // Equal counts can hide edits: the content row says whether any node or edge differs.
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(tr("Content")));
    const bool sameContent = graph.nodes.isEmpty() && graph.edges.isEmpty();
    table->setItem(row, 1, new QTableWidgetItem(sameContent ? QString()
                                                            : tr("%1 nodes, %2 edges changed").arg(graph.nodes.changed).arg(graph.edges.changed)));
    auto *verdict = new QTableWidgetItem(graph.identical() ? tr("identical") : tr("differs"));
    verdict->setForeground(graph.identical() ? kSame : kLess);
    table->setItem(row, 3, verdict);
    table->resizeColumnsToContents();
    m_ui->chart->setData(m_result.labelA, m_result.labelB, bars);

    appendChanges(lines, tr("Nodes"), graph.nodes);
    appendChanges(lines, tr("Edges"), graph.edges);
    if (!graph.schemaOnlyInA.isEmpty() || !graph.schemaOnlyInB.isEmpty() || !graph.propertyKeyChanges.isEmpty()) {
        lines.append(tr("Schema (A = left, B = right):"));
        for (const QString &entry : graph.schemaOnlyInA)
            lines.append(tr("  only left: %1").arg(entry));
        for (const QString &entry : graph.schemaOnlyInB)
            lines.append(tr("  only right: %1").arg(entry));
        for (const QString &entry : graph.propertyKeyChanges)
            lines.append(QStringLiteral("  ") + entry);
    }
    if (lines.isEmpty())
        lines.append(tr("No differences in content or schema."));
    m_ui->changesText->setPlainText(lines.join(QLatin1Char('\n')));
}

void DiffPage::showCollections()
{
    QTableWidget *table = m_ui->collectionTable;
    table->setRowCount(0);
    table->setVisible(m_result.collectionsCompared);
    const QLocale locale;
    const auto rowsText = [&](bool present, qint64 rows) {
        return !present ? tr("absent") : rows < 0 ? tr("not counted") : locale.toString(rows);
    };
    for (const auto &collection : std::as_const(m_result.collections)) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(collection.name));
        table->setItem(row, 1, numberItem(rowsText(collection.inA, collection.rowsA())));
        table->setItem(row, 2, numberItem(rowsText(collection.inB, collection.rowsB())));
        QTableWidgetItem *change = nullptr;
        if (!collection.inA) {
            change = numberItem(tr("added"));
            colourChange(change, 1);
        } else if (!collection.inB) {
            change = numberItem(tr("removed"));
            colourChange(change, -1);
        } else if (collection.rowsA() >= 0 && collection.rowsB() >= 0) {
            const qint64 delta = collection.rowsB() - collection.rowsA();
            change = numberItem(delta == 0 ? tr("same") : (delta > 0 ? QStringLiteral("+") : QString()) + locale.toString(delta));
            colourChange(change, delta);
        } else {
            change = numberItem(QString());
        }
        table->setItem(row, 3, change);
        // Everything else that differs (fields, index), as the core words it; "same" when nothing does.
        auto *differences = new QTableWidgetItem(collection.differences.isEmpty() ? tr("same") : collection.differences.join(QStringLiteral("; ")));
        differences->setForeground(collection.differences.isEmpty() ? kSame : kLess);
        differences->setToolTip(collection.differences.join(QLatin1Char('\n')));
        table->setItem(row, 4, differences);
    }
    table->resizeColumnsToContents();
}
