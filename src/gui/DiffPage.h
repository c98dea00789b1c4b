#pragma once

#include "SetComparison.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DiffPage;
}
struct AppServices;

// Compares two backup sets, or a set and the live graphs of a profile: a table per graph with the
// counts of both sides and the change, coloured, and a bar chart of counts per label and type.
class DiffPage : public QWidget
{
    Q_OBJECT

public:
    explicit DiffPage(AppServices &services, QWidget *parent = nullptr);
    ~DiffPage() override;

    // Fills the choices from the sets found and the profiles.
    void setSets(const QStringList &setDirectories);
    void reloadProfiles();
    // Chooses a side by set path or by "profile:<name>".
    void chooseLeft(const QString &choice);
    void chooseRight(const QString &choice);
    void compare();
    const SetComparison &comparison() const { return m_comparison; }
    QString verdictText() const;

signals:
    void compared(bool ok);

private:
    void fillChoices();
    void showGraph();

    std::unique_ptr<Ui::DiffPage> m_ui;
    AppServices &m_services;
    QStringList m_sets;
    SetComparison m_comparison;
};
