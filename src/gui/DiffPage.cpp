#include "DiffPage.h"

#include "AppServices.h"
#include "CountsChart.h"
#include "Dialogs.h"
#include "JobRunner.h"
#include "ProfileStore.h"
#include "ui_DiffPage.h"

#include <QFileInfo>
#include <QLocale>

namespace {
const QString kProfilePrefix = QStringLiteral("profile:");
const QColor kSame(0x1b, 0x7f, 0x3b);
const QColor kMore(0x1c, 0x5f, 0xb0);
const QColor kLess(0xb0, 0x00, 0x20);
}

DiffPage::DiffPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DiffPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    m_ui->countTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->countTable->verticalHeader()->hide();
    connect(m_ui->compareButton, &QPushButton::clicked, this, &DiffPage::compare);
    connect(m_ui->graphCombo, &QComboBox::currentIndexChanged, this, &DiffPage::showGraph);
    connect(m_services.profiles, &ProfileStore::profilesChanged, this, &DiffPage::reloadProfiles);
    fillChoices();
}

DiffPage::~DiffPage() = default;

void DiffPage::setSets(const QStringList &setDirectories)
{
    m_sets = setDirectories;
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
            combo->addItem(tr("Set %1").arg(QFileInfo(set).fileName()), set);
        for (const QString &name : m_services.profiles->names())
            combo->addItem(tr("Live: %1").arg(name), QString(kProfilePrefix + name));
        const int index = combo->findData(current);
        if (index >= 0)
            combo->setCurrentIndex(index);
    }
    if (m_ui->rightCombo->currentIndex() == m_ui->leftCombo->currentIndex() && m_ui->rightCombo->count() > 1
        && m_ui->leftCombo->currentIndex() == 0)
        m_ui->leftCombo->setCurrentIndex(qMin(1, int(m_sets.size()) - 1 < 0 ? 1 : 1));
    m_ui->compareButton->setEnabled(m_ui->leftCombo->count() > 0);
}

void DiffPage::chooseLeft(const QString &choice)
{
    m_ui->leftCombo->setCurrentIndex(m_ui->leftCombo->findData(choice));
}

void DiffPage::chooseRight(const QString &choice)
{
    m_ui->rightCombo->setCurrentIndex(m_ui->rightCombo->findData(choice));
}

QString DiffPage::verdictText() const
{
    return m_ui->verdictLabel->text();
}

void DiffPage::compare()
{
    auto sideOf = [this](const QString &choice) {
        SetComparison::Side side;
        if (choice.startsWith(kProfilePrefix))
            side.profile = m_services.profiles->profile(choice.mid(kProfilePrefix.size()));
        else
            side.setDirectory = choice;
        return side;
    };
    const QString leftChoice = m_ui->leftCombo->currentData().toString();
    const QString rightChoice = m_ui->rightCombo->currentData().toString();
    if (leftChoice.isEmpty() || rightChoice.isEmpty())
        return;
    if (leftChoice.startsWith(kProfilePrefix) && rightChoice.startsWith(kProfilePrefix)) {
        Dialogs::warning(this, tr("Compare"), tr("Choose at least one backup set: two live profiles are not compared."));
        return;
    }
    const SetComparison::Side left = sideOf(leftChoice);
    const SetComparison::Side right = sideOf(rightChoice);
    AppServices *services = &m_services;
    if (!m_services.jobs->start(tr("Compare %1 with %2").arg(left.label(), right.label()), [services, left, right](TaskContext &context) {
            auto secrets = services->makeResolver(context);
            return QVariant::fromValue(SetComparison::compare(left, right, *secrets, context));
        })) {
        Dialogs::warning(this, tr("Compare"), tr("Another job is running; wait for it or cancel it first."));
        return;
    }
    m_ui->verdictLabel->setText(tr("Comparing…"));
    m_services.jobs->whenDone(this, [this](const QVariant &result) {
        m_comparison = result.value<SetComparison>();
        bool same = !m_comparison.graphs.isEmpty();
        m_ui->graphCombo->blockSignals(true);
        m_ui->graphCombo->clear();
        for (const auto &graph : std::as_const(m_comparison.graphs)) {
            m_ui->graphCombo->addItem(graph.graph);
            same = same && graph.identical();
        }
        m_ui->graphCombo->blockSignals(false);
        showGraph();
        m_ui->verdictLabel->setText(same ? tr("<span style='color:#1b7f3b'><b>Identical</b>: same counts and fingerprints.</span>")
                                         : tr("<span style='color:#b00020'><b>Different</b></span>"));
        emit compared(true);
    }, [this](const QString &message, bool) {
        m_ui->verdictLabel->setText(tr("Comparison failed."));
        Dialogs::critical(this, tr("Compare"), message);
        emit compared(false);
    });
}

void DiffPage::showGraph()
{
    const int index = m_ui->graphCombo->currentIndex();
    QTableWidget *table = m_ui->countTable;
    table->setRowCount(0);
    if (index < 0 || index >= m_comparison.graphs.size()) {
        m_ui->chart->setData({}, {}, {});
        return;
    }
    const SetComparison::GraphRow &graph = m_comparison.graphs.at(index);
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
        number(1, graph.leftPresent ? locale.toString(left) : tr("absent"));
        number(2, graph.rightPresent ? locale.toString(right) : tr("absent"));
        const qint64 delta = right - left;
        QTableWidgetItem *change = number(3, delta == 0 ? tr("same") : (delta > 0 ? QStringLiteral("+") : QString()) + locale.toString(delta));
        change->setForeground(delta == 0 ? kSame : delta > 0 ? kMore : kLess);
        if (delta != 0) {
            QFont bold = change->font();
            bold.setBold(true);
            change->setFont(bold);
        }
        if (chart)
            bars.append({ what, left, right });
    };
    addRow(tr("Nodes"), graph.left.nodes, graph.right.nodes, false);
    addRow(tr("Edges"), graph.left.edges, graph.right.edges, false);
    QStringList labels = graph.left.nodesPerLabel.keys();
    for (const QString &label : graph.right.nodesPerLabel.keys()) {
        if (!labels.contains(label))
            labels.append(label);
    }
    for (const QString &label : std::as_const(labels))
        addRow(tr(":%1 nodes").arg(label), graph.left.nodesPerLabel.value(label), graph.right.nodesPerLabel.value(label), true);
    QStringList types = graph.left.edgesPerType.keys();
    for (const QString &type : graph.right.edgesPerType.keys()) {
        if (!types.contains(type))
            types.append(type);
    }
    for (const QString &type : std::as_const(types))
        addRow(tr("[:%1] edges").arg(type), graph.left.edgesPerType.value(type), graph.right.edgesPerType.value(type), true);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(tr("Fingerprint")));
    table->setItem(row, 1, new QTableWidgetItem(graph.left.fingerprint.left(16)));
    table->setItem(row, 2, new QTableWidgetItem(graph.right.fingerprint.left(16)));
    auto *verdict = new QTableWidgetItem(graph.identical() ? tr("identical") : tr("differs"));
    verdict->setForeground(graph.identical() ? kSame : kLess);
    table->setItem(row, 3, verdict);
    table->resizeColumnsToContents();
    m_ui->chart->setData(m_comparison.leftLabel, m_comparison.rightLabel, bars);
}
