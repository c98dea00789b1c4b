#include "GraphImporter.h"

#include "CypherParameters.h"
#include "FalkorConnection.h"
#include "FileDigest.h"
#include "GraphFingerprint.h"
#include "GraphScanner.h"
#include "GraphSchemaRestorer.h"
#include "GraphTableReader.h"
#include "OperationError.h"
#include "SortedIdTable.h"
#include "StagingGraph.h"
#include "TaskContext.h"
#include "TypedValueCodec.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QObject>

#include <cmath>
#include <optional>

namespace {

// How one property value travels: values that CYPHER parameters can carry go inside the row's map;
// the others (points, vectors, temporal values, NaN and infinities, lists holding any of them) get a
// Cypher expression that rebuilds them from a parameter, e.g. vecf32(r[3]) or point({latitude: r[4][0], ...}).
QString rebuildExpression(const GraphValue &value, const QString &ref, GraphValue *parameter, bool *special)
{
    using T = GraphValue::Type;
    *special = true;
    switch (value.type()) {
    case T::String:
    case T::Integer:
    case T::Boolean: *special = false; *parameter = value; return ref;
    case T::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d)) {
            *special = false;
            *parameter = value;
            return ref;
        }
        // x / 0.0 gives inf, -inf, or (for 0.0) the processor's default NaN, which has the sign bit set.
        if (std::isnan(d)) {
            *parameter = GraphValue::number(0.0);
            return std::signbit(d) ? QStringLiteral("(%1 / 0.0)").arg(ref) : QStringLiteral("-(%1 / 0.0)").arg(ref);
        }
        *parameter = GraphValue::number(d > 0 ? 1.0 : -1.0);
        return QStringLiteral("(%1 / 0.0)").arg(ref);
    }
    case T::Point: {
        const auto p = value.toPoint();
        *parameter = GraphValue::array({ GraphValue::number(p.latitude), GraphValue::number(p.longitude) });
        return QStringLiteral("point({latitude: %1[0], longitude: %1[1]})").arg(ref);
    }
    case T::Vector: {
        GraphValue::Array items;
        for (float f : value.toVector())
            items.append(GraphValue::number(double(f)));
        *parameter = GraphValue::array(items);
        return QStringLiteral("vecf32(%1)").arg(ref);
    }
    case T::Date:
    case T::Time:
    case T::DateTime:
    case T::Duration: {
        const QByteArray text = TypedValueCodec::formatTemporal(value.type(), value.toInteger());
        if (text.startsWith('@'))
            throw OperationError(OperationError::Kind::InvalidInput,
                                 QObject::tr("A %1 value (%2 s since 1970) is outside what Cypher can write.")
                                     .arg(GraphValue::typeName(value.type()))
                                     .arg(value.toInteger()));
        *parameter = GraphValue::string(QString::fromLatin1(text));
        const char *function = value.type() == T::Date ? "date"
            : value.type() == T::Time                   ? "localtime"
            : value.type() == T::DateTime               ? "localdatetime"
                                                        : "duration";
        return QStringLiteral("%1(%2)").arg(QLatin1String(function), ref);
    }
    case T::Array: {
        const auto &items = value.toArray();
        GraphValue::Array parameters;
        QStringList expressions;
        bool anySpecial = false;
        for (int i = 0; i < items.size(); ++i) {
            GraphValue itemParameter;
            bool itemSpecial = false;
            expressions.append(rebuildExpression(items.at(i), QStringLiteral("%1[%2]").arg(ref).arg(i), &itemParameter,
                                                 &itemSpecial));
            parameters.append(itemParameter);
            anySpecial = anySpecial || itemSpecial;
        }
        *parameter = GraphValue::array(parameters);
        *special = anySpecial;
        return anySpecial ? QLatin1Char('[') + expressions.join(QLatin1String(", ")) + QLatin1Char(']') : ref;
    }
    default:
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("A %1 value cannot be restored as a property.").arg(GraphValue::typeName(value.type())));
    }
}

// One row of a write batch: its parameter values and the SET items its special values need.
struct PreparedRow
{
    QString groupKey;
    QString setItems;            // ", n.`k` = vecf32(r[3])" ...
    GraphValue::Array parameters;
};

