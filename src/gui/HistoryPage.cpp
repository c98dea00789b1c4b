#include "HistoryPage.h"

#include "AppServices.h"
#include "Dialogs.h"
#include "JobRunner.h"
#include "VerifyJob.h"
#include "ui_HistoryPage.h"

#include <QDesktopServices>
#include <QDir>
#include <QLocale>
#include <QUrl>

namespace {
enum Column { SetColumn, StatusColumn, CreatedColumn, SourceColumn, GraphsColumn, NodesColumn, EdgesColumn, SizeColumn };
}

HistoryPage::HistoryPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    m_ui->setTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->setTable->verticalHeader()->hide();
    m_ui->setTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->folderEdit->setText(services.backupFolder);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_ui->folderEdit, &QLineEdit::editingFinished, this, &HistoryPage::refresh);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder = Dialogs::existingDirectory(this, tr("Backup folder"), m_ui->folderEdit->text());
        if (!folder.isEmpty())
            setFolder(folder);
    });
    connect(m_ui->setTable, &QTableWidget::itemSelectionChanged, this, &HistoryPage::showDetails);
    connect(m_ui->openButton, &QPushButton::clicked, this, &HistoryPage::showDetails);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &HistoryPage::verifySelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    connect(m_ui->revealButton, &QPushButton::clicked, this, &HistoryPage::revealSelected);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        if (!selectedSet().isEmpty())
            emit restoreRequested(selectedSet());
    });
    connect(m_ui->compareButton, &QPushButton::clicked, this, [this] {
        if (!selectedSet().isEmpty())
            emit compareRequested(selectedSet());
    });
    refresh();
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setFolder(const QString &folder)
{
    m_ui->folderEdit->setText(folder);
    refresh();
}

QString HistoryPage::folder() const { return m_ui->folderEdit->text().trimmed(); }
int HistoryPage::setCount() const { return int(m_sets.size()); }
QString HistoryPage::detailsText() const { return m_ui->detailsText->toPlainText(); }

void HistoryPage::refresh()
{
    const QString previous = selectedSet();
    m_sets = BackupSetScanner::scan(folder());
    const QLocale locale;
    m_ui->setTable->setRowCount(int(m_sets.size()));
    for (int row = 0; row < m_sets.size(); ++row) {
        const BackupSetEntry &set = m_sets.at(row);
        const bool complete = set.status == BackupSetEntry::Status::Complete;
        auto put = [&](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->setTable->setItem(row, column, item);
            return item;
        };
        put(SetColumn, set.name)->setData(Qt::UserRole, set.path);
        QTableWidgetItem *status = put(StatusColumn, set.statusText());
        status->setForeground(complete ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20));
        if (!set.problem.isEmpty())
            status->setToolTip(set.problem);
        put(CreatedColumn, complete ? locale.toString(set.manifest.createdAt.toLocalTime(), QLocale::ShortFormat) : QString());
        put(SourceColumn, complete ? (set.manifest.profileName.isEmpty() ? set.manifest.falkordbServer
                                                                         : set.manifest.profileName + QStringLiteral(" (") + set.manifest.falkordbServer + QLatin1Char(')'))
                                   : QString());
        put(GraphsColumn, complete ? QString::number(set.manifest.graphs.size()) : QString(), true);
        put(NodesColumn, complete ? locale.toString(set.nodes()) : QString(), true);
        put(EdgesColumn, complete ? locale.toString(set.edges()) : QString(), true);
        put(SizeColumn, locale.formattedDataSize(set.sizeOnDisk), true);
    }
    m_ui->setTable->resizeColumnsToContents();
    if (!previous.isEmpty())
        selectSet(previous);
    else if (!m_sets.isEmpty())
        m_ui->setTable->selectRow(0);
    showDetails();
    emit setsChanged();
}

void HistoryPage::selectSet(const QString &path)
{
    const QString wanted = QDir(path).absolutePath();
    for (int row = 0; row < m_sets.size(); ++row) {
        if (m_sets.at(row).path == wanted)
            m_ui->setTable->selectRow(row);
    }
}

QString HistoryPage::selectedSet() const
{
    const auto rows = m_ui->setTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_sets.size())
        return {};
    return m_sets.at(rows.first().row()).path;
}

