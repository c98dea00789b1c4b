#include "GraphScanner.h"

#include "CypherParameters.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QHash>
#include <QObject>

#include <algorithm>
#include <cmath>

namespace {

// Where a double sits inside one entity: the property key and the list indexes below it.
struct DoublePath
{
    QString key;
    QList<int> indexes;
    double approximate = 0;
};

void collectDoubles(const GraphValue &value, const QString &key, QList<int> &indexes, QList<DoublePath> *out)
{
    if (value.type() == GraphValue::Type::Double) {
        const double d = value.toDouble();
        // 0, -0, NaN and the infinities print exactly; everything else may have lost digits.
        if (std::isfinite(d) && d != 0)
            out->append({ key, indexes, d });
    } else if (value.type() == GraphValue::Type::Array) {
        const auto &items = value.toArray();
        for (int i = 0; i < items.size(); ++i) {
            indexes.append(i);
            collectDoubles(items.at(i), key, indexes, out);
            indexes.removeLast();
        }
    }
}

QList<DoublePath> doublesOf(const QList<GraphValue::Property> &properties)
{
    QList<DoublePath> out;
    QList<int> indexes;
    for (const auto &property : properties)
        collectDoubles(property.value, property.key, indexes, &out);
    return out;
}

GraphValue *valueAt(QList<GraphValue::Property> &properties, const DoublePath &path)
{
    for (auto &property : properties) {
        if (property.key != path.key)
            continue;
        GraphValue *value = &property.value;
        for (int index : path.indexes) {
            auto &items = value->mutableArray();
            if (index >= items.size())
                return nullptr;
            value = &items[index];
        }
        return value;
    }
    return nullptr;
}

// The exponents for one double: x * 2^s is an integer below 2^62 in magnitude, with s = 60 - E and E
// the binary exponent of x. Because the client derives E from the 15-digit value, it may be off by one;
// the recipe tolerates that (falkordb.md §1.5). s is sent split in two halves so that neither power of
// two overflows or underflows, even for subnormal values.
std::pair<int, int> scaleFor(double approximate)
{
    int exponent = 0;
    std::frexp(approximate, &exponent); // approximate = f * 2^exponent, f in [0.5, 1)
    const int s = 60 - (exponent - 1);
    const int first = s / 2;
    return { first, s - first };
}

QString expressionFor(const QString &variable, const DoublePath &path, int slot)
{
    QString access = variable + QLatin1Char('.') + CypherParameters::quoteIdentifier(path.key);
    for (int index : path.indexes)
        access += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    return QStringLiteral("toInteger(%1 * pow(2.0, s[%2]) * pow(2.0, s[%3]))").arg(access).arg(slot * 2).arg(slot * 2 + 1);
}

// A rough size in memory of a value once parsed (reply tree + GraphValue), used to size the next page
// so that a page of nodes with 768-dimension vectors costs about as much memory as a page of small ones.
qint64 estimatedBytes(const GraphValue &value)
{
    switch (value.type()) {
    case GraphValue::Type::String: return 64 + 2 * value.toString().size();
    case GraphValue::Type::Vector: return 64 + 140 * value.toVector().size();
    case GraphValue::Type::Array: {
        qint64 total = 64;
        for (const GraphValue &item : value.toArray())
            total += estimatedBytes(item);
        return total;
    }
    default: return 64;
    }
}

template<typename Entity>
qint64 estimatedBytes(const QList<Entity> &entities)
{
    qint64 total = 0;
    for (const Entity &entity : entities) {
        total += 128;
        for (const auto &property : entity.properties)
            total += 32 + 2 * property.key.size() + estimatedBytes(property.value);
    }
    return total;
}

QByteArray formatted15(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

} // namespace

GraphScanner::GraphScanner(FalkorConnection &connection, TaskContext &context, QString graph, Options options)
    : m_connection(connection)
    , m_context(context)
    , m_graph(std::move(graph))
    , m_options(options)
{
}

GraphScanner::GraphScanner(FalkorConnection &connection, TaskContext &context, QString graph)
    : GraphScanner(connection, context, std::move(graph), Options {})
{
}

QueryResult GraphScanner::readQuery(const QString &cypher)
{
    m_context.checkCanceled();
    return m_connection.query(m_graph, cypher, QueryOptions { true, -1 });
}

qint64 GraphScanner::singleInteger(const QString &cypher)
{
    const QueryResult result = readQuery(cypher);
    if (result.rows.size() != 1 || result.rows.first().isEmpty())
        throw OperationError(OperationError::Kind::ServerError,
                             QObject::tr("Unexpected reply from FalkorDB to \"%1\".").arg(cypher));
    return result.rows.first().first().toInteger();
}

qint64 GraphScanner::countNodes()
{
    return singleInteger(QStringLiteral("MATCH (n) RETURN count(n)"));
}

qint64 GraphScanner::countEdges()
{
    return singleInteger(QStringLiteral("MATCH ()-[e]->() RETURN count(e)"));
}

void GraphScanner::prepare()
{
    m_resultSetLimit = m_connection.configValue(QStringLiteral("RESULTSET_SIZE"));
    m_pageWidth = m_options.maxPageWidth;
    if (m_resultSetLimit > 0)
        m_pageWidth = int(std::min<qint64>(m_pageWidth, m_resultSetLimit));
    m_pageWidth = std::max(1, m_pageWidth);
    m_expectedNodes = countNodes();
    m_expectedEdges = countEdges();
}

QList<GraphValue::Node> GraphScanner::fetchNodePage(quint64 low, quint64 high)
{
    CypherParameters parameters;
    parameters.addInteger(QStringLiteral("lo"), qint64(low));
    parameters.addInteger(QStringLiteral("hi"), qint64(high));
    const QueryResult result = readQuery(
        parameters.apply(QStringLiteral("MATCH (n) WHERE ID(n) >= $lo AND ID(n) < $hi RETURN n")));
    QList<GraphValue::Node> nodes;
    nodes.reserve(result.rows.size());
    for (const auto &row : result.rows)
        nodes.append(row.value(0).toNode());
    std::sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return nodes;
}

int GraphScanner::nextWidth(int width, quint64 idsCovered, qint64 rows, qint64 bytes) const
{
    // Size the next page from what this one cost per id: at most m_options.pageBytes of parsed data,
    // at most half the row cap (so edge pages are rarely cut and re-split), never more than 4x growth.
    if (idsCovered == 0)
        return width;
    const double bytesPerId = double(bytes) / double(idsCovered);
    const double rowsPerId = double(rows) / double(idsCovered);
    double next = bytesPerId > 0 ? double(m_options.pageBytes) / bytesPerId : double(m_pageWidth);
    if (m_resultSetLimit > 0 && rowsPerId > 0)
        next = std::min(next, 0.5 * double(m_resultSetLimit) / rowsPerId);
    next = std::min({ next, 4.0 * width, double(m_pageWidth) });
    return std::max(1, int(next));
}

void GraphScanner::scanNodes(const std::function<void(const GraphValue::Node &)> &onNode)
{
    qint64 seen = 0;
    quint64 low = 0;
    quint64 maxId = 0;
    bool maxIdKnown = false;
    int timeouts = 0;
    // Start small: the first page measures how large this graph's nodes are.
    int width = std::min(m_pageWidth, 256);
    // Page until every counted node was seen. Ids of deleted nodes are reused, so holes are rare; the
    // guard below asks for the largest id once the pages run far past the count.
    while (seen < m_expectedNodes) {
        if (!maxIdKnown && low > quint64(m_expectedNodes) * 4 + 1000000) {
            maxId = quint64(singleInteger(QStringLiteral("MATCH (n) RETURN max(ID(n))")));
            maxIdKnown = true;
        }
        if (maxIdKnown && low > maxId)
            break;
        width = std::min(width, m_pageWidth);
        const quint64 high = low + quint64(width);
        QList<GraphValue::Node> nodes;
        try {
            nodes = fetchNodePage(low, high);
        } catch (const OperationError &error) {
            // A page that hits the server's TIMEOUT is retried narrower; the export goes on slower.
            if (error.kind() != OperationError::Kind::Timeout || m_pageWidth == 1 || ++timeouts > 20)
                throw;
            m_pageWidth = std::max(1, m_pageWidth / 4);
            m_context.log(LogLevel::Warning,
                          QObject::tr("A page of %1 timed out on the server; continuing with pages of %2 ids.")
                              .arg(m_graph)
                              .arg(m_pageWidth));
            continue;
        }
        recoverExactDoubles(nodes);
        for (const auto &node : std::as_const(nodes))
            onNode(node);
        seen += nodes.size();
        width = nextWidth(width, high - low, nodes.size(), estimatedBytes(nodes));
        low = high;
        m_context.progress({ m_graph, QObject::tr("nodes"), seen, m_expectedNodes, QObject::tr("nodes") });
    }
    m_nodeScanEnd = low;
}

void GraphScanner::scanNodesById(const QList<quint64> &ids, const std::function<void(const GraphValue::Node &)> &onNode)
{
    for (qsizetype start = 0; start < ids.size(); start += m_pageWidth) {
        GraphValue::Array page;
        for (qsizetype i = start; i < std::min<qsizetype>(ids.size(), start + m_pageWidth); ++i)
            page.append(GraphValue::integer(qint64(ids[i])));
        CypherParameters parameters;
        parameters.add(QStringLiteral("ids"), GraphValue::array(page));
        const QueryResult result
            = readQuery(parameters.apply(QStringLiteral("UNWIND $ids AS i WITH i MATCH (n) WHERE ID(n) = i RETURN n")));
        QList<GraphValue::Node> nodes;
        for (const auto &row : result.rows)
            nodes.append(row.value(0).toNode());
        recoverExactDoubles(nodes);
        for (const auto &node : std::as_const(nodes))
            onNode(node);
    }
}

void GraphScanner::fetchHubEdges(quint64 node, QList<GraphValue::Edge> *edges)
{
    // One node with more outgoing edges than a page may hold: page its edges by edge id.
    CypherParameters countParameters;
    countParameters.addInteger(QStringLiteral("a"), qint64(node));
    const qint64 degree
        = singleInteger(countParameters.apply(QStringLiteral("MATCH (a)-[e]->() WHERE ID(a) = $a RETURN count(e)")));
    qint64 collected = 0;
    quint64 low = 0;
    const quint64 width = quint64(m_pageWidth);
    const quint64 edgeIdGuard = quint64(m_expectedEdges) * 4 + 1000000;
    while (collected < degree && low <= edgeIdGuard) {
        CypherParameters parameters;
        parameters.addInteger(QStringLiteral("a"), qint64(node));
        parameters.addInteger(QStringLiteral("lo"), qint64(low));
        parameters.addInteger(QStringLiteral("hi"), qint64(low + width));
        const QueryResult result = readQuery(parameters.apply(QStringLiteral(
            "MATCH (a)-[e]->(b) WHERE ID(a) = $a AND ID(e) >= $lo AND ID(e) < $hi RETURN e")));
        for (const auto &row : result.rows)
            edges->append(row.value(0).toEdge());
        collected += result.rows.size();
        low += width;
    }
    if (collected < degree)
        throw OperationError(OperationError::Kind::Failed,
                             QObject::tr("Could not read all %1 edges of node %2 in %3.").arg(degree).arg(node).arg(m_graph));
}

void GraphScanner::fetchEdgeRange(quint64 low, quint64 high, QList<GraphValue::Edge> *edges)
{
    CypherParameters parameters;
    parameters.addInteger(QStringLiteral("lo"), qint64(low));
    parameters.addInteger(QStringLiteral("hi"), qint64(high));
    QueryResult result;
    try {
        result = readQuery(parameters.apply(
            QStringLiteral("MATCH (a)-[e]->(b) WHERE ID(a) >= $lo AND ID(a) < $hi RETURN e")));
    } catch (const OperationError &error) {
        if (error.kind() != OperationError::Kind::Timeout || high - low <= 1)
            throw;
        const quint64 middle = low + (high - low) / 2;
        fetchEdgeRange(low, middle, edges);
        fetchEdgeRange(middle, high, edges);
        return;
    }
    // A full page may have been cut by RESULTSET_SIZE (silently): split the range, down to one node.
    if (m_resultSetLimit > 0 && result.rows.size() >= m_resultSetLimit) {
        if (high - low > 1) {
            const quint64 middle = low + (high - low) / 2;
            fetchEdgeRange(low, middle, edges);
            fetchEdgeRange(middle, high, edges);
        } else {
            fetchHubEdges(low, edges);
        }
        return;
    }
    for (const auto &row : result.rows)
        edges->append(row.value(0).toEdge());
}

void GraphScanner::scanEdges(const std::function<void(const GraphValue::Edge &)> &onEdge)
{
    qint64 seen = 0;
    // The width adapts to the edges per source node seen so far, so that a range rarely comes back cut
    // by RESULTSET_SIZE (which would cost a wasted page and a split) and its memory stays bounded.
    int width = std::min(m_pageWidth, 256);
    for (quint64 low = 0; low < m_nodeScanEnd;) {
        const quint64 high = std::min(m_nodeScanEnd, low + quint64(std::min(width, m_pageWidth)));
        QList<GraphValue::Edge> edges;
        fetchEdgeRange(low, high, &edges);
        recoverExactDoubles(edges);
        for (const auto &edge : std::as_const(edges))
            onEdge(edge);
        seen += edges.size();
        width = nextWidth(width, high - low, edges.size(), estimatedBytes(edges));
        low = high;
        m_context.progress({ m_graph, QObject::tr("edges"), seen, m_expectedEdges, QObject::tr("edges") });
    }
}

// The compact reply prints doubles with %.15g, which can change a value that needs 16 or 17 digits.
// For every finite, non-zero double the scanner asks the server for m = toInteger(x * 2^s) — an exact
// integer, because scaling by a power of two is exact — and rebuilds x = m * 2^-s bit for bit.
// Entities are grouped by where their doubles sit so that one parameterised query serves a batch.
template<typename Entity>
void GraphScanner::recoverExactDoubles(QList<Entity> &entities, const ExactDoubleQuery<Entity> &shape)
{
    QHash<QString, QList<int>> groups; // signature -> entity indexes
    QList<QList<DoublePath>> paths(entities.size());
    for (int i = 0; i < entities.size(); ++i) {
        paths[i] = doublesOf(entities[i].properties);
        if (paths[i].isEmpty())
            continue;
        QString signature;
        for (const auto &path : std::as_const(paths[i])) {
            signature += path.key + QLatin1Char('\x1f');
            for (int index : path.indexes)
                signature += QString::number(index) + QLatin1Char(',');
            signature += QLatin1Char('\x1e');
        }
        groups[signature].append(i);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<int> &members = it.value();
        const QList<DoublePath> &layout = paths[members.first()];
        QStringList expressions;
        for (int slot = 0; slot < layout.size(); ++slot)
            expressions.append(expressionFor(shape.variable, layout[slot], slot));
        const QString query = shape.head + QStringLiteral(" RETURN i, [%1]").arg(expressions.join(QLatin1String(", ")));
        // These replies have one row per entity, so they obey RESULTSET_SIZE like every other read.
        const int batch = m_resultSetLimit > 0 ? int(std::min<qint64>(m_options.exactDoubleBatch, m_resultSetLimit))
                                               : m_options.exactDoubleBatch;
        for (int start = 0; start < members.size(); start += batch) {
            QList<GraphValue::Array> rows;
            QHash<qint64, int> indexById;
            for (int k = start; k < std::min<int>(members.size(), start + batch); ++k) {
                const int index = members[k];
                GraphValue::Array scales;
                for (const auto &path : std::as_const(paths[index])) {
                    const auto [first, second] = scaleFor(path.approximate);
                    scales << GraphValue::integer(first) << GraphValue::integer(second);
                }
                GraphValue::Array row = shape.rowKey(entities[index]);
                row.append(GraphValue::array(scales));
                rows.append(row);
                indexById.insert(qint64(entities[index].id), index);
            }
            CypherParameters parameters;
            parameters.addRows(QStringLiteral("rows"), rows);
            const QueryResult result = readQuery(parameters.apply(query));
            if (result.rows.size() != rows.size())
                throw OperationError(OperationError::Kind::Failed,
                                     QObject::tr("%1 changed while it was read (exact values of %2 %3 expected, %4 returned).")
                                         .arg(m_graph)
                                         .arg(rows.size())
                                         .arg(shape.entityName)
                                         .arg(result.rows.size()),
                                     QObject::tr("Run the backup again, or use a consistent snapshot (--consistent)."));
            for (const auto &row : result.rows) {
                const int index = indexById.value(row.value(0).toInteger(), -1);
                if (index < 0)
                    continue;
                const GraphValue mantissaList = row.value(1); // keep the list alive: toArray() returns a reference
                const auto &mantissas = mantissaList.toArray();
                const auto &entityPaths = paths[index];
                for (int slot = 0; slot < entityPaths.size() && slot < mantissas.size(); ++slot) {
                    const auto [first, second] = scaleFor(entityPaths[slot].approximate);
                    const double exact = std::ldexp(double(mantissas[slot].toInteger()), -(first + second));
                    // The exact value must print like the 15-digit one, or the recovery went wrong.
                    if (formatted15(exact) != formatted15(entityPaths[slot].approximate))
                        throw OperationError(OperationError::Kind::Failed,
                                             QObject::tr("Exact value recovery failed for property %1 of %2 %3 in %4.")
                                                 .arg(entityPaths[slot].key, shape.entityName)
                                                 .arg(entities[index].id)
                                                 .arg(m_graph));
                    if (GraphValue *target = valueAt(entities[index].properties, entityPaths[slot]))
                        target->setDouble(exact);
                }
            }
        }
    }
}

void GraphScanner::recoverExactDoubles(QList<GraphValue::Node> &nodes)
{
    static const ExactDoubleQuery<GraphValue::Node> shape {
        QStringLiteral("n"), QStringLiteral("node"),
        QStringLiteral("UNWIND $rows AS r WITH r[0] AS i, r[1] AS s MATCH (n) WHERE ID(n) = i"),
        [](const GraphValue::Node &node) { return GraphValue::Array { GraphValue::integer(qint64(node.id)) }; }
    };
    recoverExactDoubles(nodes, shape);
}

void GraphScanner::recoverExactDoubles(QList<GraphValue::Edge> &edges)
{
    // The source node's id seek finds the edge without scanning every edge.
    static const ExactDoubleQuery<GraphValue::Edge> shape {
        QStringLiteral("e"), QStringLiteral("edge"),
        QStringLiteral("UNWIND $rows AS r WITH r[0] AS a, r[1] AS i, r[2] AS s "
                       "MATCH (x)-[e]->() WHERE ID(x) = a AND ID(e) = i"),
        [](const GraphValue::Edge &edge) {
            return GraphValue::Array { GraphValue::integer(qint64(edge.sourceId)), GraphValue::integer(qint64(edge.id)) };
        }
    };
    recoverExactDoubles(edges, shape);
}