PreparedRow prepareRow(const QString &variable, const QString &head, GraphValue::Array fixed,
                       const QList<GraphValue::Property> &properties)
{
    PreparedRow row;
    GraphValue::Map plain;
    QStringList setItems;
    GraphValue::Array specials;
    const int firstSlot = int(fixed.size()) + 1;
    for (const auto &property : properties) {
        GraphValue parameter;
        bool special = false;
        const QString ref = QStringLiteral("r[%1]").arg(firstSlot + specials.size());
        const QString expression = rebuildExpression(property.value, ref, &parameter, &special);
        if (!special) {
            plain.append(property);
            continue;
        }
        const QString key = CypherParameters::quoteIdentifier(property.key);
        if (key.isEmpty())
            throw OperationError(OperationError::Kind::InvalidInput,
                                 QObject::tr("The property name \"%1\" contains a backtick, which Cypher cannot write.").arg(property.key));
        setItems.append(QStringLiteral("%1.%2 = %3").arg(variable, key, expression));
        specials.append(parameter);
    }
    for (const auto &property : std::as_const(plain))
        if (CypherParameters::quoteIdentifier(property.key).isEmpty())
            throw OperationError(OperationError::Kind::InvalidInput,
                                 QObject::tr("The property name \"%1\" contains a backtick, which Cypher cannot write.").arg(property.key));
    row.parameters = std::move(fixed);
    row.parameters.append(GraphValue::map(plain));
    row.parameters.append(specials);
    row.setItems = setItems.isEmpty() ? QString() : QStringLiteral(", ") + setItems.join(QLatin1String(", "));
    row.groupKey = head + QLatin1Char('\x1e') + row.setItems;
    return row;
}

QString labelPattern(const QStringList &labels)
{
    QString pattern;
    for (const QString &label : labels) {
        const QString quoted = CypherParameters::quoteIdentifier(label);
        if (quoted.isEmpty())
            throw OperationError(OperationError::Kind::InvalidInput,
                                 QObject::tr("The label \"%1\" contains a backtick, which Cypher cannot write.").arg(label));
        pattern += QLatin1Char(':') + quoted;
    }
    return pattern;
}

QStringList labelsFromCell(const QByteArray &cell)
{
    QStringList labels;
    for (const GraphValue &item : TypedValueCodec::decodeTypedJson(cell).toArray())
        labels.append(item.toString());
    return labels;
}

qint64 estimateSize(const GraphValue::Array &parameters)
{
    QString text;
    CypherParameters::encodeValue(GraphValue::array(parameters), &text);
    return text.size();
}

} // namespace

GraphImporter::GraphImporter(FalkorConnection &connection, TaskContext &context)
    : m_connection(connection)
    , m_context(context)
{
}

QString GraphImporter::markerKey(const QString &graph)
{
    return QStringLiteral("bmb:restore-in-progress:") + graph;
}

QString GraphImporter::mergeKey(const std::array<quint8, 32> &digest, quint64 sourceId)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest.data()), 16).toHex()) + QLatin1Char(':')
        + QString::number(sourceId);
}

void GraphImporter::prepareMergeIndexes(const GraphMetadata &metadata, const QString &targetGraph)
{
    if (metadata.propertyKeys.contains(QLatin1String(MergeKeyProperty)))
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("This backup already has %1 properties (it was taken from a merged graph); a merge "
                                         "would overwrite them.")
                                 .arg(QLatin1String(MergeKeyProperty)),
                             QObject::tr("Restore it into a new graph instead (the default mode)."));
    // MERGE finds its match through an index per label; without a label it must scan every node.
    for (auto it = metadata.nodesPerLabel.cbegin(); it != metadata.nodesPerLabel.cend(); ++it) {
        try {
            write(targetGraph, QStringLiteral("CREATE INDEX FOR (n:%1) ON (n.`%2`)")
                                   .arg(CypherParameters::quoteIdentifier(it.key()), QLatin1String(MergeKeyProperty)));
        } catch (const OperationError &error) {
            if (!error.message().contains(QLatin1String("already indexed")))
                throw;
        }
    }
    if (metadata.unlabeledNodes > 0)
        m_context.log(LogLevel::Warning,
                      QObject::tr("%1 nodes have no label; merging each of them scans the whole target graph.")
                          .arg(metadata.unlabeledNodes));
    GraphSchemaRestorer(m_connection, m_context).waitUntilOperational(targetGraph, Options {}.schemaWaitSeconds);
}

