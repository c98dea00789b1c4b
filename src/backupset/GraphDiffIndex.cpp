#include "GraphDiffIndex.h"

#include "FalkorConnection.h"
#include "GraphFingerprint.h"
#include "GraphMetadata.h"
#include "GraphScanner.h"
#include "GraphSchemaDefinition.h"
#include "GraphTableReader.h"
#include "OperationError.h"
#include "TaskContext.h"
#include "TypedValueCodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

#include <algorithm>
#include <cstring>

namespace {

// The properties that identify "the same" node across both sides when its content changed, in order
// of preference: the first one present is the node's match key.
const QStringList kStableKeys { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("key"), QStringLiteral("name"),
                                QStringLiteral("title") };

bool zeroKey(const std::array<quint8, 16> &key)
{
    return std::all_of(key.cbegin(), key.cend(), [](quint8 b) { return b == 0; });
}

std::array<quint8, 16> hash16(const QByteArray &bytes)
{
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    std::array<quint8, 16> key;
    std::memcpy(key.data(), hash.constData(), key.size());
    // All zero means "no key"; a real hash that happens to be zero must not read as that.
    if (zeroKey(key))
        key[0] = 1;
    return key;
}

QString display(const GraphValue &value)
{
    QString text = TypedValueCodec::isStorable(value) ? QString::fromUtf8(TypedValueCodec::encode(value)) : QStringLiteral("?");
    if (value.type() == GraphValue::Type::String)
        text = QLatin1Char('"') + text + QLatin1Char('"');
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return text;
}

// Shown values are cut at 80 characters; this short hash of the whole value tells a change apart
// even when the visible part is the same.
QString canonicalHex(const GraphValue &value)
{
    QByteArray bytes;
    GraphFingerprint::appendCanonical(bytes, value);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
}

QJsonObject propertiesJson(const QList<GraphValue::Property> &properties)
{
    QJsonObject json;
    for (const auto &property : properties)
        json.insert(property.key, QJsonArray { display(property.value), canonicalHex(property.value) });
    return json;
}

QStringList labelsFromCell(const QByteArray &text)
{
    QStringList labels;
    for (const GraphValue &item : TypedValueCodec::decodeTypedJson(text).toArray())
        labels.append(item.toString());
    return labels;
}

} // namespace

GraphDiffIndex::GraphDiffIndex(const QString &directory, int side)
    : m_directory(directory)
    , m_side(side)
    , m_details(QDir(directory).filePath(QStringLiteral("details-%1").arg(side)))
    , m_nodes(48, directory)
{
    if (!m_details.open(QIODevice::ReadWrite | QIODevice::Truncate))
        throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write a temporary file in %1.").arg(directory));
    for (const char *kind : { "nodes", "edges" })
        for (int p = 0; p < Partitions; ++p) {
            auto file = std::make_unique<QFile>(partitionPath(directory, kind, side, p));
            if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
                throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write a temporary file in %1.").arg(directory));
            (qstrcmp(kind, "nodes") == 0 ? m_nodeFiles : m_edgeFiles).push_back(std::move(file));
        }
}

QString GraphDiffIndex::partitionPath(const QString &directory, const char *kind, int side, int partition)
{
    return QDir(directory).filePath(QStringLiteral("%1-%2-%3").arg(QLatin1String(kind)).arg(side).arg(partition));
}

std::vector<GraphDiffIndex::Record> GraphDiffIndex::readRecords(const QString &path)
{
    QFile file(path);
    std::vector<Record> records;
    if (!file.open(QIODevice::ReadOnly))
        return records;
    records.resize(size_t(file.size() / qint64(sizeof(Record))));
    file.read(reinterpret_cast<char *>(records.data()), qint64(records.size() * sizeof(Record)));
    return records;
}

bool GraphDiffIndex::hasKey(const Record &record)
{
    return !zeroKey(record.key);
}

