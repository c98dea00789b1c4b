#include "KnowledgeGraphGenerator.h"

#include "CypherParameters.h"
#include "FalkorConnection.h"
#include "GraphValue.h"
#include "OperationError.h"

#include <QHash>
#include <QRandomGenerator>

namespace {

// Words of the texts: the team's data is Vietnamese and English, so UTF-8 with diacritics is the norm.
const QStringList kWords {
    QStringLiteral("thương hiệu"), QStringLiteral("khách hàng"), QStringLiteral("chiến dịch"), QStringLiteral("dữ liệu"),
    QStringLiteral("thị trường"),  QStringLiteral("sản phẩm"),   QStringLiteral("doanh thu"),  QStringLiteral("Hà Nội"),
    QStringLiteral("brand"),       QStringLiteral("campaign"),   QStringLiteral("customer"),   QStringLiteral("market"),
    QStringLiteral("retention"),   QStringLiteral("launched"),   QStringLiteral("quarterly"),  QStringLiteral("report"),
    QStringLiteral("partnership"), QStringLiteral("the"),        QStringLiteral("with"),       QStringLiteral("and"),
    QStringLiteral("of"),          QStringLiteral("in"),         QStringLiteral("growth"),     QStringLiteral("segment"),
    QStringLiteral("social"),      QStringLiteral("media"),      QStringLiteral("survey"),     QStringLiteral("loyalty"),
};
const QStringList kNameFirst {
    QStringLiteral("Công ty"), QStringLiteral("Acme"),    QStringLiteral("Nguyễn"),  QStringLiteral("Sài Gòn"),
    QStringLiteral("Blue"),    QStringLiteral("Vina"),    QStringLiteral("Golden"),  QStringLiteral("Trần"),
    QStringLiteral("Delta"),   QStringLiteral("Phương"),  QStringLiteral("North"),   QStringLiteral("Lê"),
};
const QStringList kNameSecond {
    QStringLiteral("Group"),   QStringLiteral("Văn An"),  QStringLiteral("Foods"),   QStringLiteral("Logistics"),
    QStringLiteral("Thị Mai"), QStringLiteral("Media"),   QStringLiteral("Coffee"),  QStringLiteral("Quốc Bảo"),
    QStringLiteral("Retail"),  QStringLiteral("Labs"),    QStringLiteral("Studio"),  QStringLiteral("Partners"),
};
const QStringList kEntityTypes { QStringLiteral("Person"), QStringLiteral("Organization"), QStringLiteral("Location"),
                                 QStringLiteral("Event") };

QString entityName(qint64 k)
{
    const qint64 combinations = kNameFirst.size() * kNameSecond.size();
    QString name = kNameFirst[int(k % kNameFirst.size())] + QLatin1Char(' ') + kNameSecond[int((k / kNameFirst.size()) % kNameSecond.size())];
    if (k >= combinations)
        name += QLatin1Char(' ') + QString::number(k / combinations);
    return name;
}

} // namespace

KnowledgeGraphGenerator::KnowledgeGraphGenerator(FalkorConnection &connection, QString graph, Options options)
    : m_connection(connection)
    , m_graph(std::move(graph))
    , m_options(options)
{
}

KnowledgeGraphGenerator::Result KnowledgeGraphGenerator::generate()
{
    Result result;
    createNodes(&result);
    createEdges(&result);
    // The indexes a knowledge-graph service keeps: the restore recreates them after the data.
    const QueryOptions write { false, -1 };
    m_connection.query(m_graph, QStringLiteral("CREATE INDEX FOR (n:Entity) ON (n.name)"), write);
    m_connection.query(m_graph, QStringLiteral("CREATE INDEX FOR (n:Chunk) ON (n.chunk_id)"), write);
    if (m_options.vectorDimension > 0)
        m_connection.query(m_graph,
                           QStringLiteral("CREATE VECTOR INDEX FOR (n:Entity) ON (n.embedding) OPTIONS {dimension: %1, "
                                          "similarityFunction: 'cosine'}")
                               .arg(m_options.vectorDimension),
                           write);
    return result;
}

QString KnowledgeGraphGenerator::text(QRandomGenerator &random) const
{
    const int target = 280 + int(random.bounded(41));
    QString out;
    out.reserve(target + 20);
    while (out.size() < target) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += kWords[int(random.bounded(kWords.size()))];
    }
    return out;
}