void GraphImporter::verifyMerge(const GraphMetadata &metadata, const QString &targetGraph, const SortedIdTable &idMap,
                                Report &report)
{
    // The target holds other data too, so the whole-graph fingerprint cannot match. Instead the nodes
    // this merge wrote are read back by id (one per backup node: keys never collide) and must add up
    // to the backup's node fingerprint; every edge row was merged (checked per batch).
    m_context.log(LogLevel::Info, QObject::tr("Verifying the merged nodes in %1 ...").arg(targetGraph));
    GraphScanner scanner(m_connection, m_context, targetGraph);
    scanner.prepare();
    GraphFingerprint fingerprint;
    QList<quint64> ids;
    const auto flush = [&]() {
        scanner.scanNodesById(ids, [&](const GraphValue::Node &node) {
            QList<GraphValue::Property> properties;
            for (const auto &property : node.properties)
                if (property.key != QLatin1String(MergeKeyProperty))
                    properties.append(property);
            fingerprint.addNode(GraphFingerprint::nodeDigest(node.labels, properties));
        });
        ids.clear();
    };
    for (qint64 i = 0; i < idMap.size(); ++i) {
        quint64 sourceId = 0, targetId = 0;
        idMap.at(i, &sourceId, &targetId);
        ids.append(targetId);
        if (ids.size() >= 10000)
            flush();
    }
    flush();
    report.actual.nodes = fingerprint.nodeCount();
    report.actual.edges = report.edgesCreated;
    if (fingerprint.nodeCount() != metadata.nodeCount || fingerprint.nodesHex() != metadata.nodesFingerprint
        || report.edgesCreated != metadata.edgeCount)
        throw OperationError(OperationError::Kind::IntegrityError,
                             QObject::tr("The merged data in %1 differs from the backup: %2 of %3 nodes read back (content "
                                         "fingerprint %4), %5 of %6 edges merged.")
                                 .arg(targetGraph)
                                 .arg(fingerprint.nodeCount())
                                 .arg(metadata.nodeCount)
                                 .arg(fingerprint.nodesHex() == metadata.nodesFingerprint ? QObject::tr("equal")
                                                                                          : QObject::tr("different"))
                                 .arg(report.edgesCreated)
                                 .arg(metadata.edgeCount));
    report.verified = true;
}

GraphMetadata GraphImporter::checkFolder(const QString &directory, TaskContext &context)
{
    const GraphMetadata metadata = GraphMetadata::load(directory);
    for (const auto *table : { &metadata.nodes, &metadata.edges }) {
        const QString path = QDir(directory).filePath(table->name);
        if (QFileInfo(table->name).fileName() != table->name)
            throw OperationError(OperationError::Kind::InvalidInput, QObject::tr("graph.json names a file outside its folder."));
        const QFileInfo info(path);
        if (!info.exists())
            throw OperationError(OperationError::Kind::NotFound,
                                 QObject::tr("%1 is missing from the backup.").arg(path),
                                 QObject::tr("The backup set is incomplete; nothing was restored."));
        if (info.size() != table->size)
            throw OperationError(OperationError::Kind::IntegrityError,
                                 QObject::tr("%1 has %2 bytes but the backup recorded %3 (truncated or changed).")
                                     .arg(path)
                                     .arg(info.size())
                                     .arg(table->size),
                                 QObject::tr("The backup set is damaged; nothing was restored."));
        if (QString::fromLatin1(FileDigest::sha256Hex(path, &context)) != table->sha256)
            throw OperationError(OperationError::Kind::IntegrityError,
                                 QObject::tr("The SHA-256 checksum of %1 does not match the backup's record.").arg(path),
                                 QObject::tr("The backup set is damaged; nothing was restored."));
    }
    const GraphContentSummary recorded = GraphContentSummary::fromMetadata(metadata);
    const GraphContentSummary computed = GraphContentSummary::fromFiles(directory, metadata, context);
    if (!recorded.matches(computed))
        throw OperationError(OperationError::Kind::IntegrityError,
                             QObject::tr("The files of %1 do not add up to what graph.json recorded:\n%2")
                                 .arg(metadata.graph, recorded.differences(computed, QObject::tr("graph.json"), QObject::tr("the files")).join(QLatin1Char('\n'))),
                             QObject::tr("The backup set is damaged; nothing was restored."));
    return metadata;
}

QList<QList<GraphValue>> GraphImporter::write(const QString &targetGraph, const QString &query)
{
    m_context.checkCanceled();
    return m_connection.query(targetGraph, query, QueryOptions { false, -1 }).rows;
}

