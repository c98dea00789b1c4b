#include "CompactReplyParser.h"
#include "Recordings.h"

#include "OperationError.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

namespace {
const QString kGraph = QStringLiteral("sample");

QStringList compactQuery(const QString &command, const QString &cypher)
{
    return { command, kGraph, cypher, QStringLiteral("--compact") };
}

// The schema, resolved from the recorded db.labels()/db.relationshipTypes()/db.propertyKeys() replies
// through the parser itself (row index = id).
GraphSchema recordedSchema(const QList<RecordedExchange> &exchanges)
{
    const GraphSchema none;
    auto names = [&](const QString &procedure) {
        const RecordedExchange exchange = findExchange(exchanges, compactQuery(QStringLiteral("GRAPH.QUERY"), procedure));
        QStringList list;
        for (const QList<GraphValue> &row : CompactReplyParser(&none).parse(decodeReply(exchange.replyBytes)).rows)
            list << row.first().toString();
        return list;
    };
    GraphSchema schema;
    schema.labels = names(QStringLiteral("CALL db.labels()"));
    schema.relationshipTypes = names(QStringLiteral("CALL db.relationshipTypes()"));
    schema.propertyKeys = names(QStringLiteral("CALL db.propertyKeys()"));
    // The recording server ran with RESULTSET_SIZE 10 and the graph has 11 property keys: the plain
    // `CALL db.propertyKeys()` reply was silently cut after 10 rows, so "w" (id 10, used by the first
    // edge) is missing. That is why FalkorConnection reads the lists with collect() (one row).
    if (schema.propertyKeys.size() == 10)
        schema.propertyKeys << QStringLiteral("w");
    return schema;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

RespReply integer(qint64 value)
{
    RespReply r;
    r.type = RespReply::Type::Integer;
    r.integer = value;
    return r;
}

RespReply bulk(const QByteArray &text, RespReply::Type type = RespReply::Type::String)
{
    RespReply r;
    r.type = type;
    r.text = text;
    return r;
}

RespReply array(QList<RespReply> elements)
{
    RespReply r;
    r.type = RespReply::Type::Array;
    r.elements = std::move(elements);
    return r;
}

RespReply cell(qint64 type, RespReply value)
{
    return array({ integer(type), std::move(value) });
}

// [[ [1, "v"] ], [[cell]], [stats]]
RespReply oneValueReply(RespReply valueCell)
{
    return array({ array({ array({ integer(1), bulk("v") }) }), array({ array({ std::move(valueCell) }) }),
                   array({ bulk("Cached execution: 0") }) });
}
} // namespace

class TestCompactReplyParser : public QObject
{
    Q_OBJECT

    QList<RecordedExchange> m_exchanges;
    GraphSchema m_schema;

    QueryResult parseRecorded(const QStringList &args)
    {
        const RecordedExchange exchange = findExchange(m_exchanges, args);
        if (exchange.replyBytes.isEmpty())
            qFatal("no recording for %s", qPrintable(args.join(QLatin1Char(' '))));
        return CompactReplyParser(&m_schema, args.first(), kGraph).parse(decodeReply(exchange.replyBytes));
    }

    QueryResult roQuery(const QString &cypher)
    {
        return parseRecorded(compactQuery(QStringLiteral("GRAPH.RO_QUERY"), cypher));
    }

    OperationError recordedError(const QString &command, const QString &graph, const QString &cypher)
    {
        const RecordedExchange exchange = findExchange(m_exchanges, { command, graph, cypher, QStringLiteral("--compact") });
        try {
            CompactReplyParser(&m_schema, command, graph).parse(decodeReply(exchange.replyBytes));
        } catch (const OperationError &error) {
            return error;
        }
        return OperationError(OperationError::Kind::Failed, QStringLiteral("NO ERROR THROWN"));
    }