void HistoryPage::showDetails()
{
    const QString path = selectedSet();
    const bool has = !path.isEmpty();
    for (QPushButton *button : { m_ui->openButton, m_ui->verifyButton, m_ui->restoreButton, m_ui->compareButton,
                                 m_ui->revealButton, m_ui->deleteButton })
        button->setEnabled(has);
    if (!has) {
        m_ui->detailsText->setPlainText(m_sets.isEmpty() ? tr("No backup sets in this folder yet.") : QString());
        return;
    }
    const BackupSetEntry set = BackupSetScanner::read(path);
    QStringList lines { tr("Set: %1").arg(set.path), tr("Status: %1").arg(set.statusText()) };
    if (!set.problem.isEmpty())
        lines.append(set.problem);
    if (set.status == BackupSetEntry::Status::Complete) {
        const BackupManifest &manifest = set.manifest;
        lines.append(tr("Made by %1 from %2 (FalkorDB %3, Redis %4), %5 to %6")
                         .arg(manifest.toolVersion, manifest.profileName.isEmpty() ? manifest.falkordbServer : manifest.profileName,
                              manifest.falkordbVersion, manifest.redisVersion,
                              manifest.createdAt.toLocalTime().toString(Qt::ISODate),
                              manifest.completedAt.toLocalTime().toString(Qt::ISODate)));
        for (const auto &graph : manifest.graphs)
            lines.append(tr("  graph %1: %2 nodes, %3 edges").arg(graph.name).arg(graph.nodes).arg(graph.edges));
        for (const auto &collection : manifest.collections)
            lines.append(tr("  collection %1.%2: %3 rows").arg(collection.database, collection.name).arg(collection.rows));
        lines.append(tr("%n file(s) with checksums.", nullptr, int(manifest.files.size())));
        for (const QString &warning : manifest.warnings)
            lines.append(tr("warning: %1").arg(warning));
    } else if (set.status == BackupSetEntry::Status::Incomplete) {
        lines.append(tr("This backup never finished (there is no manifest.json). Do not rely on it; delete it."));
    }
    m_ui->detailsText->setPlainText(lines.join(QLatin1Char('\n')));
}

void HistoryPage::verifySelected()
{
    const QString path = selectedSet();
    if (path.isEmpty())
        return;
    VerifyJob::Request request;
    request.setDirectory = path;
    if (!m_services.jobs->start(tr("Verify %1").arg(QFileInfo(path).fileName()), [request](TaskContext &context) {
            const VerifyJob::Result result = VerifyJob::run(request, context);
            QStringList lines;
            lines.append(result.ok ? tr("✔ The set is whole: every file matches its checksum and every graph its counts and fingerprint.")
                                   : tr("✘ The set is damaged:"));
            for (const QString &problem : result.problems)
                lines.append(QStringLiteral("  ") + problem);
            for (const auto &graph : result.graphs) {
                lines.append(tr("  graph %1: %2 nodes, %3 edges%4").arg(graph.source).arg(graph.actual.nodes).arg(graph.actual.edges)
                                 .arg(graph.differences.isEmpty() ? QString() : QStringLiteral(" — ") + graph.differences.join(QStringLiteral("; "))));
            }
            return QVariantList { result.ok, lines.join(QLatin1Char('\n')) };
        })) {
        Dialogs::warning(this, tr("Verify"), tr("Another job is running; wait for it or cancel it first."));
        return;
    }
    m_services.jobs->whenDone(this, [this](const QVariant &result) {
        const QVariantList values = result.toList();
        m_ui->detailsText->setPlainText(values.value(1).toString());
        emit verified(values.value(0).toBool());
    }, [this](const QString &message, bool) {
        m_ui->detailsText->setPlainText(tr("✘ Verification failed: %1").arg(message));
        emit verified(false);
    });
}

void HistoryPage::deleteSelected()
{
    const QString path = selectedSet();
    if (path.isEmpty())
        return;
    if (Dialogs::question(this, tr("Delete backup set"),
                          tr("Delete the backup set %1 and all its files? This cannot be undone.").arg(path))
        != QMessageBox::Yes)
        return;
    if (!QDir(path).removeRecursively())
        Dialogs::critical(this, tr("Delete backup set"), tr("Some files of %1 could not be deleted.").arg(path));
    refresh();
}

void HistoryPage::revealSelected()
{
    const QString path = selectedSet();
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}