void GraphImporter::checkSeekPlan(const QString &targetGraph, const QString &query)
{
    if (m_checkedPlans.contains(query))
        return;
    m_checkedPlans.insert(query);
    // An id lookup written as `WHERE ID(a) = r.src` scans every node for every row (quadratic); the plan
    // must show NodeByIdSeek (falkordb.md §5.3).
    const QStringList plan = m_connection.explain(targetGraph, QStringLiteral("CYPHER rows=[] ") + query);
    const bool seeks = plan.join(QLatin1Char('\n')).count(QLatin1String("NodeByIdSeek")) >= 2;
    if (!seeks)
        m_context.log(LogLevel::Warning,
                      QObject::tr("FalkorDB plans the edge restore without id seeks; it will be slow. Plan:\n%1")
                          .arg(plan.join(QLatin1Char('\n'))));
}

void GraphImporter::checkTarget(const QString &targetGraph, const Options &options)
{
    if (options.mode == Mode::Merge)
        return; // existing data is the point; an unfinished earlier merge is completed by this one
    if (options.mode == Mode::Replace) {
        if (!options.confirmed)
            throw OperationError(OperationError::Kind::InvalidInput,
                                 QObject::tr("--mode replace replaces the graph \"%1\" with the backup (the old graph is "
                                             "deleted once the restored one is verified).")
                                     .arg(targetGraph),
                                 QObject::tr("Add --yes to confirm. The server needs free memory for a second copy of the "
                                             "graph while the replace runs."));
        // A replace that could not swap its result in must not start at all.
        if (!m_copyChecked.contains(targetGraph)) {
            StagingGraph::checkCopyWorks(m_connection, targetGraph);
            m_copyChecked.insert(targetGraph);
        }
        return;
    }
    const RespReply marker = m_connection.command({ "GET", markerKey(targetGraph).toUtf8() });
    if (marker.type == RespReply::Type::String)
        throw OperationError(OperationError::Kind::Conflict, StagingGraph::describeMarker(targetGraph, marker.text),
                             StagingGraph::markerHint(targetGraph, marker.text));
    if (!m_connection.listGraphs().contains(targetGraph))
        return;
    const auto count = [&](const QString &query) {
        const auto rows = m_connection.query(targetGraph, query, QueryOptions { true, -1 }).rows;
        return rows.isEmpty() ? 0 : rows.first().value(0).toInteger();
    };
    const qint64 nodes = count(QStringLiteral("MATCH (n) RETURN count(n)"));
    const qint64 edges = count(QStringLiteral("MATCH ()-[e]->() RETURN count(e)"));
    if (nodes > 0 || edges > 0)
        throw OperationError(OperationError::Kind::Conflict,
                             QObject::tr("The graph \"%1\" on the target already has %2 nodes and %3 edges.")
                                 .arg(targetGraph)
                                 .arg(nodes)
                                 .arg(edges),
                             QObject::tr("Nothing was changed. Restore under another name (--graph SOURCE=NEW_NAME), or use "
                                         "--mode replace --yes to replace it."));
}

