#include "GraphTestData.h"

#include "CypherParameters.h"
#include "FalkorConnection.h"

#include <QRandomGenerator>

namespace GraphTestData {

namespace {
void write(FalkorConnection &connection, const QString &graph, const QString &query)
{
    connection.query(graph, query, QueryOptions { false, -1 });
}
} // namespace

void createRichGraph(FalkorConnection &connection, const QString &graph)
{
    const auto q = [&](const QString &query) { write(connection, graph, query); };
    q(QStringLiteral("CREATE (:Person:Author {name: 'Ada', born: 1815, score: 0.1, tags: ['math', 'poetry'], active: true, "
                     "home: point({latitude: 51.5072, longitude: -0.1276})})"));
    q(QStringLiteral("CYPHER note=\"line1\\nline2, \\\"quoted\\\"\" CREATE (:Person {name: 'Nguyễn Văn A', note: $note})"));
    q(QStringLiteral("CREATE (:Doc {title: 'Embedding holder', embedding: vecf32([0.25, -1.5, 3.0, 0.1])})"));
    q(QStringLiteral("CREATE ()"));
    q(QStringLiteral("CREATE (:Person {name: 'Ada'})"));          // a second, distinct Ada
    q(QStringLiteral("CREATE (:Person {born: 1900})"));           // no name at all
    q(QStringLiteral("CREATE (:Person {name: ''})"));             // empty string, not absent
    q(QStringLiteral("CYPHER t=4.9406564584124654e-324 big=1.7976931348623157e308 mx=9223372036854775807 "
                     "mn=-9223372036854775808 "
                     "CREATE (:Num {sum: 0.1 + 0.2, third: 1.0 / 3.0, tiny: $t, big: $big, negzero: -0.0, "
                     "mixed: 1e15 + 0.3, inf: 1e300 * 1e10, ninf: -1e300 * 1e10, nan: 0.0 / 0.0, "
                     "imax: $mx, imin: $mn, "
                     "nested: [1, 'a', 2.5, true, [2, [3, 0.1 + 0.2]], ['x', 'y']], empty: []})"));
    q(QStringLiteral("CREATE (:Num {sum: 42, where: [point({latitude: 1.5, longitude: -2.25}), point({latitude: 0.0, longitude: 0.0})]})"));
    q(QStringLiteral("CREATE (:`Thực thể` {`tên riêng`: 'Hà Nội', `a:b c`: 'key with colon and space', `_id`: 'not the id'})"));
    if (connection.moduleInfo().version >= 41400)
        q(QStringLiteral("CREATE (:When {day: date('2024-05-01'), at: localtime('13:45:07'), "
                         "moment: localdatetime('2024-05-01T13:45:07'), took: duration('P1DT2H3M4S')})"));
    q(QStringLiteral("MATCH (a:Person:Author {name: 'Ada'}), (b:Person {name: 'Nguyễn Văn A'}) "
                     "CREATE (a)-[:KNOWS {since: 2020, w: 0.1 + 0.2}]->(b), (a)-[:KNOWS]->(b), (b)-[:`WORKS WITH`]->(b)"));
    q(QStringLiteral("MATCH (a:Person:Author), (d:Doc) CREATE (a)-[:WROTE {draft: vecf32([1.0, 2.0]), at: [1, 2.5]}]->(d)"));
    q(QStringLiteral("MATCH (a:Person {name: 'Ada'}), (n:Num {sum: 42}) WHERE NOT a:Author CREATE (a)-[:KNOWS {since: 1}]->(n)"));
    q(QStringLiteral("CREATE INDEX FOR (n:Person) ON (n.name)"));
    q(QStringLiteral("CREATE INDEX FOR ()-[e:KNOWS]-() ON (e.since)"));
    q(QStringLiteral("CREATE INDEX FOR (n:Doc) ON (n.title)"));
    q(QStringLiteral("CALL db.idx.fulltext.createNodeIndex('Doc', 'title')"));
    q(QStringLiteral("CREATE VECTOR INDEX FOR (n:Doc) ON (n.embedding) OPTIONS {dimension: 4, similarityFunction: 'cosine'}"));
    connection.constraintCommand({ "CREATE", graph.toUtf8(), "UNIQUE", "NODE", "Doc", "PROPERTIES", "1", "title" });
    connection.constraintCommand({ "CREATE", graph.toUtf8(), "MANDATORY", "NODE", "Doc", "PROPERTIES", "1", "title" });
}

void createRandomGraph(FalkorConnection &connection, const QString &graph, int nodes, int edges, int hubEdges, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList labels { QStringLiteral("Entity"), QStringLiteral("Chunk"), QStringLiteral("Topic") };
    for (int start = 0; start < nodes; start += 500) {
        QList<GraphValue::Array> rows;
        for (int i = start; i < std::min(nodes, start + 500); ++i) {
            GraphValue::Map properties {
                { QStringLiteral("name"), GraphValue::string(QStringLiteral("entity %1").arg(random.bounded(nodes / 2 + 1))) },
                { QStringLiteral("weight"), GraphValue::number(random.generateDouble() * 1000.0) },
                { QStringLiteral("rank"), GraphValue::integer(qint64(random.generate64()) >> 1) },
            };
            if (random.bounded(3) == 0)
                properties.append({ QStringLiteral("description"), GraphValue::string(QString(300, QChar(u'a' + random.bounded(26)))) });
            rows.append({ GraphValue::integer(random.bounded(3)), GraphValue::map(properties) });
        }
        for (int l = 0; l < labels.size(); ++l) {
            QList<GraphValue::Array> subset;
            for (const auto &row : std::as_const(rows))
                if (row[0].toInteger() == l)
                    subset.append({ row[1] });
            if (subset.isEmpty())
                continue;
            CypherParameters parameters;
            parameters.addRows(QStringLiteral("rows"), subset);
            write(connection, graph,
                  parameters.apply(QStringLiteral("UNWIND $rows AS r CREATE (n:%1) SET n = r[0]").arg(labels[l])));
        }
    }
    const auto addEdges = [&](int count, bool hub) {
        for (int start = 0; start < count; start += 500) {
            QList<GraphValue::Array> rows;
            for (int i = start; i < std::min(count, start + 500); ++i)
                rows.append({ GraphValue::integer(hub ? 0 : random.bounded(nodes)), GraphValue::integer(random.bounded(nodes)),
                              GraphValue::number(random.generateDouble()) });
            CypherParameters parameters;
            parameters.addRows(QStringLiteral("rows"), rows);
            write(connection, graph,
                  parameters.apply(QStringLiteral("UNWIND $rows AS r WITH r[0] AS s, r[1] AS d, r[2] AS w "
                                                  "MATCH (a) WHERE ID(a) = s MATCH (b) WHERE ID(b) = d "
                                                  "CREATE (a)-[:RELATED {w: w}]->(b)")));
        }
    };
    addEdges(edges, false);
    addEdges(hubEdges, true);
}

} // namespace GraphTestData
