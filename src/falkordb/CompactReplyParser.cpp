#include "CompactReplyParser.h"

#include "ServerErrorClassifier.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <limits>

namespace {
bool isText(const RespReply &reply)
{
    return reply.type == RespReply::Type::String || reply.type == RespReply::Type::Status
        || reply.type == RespReply::Type::Double;
}
} // namespace

CompactReplyParser::CompactReplyParser(const GraphSchema *schema, QString action, QString graph)
    : m_schema(schema)
    , m_action(std::move(action))
    , m_graph(std::move(graph))
{
}

void CompactReplyParser::malformed(const QString &what) const
{
    throw OperationError(OperationError::Kind::Failed,
                         tr("The reply to %1 has an unexpected shape (%2).")
                             .arg(m_action.isEmpty() ? tr("the query") : m_action, what),
                         tr("This FalkorDB version may be newer than this program supports."));
}

void CompactReplyParser::throwIfError(const RespReply &reply) const
{
    if (reply.isError())
        throw ServerErrorClassifier::classify(reply.text, m_action.isEmpty() ? tr("the query") : m_action, m_graph);
}

bool CompactReplyParser::parseDouble(const QByteArray &text, double *value)
{
    QByteArray t = text.trimmed();
    bool negative = false;
    QByteArray body = t;
    if (body.startsWith('-')) {
        negative = true;
        body.remove(0, 1);
    } else if (body.startsWith('+')) {
        body.remove(0, 1);
    }
    const QByteArray lower = body.toLower();
    // glibc prints NaN as "nan" or "-nan" and infinity as "inf"; from_chars would accept them too, but
    // the sign of a NaN is set here explicitly so that "-nan" keeps its sign bit.
    if (lower == "nan") {
        *value = negative ? -std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (lower == "inf" || lower == "infinity") {
        *value = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return true;
    }
    if (body.isEmpty())
        return false;
    double parsed = 0;
    // from_chars is locale-independent (strtod would read "0,5" under a Vietnamese locale).
    const auto [end, error] = std::from_chars(body.constData(), body.constData() + body.size(), parsed);
    if (end != body.constData() + body.size())
        return false;
    if (error == std::errc::result_out_of_range) {
        // %.15g rounds DBL_MAX (1.7976931348623157e308) up to "1.79769313486232e+308", which is beyond
        // the largest double. The server only prints finite values that way, so the closest reading of
        // that text is DBL_MAX itself, not infinity. Underflow cannot come from %.15g (its smallest
        // output, 4.94065645841247e-324, parses back to the smallest subnormal).
        const qsizetype e = lower.indexOf('e');
        if (e < 0 || lower.mid(e + 1).toInt() > 0) {
            *value = negative ? -std::numeric_limits<double>::max() : std::numeric_limits<double>::max();
            return true;
        }
        return false;
    }
    if (error != std::errc())
        return false;
    *value = negative ? -parsed : parsed;
    return true;
}

bool CompactReplyParser::parseStatisticsLine(const QByteArray &line, QString *name, double *value)
{
    const qsizetype colon = line.indexOf(": ");
    if (colon <= 0)
        return false;
    QByteArray rest = line.mid(colon + 2).trimmed();
    const qsizetype space = rest.indexOf(' ');
    if (space > 0)
        rest.truncate(space); // "0.42 milliseconds"
    double parsed = 0;
    if (!parseDouble(rest, &parsed))
        return false;
    *name = QString::fromUtf8(line.left(colon));
    *value = parsed;
    return true;
}

QString CompactReplyParser::decodeText(const QByteArray &bytes) const
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        ++m_invalidUtf8;
    return text;
}

qint64 CompactReplyParser::integerOf(const RespReply &value, const char *what) const
{
    throwIfError(value);
    if (value.type != RespReply::Type::Integer)
        malformed(tr("%1 is not an integer").arg(QLatin1String(what)));
    return value.integer;
}

const QString &CompactReplyParser::resolve(GraphSchema::List list, qint64 id) const
{
    static const QString none;
    const QStringList *names = m_schema ? &m_schema->list(list) : nullptr;
    if (!names || id < 0 || id >= names->size())
        throw UnknownId { list, id };
    return names->at(qsizetype(id));
}

double CompactReplyParser::parseDoubleReply(const RespReply &value) const
{
    throwIfError(value);
    double parsed = 0;
    if (value.type == RespReply::Type::Integer)
        return double(value.integer);
    if (!isText(value) || !parseDouble(value.text, &parsed))
        malformed(tr("'%1' is not a number").arg(QString::fromUtf8(value.text.left(40))));
    return parsed;
}

