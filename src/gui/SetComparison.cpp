#include "SetComparison.h"

#include "BackupManifest.h"
#include "FalkorConnection.h"
#include "GraphMetadata.h"
#include "OperationError.h"
#include "ProfileEndpoints.h"
#include "TaskContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace {
using Summaries = QMap<QString, GraphContentSummary>;

Summaries readSet(const QString &setDirectory, TaskContext &context)
{
    Summaries summaries;
    const BackupManifest manifest = BackupManifest::load(setDirectory);
    for (const auto &graph : manifest.graphs) {
        context.checkCanceled();
        const GraphMetadata metadata = GraphMetadata::load(QDir(setDirectory).filePath(graph.folder));
        summaries.insert(graph.name, GraphContentSummary::fromMetadata(metadata));
    }
    return summaries;
}

Summaries readLive(const ConnectionProfile &profile, const QStringList &wanted, SecretResolver &secrets,
                   TaskContext &context)
{
    FalkorEndpoint endpoint;
    QString error;
    if (!FalkorEndpoint::parse(ProfileEndpoints::falkorDbUrl(profile, secrets), &endpoint, &error))
        throw OperationError(OperationError::Kind::InvalidInput, error);
    FalkorConnection connection;
    connection.open(endpoint, &context);
    connection.requireGraphModule();
    QStringList graphs = wanted.isEmpty() ? connection.listGraphs() : wanted;
    Summaries summaries;
    for (const QString &graph : graphs) {
        context.checkCanceled();
        if (!connection.graphExists(graph))
            continue;
        context.log(LogLevel::Info, QCoreApplication::translate("SetComparison", "Reading live graph %1…").arg(graph));
        summaries.insert(graph, GraphContentSummary::fromLiveGraph(connection, graph, context));
    }
    return summaries;
}
} // namespace

QString SetComparison::Side::label() const
{
    if (!setDirectory.isEmpty())
        return QFileInfo(setDirectory).fileName();
    return QCoreApplication::translate("SetComparison", "%1 (live)").arg(profile.name());
}

bool SetComparison::GraphRow::identical() const
{
    return leftPresent && rightPresent && left.matches(right);
}

SetComparison SetComparison::compare(const Side &left, const Side &right, SecretResolver &secrets, TaskContext &context)
{
    SetComparison result;
    result.leftLabel = left.label();
    result.rightLabel = right.label();
    // A live side reads the graphs the set side has (falling back to every graph on the server).
    Summaries leftSummaries;
    Summaries rightSummaries;
    if (!left.setDirectory.isEmpty())
        leftSummaries = readSet(left.setDirectory, context);
    if (!right.setDirectory.isEmpty())
        rightSummaries = readSet(right.setDirectory, context);
    if (left.setDirectory.isEmpty())
        leftSummaries = readLive(left.profile, rightSummaries.keys(), secrets, context);
    if (right.setDirectory.isEmpty())
        rightSummaries = readLive(right.profile, leftSummaries.keys(), secrets, context);

    QStringList names = leftSummaries.keys();
    for (const QString &name : rightSummaries.keys()) {
        if (!names.contains(name))
            names.append(name);
    }
    names.sort();
    for (const QString &name : names) {
        GraphRow row;
        row.graph = name;
        row.leftPresent = leftSummaries.contains(name);
        row.rightPresent = rightSummaries.contains(name);
        row.left = leftSummaries.value(name);
        row.right = rightSummaries.value(name);
        result.graphs.append(row);
    }
    return result;
}
