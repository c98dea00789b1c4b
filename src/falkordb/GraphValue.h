#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <variant>

// A FalkorDB value as it is stored, with its exact type. Everything the server can store as a property
// (string, int64, double, bool, point, vecf32, nested arrays, the four temporal types) round-trips
// through this type without loss; Map/Node/Edge exist only because query replies contain them.
class GraphValue
{
public:
    // The names of FalkorDB's compact ValueType codes (src/resultset/formatters/resultset_replycompact.c).
    enum class Type {
        Null = 1,
        String = 2,
        Integer = 3,
        Boolean = 4,
        Double = 5,
        Array = 6,
        Edge = 7,
        Node = 8,
        Path = 9,
        Map = 10,
        Point = 11,
        Vector = 12,
        DateTime = 13,  // FalkorDB's "localdatetime": whole seconds since the epoch, no zone
        Date = 14,      // seconds since the epoch at midnight UTC
        Time = 15,      // "localtime": seconds of 1970-01-01
        Duration = 16,  // 1970-01-01 + duration, in seconds since the epoch
    };

    struct Point
    {
        float latitude = 0;
        float longitude = 0;
        bool operator==(const Point &) const = default;
    };
    struct Property;
    struct Node
    {
        quint64 id = 0;
        QStringList labels;
        QList<Property> properties;
        bool operator==(const Node &) const;
    };
    struct Edge
    {
        quint64 id = 0;
        QString type;
        quint64 sourceId = 0;
        quint64 destinationId = 0;
        QList<Property> properties;
        bool operator==(const Edge &) const;
    };
    using Array = QList<GraphValue>;
    using Map = QList<Property>; // keeps the server's key order

    GraphValue() = default; // Null
    static GraphValue string(QString value);
    static GraphValue integer(qint64 value);
    static GraphValue boolean(bool value);
    static GraphValue number(double value);
    static GraphValue array(Array values);
    static GraphValue point(float latitude, float longitude);
    static GraphValue vector(QList<float> values);
    static GraphValue temporal(Type type, qint64 epochSeconds);
    static GraphValue map(Map entries);
    static GraphValue node(Node node);
    static GraphValue edge(Edge edge);
    static GraphValue path(Array nodes, Array edges);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    static bool isTemporal(Type type);
    // FalkorDB's own type name as typeof() returns it (for messages and the CSV format).
    static QString typeName(Type type);

    // The accessors that return references are ref-qualified: on a temporary GraphValue (a function's
    // return value, `row.value(1)`) they return a copy, so `for (x : f().toArray())` cannot dangle.
    const QString &toString() const &;
    QString toString() &&;
    qint64 toInteger() const;          // Integer and the temporal types
    bool toBoolean() const;
    double toDouble() const;
    const Array &toArray() const &;    // Array, and Path as [nodes array, edges array]
    Array toArray() &&;
    Point toPoint() const;
    const QList<float> &toVector() const &;
    QList<float> toVector() &&;
    const Map &toMap() const &;
    Map toMap() &&;
    const Node &toNode() const &;
    Node toNode() &&;
    const Edge &toEdge() const &;
    Edge toEdge() &&;

    // Replaces a double in place (used when the exact bits arrive in a second query).
    void setDouble(double value);
    Array &mutableArray();

    // Exact equality: doubles compare by bits (so NaN == NaN and -0 != +0), which is what "restored
    // exactly" means.
    bool operator==(const GraphValue &other) const;

private:
    using Storage = std::variant<std::monostate, QString, qint64, bool, double, Array, Point, QList<float>,
                                 Map, std::shared_ptr<Node>, std::shared_ptr<Edge>>;
    Type m_type = Type::Null;
    Storage m_storage;
};

struct GraphValue::Property
{
    QString key;
    GraphValue value;
    bool operator==(const Property &) const = default;
};
