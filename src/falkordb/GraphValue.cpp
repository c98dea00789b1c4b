#include "GraphValue.h"

#include <cstring>

namespace {
const QString &emptyString()
{
    static const QString empty;
    return empty;
}
} // namespace

bool GraphValue::Node::operator==(const Node &other) const
{
    return id == other.id && labels == other.labels && properties == other.properties;
}

bool GraphValue::Edge::operator==(const Edge &other) const
{
    return id == other.id && type == other.type && sourceId == other.sourceId
        && destinationId == other.destinationId && properties == other.properties;
}

GraphValue GraphValue::string(QString value)
{
    GraphValue v;
    v.m_type = Type::String;
    v.m_storage = std::move(value);
    return v;
}

GraphValue GraphValue::integer(qint64 value)
{
    GraphValue v;
    v.m_type = Type::Integer;
    v.m_storage = value;
    return v;
}

GraphValue GraphValue::boolean(bool value)
{
    GraphValue v;
    v.m_type = Type::Boolean;
    v.m_storage = value;
    return v;
}

GraphValue GraphValue::number(double value)
{
    GraphValue v;
    v.m_type = Type::Double;
    v.m_storage = value;
    return v;
}

GraphValue GraphValue::array(Array values)
{
    GraphValue v;
    v.m_type = Type::Array;
    v.m_storage = std::move(values);
    return v;
}

GraphValue GraphValue::point(float latitude, float longitude)
{
    GraphValue v;
    v.m_type = Type::Point;
    v.m_storage = Point { latitude, longitude };
    return v;
}

GraphValue GraphValue::vector(QList<float> values)
{
    GraphValue v;
    v.m_type = Type::Vector;
    v.m_storage = std::move(values);
    return v;
}

GraphValue GraphValue::temporal(Type type, qint64 epochSeconds)
{
    Q_ASSERT(isTemporal(type));
    GraphValue v;
    v.m_type = type;
    v.m_storage = epochSeconds;
    return v;
}

GraphValue GraphValue::map(Map entries)
{
    GraphValue v;
    v.m_type = Type::Map;
    v.m_storage = std::move(entries);
    return v;
}

GraphValue GraphValue::node(Node node)
{
    GraphValue v;
    v.m_type = Type::Node;
    v.m_storage = std::make_shared<Node>(std::move(node));
    return v;
}

GraphValue GraphValue::edge(Edge edge)
{
    GraphValue v;
    v.m_type = Type::Edge;
    v.m_storage = std::make_shared<Edge>(std::move(edge));
    return v;
}

GraphValue GraphValue::path(Array nodes, Array edges)
{
    GraphValue v;
    v.m_type = Type::Path;
    v.m_storage = Array { array(std::move(nodes)), array(std::move(edges)) };
    return v;
}

bool GraphValue::isTemporal(Type type)
{
    return type == Type::DateTime || type == Type::Date || type == Type::Time || type == Type::Duration;
}

QString GraphValue::typeName(Type type)
{
    switch (type) {
    case Type::Null: return QStringLiteral("Null");
    case Type::String: return QStringLiteral("String");
    case Type::Integer: return QStringLiteral("Integer");
    case Type::Boolean: return QStringLiteral("Boolean");
    case Type::Double: return QStringLiteral("Float");
    case Type::Array: return QStringLiteral("List");
    case Type::Edge: return QStringLiteral("Edge");
    case Type::Node: return QStringLiteral("Node");
    case Type::Path: return QStringLiteral("Path");
    case Type::Map: return QStringLiteral("Map");
    case Type::Point: return QStringLiteral("Point");
    case Type::Vector: return QStringLiteral("Vectorf32");
    case Type::DateTime: return QStringLiteral("LocalDateTime");
    case Type::Date: return QStringLiteral("Date");
    case Type::Time: return QStringLiteral("LocalTime");
    case Type::Duration: return QStringLiteral("Duration");
    }
    return QStringLiteral("Unknown");
}

const QString &GraphValue::toString() const &
{
    if (const auto *s = std::get_if<QString>(&m_storage))
        return *s;
    return emptyString();
}

qint64 GraphValue::toInteger() const
{
    if (const auto *i = std::get_if<qint64>(&m_storage))
        return *i;
    return 0;
}

bool GraphValue::toBoolean() const
{
    if (const auto *b = std::get_if<bool>(&m_storage))
        return *b;
    return false;
}

double GraphValue::toDouble() const
{
    if (const auto *d = std::get_if<double>(&m_storage))
        return *d;
    if (const auto *i = std::get_if<qint64>(&m_storage))
        return double(*i);
    return 0;
}

const GraphValue::Array &GraphValue::toArray() const &
{
    static const Array empty;
    if (const auto *a = std::get_if<Array>(&m_storage))
        return *a;
    return empty;
}

GraphValue::Point GraphValue::toPoint() const
{
    if (const auto *p = std::get_if<Point>(&m_storage))
        return *p;
    return {};
}

const QList<float> &GraphValue::toVector() const &
{
    static const QList<float> empty;
    if (const auto *v = std::get_if<QList<float>>(&m_storage))
        return *v;
    return empty;
}

const GraphValue::Map &GraphValue::toMap() const &
{
    static const Map empty;
    if (const auto *m = std::get_if<Map>(&m_storage))
        return *m;
    return empty;
}

const GraphValue::Node &GraphValue::toNode() const &
{
    static const Node empty;
    if (const auto *n = std::get_if<std::shared_ptr<Node>>(&m_storage))
        return **n;
    return empty;
}

const GraphValue::Edge &GraphValue::toEdge() const &
{
    static const Edge empty;
    if (const auto *e = std::get_if<std::shared_ptr<Edge>>(&m_storage))
        return **e;
    return empty;
}

void GraphValue::setDouble(double value)
{
    m_type = Type::Double;
    m_storage = value;
}

GraphValue::Array &GraphValue::mutableArray()
{
    if (!std::holds_alternative<Array>(m_storage)) {
        m_type = Type::Array;
        m_storage = Array {};
    }
    return std::get<Array>(m_storage);
}

bool GraphValue::operator==(const GraphValue &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Double: {
        const double a = std::get<double>(m_storage);
        const double b = std::get<double>(other.m_storage);
        return std::memcmp(&a, &b, sizeof a) == 0;
    }
    case Type::Vector: {
        const auto &a = std::get<QList<float>>(m_storage);
        const auto &b = std::get<QList<float>>(other.m_storage);
        return a.size() == b.size() && std::memcmp(a.constData(), b.constData(), sizeof(float) * a.size()) == 0;
    }
    case Type::Point: {
        const Point a = std::get<Point>(m_storage);
        const Point b = std::get<Point>(other.m_storage);
        return std::memcmp(&a, &b, sizeof a) == 0;
    }
    case Type::Node: return toNode() == other.toNode();
    case Type::Edge: return toEdge() == other.toEdge();
    default: return m_storage == other.m_storage;
    }
}

QString GraphValue::toString() &&
{
    return std::as_const(*this).toString();
}

GraphValue::Array GraphValue::toArray() &&
{
    return std::as_const(*this).toArray();
}

QList<float> GraphValue::toVector() &&
{
    return std::as_const(*this).toVector();
}

GraphValue::Map GraphValue::toMap() &&
{
    return std::as_const(*this).toMap();
}

GraphValue::Node GraphValue::toNode() &&
{
    return std::as_const(*this).toNode();
}

GraphValue::Edge GraphValue::toEdge() &&
{
    return std::as_const(*this).toEdge();
}
