#pragma once

#include "FalkorEndpoint.h"
#include "GraphSchema.h"
#include "GraphValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>

class TaskContext;

// A raw RESP reply (RESP2, as hiredis' reader produces it).
struct RespReply
{
    enum class Type { Nil, Status, Error, Integer, String, Array, Double };
    Type type = Type::Nil;
    qint64 integer = 0;
    QByteArray text; // Status, Error, String, Double (as sent)
    QList<RespReply> elements;

    bool isError() const { return type == Type::Error; }
};

// One result of GRAPH.QUERY/RO_QUERY in compact form, with label/type/key ids already resolved.
struct QueryResult
{
    QStringList columns;
    QList<QList<GraphValue>> rows;
    // "Nodes created" -> 3, "Query internal execution time" -> 0.42, ... (parsed by prefix)
    QMap<QString, double> statistics;
    // Strings that were not valid UTF-8 on the server (decoded with U+FFFD, so not restorable exactly).
    int invalidUtf8Strings = 0;
};

struct QueryOptions
{
    bool readOnly = true;   // GRAPH.RO_QUERY (never creates a key) vs GRAPH.QUERY
    int timeoutMs = -1;     // -1: do not send `timeout`; else `timeout <ms>` (0 disables the legacy TIMEOUT)
};

struct ModuleInfo
{
    bool loaded = false;
    int version = 0;           // major*10000 + minor*100 + patch, from MODULE LIST ("graph")
    QString versionString() const; // "4.16.9"
};

// A blocking connection to one FalkorDB server, used by exactly one thread (each job opens its own).
// hiredis formats commands (redisFormatCommandArgv); RespReader decodes replies (hiredis 0.14's reader
// stops at 7 levels of nesting, which compact node replies exceed); Qt's QTcpSocket/QSslSocket does
// the I/O, which gives TLS with a custom CA on hiredis 0.14 (built without TLS).
//
// Every failure throws OperationError with a Kind and a message a person can act on: connection
// refused, authentication failed, TLS failure, no graph module on this server, unknown graph, query
// timed out, server out of memory, ... never a page of raw RESP.
class FalkorConnection
{
    Q_DECLARE_TR_FUNCTIONS(FalkorConnection)

public:
    FalkorConnection();
    ~FalkorConnection();
    FalkorConnection(const FalkorConnection &) = delete;
    FalkorConnection &operator=(const FalkorConnection &) = delete;

    // Connects, authenticates and checks the server answers PING. Does not require the graph module.
    void open(const FalkorEndpoint &endpoint, TaskContext *context = nullptr);
    void close();
    bool isOpen() const;
    const FalkorEndpoint &endpoint() const;
    // The context whose cancellation is watched while waiting (replaces the one given to open()).
    void setTaskContext(TaskContext *context);

    // Sends one command and returns the reply as is (error replies are returned, not thrown); throws
    // on I/O failures, timeouts and cancellation.
    RespReply command(const QList<QByteArray> &arguments);
    // Like command(), but an error reply throws the classified OperationError (see ServerErrorClassifier).
    RespReply checkedCommand(const QList<QByteArray> &arguments, const QString &graph = {});
    // The RESP bytes of a command (hiredis' redisFormatCommandArgv).
    static QByteArray formatCommand(const QList<QByteArray> &arguments);

    // MODULE LIST; loaded == false when no "graph" module is present.
    ModuleInfo moduleInfo();
    // Throws OperationError(ServerError, "this server has no graph module ...") when it is missing.
    void requireGraphModule();
    QString redisVersion(); // from INFO server

    QStringList listGraphs();                          // GRAPH.LIST
    bool graphExists(const QString &graph);            // EXISTS + TYPE graphdata
    void deleteGraph(const QString &graph);            // GRAPH.DELETE
    void copyGraph(const QString &source, const QString &destination); // GRAPH.COPY
    // GRAPH.CONFIG GET name -> integer value (-1 for unlimited); throws when unknown.
    qint64 configValue(const QString &name);
    // GRAPH.CONFIG GET * as name -> value text.
    QMap<QString, QString> allConfig();

    // GRAPH.QUERY / GRAPH.RO_QUERY <graph> <cypher> --compact [timeout ms]. The cypher text may start with
    // a CYPHER parameter prefix (see CypherParameters). Label, relationship-type and property-key ids
    // in the reply are resolved through a per-graph cache of db.labels()/db.relationshipTypes()/
    // db.propertyKeys(), refreshed when an id is unknown (ids are append-only per key).
    QueryResult query(const QString &graph, const QString &cypher, const QueryOptions &options = {});
    // GRAPH.EXPLAIN: the plan lines.
    QStringList explain(const QString &graph, const QString &cypher);
    // GRAPH.CONSTRAINT ...: returns the simple-string reply ("PENDING", "OK"). The arguments may start
    // with "GRAPH.CONSTRAINT" or with the subcommand (CREATE/DROP); the command name is added when missing.
    QString constraintCommand(const QList<QByteArray> &arguments);
    // Forgets the cached id->name lists of a graph (after GRAPH.DELETE, say).
    void forgetSchema(const QString &graph);
    // The cached id->name lists of a graph, or nullptr before the first lookup.
    const GraphSchema *cachedSchema(const QString &graph) const;

private:
    GraphSchema fetchSchemaList(const QString &graph, GraphSchema::List list, GraphSchema schema);

    struct Private;
    std::unique_ptr<Private> d;
};
