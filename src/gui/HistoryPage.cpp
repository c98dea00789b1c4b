#include "HistoryPage.h"

#include <QHeaderView>

#include "AppServices.h"
#include "Dialogs.h"
#include "JobRunner.h"
#include "OperationError.h"
#include "TaskContext.h"
#include "VerifyJob.h"
#include "ui_HistoryPage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace {
enum Column { SetColumn, KindColumn, StatusColumn, CreatedColumn, SourceColumn, GraphsColumn, NodesColumn, EdgesColumn,
              CollectionsColumn, RowsColumn, SizeColumn };

const QColor kCompleteColor(0x1b, 0x7f, 0x3b);
const QColor kIncompleteColor(0xa8, 0x5a, 0x00);
const QColor kCorruptColor(0xb0, 0x00, 0x20);

qint64 nodeTotal(const BackupManifest &manifest)
{
    qint64 total = 0;
    for (const auto &graph : manifest.graphs)
        total += graph.nodes;
    return total;
}

qint64 edgeTotal(const BackupManifest &manifest)
{
    qint64 total = 0;
    for (const auto &graph : manifest.graphs)
        total += graph.edges;
    return total;
}

// Unknown counts (-1) are left out; a set whose every count is unknown shows an empty cell.
qint64 rowTotal(const BackupManifest &manifest, bool *known)
{
    qint64 total = 0;
    *known = false;
    for (const auto &collection : manifest.collections) {
        if (collection.rows >= 0) {
            total += collection.rows;
            *known = true;
        }
    }
    return total;
}
} // namespace

HistoryPage::HistoryPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_services(services)
{
    m_ui->setupUi(this);
    // The set name takes the spare width; the other columns fit their contents.
    m_ui->setTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->setTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->setTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
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

QString HistoryPage::statusText(BackupHistory::Status status)
{
    switch (status) {
    case BackupHistory::Status::Complete: return tr("Complete");
    case BackupHistory::Status::Incomplete: return tr("Incomplete");
    case BackupHistory::Status::Corrupt: return tr("Corrupt");
    }
    return {};
}

QString HistoryPage::statusTextOf(const QString &path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < m_sets.size(); ++row) {
        if (m_sets.at(row).path == wanted)
            return m_ui->setTable->item(row, StatusColumn)->text();
    }
    return {};
}

void HistoryPage::refresh()
{
    const QString previous = selectedSet();
    // Sizes only here (the central directory of a package, the file sizes of a set): fast enough for
    // the GUI thread. Verify reads every checksum, as a job.
    CallbackTaskContext context;
    try {
        m_sets = BackupHistory::scan(folder(), false, context);
    } catch (const OperationError &error) {
        m_sets.clear();
        m_ui->detailsText->setPlainText(error.message());
    }
    const QLocale locale;
    m_ui->setTable->setRowCount(int(m_sets.size()));
    for (int row = 0; row < m_sets.size(); ++row) {
        const BackupHistory::Entry &set = m_sets.at(row);
        // An incomplete set's manifest holds only the graph folders found, so counts are shown for
        // complete and corrupt entries (a corrupt one says what it was meant to hold).
        const bool hasManifest = set.status != BackupHistory::Status::Incomplete;
        const BackupManifest &manifest = set.manifest;
        auto put = [&](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->setTable->setItem(row, column, item);
            return item;
        };
        put(SetColumn, set.name)->setData(Qt::UserRole, set.path);
        put(KindColumn, set.package ? tr("Package (.zip)") : tr("Folder"));
        QTableWidgetItem *status = put(StatusColumn, statusText(set.status));
        status->setForeground(set.status == BackupHistory::Status::Complete     ? kCompleteColor
                                  : set.status == BackupHistory::Status::Incomplete ? kIncompleteColor
                                                                                    : kCorruptColor);
        if (set.status != BackupHistory::Status::Complete) {
            QFont bold = status->font();
            bold.setBold(true);
            status->setFont(bold);
        }
        if (!set.problems.isEmpty())
            status->setToolTip(set.problems.join(QLatin1Char('\n')));
        put(CreatedColumn, manifest.createdAt.isValid() ? locale.toString(manifest.createdAt.toLocalTime(), QLocale::ShortFormat) : QString());
        put(SourceColumn, hasManifest ? (manifest.profileName.isEmpty() ? manifest.falkordbServer
                                                                        : manifest.profileName + QStringLiteral(" (") + manifest.falkordbServer + QLatin1Char(')'))
                                      : QString());
        put(GraphsColumn, hasManifest ? QString::number(manifest.graphs.size()) : QString(), true);
        put(NodesColumn, hasManifest ? locale.toString(nodeTotal(manifest)) : QString(), true);
        put(EdgesColumn, hasManifest ? locale.toString(edgeTotal(manifest)) : QString(), true);
        bool rowsKnown = false;
        const qint64 rows = rowTotal(manifest, &rowsKnown);
        put(CollectionsColumn, hasManifest ? QString::number(manifest.collections.size()) : QString(), true);
        put(RowsColumn, hasManifest && rowsKnown ? locale.toString(rows) : QString(), true);
        put(SizeColumn, locale.formattedDataSize(set.bytes), true);
    }
    // No resizeColumnsToContents() here: the header's modes (set in the constructor) size the
    // columns, and an explicit resize would take the spare width away from the set column.
    if (!previous.isEmpty())
        selectSet(previous);
    else if (!m_sets.isEmpty())
        m_ui->setTable->selectRow(0);
    showDetails();
    emit setsChanged();
}