    void load()
    {
        QFETCH_GLOBAL(QString, file);
        m_exchanges = loadRecording(file);
        QCOMPARE(m_exchanges.size(), 50);
        m_schema = recordedSchema(m_exchanges);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : recordingFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    void init() { load(); }

    void schemaFromProcedures()
    {
        QCOMPARE(m_schema.labels, QStringList({ QStringLiteral("Person"), QStringLiteral("Author"), QStringLiteral("Doc") }));
        QCOMPARE(m_schema.relationshipTypes, QStringList({ QStringLiteral("KNOWS"), QStringLiteral("WORKS WITH") }));
        QCOMPARE(m_schema.propertyKeys.size(), 11);
        QCOMPARE(m_schema.propertyKeys.first(), QStringLiteral("name"));
        QCOMPARE(m_schema.propertyKeys.at(9), QStringLiteral("since"));
    }

    void nodes()
    {
        const QueryResult result = roQuery(QStringLiteral("MATCH (n) RETURN n ORDER BY ID(n)"));
        QCOMPARE(result.columns, QStringList { QStringLiteral("n") });
        QCOMPARE(result.rows.size(), 4);

        const GraphValue::Node ada = result.rows.at(0).at(0).toNode();
        QCOMPARE(result.rows.at(0).at(0).type(), GraphValue::Type::Node);
        QCOMPARE(ada.id, 0u);
        QCOMPARE(ada.labels, QStringList({ QStringLiteral("Person"), QStringLiteral("Author") }));
        QStringList keys;
        for (const GraphValue::Property &p : ada.properties)
            keys << p.key;
        QCOMPARE(keys, QStringList({ QStringLiteral("name"), QStringLiteral("born"), QStringLiteral("score"), QStringLiteral("tags"),
                                     QStringLiteral("active"), QStringLiteral("home") }));
        QCOMPARE(ada.properties.at(0).value, GraphValue::string(QStringLiteral("Ada")));
        QCOMPARE(ada.properties.at(1).value, GraphValue::integer(1815));
        QCOMPARE(ada.properties.at(2).value, GraphValue::number(0.1));
        QCOMPARE(ada.properties.at(3).value, GraphValue::array({ GraphValue::string(QStringLiteral("math")),
                                                                 GraphValue::string(QStringLiteral("poetry")) }));
        QCOMPARE(ada.properties.at(4).value, GraphValue::boolean(true));
        const GraphValue home = ada.properties.at(5).value;
        QCOMPARE(home.type(), GraphValue::Type::Point);
        // float32 storage: "51.5071983337402" parsed as double and cast is exactly float(51.5072).
        QCOMPARE(home.toPoint().latitude, float(51.5071983337402));
        QCOMPARE(home.toPoint().latitude, 51.5072f);
        QCOMPARE(home.toPoint().longitude, -0.1276f);

        const GraphValue::Node nguyen = result.rows.at(1).at(0).toNode();
        QCOMPARE(nguyen.labels, QStringList { QStringLiteral("Person") });
        QCOMPARE(nguyen.properties.at(0).value.toString(), QStringLiteral("Nguyễn Văn A"));
        QCOMPARE(nguyen.properties.at(1).key, QStringLiteral("note"));
        QCOMPARE(nguyen.properties.at(1).value.toString(), QStringLiteral("line1\nline2, \"quoted\""));

        const GraphValue::Node doc = result.rows.at(2).at(0).toNode();
        QCOMPARE(doc.labels, QStringList { QStringLiteral("Doc") });
        QCOMPARE(doc.properties.at(1).key, QStringLiteral("embedding"));
        QCOMPARE(doc.properties.at(1).value, GraphValue::vector({ 0.25f, -1.5f, 3.0f }));

        const GraphValue::Node empty = result.rows.at(3).at(0).toNode();
        QCOMPARE(empty.id, 3u);
        QVERIFY(empty.labels.isEmpty());
        QVERIFY(empty.properties.isEmpty());

        QCOMPARE(result.statistics.value(QStringLiteral("Cached execution"), -1), 0.0);
        QVERIFY(result.statistics.contains(QStringLiteral("Query internal execution time")));
        QVERIFY(result.statistics.value(QStringLiteral("Query internal execution time")) > 0);
    }

    void edges()
    {
        const QueryResult result = roQuery(QStringLiteral("MATCH ()-[e]->() RETURN e ORDER BY ID(e)"));
        QCOMPARE(result.rows.size(), 3);
        const GraphValue::Edge first = result.rows.at(0).at(0).toEdge();
        QCOMPARE(first.id, 0u);
        QCOMPARE(first.type, QStringLiteral("KNOWS"));
        QCOMPARE(first.sourceId, 0u);
        QCOMPARE(first.destinationId, 1u);
        QCOMPARE(first.properties.size(), 2);
        QCOMPARE(first.properties.at(0).key, QStringLiteral("since"));
        QCOMPARE(first.properties.at(0).value, GraphValue::integer(2020));
        QCOMPARE(first.properties.at(1).key, QStringLiteral("w"));
        QCOMPARE(first.properties.at(1).value, GraphValue::number(0.5));
        const GraphValue::Edge parallel = result.rows.at(1).at(0).toEdge();
        QCOMPARE(parallel.id, 1u);
        QCOMPARE(parallel.sourceId, 0u);
        QCOMPARE(parallel.destinationId, 1u);
        QVERIFY(parallel.properties.isEmpty());
        const GraphValue::Edge loop = result.rows.at(2).at(0).toEdge();
        QCOMPARE(loop.type, QStringLiteral("WORKS WITH"));
        QCOMPARE(loop.sourceId, 1u);
        QCOMPARE(loop.destinationId, 1u);
    }

    void labelsAndPropertiesFunctions()
    {
        const QueryResult result = roQuery(QStringLiteral("MATCH (n) RETURN ID(n), labels(n), properties(n) ORDER BY ID(n)"));
        QCOMPARE(result.columns, QStringList({ QStringLiteral("ID(n)"), QStringLiteral("labels(n)"), QStringLiteral("properties(n)") }));
        QCOMPARE(result.rows.at(0).at(1), GraphValue::array({ GraphValue::string(QStringLiteral("Person")),
                                                              GraphValue::string(QStringLiteral("Author")) }));
        const GraphValue::Map map = result.rows.at(0).at(2).toMap();
        QCOMPARE(result.rows.at(0).at(2).type(), GraphValue::Type::Map);
        QCOMPARE(map.size(), 6);
        QCOMPARE(map.at(5).key, QStringLiteral("home"));
        QCOMPARE(map.at(5).value, GraphValue::point(51.5072f, -0.1276f));
        QCOMPARE(result.rows.at(3).at(1), GraphValue::array({}));
        QCOMPARE(result.rows.at(3).at(2), GraphValue::map({}));
    }

    void doubles()
    {
        const QueryResult result = roQuery(QStringLiteral("RETURN 0.1 + 0.2, 1.0 / 3.0, 1e300 * 1e10, -0.0, 0.0 / 0.0, 42.0, 1e15 + 0.3"));
        const QList<GraphValue> row = result.rows.at(0);
        for (const GraphValue &value : row)
            QCOMPARE(value.type(), GraphValue::Type::Double);
        QVERIFY(sameBits(row.at(0).toDouble(), 0.3)); // %.15g: the server rounds 0.30000000000000004
        QVERIFY(sameBits(row.at(1).toDouble(), 0.333333333333333));
        QVERIFY(std::isinf(row.at(2).toDouble()) && row.at(2).toDouble() > 0);
        QVERIFY(sameBits(row.at(3).toDouble(), -0.0));
        QVERIFY(std::isnan(row.at(4).toDouble()));
        QVERIFY(std::signbit(row.at(4).toDouble())); // "-nan"
        QVERIFY(sameBits(row.at(5).toDouble(), 42.0));
        QVERIFY(sameBits(row.at(6).toDouble(), 1e15));
    }

    void scalars()
    {
        const QueryResult result = roQuery(QStringLiteral("RETURN 9223372036854775807, -9223372036854775807 - 1, true, false, null, ''"));
        const QList<GraphValue> row = result.rows.at(0);
        QCOMPARE(row.at(0), GraphValue::integer(std::numeric_limits<qint64>::max()));
        QCOMPARE(row.at(1), GraphValue::integer(std::numeric_limits<qint64>::min()));
        QCOMPARE(row.at(2), GraphValue::boolean(true));
        QCOMPARE(row.at(3), GraphValue::boolean(false));
        QVERIFY(row.at(4).isNull());
        QCOMPARE(row.at(5), GraphValue::string(QString()));
        QCOMPARE(row.at(5).type(), GraphValue::Type::String); // "" is not null
    }

    void nestedArraysAndMaps()
    {
        const QueryResult result = roQuery(QStringLiteral("RETURN [1, 'a', 2.5, true, null, [2, [3]]], {a: 1, b: 'x', c: [1.5]}"));
        const GraphValue expectedList = GraphValue::array(
            { GraphValue::integer(1), GraphValue::string(QStringLiteral("a")), GraphValue::number(2.5), GraphValue::boolean(true),
              GraphValue(), GraphValue::array({ GraphValue::integer(2), GraphValue::array({ GraphValue::integer(3) }) }) });
        QCOMPARE(result.rows.at(0).at(0), expectedList);
        const GraphValue expectedMap = GraphValue::map({ { QStringLiteral("a"), GraphValue::integer(1) },
                                                         { QStringLiteral("b"), GraphValue::string(QStringLiteral("x")) },
                                                         { QStringLiteral("c"), GraphValue::array({ GraphValue::number(1.5) }) } });
        QCOMPARE(result.rows.at(0).at(1), expectedMap);
    }

    void pointAndVector()
    {
        const QueryResult result = roQuery(QStringLiteral("RETURN point({latitude: 1.5, longitude: -2.25}), vecf32([1.0, 0.1, -3.5])"));
        QCOMPARE(result.rows.at(0).at(0), GraphValue::point(1.5f, -2.25f));
        const QList<float> vector = result.rows.at(0).at(1).toVector();
        QCOMPARE(vector.size(), 3);
        QCOMPARE(vector.at(1), float(0.10000000149011612)); // the float32 nearest to 0.1, exactly
        QCOMPARE(vector.at(1), 0.1f);
        QCOMPARE(result.rows.at(0).at(1), GraphValue::vector({ 1.0f, 0.1f, -3.5f }));
    }

    void parameters()
    {
        const QueryResult result = parseRecorded(compactQuery(
            QStringLiteral("GRAPH.QUERY"),
            QStringLiteral("CYPHER s='it\\'s \"x\"\\n' n=5 f=2.5 l=[1, 'x', [true]] m={k: 1, z: 'q'} nul=null RETURN $s, $n, $f, $l, $m, $nul")));
        QCOMPARE(result.rows.at(0).at(0).toString(), QStringLiteral("it's \"x\"\n"));
        QCOMPARE(result.rows.at(0).at(2), GraphValue::number(2.5));
        QVERIFY(result.rows.at(0).at(5).isNull());
    }

    void writeOnlyStatistics()
    {
        const QueryResult result = parseRecorded(compactQuery(
            QStringLiteral("GRAPH.QUERY"),
            QStringLiteral("CREATE (:Person:Author {name: 'Ada', born: 1815, score: 0.1, tags: ['math', 'poetry'], active: true, "
                           "home: point({latitude: 51.5072, longitude: -0.1276})})")));
        QVERIFY(result.columns.isEmpty());
        QVERIFY(result.rows.isEmpty());
        QCOMPARE(result.statistics.value(QStringLiteral("Labels added")), 2.0);
        QCOMPARE(result.statistics.value(QStringLiteral("Nodes created")), 1.0);
        QCOMPARE(result.statistics.value(QStringLiteral("Properties set")), 6.0);
        QVERIFY(!result.statistics.contains(QStringLiteral("Relationships created")));

        const QueryResult deleted = parseRecorded(compactQuery(QStringLiteral("GRAPH.QUERY"), QStringLiteral("MATCH (n:Imported) DELETE n")));
        QCOMPARE(deleted.statistics.value(QStringLiteral("Nodes deleted")), 2.0);

        const QueryResult both = parseRecorded(compactQuery(
            QStringLiteral("GRAPH.QUERY"),
            QStringLiteral("CYPHER rows=[{name: 'u1', v: 1}, {name: 'u2', v: 2.5}] UNWIND $rows AS r CREATE (n:Imported) SET n = r RETURN count(n)")));
        QCOMPARE(both.rows.at(0).at(0), GraphValue::integer(2));
        QCOMPARE(both.statistics.value(QStringLiteral("Nodes created")), 2.0);
    }

    // RESULTSET_SIZE 10: 20 rows asked, 10 returned, and nothing in the reply says so.
    void cappedResult()
    {
        const QueryResult result = roQuery(QStringLiteral("UNWIND range(1, 20) AS i RETURN i"));
        QCOMPARE(result.rows.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(result.rows.at(i).at(0), GraphValue::integer(i + 1));
    }

    void schemaProcedures()
    {
        const QueryResult indexes = roQuery(QStringLiteral("CALL db.indexes()"));
        QCOMPARE(indexes.columns.size(), 9);
        QVERIFY(!indexes.rows.isEmpty());
        const QueryResult constraints = roQuery(QStringLiteral("CALL db.constraints()"));
        QCOMPARE(constraints.rows.size(), 2);
        QCOMPARE(constraints.rows.at(0).at(2), GraphValue::array({ GraphValue::string(QStringLiteral("name")) }));
    }

    void errorReplies()
    {
        using Kind = OperationError::Kind;
        const OperationError syntax = recordedError(QStringLiteral("GRAPH.QUERY"), kGraph, QStringLiteral("MATCH (n RETURN n"));
        QCOMPARE(syntax.kind(), Kind::InvalidInput);
        QVERIFY(syntax.message().contains(QLatin1String("line: 1, column: 10")));

        const OperationError readOnly = recordedError(QStringLiteral("GRAPH.RO_QUERY"), kGraph, QStringLiteral("CREATE (:X)"));
        QCOMPARE(readOnly.kind(), Kind::InvalidInput);

        const OperationError missing = recordedError(QStringLiteral("GRAPH.RO_QUERY"), QStringLiteral("no_such_graph"),
                                                     QStringLiteral("MATCH (n) RETURN count(n)"));
        QCOMPARE(missing.kind(), Kind::NotFound);
        QVERIFY(missing.message().contains(QLatin1String("no_such_graph")));

        const OperationError badValue = recordedError(QStringLiteral("GRAPH.QUERY"), kGraph, QStringLiteral("CREATE (:Bad {m: {a: 1}})"));
        QCOMPARE(badValue.kind(), Kind::InvalidInput);
        QVERIFY(badValue.message().contains(QLatin1String("primitive types")));
    }

    // An id beyond the cached lists is reported (so the connection can refresh and parse again).
    void unknownIds()
    {
        const RecordedExchange nodes = findExchange(m_exchanges, compactQuery(QStringLiteral("GRAPH.RO_QUERY"), QStringLiteral("MATCH (n) RETURN n ORDER BY ID(n)")));
        GraphSchema partial = m_schema;
        partial.labels.removeLast(); // "Doc" (id 2) unknown
        try {
            CompactReplyParser(&partial).parse(decodeReply(nodes.replyBytes));
            QFAIL("no UnknownId");
        } catch (const CompactReplyParser::UnknownId &unknown) {
            QCOMPARE(unknown.list, GraphSchema::List::Labels);
            QCOMPARE(unknown.id, 2);
        }
        GraphSchema noKeys = m_schema;
        noKeys.propertyKeys.clear();
        try {
            CompactReplyParser(&noKeys).parse(decodeReply(nodes.replyBytes));
            QFAIL("no UnknownId");
        } catch (const CompactReplyParser::UnknownId &unknown) {
            QCOMPARE(unknown.list, GraphSchema::List::PropertyKeys);
            QCOMPARE(unknown.id, 0);
        }
        const RecordedExchange edges = findExchange(m_exchanges, compactQuery(QStringLiteral("GRAPH.RO_QUERY"), QStringLiteral("MATCH ()-[e]->() RETURN e ORDER BY ID(e)")));
        GraphSchema noTypes = m_schema;
        noTypes.relationshipTypes = { QStringLiteral("KNOWS") };
        try {
            CompactReplyParser(&noTypes).parse(decodeReply(edges.replyBytes));
            QFAIL("no UnknownId");
        } catch (const CompactReplyParser::UnknownId &unknown) {
            QCOMPARE(unknown.list, GraphSchema::List::RelationshipTypes);
            QCOMPARE(unknown.id, 1);
        }
    }

    // Shapes the recordings do not contain, built by hand from falkordb.md §1.4.
    void temporalValues()
    {
        for (qint64 type : { 13, 14, 15, 16 }) {
            const QueryResult result = CompactReplyParser(&m_schema).parse(oneValueReply(cell(type, integer(1700000000))));
            QCOMPARE(result.rows.at(0).at(0), GraphValue::temporal(GraphValue::Type(type), 1700000000));
        }
    }

    void path()
    {
        const RespReply node0 = array({ integer(0), array({ integer(0) }), array({}) });
        const RespReply node1 = array({ integer(1), array({}), array({}) });
        const RespReply edge = array({ integer(5), integer(1), integer(0), integer(1), array({}) });
        const RespReply pathValue = array({ cell(6, array({ cell(8, node0), cell(8, node1) })), cell(6, array({ cell(7, edge) })) });
        const QueryResult result = CompactReplyParser(&m_schema).parse(oneValueReply(cell(9, pathValue)));
        const GraphValue value = result.rows.at(0).at(0);
        QCOMPARE(value.type(), GraphValue::Type::Path);
        QCOMPARE(value.toArray().size(), 2);
        QCOMPARE(value.toArray().at(0).toArray().size(), 2);
        QCOMPARE(value.toArray().at(0).toArray().at(0).toNode().labels, QStringList { QStringLiteral("Person") });
        QCOMPARE(value.toArray().at(1).toArray().at(0).toEdge().type, QStringLiteral("WORKS WITH"));
    }

    void invalidUtf8IsCounted()
    {
        const QueryResult clean = CompactReplyParser(&m_schema).parse(oneValueReply(cell(2, bulk("Nguyễn"))));
        QCOMPARE(clean.invalidUtf8Strings, 0);
        const QueryResult broken = CompactReplyParser(&m_schema).parse(oneValueReply(cell(2, bulk("ab\xff\xfe"))));
        QCOMPARE(broken.invalidUtf8Strings, 1);
        QVERIFY(broken.rows.at(0).at(0).toString().startsWith(QLatin1String("ab")));
    }

    void resp3Values()
    {
        // HELLO 3: vector elements become RESP doubles, null is `_`; booleans stay bulk strings but accept #t.
        const RespReply vector = cell(12, array({ bulk("0.10000000149011612", RespReply::Type::Double), bulk("-2", RespReply::Type::Double) }));
        QCOMPARE(CompactReplyParser(&m_schema).parse(oneValueReply(vector)).rows.at(0).at(0), GraphValue::vector({ 0.1f, -2.0f }));
        QCOMPARE(CompactReplyParser(&m_schema).parse(oneValueReply(cell(4, integer(1)))).rows.at(0).at(0), GraphValue::boolean(true));
    }

    void versionMismatch()
    {
        RespReply error;
        error.type = RespReply::Type::Error;
        error.text = "version mismatch";
        try {
            CompactReplyParser(&m_schema, QStringLiteral("GRAPH.RO_QUERY"), kGraph).parse(array({ error, integer(12345) }));
            QFAIL("no exception");
        } catch (const OperationError &e) {
            QCOMPARE(e.kind(), OperationError::Kind::Conflict);
            QVERIFY(e.message().contains(QLatin1String("12345")));
        }
    }

    void errorInsideReply()
    {
        RespReply error;
        error.type = RespReply::Type::Error;
        error.text = "Query timed out";
        try {
            CompactReplyParser(&m_schema).parse(oneValueReply(cell(2, error)));
            QFAIL("no exception");
        } catch (const OperationError &e) {
            QCOMPARE(e.kind(), OperationError::Kind::Timeout);
        }
    }

    void malformedReplies()
    {
        const QList<RespReply> bad {
            bulk("hello"),
            array({ integer(1), integer(2), integer(3), integer(4) }),
            oneValueReply(cell(99, integer(1))),                    // unknown value type
            oneValueReply(cell(4, bulk("yes"))),                    // boolean text
            oneValueReply(cell(5, bulk("1.5abc"))),                 // double text
            oneValueReply(cell(11, array({ bulk("1") }))),          // point with one coordinate
            oneValueReply(array({ integer(3) })),                   // cell without value
            array({ array({ array({ integer(1), bulk("a") }), array({ integer(1), bulk("b") }) }),
                    array({ array({ cell(3, integer(1)) }) }), array({}) }), // row shorter than the header
        };
        for (const RespReply &reply : bad) {
            try {
                CompactReplyParser(&m_schema).parse(reply);
                QFAIL("no exception");
            } catch (const OperationError &e) {
                QCOMPARE(e.kind(), OperationError::Kind::Failed);
            }
        }
    }

    void doubleText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("0.1") << QByteArray("0.1") << 0.1;
        QTest::newRow("1e+20") << QByteArray("1e+20") << 1e20;
        QTest::newRow("-1.5e-07") << QByteArray("-1.5e-07") << -1.5e-07;
        QTest::newRow("-inf") << QByteArray("-inf") << -std::numeric_limits<double>::infinity();
        QTest::newRow("subnormal") << QByteArray("1e-310") << 1e-310;
        // DBL_MAX printed with %.15g is just above DBL_MAX: read back as DBL_MAX, not infinity.
        QTest::newRow("max") << QByteArray("1.79769313486232e+308") << std::numeric_limits<double>::max();
        QTest::newRow("-max") << QByteArray("-1.79769313486232e+308") << -std::numeric_limits<double>::max();
        QTest::newRow("min subnormal") << QByteArray("4.94065645841247e-324") << 5e-324;
        QTest::newRow("17 digits") << QByteArray("0.30000000000000004") << 0.30000000000000004;
    }

    void doubleText()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, expected);
        double value = 0;
        QVERIFY(CompactReplyParser::parseDouble(text, &value));
        QVERIFY2(sameBits(value, expected), text.constData());
    }

    void statisticsLines()
    {
        QString name;
        double value = 0;
        QVERIFY(CompactReplyParser::parseStatisticsLine("Query internal execution time: 0.549780 milliseconds", &name, &value));
        QCOMPARE(name, QStringLiteral("Query internal execution time"));
        QCOMPARE(value, 0.54978);
        QVERIFY(CompactReplyParser::parseStatisticsLine("Relationships deleted: 12", &name, &value));
        QCOMPARE(value, 12.0);
        QVERIFY(!CompactReplyParser::parseStatisticsLine("garbage", &name, &value));
    }
};

QTEST_GUILESS_MAIN(TestCompactReplyParser)
#include "tst_compactreplyparser.moc"
