#pragma once

#include "BackupHistory.h"

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPage;
}
struct AppServices;

// The backup sets and single-file packages found in the backup folder (BackupHistory), with status
// (complete, incomplete, corrupt), size, source and counts: details, verify, restore, compare, show
// in the file manager, delete.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(AppServices &services, QWidget *parent = nullptr);
    ~HistoryPage() override;

    void setFolder(const QString &folder);
    QString folder() const;
    void refresh();
    int setCount() const;
    const QList<BackupHistory::Entry> &sets() const { return m_sets; }
    void selectSet(const QString &path);
    QString selectedSet() const;
    QString detailsText() const;
    // The Status column's text of the row showing `path` (tests).
    QString statusTextOf(const QString &path) const;
    static QString statusText(BackupHistory::Status status);

    void showDetails();
    void verifySelected();
    void deleteSelected();
    void revealSelected();

signals:
    void restoreRequested(const QString &setDirectory);
    void compareRequested(const QString &setDirectory);
    void setsChanged();
    void verified(bool ok);

private:
    int selectedRow() const;

    std::unique_ptr<Ui::HistoryPage> m_ui;
    AppServices &m_services;
    QList<BackupHistory::Entry> m_sets;
};