GraphValue::Map CompactReplyParser::parseProperties(const RespReply &properties) const
{
    throwIfError(properties);
    if (properties.type != RespReply::Type::Array)
        malformed(tr("entity properties are not an array"));
    GraphValue::Map map;
    map.reserve(properties.elements.size());
    for (const RespReply &triple : properties.elements) {
        throwIfError(triple);
        if (triple.type != RespReply::Type::Array || triple.elements.size() != 3)
            malformed(tr("a property is not a [key, type, value] triple"));
        const qint64 keyId = integerOf(triple.elements.at(0), "a property key id");
        const qint64 type = integerOf(triple.elements.at(1), "a value type");
        map.append({ resolve(GraphSchema::List::PropertyKeys, keyId), parseValue(type, triple.elements.at(2)) });
    }
    return map;
}

GraphValue::Node CompactReplyParser::parseNode(const RespReply &value) const
{
    if (value.type != RespReply::Type::Array || value.elements.size() != 3)
        malformed(tr("a node is not [id, labels, properties]"));
    GraphValue::Node node;
    node.id = quint64(integerOf(value.elements.at(0), "a node id"));
    const RespReply &labels = value.elements.at(1);
    throwIfError(labels);
    if (labels.type != RespReply::Type::Array)
        malformed(tr("node labels are not an array"));
    for (const RespReply &label : labels.elements)
        node.labels.append(resolve(GraphSchema::List::Labels, integerOf(label, "a label id")));
    node.properties = parseProperties(value.elements.at(2));
    return node;
}

GraphValue::Edge CompactReplyParser::parseEdge(const RespReply &value) const
{
    if (value.type != RespReply::Type::Array || value.elements.size() != 5)
        malformed(tr("an edge is not [id, type, source, destination, properties]"));
    GraphValue::Edge edge;
    edge.id = quint64(integerOf(value.elements.at(0), "an edge id"));
    edge.type = resolve(GraphSchema::List::RelationshipTypes, integerOf(value.elements.at(1), "a relationship type id"));
    edge.sourceId = quint64(integerOf(value.elements.at(2), "a source node id"));
    edge.destinationId = quint64(integerOf(value.elements.at(3), "a destination node id"));
    edge.properties = parseProperties(value.elements.at(4));
    return edge;
}

GraphValue CompactReplyParser::parseCell(const RespReply &cell) const
{
    throwIfError(cell);
    if (cell.type != RespReply::Type::Array || cell.elements.size() != 2)
        malformed(tr("a value is not a [type, value] pair"));
    return parseValue(integerOf(cell.elements.at(0), "a value type"), cell.elements.at(1));
}

GraphValue CompactReplyParser::parseValue(qint64 valueType, const RespReply &value) const
{
    throwIfError(value);
    using Type = GraphValue::Type;
    switch (valueType) {
    case qint64(Type::Null):
        return GraphValue();
    case qint64(Type::String):
        if (!isText(value))
            malformed(tr("a string value is not a bulk string"));
        return GraphValue::string(decodeText(value.text));
    case qint64(Type::Integer):
        return GraphValue::integer(integerOf(value, "an integer value"));
    case qint64(Type::Boolean):
        if (value.type == RespReply::Type::Integer) // RESP3 boolean
            return GraphValue::boolean(value.integer != 0);
        if (value.text == "true")
            return GraphValue::boolean(true);
        if (value.text == "false")
            return GraphValue::boolean(false);
        malformed(tr("a boolean is neither \"true\" nor \"false\""));
    case qint64(Type::Double):
        return GraphValue::number(parseDoubleReply(value));
    case qint64(Type::Array): {
        if (value.type != RespReply::Type::Array)
            malformed(tr("a list value is not an array"));
        GraphValue::Array items;
        items.reserve(value.elements.size());
        for (const RespReply &cell : value.elements)
            items.append(parseCell(cell));
        return GraphValue::array(std::move(items));
    }
    case qint64(Type::Edge):
        return GraphValue::edge(parseEdge(value));
    case qint64(Type::Node):
        return GraphValue::node(parseNode(value));
    case qint64(Type::Path): {
        if (value.type != RespReply::Type::Array || value.elements.size() != 2)
            malformed(tr("a path is not [nodes, edges]"));
        const GraphValue nodes = parseCell(value.elements.at(0));
        const GraphValue edges = parseCell(value.elements.at(1));
        if (nodes.type() != Type::Array || edges.type() != Type::Array)
            malformed(tr("a path is not [nodes, edges]"));
        return GraphValue::path(nodes.toArray(), edges.toArray());
    }
    case qint64(Type::Map): {
        if (value.type != RespReply::Type::Array || value.elements.size() % 2 != 0)
            malformed(tr("a map is not a flat key/value array"));
        GraphValue::Map map;
        map.reserve(value.elements.size() / 2);
        for (qsizetype i = 0; i < value.elements.size(); i += 2) {
            const RespReply &key = value.elements.at(i);
            throwIfError(key);
            if (!isText(key))
                malformed(tr("a map key is not a string"));
            map.append({ decodeText(key.text), parseCell(value.elements.at(i + 1)) });
        }
        return GraphValue::map(std::move(map));
    }
    case qint64(Type::Point): {
        if (value.type != RespReply::Type::Array || value.elements.size() != 2)
            malformed(tr("a point is not [latitude, longitude]"));
        // Stored as float32 and printed with %.15g: parse as double, then cast (exact).
        return GraphValue::point(float(parseDoubleReply(value.elements.at(0))),
                                 float(parseDoubleReply(value.elements.at(1))));
    }
    case qint64(Type::Vector): {
        if (value.type != RespReply::Type::Array)
            malformed(tr("a vector is not an array"));
        QList<float> elements;
        elements.reserve(value.elements.size());
        for (const RespReply &element : value.elements)
            elements.append(float(parseDoubleReply(element)));
        return GraphValue::vector(std::move(elements));
    }
    case qint64(Type::DateTime):
    case qint64(Type::Date):
    case qint64(Type::Time):
    case qint64(Type::Duration):
        return GraphValue::temporal(Type(valueType), integerOf(value, "a temporal value"));
    default:
        break;
    }
    malformed(tr("unknown value type %1").arg(valueType));
}

