#pragma once

#include "GraphContentSummary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class FalkorConnection;
class TaskContext;

// The staging graph that makes replace mode safe: the backup is restored next to the target, into
// "<target>.bmb-staging-<8 hex>", and checked there while the old target is still untouched. Only then
// is it swapped in: the old target is deleted, the staging graph is copied to the target's name with
// GRAPH.COPY, the target is checked again (counts, fingerprint, indexes and constraints), and the
// staging graph is deleted.
//
// Why GRAPH.COPY and not RENAME: falkordb.md documents GRAPH.COPY (§5.4: a consistent copy with
// identical ids, "destination key already exists" when the name is taken) but says nothing about
// RENAME of a graph key, and it documents that the graph's name travels inside the serialised graph,
// so that a graph restored under another key name breaks (§6). The price is memory: the server needs
// room for a second copy of the graph (the old target and the staging graph before the swap, the
// staging graph and its copy during it), a fork and temporary disk space in TEMP_FOLDER.
//
// Markers (GraphImporter::markerKey) make a killed run visible: the staging graph carries one while it
// is incomplete, and the target carries one naming the staging graph and the phase ("loading": the
// target was not touched; "swapping": the target may be gone, the staging graph is complete). A later
// replace of the same target deletes an incomplete staging graph and keeps a complete one until it has
// itself succeeded.
class StagingGraph
{
public:
    StagingGraph(FalkorConnection &connection, TaskContext &context, const QString &target);

    // "<target>.bmb-staging-": every staging graph of a target starts with this.
    static QString namePrefix(const QString &target);
    // Before anything is written: the target key must be a graph or absent, and this server and user
    // must be able to GRAPH.COPY (tried on a tiny graph created and deleted for the purpose). Throws
    // with "nothing was changed" otherwise, so a replace that could not finish never starts.
    static void checkCopyWorks(FalkorConnection &connection, const QString &target);
    // The message for a restore marker found on `graph` (what was interrupted and where the data is).
    static QString describeMarker(const QString &graph, const QByteArray &markerText);
    // What to do about that marker.
    static QString markerHint(const QString &graph, const QByteArray &markerText);

    // Removes what an earlier killed replace of the target left behind (see above), picks a free
    // staging name and records the markers. restoreMarker: source, startedAt, fingerprint.
    void begin(const QJsonObject &restoreMarker);
    const QString &name() const { return m_name; }
    const QString &target() const { return m_target; }

    // Before the swap (failure, cancel, bad verification): deletes the staging graph and puts the
    // target's marker back as it was. Never throws; returns a sentence for the user ("... is untouched").
    QString discard();

    // The swap. Not cancelable once started (a cancel would leave the target missing). Returns the
    // target's summary, equal to `expected`. A failure before the old target was deleted discards the
    // staging graph; a failure after it throws a message naming the staging graph, which is complete,
    // and how to finish by hand.
    GraphContentSummary promote(const GraphContentSummary &expected, int waitSeconds, QStringList *warnings);

private:
    QString manualSwapHint() const;

    FalkorConnection &m_connection;
    TaskContext &m_context;
    QString m_target;
    QString m_name;
    QByteArray m_targetMarkerBefore; // put back by discard() (empty: none)
    QString m_completeLeftover;      // a complete staging graph of an earlier run, deleted after success
};