void KnowledgeGraphGenerator::createNodes(Result *result)
{
    QRandomGenerator random(m_options.seed);
    const qint64 n = m_options.nodes;
    m_kinds.resize(size_t(n));
    m_ids.assign(size_t(n), -1);
    // Names are drawn from twice as many candidates as there are entities: about a fifth of the entities
    // share their name with another one, as extraction from many documents produces.
    const qint64 namePool = std::max<qint64>(16, n * 64 / 100 * 2);

    for (qint64 start = 0; start < n; start += m_options.batchRows) {
        const qint64 end = std::min(n, start + m_options.batchRows);
        QHash<QString, QList<GraphValue::Array>> groups; // label pattern -> rows [index, props, (vector)]
        QStringList order;
        for (qint64 i = start; i < end; ++i) {
            const quint32 roll = random.bounded(100u);
            const Kind kind = roll < 4 ? Kind::Document : roll < 36 ? Kind::Chunk : Kind::Entity;
            m_kinds[size_t(i)] = kind;
            GraphValue::Map properties;
            QString labels;
            GraphValue vector;
            switch (kind) {
            case Kind::Document:
                labels = QStringLiteral(":Document");
                properties = { { QStringLiteral("name"), GraphValue::string(QStringLiteral("docs/bao-cao-%1.pdf").arg(i)) },
                               { QStringLiteral("created_at"), GraphValue::integer(1700000000 + qint64(random.bounded(30000000))) },
                               { QStringLiteral("pages"), GraphValue::integer(1 + random.bounded(200)) } };
                break;
            case Kind::Chunk:
                labels = QStringLiteral(":Chunk");
                properties = { { QStringLiteral("chunk_id"), GraphValue::string(QStringLiteral("chunk-%1").arg(random.generate64(), 16, 16, QLatin1Char('0'))) },
                               { QStringLiteral("content"), GraphValue::string(text(random)) },
                               { QStringLiteral("tokens"), GraphValue::integer(200 + random.bounded(900)) },
                               { QStringLiteral("chunk_order_index"), GraphValue::integer(random.bounded(60)) } };
                ++result->namelessNodes;
                break;
            case Kind::Entity: {
                const QString type = kEntityTypes[int(random.bounded(kEntityTypes.size()))];
                labels = QStringLiteral(":Entity");
                if (random.bounded(4) == 0) {
                    labels += QLatin1Char(':') + type;
                    ++result->multiLabelNodes;
                }
                if (random.bounded(50) != 0)
                    properties.append({ QStringLiteral("name"), GraphValue::string(entityName(qint64(random.bounded(quint64(namePool))))) });
                else
                    ++result->namelessNodes;
                properties.append({ QStringLiteral("entity_type"), GraphValue::string(type) });
                properties.append({ QStringLiteral("description"), GraphValue::string(text(random)) });
                properties.append({ QStringLiteral("weight"), GraphValue::number(random.generateDouble() * 10.0) });
                properties.append({ QStringLiteral("degree"), GraphValue::integer(random.bounded(500)) });
                properties.append({ QStringLiteral("source_id"), GraphValue::string(QStringLiteral("chunk-%1").arg(random.generate64(), 16, 16, QLatin1Char('0'))) });
                if (m_options.vectorDimension > 0) {
                    GraphValue::Array items;
                    items.reserve(m_options.vectorDimension);
                    for (int d = 0; d < m_options.vectorDimension; ++d)
                        items.append(GraphValue::number(double(float(random.generateDouble() * 2.0 - 1.0))));
                    vector = GraphValue::array(std::move(items));
                }
                break;
            }
            }
            GraphValue::Array row { GraphValue::integer(i), GraphValue::map(properties) };
            if (!vector.isNull())
                row.append(vector);
            const QString key = labels + (vector.isNull() ? QString() : QStringLiteral("+v"));
            if (!groups.contains(key))
                order.append(key);
            groups[key].append(std::move(row));
        }
        for (const QString &key : std::as_const(order)) {
            const bool withVector = key.endsWith(QLatin1String("+v"));
            const QString labels = withVector ? key.chopped(2) : key;
            CypherParameters parameters;
            parameters.addRows(QStringLiteral("rows"), groups[key]);
            const QString query = QStringLiteral("UNWIND $rows AS r CREATE (n%1) SET n = r[1]%2 RETURN collect([r[0], ID(n)])")
                                      .arg(labels, withVector ? QStringLiteral(", n.embedding = vecf32(r[2])") : QString());
            const QueryResult reply = m_connection.query(m_graph, parameters.apply(query), QueryOptions { false, -1 });
            for (const GraphValue &pair : reply.rows.value(0).value(0).toArray()) {
                const GraphValue::Array &indexAndId = pair.toArray();
                m_ids[size_t(indexAndId.value(0).toInteger())] = indexAndId.value(1).toInteger();
            }
            result->nodes += groups[key].size();
        }
    }
    for (qint64 id : m_ids)
        if (id < 0)
            throw OperationError(OperationError::Kind::Failed, QStringLiteral("the generator lost the id of a node"));
}

