#include "ServerErrorClassifier.h"

#include <QCoreApplication>

namespace {
bool startsWith(const QByteArray &text, const char *prefix)
{
    return text.startsWith(prefix);
}
} // namespace

bool ServerErrorClassifier::isUnknownGraphCommand(const QByteArray &errorText)
{
    // "ERR unknown command 'GRAPH.QUERY', with args beginning with: ..." (Redis 6+; older: `graph.query`)
    const QByteArray lower = errorText.toLower();
    return lower.startsWith("err unknown command") && lower.contains("graph.");
}

OperationError ServerErrorClassifier::classify(const QByteArray &errorText, const QString &action, const QString &graph)
{
    using Kind = OperationError::Kind;
    const QString server = QString::fromUtf8(errorText);
    const QString said = tr("The server said: %1").arg(server);
    const QString graphName = graph.isEmpty() ? tr("(none)") : graph;

    if (startsWith(errorText, "NOAUTH"))
        return OperationError(Kind::AuthFailed,
                              tr("The server requires a password for %1.").arg(action) + QLatin1Char(' ') + said,
                              tr("Put the password in the URL (redis://:password@host:port) or check the password or "
                                 "FALKORDB_PASSWORD."));
    if (startsWith(errorText, "WRONGPASS") || startsWith(errorText, "ERR invalid password")
        || errorText.contains("invalid username-password pair"))
        return OperationError(Kind::AuthFailed, tr("The server rejected the user name or password.") + QLatin1Char(' ') + said,
                              tr("Check the user name and the password or FALKORDB_PASSWORD."));
    if (startsWith(errorText, "NOPERM"))
        return OperationError(Kind::AuthFailed,
                              tr("This user is not allowed to run %1.").arg(action) + QLatin1Char(' ') + said,
                              tr("Grant the user the GRAPH.* commands it needs (see the ACL rules in the manual) or "
                                 "connect as another user."));
    if (isUnknownGraphCommand(errorText))
        return OperationError(Kind::ServerError, tr("This Redis server has no FalkorDB graph module.") + QLatin1Char(' ') + said,
                              tr("Connect to a FalkorDB server, or load the module (loadmodule falkordb.so)."));
    if (errorText.contains("Invalid graph operation on empty key"))
        return OperationError(Kind::NotFound, tr("The graph '%1' does not exist on this server.").arg(graphName),
                              tr("Check the graph name; GRAPH.LIST shows the graphs that exist."));
    if (startsWith(errorText, "WRONGTYPE"))
        return OperationError(Kind::Conflict, tr("The key '%1' exists but is not a graph.").arg(graphName) + QLatin1Char(' ') + said,
                              tr("Choose another graph name."));
    if (errorText.contains("Query timed out"))
        return OperationError(Kind::Timeout, tr("The server stopped %1 because it took too long (Query timed out).").arg(action),
                              tr("Raise the server's TIMEOUT/TIMEOUT_MAX (GRAPH.CONFIG SET) or use smaller pages."));
    if (errorText.contains("mem consumption exceeded capacity"))
        return OperationError(Kind::ServerError,
                              tr("The query needed more memory than the server allows (QUERY_MEM_CAPACITY).") + QLatin1Char(' ') + said,
                              tr("Use smaller pages or raise QUERY_MEM_CAPACITY."));
    if (startsWith(errorText, "OOM"))
        return OperationError(Kind::ServerError, tr("The server is out of memory (maxmemory reached).") + QLatin1Char(' ') + said,
                              tr("Free memory on the server or raise maxmemory, then try again."));
    if (errorText.contains("Max pending queries exceeded") || errorText.contains("Write queue is full"))
        return OperationError(Kind::ServerError, tr("The server is too busy: its query queue is full.") + QLatin1Char(' ') + said,
                              tr("Run fewer jobs at once, raise MAX_QUEUED_QUERIES, or try again later."));
    if (startsWith(errorText, "LOADING"))
        return OperationError(Kind::ServerError, tr("The server is still loading its data from disk."),
                              tr("Wait until loading has finished, then try again."));
    if (errorText.contains("currently replicating") || startsWith(errorText, "MASTERDOWN"))
        return OperationError(Kind::ServerError, tr("The server is a replica that is still synchronising.") + QLatin1Char(' ') + said,
                              tr("Wait for replication to finish or connect to the primary."));
    if (startsWith(errorText, "READONLY"))
        return OperationError(Kind::ServerError, tr("The server is a read-only replica and cannot run %1.").arg(action),
                              tr("Connect to the primary server."));
    if (startsWith(errorText, "BUSY"))
        return OperationError(Kind::ServerError, tr("The server is busy running a script.") + QLatin1Char(' ') + said,
                              tr("Try again later."));
    if (startsWith(errorText, "errMsg:") || errorText.contains("is to be executed only on read-only queries")
        || errorText.contains("Missing parameters") || errorText.contains("Failed to parse query")
        || errorText.contains("Type mismatch") || errorText.contains("can only be of primitive types"))
        return OperationError(Kind::InvalidInput, tr("The server rejected %1.").arg(action) + QLatin1Char(' ') + said);
    if (errorText.contains("Unknown configuration field"))
        return OperationError(Kind::NotFound, tr("The server does not know this configuration field.") + QLatin1Char(' ') + said,
                              tr("The field may not exist in this FalkorDB version."));
    if (errorText.contains("already exists"))
        return OperationError(Kind::Conflict, tr("%1 failed because the target already exists.").arg(action) + QLatin1Char(' ') + said,
                              tr("Choose another name or delete the existing one first."));
    return OperationError(Kind::ServerError, tr("The server refused %1.").arg(action) + QLatin1Char(' ') + said);
}
