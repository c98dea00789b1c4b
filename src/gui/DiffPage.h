#pragma once

#include "SetDiff.h"

#include <QMetaType>
#include <QWidget>

#include <memory>

namespace Ui {
class DiffPage;
}
struct AppServices;

// Compares two backup sets or packages, or a set and what is live on a profile's servers (graphs on its
// FalkorDB, collections on its Milvus), through the core's SetDiff: a table per graph with the counts
// of both sides and the change, coloured, a bar chart of counts per label and type, the added, removed
// and changed samples and schema differences, and a table of collections with their row counts, the
// change and what else differs. The left side is always a backup (SetDiff reads a live server only as
// its second side).
class DiffPage : public QWidget
{
    Q_OBJECT

public:
    explicit DiffPage(AppServices &services, QWidget *parent = nullptr);
    ~DiffPage() override;

    // Fills the choices from the sets and packages found and the profiles.
    void setSets(const QStringList &setPaths);
    void reloadProfiles();
    // Chooses a side by set path or (right only) by "profile:<name>".
    void chooseLeft(const QString &choice);
    void chooseRight(const QString &choice);
    void chooseGraph(const QString &nameA);
    void compare();
    const SetDiff::Result &comparison() const { return m_result; }
    QString verdictText() const;
    QString changesText() const;

signals:
    void compared(bool ok);

private:
    void fillChoices();
    void showGraph();
    void showCollections();

    std::unique_ptr<Ui::DiffPage> m_ui;
    AppServices &m_services;
    QStringList m_sets;
    SetDiff::Result m_result;
};
Q_DECLARE_METATYPE(SetDiff::Result)