qint64 KnowledgeGraphGenerator::nearby(qint64 from, Kind kind, QRandomGenerator &random) const
{
    const qint64 n = qint64(m_kinds.size());
    qint64 start = random.bounded(10) == 0 ? qint64(random.bounded(quint64(n))) : from + qint64(random.bounded(601)) - 300;
    start = std::clamp<qint64>(start, 0, n - 1);
    for (qint64 step = 0; step < n; ++step) {
        const qint64 index = (start + step) % n;
        if (m_kinds[size_t(index)] == kind && index != from)
            return index;
    }
    return -1;
}

void KnowledgeGraphGenerator::createEdges(Result *result)
{
    QRandomGenerator random(m_options.seed ^ 0x9e3779b9u);
    const qint64 n = qint64(m_kinds.size());
    QHash<QString, QList<GraphValue::Array>> batches;

    const auto flush = [&](const QString &type) {
        QList<GraphValue::Array> &rows = batches[type];
        if (rows.isEmpty())
            return;
        CypherParameters parameters;
        parameters.addRows(QStringLiteral("rows"), rows);
        const QString query = QStringLiteral("UNWIND $rows AS r WITH r[0] AS s, r[1] AS d, r[2] AS p "
                                             "MATCH (a) WHERE ID(a) = s MATCH (b) WHERE ID(b) = d "
                                             "CREATE (a)-[e:%1]->(b) SET e = p RETURN count(e)")
                                  .arg(type);
        const QueryResult reply = m_connection.query(m_graph, parameters.apply(query), QueryOptions { false, -1 });
        const qint64 created = reply.rows.value(0).value(0).toInteger();
        if (created != rows.size())
            throw OperationError(OperationError::Kind::Failed,
                                 QStringLiteral("the generator created %1 of %2 edges").arg(created).arg(rows.size()));
        result->edges += created;
        rows.clear();
    };

    for (qint64 e = 0; e < m_options.edges;) {
        const qint64 source = qint64(random.bounded(quint64(n)));
        const Kind kind = m_kinds[size_t(source)];
        if (kind == Kind::Document)
            continue;
        QString type;
        qint64 destination = -1;
        GraphValue::Map properties;
        if (kind == Kind::Chunk && random.bounded(4) != 0) {
            type = QStringLiteral("MENTIONS");
            destination = nearby(source, Kind::Entity, random);
            properties = { { QStringLiteral("count"), GraphValue::integer(1 + random.bounded(5)) } };
        } else if (kind == Kind::Chunk) {
            type = QStringLiteral("PART_OF");
            destination = nearby(source, Kind::Document, random);
            properties = { { QStringLiteral("order"), GraphValue::integer(random.bounded(60)) } };
        } else {
            type = QStringLiteral("RELATED");
            destination = nearby(source, Kind::Entity, random);
            properties = { { QStringLiteral("description"), GraphValue::string(text(random)) },
                           { QStringLiteral("weight"), GraphValue::number(random.generateDouble() * 10.0) },
                           { QStringLiteral("keywords"), GraphValue::string(kWords[int(random.bounded(kWords.size()))] + QStringLiteral(", ")
                                                                           + kWords[int(random.bounded(kWords.size()))]) } };
        }
        if (destination < 0)
            continue;
        batches[type].append({ GraphValue::integer(m_ids[size_t(source)]), GraphValue::integer(m_ids[size_t(destination)]),
                               GraphValue::map(properties) });
        ++e;
        if (batches[type].size() >= m_options.batchRows)
            flush(type);
    }
    const QStringList types = batches.keys();
    for (const QString &type : types)
        flush(type);
}
