#pragma once

#include "FalkorConnection.h"
#include "GraphSchema.h"
#include "GraphValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Decodes a `--compact` GRAPH.QUERY / GRAPH.RO_QUERY reply (falkordb.md §1.2–1.5) into a QueryResult:
// `[header, rows, stats]`, or `[stats]` for a write-only query. Every value type is decoded exactly:
// doubles from their %.15g text (inf, -inf, nan, -nan, -0 included), points and vecf32 elements parsed as
// double then cast to float (exact for float32 sources), booleans from "true"/"false", temporal values
// as epoch seconds. Label, type and property-key ids are resolved through a GraphSchema.
//
// Errors: an error reply (top-level or nested anywhere) throws the classified OperationError; the
// `[error "version mismatch", version]` shape throws OperationError(Conflict); a malformed reply throws
// OperationError(Failed); an id missing from the schema throws UnknownId, so the caller can refresh the
// schema once and parse again.
class CompactReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(CompactReplyParser)

public:
    struct UnknownId
    {
        GraphSchema::List list;
        qint64 id;
    };

    // `action` and `graph` only go into error messages.
    explicit CompactReplyParser(const GraphSchema *schema, QString action = {}, QString graph = {});

    QueryResult parse(const RespReply &reply) const;

    // One `[type, value]` cell.
    GraphValue parseCell(const RespReply &cell) const;
    GraphValue parseValue(qint64 valueType, const RespReply &value) const;

    // The %.15g text FalkorDB sends for a double ("0.1", "1e+20", "inf", "-nan", "-0"), locale-independent.
    // Returns false for text that is not a number.
    static bool parseDouble(const QByteArray &text, double *value);
    // "Nodes created: 3" -> ("Nodes created", 3); "Query internal execution time: 0.42 milliseconds" -> 0.42.
    static bool parseStatisticsLine(const QByteArray &line, QString *name, double *value);

    // How many strings were not valid UTF-8 in the last parse (they were decoded with replacement characters).
    int invalidUtf8Strings() const { return m_invalidUtf8; }

private:
    [[noreturn]] void malformed(const QString &what) const;
    void throwIfError(const RespReply &reply) const;
    const QString &resolve(GraphSchema::List list, qint64 id) const;
    GraphValue::Map parseProperties(const RespReply &properties) const;
    GraphValue::Node parseNode(const RespReply &value) const;
    GraphValue::Edge parseEdge(const RespReply &value) const;
    double parseDoubleReply(const RespReply &value) const;
    QString decodeText(const QByteArray &bytes) const;
    qint64 integerOf(const RespReply &value, const char *what) const;

    const GraphSchema *m_schema;
    QString m_action;
    QString m_graph;
    mutable int m_invalidUtf8 = 0;
};
