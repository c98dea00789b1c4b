#pragma once

#include "BackupSetScanner.h"

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPage;
}
struct AppServices;

// The backup sets found in the backup folder, with status, size, source and counts: details,
// verify, restore, compare, show in the file manager, delete.
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
    const QList<BackupSetEntry> &sets() const { return m_sets; }
    void selectSet(const QString &path);
    QString selectedSet() const;
    QString detailsText() const;

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
    std::unique_ptr<Ui::HistoryPage> m_ui;
    AppServices &m_services;
    QList<BackupSetEntry> m_sets;
};