GraphImporter::Report GraphImporter::importGraph(const QString &directory, const QString &targetGraph,
                                                 const Options &options)
{
    Report report;
    report.targetGraph = targetGraph;
    m_context.log(LogLevel::Info, QObject::tr("Checking the backup of the graph in %1 ...").arg(directory));
    const GraphMetadata metadata = checkFolder(directory, m_context);
    report.sourceGraph = metadata.graph;
    report.expected = GraphContentSummary::fromMetadata(metadata);

    m_connection.requireGraphModule();
    checkTarget(targetGraph, options);

    const QJsonObject markerJson { { QStringLiteral("source"), metadata.graph },
                                   { QStringLiteral("startedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                                   { QStringLiteral("fingerprint"), metadata.fingerprint } };
    // Replace never writes into the target: the backup goes into a staging graph next to it, which is
    // swapped in only when it is complete and verified (see StagingGraph).
    std::optional<StagingGraph> staging;
    QString writeGraph = targetGraph;
    if (options.mode == Mode::Replace) {
        staging.emplace(m_connection, m_context, targetGraph);
        staging->begin(markerJson);
        writeGraph = staging->name();
    } else {
        m_connection.command({ "SET", markerKey(targetGraph).toUtf8(), QJsonDocument(markerJson).toJson(QJsonDocument::Compact) });
    }
    SortedIdTable idMap(8);
    try {
        std::unique_ptr<NodeDigestIndex> digests;
        if (options.mode == Mode::Merge) {
            digests = std::make_unique<NodeDigestIndex>();
            prepareMergeIndexes(metadata, writeGraph);
        }
        importNodes(directory, metadata, writeGraph, options, idMap, digests.get(), report);
        importEdges(directory, metadata, writeGraph, options, idMap, digests.get(), report);
        const auto schema = GraphSchemaRestorer(m_connection, m_context)
                                .restore(metadata.schema, writeGraph, options.mode == Mode::Merge, options.schemaWaitSeconds);
        report.indexesCreated = schema.indexes;
        report.constraintsCreated = schema.constraints;
        if (staging) {
            // The gate of the swap, so it runs even without options.verify.
            m_context.log(LogLevel::Info, QObject::tr("Verifying the staging graph %1 against the backup ...").arg(writeGraph));
            const GraphContentSummary staged = GraphContentSummary::fromLiveGraph(m_connection, writeGraph, m_context);
            const QStringList differences = report.expected.differences(staged, QObject::tr("the backup"), writeGraph);
            if (!differences.isEmpty())
                throw OperationError(OperationError::Kind::IntegrityError,
                                     QObject::tr("The restored staging graph %1 differs from the backup:\n%2")
                                         .arg(writeGraph, differences.join(QLatin1Char('\n'))),
                                     QObject::tr("Report the problem with the backup set attached."));
        }
    } catch (const OperationError &error) {
        if (staging) {
            // Before the swap: the target was never written to.
            const QString outcome = staging->discard();
            m_context.log(LogLevel::Warning, QObject::tr("The replace of %1 stopped before the swap. %2").arg(targetGraph, outcome));
            throw OperationError(error.kind(), error.message(),
                                 error.hint().isEmpty() ? outcome : error.hint() + QLatin1Char(' ') + outcome);
        }
        abandonPartialRestore(targetGraph, options);
        throw;
    } catch (...) {
        if (staging)
            staging->discard();
        else
            abandonPartialRestore(targetGraph, options);
        throw;
    }

    if (staging) {
        report.actual = staging->promote(report.expected, options.schemaWaitSeconds, &report.warnings);
        report.verified = true;
        return report;
    }
    m_connection.command({ "DEL", markerKey(targetGraph).toUtf8() });

    if (options.verify && options.mode == Mode::Merge) {
        verifyMerge(metadata, targetGraph, idMap, report);
    } else if (options.verify) {
        m_context.log(LogLevel::Info, QObject::tr("Verifying %1 against the backup ...").arg(targetGraph));
        report.actual = GraphContentSummary::fromLiveGraph(m_connection, targetGraph, m_context);
        const QStringList differences = report.expected.differences(report.actual, QObject::tr("the backup"),
                                                                    QObject::tr("the target"));
        if (!differences.isEmpty())
            throw OperationError(OperationError::Kind::IntegrityError,
                                 QObject::tr("The restored graph %1 differs from the backup:\n%2")
                                     .arg(targetGraph, differences.join(QLatin1Char('\n'))),
                                 QObject::tr("Do not use this graph; report the problem with the backup set attached."));
        report.verified = true;
    }
    return report;
}

void GraphImporter::abandonPartialRestore(const QString &targetGraph, const Options &options)
{
    if (options.mode == Mode::Merge) {
        // The target held other data: never delete it. Merging is idempotent, so the same command
        // completes the job; the marker says a merge is unfinished until then.
        m_context.log(LogLevel::Error,
                      QObject::tr("The merge into %1 stopped part way. Run the same restore with --mode merge again "
                                  "to complete it; nothing it wrote is duplicated.")
                          .arg(targetGraph));
        return;
    }
    // Never leave a silent half graph: delete what this restore wrote (the target was new or empty),
    // then say so. The cleanup must not itself be canceled, and a cancel during I/O closes the
    // connection, so reopen it if needed.
    try {
        m_connection.setTaskContext(nullptr);
        if (!m_connection.isOpen())
            m_connection.open(m_connection.endpoint());
        if (m_connection.listGraphs().contains(targetGraph))
            m_connection.deleteGraph(targetGraph);
        m_connection.forgetSchema(targetGraph);
        m_connection.command({ "DEL", markerKey(targetGraph).toUtf8() });
        m_context.log(LogLevel::Warning,
                      QObject::tr("The restore into %1 stopped; the partly restored graph was deleted.").arg(targetGraph));
        m_connection.setTaskContext(&m_context);
    } catch (const OperationError &cleanup) {
        m_context.log(LogLevel::Error,
                      QObject::tr("The restore into %1 stopped and the partial graph could not be deleted (%2). "
                                  "It is marked as unfinished on the server.")
                          .arg(targetGraph, cleanup.message()));
    }
}

void GraphImporter::importNodes(const QString &directory, const GraphMetadata &metadata, const QString &targetGraph,
                                const Options &options, SortedIdTable &idMap, NodeDigestIndex *digests, Report &report)
{
    GraphTableReader reader(QDir(directory).filePath(metadata.nodes.name), { QStringLiteral("_id"), QStringLiteral("_labels") });
    reader.open();

    struct Pending
    {
        quint64 oldId;
        PreparedRow row;
        QString query;
    };
    QList<Pending> buffer;
    qint64 bufferBytes = 0;

    const auto flush = [&]() {
        if (buffer.isEmpty())
            return;
        // Group by query shape (label set + special properties); one UNWIND per group.
        QHash<QString, QList<int>> groups;
        QStringList order;
        for (int i = 0; i < buffer.size(); ++i) {
            if (!groups.contains(buffer[i].query))
                order.append(buffer[i].query);
            groups[buffer[i].query].append(i);
        }
        QHash<qint64, quint64> newIds;
        for (const QString &query : std::as_const(order)) {
            const QList<int> &members = groups[query];
            QList<GraphValue::Array> rows;
            for (int i : members)
                rows.append(buffer[i].row.parameters);
            CypherParameters parameters;
            parameters.addRows(QStringLiteral("rows"), rows);
            // One aggregated row: RESULTSET_SIZE caps the rows of a write's RETURN too.
            const auto result = write(targetGraph, parameters.apply(query));
            const GraphValue::Array pairs = result.value(0).value(0).toArray();
            if (pairs.size() != rows.size())
                throw OperationError(OperationError::Kind::ServerError,
                                     QObject::tr("FalkorDB created %1 of %2 nodes in a batch.").arg(pairs.size()).arg(rows.size()));
            for (const GraphValue &pair : pairs)
                newIds.insert(pair.toArray().value(0).toInteger(), quint64(pair.toArray().value(1).toInteger()));
        }
        for (const Pending &pending : std::as_const(buffer)) {
            const auto it = newIds.constFind(qint64(pending.oldId));
            if (it == newIds.constEnd())
                throw OperationError(OperationError::Kind::ServerError,
                                     QObject::tr("FalkorDB did not return the new id of node %1.").arg(pending.oldId));
            const quint64 newId = it.value();
            idMap.append(pending.oldId, &newId);
        }
        report.nodesCreated += buffer.size();
        m_context.progress({ targetGraph, QObject::tr("restoring nodes"), report.nodesCreated, metadata.nodeCount,
                             QObject::tr("nodes") });
        buffer.clear();
        bufferBytes = 0;
    };

    GraphTableReader::Row row;
    while (reader.next(&row)) {
        const quint64 oldId = row.fixed[0].text.toULongLong();
        const QStringList labels = labelsFromCell(row.fixed[1].text);
        GraphValue::Array fixed { GraphValue::integer(qint64(oldId)) };
        QString head;
        if (digests) {
            // Row layout: [old id, merge key, property map, special values...]
            const auto digest = GraphFingerprint::nodeDigest(labels, row.properties);
            digests->add(oldId, digest);
            fixed.append(GraphValue::string(mergeKey(digest, oldId)));
            head = QStringLiteral("UNWIND $rows AS r MERGE (n%1 {`%2`: r[1]}) SET n = r[2], n.`%2` = r[1]")
                       .arg(labelPattern(labels), QLatin1String(MergeKeyProperty));
        } else {
            // Row layout: [old id, property map, special values...]
            head = QStringLiteral("UNWIND $rows AS r CREATE (n%1) SET n = r[1]").arg(labelPattern(labels));
        }
        PreparedRow prepared = prepareRow(QStringLiteral("n"), head, fixed, row.properties);
        const QString query = head + prepared.setItems + QStringLiteral(" RETURN collect([r[0], ID(n)])");
        bufferBytes += estimateSize(prepared.parameters);
        buffer.append({ oldId, std::move(prepared), query });
        if (buffer.size() >= options.batchRows || bufferBytes >= options.batchBytes)
            flush();
    }
    flush();
    idMap.finish();
    if (digests)
        digests->finish();
}

void GraphImporter::importEdges(const QString &directory, const GraphMetadata &metadata, const QString &targetGraph,
                                const Options &options, const SortedIdTable &idMap, const NodeDigestIndex *digests,
                                Report &report)
{
    GraphTableReader reader(QDir(directory).filePath(metadata.edges.name),
                            { QStringLiteral("_id"), QStringLiteral("_type"), QStringLiteral("_src"), QStringLiteral("_dst") });
    reader.open();
    QHash<QString, QList<GraphValue::Array>> groups;
    QStringList order;
    int buffered = 0;
    qint64 bufferBytes = 0;

    const auto flush = [&]() {
        for (const QString &query : std::as_const(order)) {
            const auto &rows = groups[query];
            checkSeekPlan(targetGraph, query);
            CypherParameters parameters;
            parameters.addRows(QStringLiteral("rows"), rows);
            const auto result = write(targetGraph, parameters.apply(query));
            const qint64 created = result.isEmpty() ? 0 : result.first().value(0).toInteger();
            if (created != rows.size())
                throw OperationError(OperationError::Kind::ServerError,
                                     QObject::tr("FalkorDB created %1 of %2 edges in a batch (an endpoint was not found).")
                                         .arg(created)
                                         .arg(rows.size()));
            report.edgesCreated += created;
        }
        groups.clear();
        order.clear();
        buffered = 0;
        bufferBytes = 0;
        m_context.progress({ targetGraph, QObject::tr("restoring edges"), report.edgesCreated, metadata.edgeCount,
                             QObject::tr("edges") });
    };

    GraphTableReader::Row row;
    while (reader.next(&row)) {
        const QString type = QString::fromUtf8(row.fixed[1].text);
        const QString quotedType = CypherParameters::quoteIdentifier(type);
        if (quotedType.isEmpty())
            reader.fail(QObject::tr("the relationship type \"%1\" cannot be written in Cypher").arg(type));
        quint64 source = 0, destination = 0;
        if (!idMap.find(row.fixed[2].text.toULongLong(), &source) || !idMap.find(row.fixed[3].text.toULongLong(), &destination))
            reader.fail(QObject::tr("the edge's endpoints were not restored"));
        GraphValue::Array fixed { GraphValue::integer(qint64(source)), GraphValue::integer(qint64(destination)) };
        QString head;
        if (digests) {
            // Row layout: [new source id, new destination id, merge key, property map, special values...]
            GraphFingerprint::Digest sourceDigest, destinationDigest;
            digests->find(row.fixed[2].text.toULongLong(), &sourceDigest);
            digests->find(row.fixed[3].text.toULongLong(), &destinationDigest);
            const auto digest = GraphFingerprint::edgeDigest(type, row.properties, sourceDigest, destinationDigest);
            fixed.append(GraphValue::string(mergeKey(digest, row.fixed[0].text.toULongLong())));
            head = QStringLiteral("UNWIND $rows AS r WITH r[0] AS s, r[1] AS d, r AS r "
                                  "MATCH (a) WHERE ID(a) = s MATCH (b) WHERE ID(b) = d "
                                  "MERGE (a)-[e:%1 {`%2`: r[2]}]->(b) SET e = r[3], e.`%2` = r[2]")
                       .arg(quotedType, QLatin1String(MergeKeyProperty));
        } else {
            // Row layout: [new source id, new destination id, property map, special values...]
            head = QStringLiteral("UNWIND $rows AS r WITH r[0] AS s, r[1] AS d, r AS r "
                                  "MATCH (a) WHERE ID(a) = s MATCH (b) WHERE ID(b) = d "
                                  "CREATE (a)-[e:%1]->(b) SET e = r[2]")
                       .arg(quotedType);
        }
        PreparedRow prepared = prepareRow(QStringLiteral("e"), head, fixed, row.properties);
        const QString query = head + prepared.setItems + QStringLiteral(" RETURN count(e)");
        if (!groups.contains(query))
            order.append(query);
        bufferBytes += estimateSize(prepared.parameters);
        groups[query].append(std::move(prepared.parameters));
        if (++buffered >= options.batchRows || bufferBytes >= options.batchBytes)
            flush();
    }
    flush();
}