void HistoryPage::selectSet(const QString &path)
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < m_sets.size(); ++row) {
        if (m_sets.at(row).path == wanted)
            m_ui->setTable->selectRow(row);
    }
}

int HistoryPage::selectedRow() const
{
    const auto rows = m_ui->setTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_sets.size())
        return -1;
    return rows.first().row();
}

QString HistoryPage::selectedSet() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : m_sets.at(row).path;
}

void HistoryPage::showDetails()
{
    const int row = selectedRow();
    const bool has = row >= 0;
    const bool complete = has && m_sets.at(row).status == BackupHistory::Status::Complete;
    for (QPushButton *button : { m_ui->openButton, m_ui->verifyButton, m_ui->revealButton, m_ui->deleteButton })
        button->setEnabled(has);
    // An incomplete or corrupt backup is not offered for restore or compare: it would restore or
    // show less than was backed up. Verify says what is wrong; Delete removes it.
    m_ui->restoreButton->setEnabled(complete);
    m_ui->compareButton->setEnabled(complete);
    if (!has) {
        m_ui->detailsText->setPlainText(m_sets.isEmpty() ? tr("No backup sets in this folder yet.") : QString());
        return;
    }
    const BackupHistory::Entry &set = m_sets.at(row);
    QStringList lines { set.package ? tr("Package: %1").arg(set.path) : tr("Set: %1").arg(set.path),
                        tr("Status: %1").arg(statusText(set.status)) };
    for (const QString &problem : set.problems)
        lines.append(QStringLiteral("  ") + problem);
    const BackupManifest &manifest = set.manifest;
    if (set.status == BackupHistory::Status::Incomplete) {
        lines.append(tr("This backup never finished (there is no manifest.json). Do not rely on it; delete it."));
        for (const auto &graph : manifest.graphs)
            lines.append(tr("  graph folder %1 found: %2 nodes, %3 edges").arg(graph.name).arg(graph.nodes).arg(graph.edges));
    } else {
        if (set.status == BackupHistory::Status::Corrupt)
            lines.append(tr("This backup is damaged: do not restore from it. Verify reads every checksum and says what is wrong."));
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
    const bool package = QFileInfo(path).isFile();
    if (Dialogs::question(this, tr("Delete backup set"),
                          package ? tr("Delete the backup package %1? This cannot be undone.").arg(path)
                                  : tr("Delete the backup set %1 and all its files? This cannot be undone.").arg(path))
        != QMessageBox::Yes)
        return;
    if (!(package ? QFile::remove(path) : QDir(path).removeRecursively()))
        Dialogs::critical(this, tr("Delete backup set"), tr("Some files of %1 could not be deleted.").arg(path));
    refresh();
}

void HistoryPage::revealSelected()
{
    const QString path = selectedSet();
    if (path.isEmpty())
        return;
    // A package is a file: show the folder that holds it.
    const QFileInfo info(path);
    QDesktopServices::openUrl(QUrl::fromLocalFile(info.isFile() ? info.absolutePath() : path));
}
