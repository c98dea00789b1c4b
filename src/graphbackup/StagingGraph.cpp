#include "StagingGraph.h"

#include "FalkorConnection.h"
#include "GraphImporter.h"
#include "GraphSchemaDefinition.h"
#include "GraphSchemaRestorer.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QScopeGuard>
#include <QThread>
#include <QUuid>

namespace {

const QString kPhaseLoading = QStringLiteral("loading");
const QString kPhaseSwapping = QStringLiteral("swapping");

// The swap must run to its end once the old target is deleted: this context passes log and progress
// on but never reports a cancel.
class UncancelableContext : public TaskContext
{
public:
    explicit UncancelableContext(TaskContext &inner)
        : m_inner(inner)
    {
    }
    bool isCanceled() const override { return false; }
    void log(LogLevel level, const QString &message) override { m_inner.log(level, message); }

protected:
    void deliverProgress(const TaskProgress &progress) override { m_inner.progress(progress); }
    int throttleIntervalMs() const override { return 0; }

private:
    TaskContext &m_inner;
};

QJsonObject markerObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool keyExists(FalkorConnection &connection, const QString &key)
{
    return connection.checkedCommand({ "EXISTS", key.toUtf8() }).integer > 0;
}

QStringList liveSchema(FalkorConnection &connection, const QString &graph)
{
    const QueryOptions read { true, -1 };
    return GraphSchemaDefinition::fromQueryResults(connection.query(graph, QStringLiteral("CALL db.indexes()"), read),
                                                   connection.query(graph, QStringLiteral("CALL db.constraints()"), read))
        .describe();
}

// After a cancel or a dropped connection the cleanup still has to talk to the server.
void reopenIfClosed(FalkorConnection &connection)
{
    connection.setTaskContext(nullptr);
    if (!connection.isOpen())
        connection.open(connection.endpoint());
}

QString randomSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace

StagingGraph::StagingGraph(FalkorConnection &connection, TaskContext &context, const QString &target)
    : m_connection(connection)
    , m_context(context)
    , m_target(target)
{
}

QString StagingGraph::namePrefix(const QString &target)
{
    return target + QStringLiteral(".bmb-staging-");
}

void StagingGraph::checkCopyWorks(FalkorConnection &connection, const QString &target)
{
    const QByteArray key = target.toUtf8();
    if (connection.checkedCommand({ "EXISTS", key }).integer > 0 && !connection.graphExists(target))
        throw OperationError(OperationError::Kind::Conflict,
                             QObject::tr("The key \"%1\" on the target holds something other than a graph.").arg(target),
                             QObject::tr("Nothing was changed. Replace only replaces graphs; restore under another name "
                                         "(--graph SOURCE=NEW_NAME)."));
    // The names start with the target's, so that ACL key patterns written for the target's family of
    // keys apply to the check as they will to the staging graph.
    QString source;
    for (int attempt = 0; attempt < 10 && source.isEmpty(); ++attempt) {
        const QString candidate = namePrefix(target) + randomSuffix() + QStringLiteral("-copycheck");
        if (!keyExists(connection, candidate) && !keyExists(connection, candidate + QStringLiteral("-copy")))
            source = candidate;
    }
    if (source.isEmpty())
        throw OperationError(OperationError::Kind::Conflict,
                             QObject::tr("No free name for a staging graph next to \"%1\".").arg(target));
    const QString copy = source + QStringLiteral("-copy");
    const auto cleanUp = qScopeGuard([&] {
        try {
            for (const QString &graph : { copy, source })
                if (connection.graphExists(graph))
                    connection.deleteGraph(graph);
        } catch (const OperationError &) {
            // The check's own tiny graphs; a failure to delete them is reported by the next step.
        }
    });
    try {
        // GRAPH.QUERY creates the key it names (falkordb.md §1.1).
        connection.query(source, QStringLiteral("RETURN 0"), QueryOptions { false, -1 });
        connection.copyGraph(source, copy);
    } catch (const OperationError &error) {
        if (error.kind() == OperationError::Kind::Canceled)
            throw;
        throw OperationError(error.kind(),
                             QObject::tr("Replace cannot run on this server: copying a graph failed (%1).").arg(error.message()),
                             QObject::tr("Nothing was changed; the graph \"%1\" is untouched. Replace restores into a staging "
                                         "graph and copies it into place with GRAPH.COPY (FalkorDB 4.2 or later, and the "
                                         "permission to run it). Restore under another name instead (--graph SOURCE=NEW_NAME).")
                                 .arg(target));
    }
}

QString StagingGraph::describeMarker(const QString &graph, const QByteArray &markerText)
{
    const QJsonObject marker = markerObject(markerText);
    const QString staging = marker.value(QStringLiteral("staging")).toString();
    const QString phase = marker.value(QStringLiteral("phase")).toString();
    if (!staging.isEmpty() && phase == kPhaseLoading)
        return QObject::tr("An earlier replace of \"%1\" was interrupted while it loaded the backup into the staging graph "
                           "\"%2\"; it had not touched \"%1\" yet.")
            .arg(graph, staging);
    if (!staging.isEmpty() && phase == kPhaseSwapping)
        return QObject::tr("An earlier replace of \"%1\" was interrupted while it swapped the restored graph in: \"%1\" may be "
                           "missing or incomplete; the complete restored graph is in \"%2\".")
            .arg(graph, staging);
    const QString replaces = marker.value(QStringLiteral("replaces")).toString();
    if (!replaces.isEmpty())
        return QObject::tr("\"%1\" is the staging graph of an interrupted replace of \"%2\"; it is incomplete.").arg(graph, replaces);
    return QObject::tr("An earlier restore into \"%1\" did not finish (%2); that graph is incomplete.")
        .arg(graph, QString::fromUtf8(markerText));
}

QString StagingGraph::markerHint(const QString &graph, const QByteArray &markerText)
{
    const QJsonObject marker = markerObject(markerText);
    const QString staging = marker.value(QStringLiteral("staging")).toString();
    if (!staging.isEmpty() && marker.value(QStringLiteral("phase")).toString() == kPhaseSwapping)
        return QObject::tr("Run the restore again with --mode replace --yes, or bring \"%2\" into place by hand: "
                           "GRAPH.DELETE \"%1\" (if it exists), GRAPH.COPY \"%2\" \"%1\", DEL \"%3\", then GRAPH.DELETE \"%2\".")
            .arg(graph, staging, GraphImporter::markerKey(graph));
    if (!staging.isEmpty())
        return QObject::tr("Run the restore again with --mode replace --yes (it removes \"%1\"), or delete it by hand: "
                           "GRAPH.DELETE \"%1\", DEL \"%2\" \"%3\".")
            .arg(staging, GraphImporter::markerKey(staging), GraphImporter::markerKey(graph));
    return QObject::tr("Run the restore again with --mode replace --yes to redo it.");
}

QString StagingGraph::manualSwapHint() const
{
    QJsonObject marker;
    marker.insert(QStringLiteral("staging"), m_name);
    marker.insert(QStringLiteral("phase"), kPhaseSwapping);
    return markerHint(m_target, compact(marker));
}

void StagingGraph::begin(const QJsonObject &restoreMarker)
{
    const QString targetMarker = GraphImporter::markerKey(m_target);
    const RespReply previous = m_connection.checkedCommand({ "GET", targetMarker.toUtf8() });
    if (previous.type == RespReply::Type::String) {
        const QJsonObject old = markerObject(previous.text);
        const QString oldStaging = old.value(QStringLiteral("staging")).toString();
        const QString oldPhase = old.value(QStringLiteral("phase")).toString();
        // After an interrupted load the target is whole again once its staging graph is gone; otherwise
        // (a half restore of the target itself, or an interrupted swap) the marker stays true until
        // this replace succeeds.
        if (oldPhase != kPhaseLoading)
            m_targetMarkerBefore = previous.text;
        if (!oldStaging.isEmpty()) {
            if (keyExists(m_connection, GraphImporter::markerKey(oldStaging))) {
                if (m_connection.graphExists(oldStaging))
                    m_connection.deleteGraph(oldStaging);
                m_connection.checkedCommand({ "DEL", GraphImporter::markerKey(oldStaging).toUtf8() });
                m_context.log(LogLevel::Info, QObject::tr("Deleted the incomplete staging graph %1 left by an interrupted "
                                                          "replace of %2.")
                                                  .arg(oldStaging, m_target));
            } else if (m_connection.graphExists(oldStaging)) {
                m_completeLeftover = oldStaging;
                m_context.log(LogLevel::Warning,
                              QObject::tr("%1 holds the complete graph of an interrupted replace of %2; it is kept until this "
                                          "replace has succeeded.")
                                  .arg(oldStaging, m_target));
            }
        }
    }

    for (int attempt = 0; attempt < 10 && m_name.isEmpty(); ++attempt) {
        const QString candidate = namePrefix(m_target) + randomSuffix();
        if (!keyExists(m_connection, candidate) && !keyExists(m_connection, GraphImporter::markerKey(candidate)))
            m_name = candidate;
    }
    if (m_name.isEmpty())
        throw OperationError(OperationError::Kind::Conflict,
                             QObject::tr("No free name for a staging graph next to \"%1\".").arg(m_target),
                             QObject::tr("Nothing was changed."));

    QJsonObject stagingMarker = restoreMarker;
    stagingMarker.insert(QStringLiteral("replaces"), m_target);
    m_connection.checkedCommand({ "SET", GraphImporter::markerKey(m_name).toUtf8(), compact(stagingMarker) });
    QJsonObject loading = restoreMarker;
    loading.insert(QStringLiteral("staging"), m_name);
    loading.insert(QStringLiteral("phase"), kPhaseLoading);
    m_connection.checkedCommand({ "SET", targetMarker.toUtf8(), compact(loading) });
    m_context.log(LogLevel::Info,
                  QObject::tr("Restoring into the staging graph %1; %2 stays as it is until the restored graph is verified. "
                              "The server needs memory for a second copy of the graph.")
                      .arg(m_name, m_target));
}

QString StagingGraph::discard()
{
    try {
        reopenIfClosed(m_connection);
        if (m_connection.graphExists(m_name))
            m_connection.deleteGraph(m_name);
        m_connection.forgetSchema(m_name);
        m_connection.checkedCommand({ "DEL", GraphImporter::markerKey(m_name).toUtf8() });
        if (m_targetMarkerBefore.isEmpty())
            m_connection.checkedCommand({ "DEL", GraphImporter::markerKey(m_target).toUtf8() });
        else
            m_connection.checkedCommand({ "SET", GraphImporter::markerKey(m_target).toUtf8(), m_targetMarkerBefore });
        m_connection.setTaskContext(&m_context);
        return QObject::tr("The graph \"%1\" is untouched; the staging graph %2 was deleted.").arg(m_target, m_name);
    } catch (const OperationError &error) {
        m_connection.setTaskContext(&m_context);
        return QObject::tr("The graph \"%1\" is untouched. The incomplete staging graph \"%2\" could not be deleted (%3); "
                           "delete it with GRAPH.DELETE \"%2\" and DEL \"%4\" \"%5\".")
            .arg(m_target, m_name, error.message(), GraphImporter::markerKey(m_name), GraphImporter::markerKey(m_target));
    }
}

GraphContentSummary StagingGraph::promote(const GraphContentSummary &expected, int waitSeconds, QStringList *warnings)
{
    const QString targetMarker = GraphImporter::markerKey(m_target);
    UncancelableContext quiet(m_context);
    const auto watchCancelAgain = qScopeGuard([&] { m_connection.setTaskContext(&m_context); });
    QStringList stagedSchema;
    try {
        m_context.checkCanceled(); // the last point where a cancel is honoured: the target is untouched
        stagedSchema = liveSchema(m_connection, m_name);
        m_connection.setTaskContext(nullptr);
        // The target's marker names the staging graph before the staging graph loses its own: at every
        // moment one of them says where the data is.
        QJsonObject swapping = markerObject(m_connection.checkedCommand({ "GET", targetMarker.toUtf8() }).text);
        swapping.insert(QStringLiteral("staging"), m_name);
        swapping.insert(QStringLiteral("phase"), kPhaseSwapping);
        m_connection.checkedCommand({ "SET", targetMarker.toUtf8(), compact(swapping) });
        m_connection.checkedCommand({ "DEL", GraphImporter::markerKey(m_name).toUtf8() });
    } catch (const OperationError &error) {
        throw OperationError(error.kind(), error.message(), discard());
    }

    m_context.log(LogLevel::Info, QObject::tr("Swapping: deleting the old graph %1 and copying %2 into its place (this step "
                                              "is not canceled) ...")
                                      .arg(m_target, m_name));
    try {
        if (m_connection.graphExists(m_target))
            m_connection.deleteGraph(m_target);
    } catch (const OperationError &error) {
        bool stillThere = true;
        try {
            reopenIfClosed(m_connection);
            stillThere = m_connection.graphExists(m_target);
        } catch (const OperationError &) {
        }
        if (stillThere) {
            // GRAPH.DELETE is all or nothing: the old graph is whole, so this is still "before the swap".
            const QString outcome = discard();
            throw OperationError(error.kind(), QObject::tr("The old graph \"%1\" could not be deleted: %2").arg(m_target, error.message()),
                                 outcome);
        }
    }
    m_connection.forgetSchema(m_target);

    GraphContentSummary actual;
    try {
        m_connection.copyGraph(m_name, m_target);
        // The reference documents the OK reply, not whether the copy is in place when it arrives.
        const qint64 deadline = QDateTime::currentSecsSinceEpoch() + waitSeconds;
        while (!m_connection.graphExists(m_target)) {
            if (QDateTime::currentSecsSinceEpoch() > deadline)
                throw OperationError(OperationError::Kind::Timeout,
                                     QObject::tr("GRAPH.COPY answered, but %1 did not appear within %2 s.").arg(m_target).arg(waitSeconds));
            QThread::msleep(200);
        }
        // Index contents are rebuilt when a copied graph is loaded (falkordb.md §6).
        GraphSchemaRestorer(m_connection, quiet).waitUntilOperational(m_target, waitSeconds);
        m_context.log(LogLevel::Info, QObject::tr("Verifying %1 after the swap ...").arg(m_target));
        actual = GraphContentSummary::fromLiveGraph(m_connection, m_target, quiet);
        QStringList differences = expected.differences(actual, QObject::tr("the backup"), m_target);
        const QStringList targetSchema = liveSchema(m_connection, m_target);
        if (targetSchema != stagedSchema)
            differences.append(QObject::tr("indexes and constraints: %1 has [%2], %3 has [%4]")
                                   .arg(m_name, stagedSchema.join(QLatin1String("; ")), m_target,
                                        targetSchema.join(QLatin1String("; "))));
        if (!differences.isEmpty())
            throw OperationError(OperationError::Kind::IntegrityError,
                                 QObject::tr("the copy differs from the backup:\n%1").arg(differences.join(QLatin1Char('\n'))));
    } catch (const OperationError &error) {
        try {
            reopenIfClosed(m_connection);
        } catch (const OperationError &) {
        }
        const OperationError::Kind kind = error.kind() == OperationError::Kind::Canceled ? OperationError::Kind::Failed : error.kind();
        throw OperationError(kind,
                             QObject::tr("Replacing \"%1\" failed after the old graph was deleted: %2\nThe restored graph is "
                                         "complete and verified in \"%3\"; do not use \"%1\" until it is replaced.")
                                 .arg(m_target, error.message(), m_name),
                             manualSwapHint());
    }

    m_connection.checkedCommand({ "DEL", targetMarker.toUtf8() });
    for (const QString &leftover : { m_name, m_completeLeftover }) {
        if (leftover.isEmpty())
            continue;
        try {
            if (m_connection.graphExists(leftover))
                m_connection.deleteGraph(leftover);
            m_connection.forgetSchema(leftover);
        } catch (const OperationError &error) {
            const QString warning = QObject::tr("%1 is restored and verified, but the staging graph %2 could not be deleted "
                                                "(%3); delete it with GRAPH.DELETE \"%2\" to free its memory.")
                                        .arg(m_target, leftover, error.message());
            m_context.log(LogLevel::Warning, warning);
            if (warnings)
                warnings->append(warning);
        }
    }
    return actual;
}