QueryResult CompactReplyParser::parse(const RespReply &reply) const
{
    m_invalidUtf8 = 0;
    throwIfError(reply);
    if (reply.type != RespReply::Type::Array)
        malformed(tr("the reply is not an array"));

    // `version <n>` mismatch: [error "version mismatch", current version] (falkordb.md §1.1).
    if (reply.elements.size() == 2 && reply.elements.at(0).isError()) {
        const qint64 version = reply.elements.at(1).type == RespReply::Type::Integer ? reply.elements.at(1).integer : -1;
        throw OperationError(OperationError::Kind::Conflict,
                             tr("The schema of graph '%1' changed while it was being read (version mismatch; "
                                "current version %2).")
                                 .arg(m_graph)
                                 .arg(version),
                             tr("Run the operation again."));
    }

    QueryResult result;
    const RespReply *statistics = nullptr;
    if (reply.elements.size() == 1) {
        statistics = &reply.elements.at(0);
    } else if (reply.elements.size() == 3) {
        const RespReply &header = reply.elements.at(0);
        const RespReply &rows = reply.elements.at(1);
        throwIfError(header);
        throwIfError(rows);
        if (header.type != RespReply::Type::Array || rows.type != RespReply::Type::Array)
            malformed(tr("the header or the rows are not arrays"));
        for (const RespReply &column : header.elements) {
            throwIfError(column);
            if (column.type == RespReply::Type::Array && column.elements.size() == 2 && isText(column.elements.at(1)))
                result.columns.append(decodeText(column.elements.at(1).text));
            else if (isText(column))
                result.columns.append(decodeText(column.text));
            else
                malformed(tr("a column header is not [type, name]"));
        }
        result.rows.reserve(rows.elements.size());
        for (const RespReply &row : rows.elements) {
            throwIfError(row);
            if (row.type != RespReply::Type::Array || row.elements.size() != result.columns.size())
                malformed(tr("a row does not have one value per column"));
            QList<GraphValue> values;
            values.reserve(row.elements.size());
            for (const RespReply &cell : row.elements)
                values.append(parseCell(cell));
            result.rows.append(std::move(values));
        }
        statistics = &reply.elements.at(2);
    } else {
        malformed(tr("%1 top-level elements").arg(reply.elements.size()));
    }

    throwIfError(*statistics);
    if (statistics->type != RespReply::Type::Array)
        malformed(tr("the statistics are not an array"));
    for (const RespReply &line : statistics->elements) {
        throwIfError(line);
        QString name;
        double value = 0;
        if (isText(line) && parseStatisticsLine(line.text, &name, &value))
            result.statistics.insert(name, value);
    }
    result.invalidUtf8Strings = m_invalidUtf8;
    return result;
}