void GraphDiffIndex::readSetGraph(const QString &folder, TaskContext &context)
{
    const GraphMetadata metadata = GraphMetadata::load(folder);
    m_counts.schema = metadata.schema.describe();
    GraphTableReader nodes(QDir(folder).filePath(metadata.nodes.name), { QStringLiteral("_id"), QStringLiteral("_labels") });
    nodes.open();
    GraphTableReader::Row row;
    qint64 n = 0;
    while (nodes.next(&row)) {
        addNode(row.fixed[0].text.toULongLong(), labelsFromCell(row.fixed[1].text), row.properties);
        if ((++n & 0x3ff) == 0) {
            context.checkCanceled();
            context.progress({ metadata.graph, QObject::tr("reading nodes"), nodes.bytesRead(), nodes.totalBytes(), QObject::tr("bytes") });
        }
    }
    finishNodes();
    GraphTableReader edges(QDir(folder).filePath(metadata.edges.name),
                           { QStringLiteral("_id"), QStringLiteral("_type"), QStringLiteral("_src"), QStringLiteral("_dst") });
    edges.open();
    while (edges.next(&row)) {
        addEdge(QString::fromUtf8(row.fixed[1].text), row.fixed[2].text.toULongLong(), row.fixed[3].text.toULongLong(), row.properties);
        if ((++n & 0x3ff) == 0) {
            context.checkCanceled();
            context.progress({ metadata.graph, QObject::tr("reading edges"), edges.bytesRead(), edges.totalBytes(), QObject::tr("bytes") });
        }
    }
    close();
}

void GraphDiffIndex::readLiveGraph(FalkorConnection &connection, const QString &graph, TaskContext &context)
{
    const QueryOptions read { true, -1 };
    m_counts.schema = GraphSchemaDefinition::fromQueryResults(connection.query(graph, QStringLiteral("CALL db.indexes()"), read),
                                                              connection.query(graph, QStringLiteral("CALL db.constraints()"), read))
                          .describe();
    GraphScanner scanner(connection, context, graph);
    scanner.prepare();
    scanner.scanNodes([&](const GraphValue::Node &node) { addNode(node.id, node.labels, node.properties); });
    finishNodes();
    scanner.scanEdges([&](const GraphValue::Edge &edge) { addEdge(edge.type, edge.sourceId, edge.destinationId, edge.properties); });
    close();
}

void GraphDiffIndex::readNothing()
{
    finishNodes();
    close();
}

void GraphDiffIndex::addNode(quint64 id, const QStringList &labels, const QList<GraphValue::Property> &properties)
{
    const auto digest = GraphFingerprint::nodeDigest(labels, properties);
    QStringList sortedLabels = labels;
    sortedLabels.sort();
    std::array<quint8, 16> key {};
    QString keyText;
    for (const QString &name : kStableKeys) {
        const auto it = std::find_if(properties.cbegin(), properties.cend(), [&](const auto &p) { return p.key == name; });
        if (it == properties.cend())
            continue;
        QByteArray bytes = sortedLabels.join(QLatin1Char('\x1f')).toUtf8() + '\x1e' + name.toUtf8() + '\x1e';
        GraphFingerprint::appendCanonical(bytes, it->value);
        key = hash16(bytes);
        keyText = name + QLatin1Char('=') + display(it->value);
        break;
    }
    const QJsonObject description { { QStringLiteral("labels"), QJsonArray::fromStringList(sortedLabels) },
                                    { QStringLiteral("key"), keyText },
                                    { QStringLiteral("properties"), propertiesJson(properties) } };
    Record record {};
    std::memcpy(record.digest.data(), digest.data(), 32);
    record.key = key;
    writeDetails(description, &record);
    record.side = quint32(m_side);
    write(m_nodeFiles, record);

    // For the edges: the endpoint's digest (first half, as NodeDigestIndex keeps it), key, details.
    std::array<quint8, 48> value {};
    std::memcpy(value.data(), digest.data(), 16);
    std::memcpy(value.data() + 16, key.data(), 16);
    std::memcpy(value.data() + 32, &record.offset, 8);
    std::memcpy(value.data() + 40, &record.length, 4);
    m_nodes.append(id, value.data());

    ++m_counts.nodes;
    for (const QString &label : labels) {
        ++m_counts.nodesPerLabel[label];
        auto &keys = m_counts.propertyKeys[label];
        for (const auto &property : properties) {
            QStringList &types = keys[property.key];
            const QString type = TypedValueCodec::columnTypeName(property.value.type());
            if (!types.contains(type))
                types.append(type);
        }
    }
}

void GraphDiffIndex::finishNodes()
{
    m_nodes.finish();
}

void GraphDiffIndex::addEdge(const QString &type, quint64 source, quint64 destination, const QList<GraphValue::Property> &properties)
{
    std::array<quint8, 48> from {}, to {};
    const bool found = m_nodes.find(source, from.data()) && m_nodes.find(destination, to.data());
    if (!found)
        throw OperationError(OperationError::Kind::IntegrityError,
                             QObject::tr("An edge points at node %1 or %2, which does not exist.").arg(source).arg(destination));
    GraphFingerprint::Digest fromDigest {}, toDigest {};
    std::memcpy(fromDigest.data(), from.data(), 16);
    std::memcpy(toDigest.data(), to.data(), 16);
    const auto digest = GraphFingerprint::edgeDigest(type, properties, fromDigest, toDigest);
    std::array<quint8, 16> fromKey, toKey;
    std::memcpy(fromKey.data(), from.data() + 16, 16);
    std::memcpy(toKey.data(), to.data() + 16, 16);
    Record record {};
    std::memcpy(record.digest.data(), digest.data(), 32);
    // An edge can only be paired as "changed" when both of its endpoints can be recognised.
    if (!zeroKey(fromKey) && !zeroKey(toKey))
        record.key = hash16(type.toUtf8() + '\x1e' + QByteArray(reinterpret_cast<const char *>(fromKey.data()), 16)
                            + QByteArray(reinterpret_cast<const char *>(toKey.data()), 16));
    const QJsonObject description { { QStringLiteral("type"), type },
                                    { QStringLiteral("from"), nodeSummary(from) },
                                    { QStringLiteral("to"), nodeSummary(to) },
                                    { QStringLiteral("properties"), propertiesJson(properties) } };
    writeDetails(description, &record);
    record.side = quint32(m_side);
    write(m_edgeFiles, record);
    ++m_counts.edges;
    ++m_counts.edgesPerType[type];
}

void GraphDiffIndex::close()
{
    for (auto *files : { &m_nodeFiles, &m_edgeFiles })
        for (auto &file : *files)
            if (!file->flush())
                throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write %1 (disk full?).").arg(file->fileName()));
    m_nodeFiles.clear();
    m_edgeFiles.clear();
    m_details.flush();
}

QJsonObject GraphDiffIndex::details(const Record &record)
{
    m_details.seek(qint64(record.offset));
    return QJsonDocument::fromJson(m_details.read(record.length)).object();
}

QString GraphDiffIndex::nodeSummary(const std::array<quint8, 48> &value)
{
    quint64 offset;
    quint32 length;
    std::memcpy(&offset, value.data() + 32, 8);
    std::memcpy(&length, value.data() + 40, 4);
    const qint64 end = m_details.pos();
    m_details.seek(qint64(offset));
    const QJsonObject node = QJsonDocument::fromJson(m_details.read(length)).object();
    m_details.seek(end);
    QStringList labels;
    for (const QJsonValue &label : node.value(QStringLiteral("labels")).toArray())
        labels.append(label.toString());
    const QString key = node.value(QStringLiteral("key")).toString();
    return QLatin1Char(':') + labels.join(QLatin1Char(':')) + (key.isEmpty() ? QString() : QStringLiteral(" {%1}").arg(key));
}

void GraphDiffIndex::writeDetails(const QJsonObject &description, Record *record)
{
    const QByteArray bytes = QJsonDocument(description).toJson(QJsonDocument::Compact);
    m_details.seek(m_details.size());
    record->offset = quint64(m_details.pos());
    record->length = quint32(bytes.size());
    if (m_details.write(bytes) != bytes.size())
        throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write %1 (disk full?).").arg(m_details.fileName()));
}

void GraphDiffIndex::write(std::vector<std::unique_ptr<QFile>> &files, const Record &record)
{
    QFile &file = *files[record.digest[0] % Partitions];
    if (file.write(reinterpret_cast<const char *>(&record), sizeof record) != qint64(sizeof record))
        throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write %1 (disk full?).").arg(file.fileName()));
}
