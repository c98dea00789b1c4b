#include "SetDiff.h"

#include "BackupManifest.h"
#include "FalkorConnection.h"
#include "GraphFingerprint.h"
#include "GraphMetadata.h"
#include "GraphScanner.h"
#include "GraphSchemaDefinition.h"
#include "GraphTableReader.h"
#include "OperationError.h"
#include "SetSource.h"
#include "SortedIdTable.h"
#include "TaskContext.h"
#include "TypedValueCodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr int kPartitions = 64;
const QStringList kStableKeys { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("key"), QStringLiteral("name"),
                                QStringLiteral("title") };

// One node or edge: its content digest, its match key (zero: none) and where its description is.
struct Record
{
    std::array<quint8, 32> digest;
    std::array<quint8, 16> key;
    quint64 offset;
    quint32 length;
    quint32 side; // 0 = A, 1 = B (only meaningful in the leftover files)
};
static_assert(sizeof(Record) == 64);

bool zeroKey(const std::array<quint8, 16> &key)
{
    return std::all_of(key.cbegin(), key.cend(), [](quint8 b) { return b == 0; });
}

std::array<quint8, 16> hash16(const QByteArray &bytes)
{
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    std::array<quint8, 16> key;
    std::memcpy(key.data(), hash.constData(), key.size());
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

// Everything one side (a set's graph folder or a live graph) contributes: counts, property keys, and the
// partitioned records of its nodes and edges with their descriptions in a details file.
class SideIndex
{
public:
    SideIndex(const QString &directory, int side)
        : m_directory(directory)
        , m_side(side)
        , m_details(QDir(directory).filePath(QStringLiteral("details-%1").arg(side)))
        , m_nodes(48, directory)
    {
        if (!m_details.open(QIODevice::ReadWrite | QIODevice::Truncate))
            throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write a temporary file in %1.").arg(directory));
        for (const char *kind : { "nodes", "edges" })
            for (int p = 0; p < kPartitions; ++p) {
                auto file = std::make_unique<QFile>(partitionPath(kind, side, p));
                if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
                    throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write a temporary file in %1.").arg(directory));
                (qstrcmp(kind, "nodes") == 0 ? m_nodeFiles : m_edgeFiles).push_back(std::move(file));
            }
    }

    QString partitionPath(const char *kind, int side, int p) const
    {
        return QDir(m_directory).filePath(QStringLiteral("%1-%2-%3").arg(QLatin1String(kind)).arg(side).arg(p));
    }

    void addNode(quint64 id, const QStringList &labels, const QList<GraphValue::Property> &properties)
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

        ++counts.nodes;
        for (const QString &label : labels) {
            ++counts.nodesPerLabel[label];
            auto &keys = counts.propertyKeys[label];
            for (const auto &property : properties) {
                QStringList &types = keys[property.key];
                const QString type = TypedValueCodec::columnTypeName(property.value.type());
                if (!types.contains(type))
                    types.append(type);
            }
        }
    }

    void finishNodes() { m_nodes.finish(); }

    void addEdge(const QString &type, quint64 source, quint64 destination, const QList<GraphValue::Property> &properties)
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
        ++counts.edges;
        ++counts.edgesPerType[type];
    }

    void close()
    {
        for (auto *files : { &m_nodeFiles, &m_edgeFiles })
            for (auto &file : *files)
                if (!file->flush())
                    throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write %1 (disk full?).").arg(file->fileName()));
        m_nodeFiles.clear();
        m_edgeFiles.clear();
        m_details.flush();
    }

    QJsonObject details(const Record &record)
    {
        m_details.seek(qint64(record.offset));
        return QJsonDocument::fromJson(m_details.read(record.length)).object();
    }

    SideIndex(const SideIndex &) = delete;
    SideIndex &operator=(const SideIndex &) = delete;

    SetDiff::Counts counts;

private:
    QString nodeSummary(const std::array<quint8, 48> &value)
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

    void writeDetails(const QJsonObject &description, Record *record)
    {
        const QByteArray bytes = QJsonDocument(description).toJson(QJsonDocument::Compact);
        m_details.seek(m_details.size());
        record->offset = quint64(m_details.pos());
        record->length = quint32(bytes.size());
        if (m_details.write(bytes) != bytes.size())
            throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write %1 (disk full?).").arg(m_details.fileName()));
    }

    static void write(std::vector<std::unique_ptr<QFile>> &files, const Record &record)
    {
        QFile &file = *files[record.digest[0] % kPartitions];
        if (file.write(reinterpret_cast<const char *>(&record), sizeof record) != qint64(sizeof record))
            throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write %1 (disk full?).").arg(file.fileName()));
    }

    QString m_directory;
    int m_side;
    QFile m_details;
    SortedIdTable m_nodes;
    std::vector<std::unique_ptr<QFile>> m_nodeFiles;
    std::vector<std::unique_ptr<QFile>> m_edgeFiles;
};

std::vector<Record> readRecords(const QString &path)
{
    QFile file(path);
    std::vector<Record> records;
    if (!file.open(QIODevice::ReadOnly))
        return records;
    records.resize(size_t(file.size() / qint64(sizeof(Record))));
    file.read(reinterpret_cast<char *>(records.data()), qint64(records.size() * sizeof(Record)));
    return records;
}

QStringList propertyChanges(const QJsonObject &before, const QJsonObject &after)
{
    QStringList changes;
    const QJsonArray labelsBefore = before.value(QStringLiteral("labels")).toArray();
    const QJsonArray labelsAfter = after.value(QStringLiteral("labels")).toArray();
    if (labelsBefore != labelsAfter)
        changes.append(QObject::tr("labels: %1 -> %2")
                           .arg(QString::fromUtf8(QJsonDocument(labelsBefore).toJson(QJsonDocument::Compact)),
                                QString::fromUtf8(QJsonDocument(labelsAfter).toJson(QJsonDocument::Compact))));
    const QJsonObject a = before.value(QStringLiteral("properties")).toObject();
    const QJsonObject b = after.value(QStringLiteral("properties")).toObject();
    QStringList keys = a.keys() + b.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonArray x = a.value(key).toArray(), y = b.value(key).toArray();
        if (x.isEmpty())
            changes.append(QObject::tr("%1: added %2").arg(key, y.at(0).toString()));
        else if (y.isEmpty())
            changes.append(QObject::tr("%1: removed (was %2)").arg(key, x.at(0).toString()));
        else if (x.at(1) != y.at(1))
            changes.append(QObject::tr("%1: %2 -> %3").arg(key, x.at(0).toString(), y.at(0).toString()));
    }
    return changes;
}

// Compares the records of both sides, partition by partition: equal digests cancel one for one; what is
// left is paired by match key (changed) or counted as removed / added.
SetDiff::EntityChanges compare(const char *kind, SideIndex &a, SideIndex &b, const QString &directory, int samples, TaskContext &context)
{
    const auto path = [&](const QString &name) { return QDir(directory).filePath(name); };
    std::vector<std::unique_ptr<QFile>> leftovers;
    for (int p = 0; p < kPartitions; ++p) {
        auto file = std::make_unique<QFile>(path(QStringLiteral("left-%1-%2").arg(QLatin1String(kind)).arg(p)));
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write a temporary file in %1.").arg(directory));
        leftovers.push_back(std::move(file));
    }
    const auto byDigest = [](const Record &x, const Record &y) { return std::memcmp(x.digest.data(), y.digest.data(), 32) < 0; };
    SetDiff::EntityChanges changes;
    for (int p = 0; p < kPartitions; ++p) {
        context.checkCanceled();
        std::vector<Record> left = readRecords(path(QStringLiteral("%1-0-%2").arg(QLatin1String(kind)).arg(p)));
        std::vector<Record> right = readRecords(path(QStringLiteral("%1-1-%2").arg(QLatin1String(kind)).arg(p)));
        std::sort(left.begin(), left.end(), byDigest);
        std::sort(right.begin(), right.end(), byDigest);
        size_t i = 0, j = 0;
        const auto keep = [&](const Record &record) {
            // Without a key there is nothing to pair it with: counted now, so that a graph without key
            // properties does not pile every leftover into one partition.
            if (zeroKey(record.key)) {
                if (record.side == 0) {
                    ++changes.removed;
                    if (changes.removedSamples.size() < samples)
                        changes.removedSamples.append({ a.details(record), {}, {} });
                } else {
                    ++changes.added;
                    if (changes.addedSamples.size() < samples)
                        changes.addedSamples.append({ {}, b.details(record), {} });
                }
                return;
            }
            leftovers[record.key[0] % kPartitions]->write(reinterpret_cast<const char *>(&record), sizeof record);
        };
        while (i < left.size() || j < right.size()) {
            if (j == right.size() || (i < left.size() && byDigest(left[i], right[j])))
                keep(left[i++]);
            else if (i == left.size() || byDigest(right[j], left[i]))
                keep(right[j++]);
            else
                ++i, ++j;
        }
        QFile::remove(path(QStringLiteral("%1-0-%2").arg(QLatin1String(kind)).arg(p)));
        QFile::remove(path(QStringLiteral("%1-1-%2").arg(QLatin1String(kind)).arg(p)));
    }
    for (auto &file : leftovers)
        file->close();

    const auto byKey = [](const Record &x, const Record &y) {
        const int c = std::memcmp(x.key.data(), y.key.data(), 16);
        return c != 0 ? c < 0 : x.side < y.side;
    };
    for (int p = 0; p < kPartitions; ++p) {
        context.checkCanceled();
        std::vector<Record> records = readRecords(leftovers[size_t(p)]->fileName());
        std::sort(records.begin(), records.end(), byKey);
        size_t start = 0;
        while (start < records.size()) {
            size_t end = start + 1;
            while (end < records.size() && records[end].key == records[start].key)
                ++end;
            std::vector<const Record *> removed, added;
            for (size_t k = start; k < end; ++k)
                (records[k].side == 0 ? removed : added).push_back(&records[k]);
            {
                while (!removed.empty() && !added.empty()) {
                    ++changes.changed;
                    if (changes.changedSamples.size() < samples) {
                        SetDiff::Sample sample { a.details(*removed.back()), b.details(*added.back()), {} };
                        sample.changes = propertyChanges(sample.before, sample.after);
                        if (sample.changes.isEmpty())
                            sample.changes.append(QObject::tr("same properties; an endpoint node changed"));
                        changes.changedSamples.append(sample);
                    }
                    removed.pop_back();
                    added.pop_back();
                }
            }
            for (const Record *record : removed) {
                ++changes.removed;
                if (changes.removedSamples.size() < samples)
                    changes.removedSamples.append({ a.details(*record), {}, {} });
            }
            for (const Record *record : added) {
                ++changes.added;
                if (changes.addedSamples.size() < samples)
                    changes.addedSamples.append({ {}, b.details(*record), {} });
            }
            start = end;
        }
        leftovers[size_t(p)]->remove();
    }
    return changes;
}

QStringList labelsFromCell(const QByteArray &text)
{
    QStringList labels;
    for (const GraphValue &item : TypedValueCodec::decodeTypedJson(text).toArray())
        labels.append(item.toString());
    return labels;
}

void readSetGraph(const QString &folder, SideIndex &side, TaskContext &context)
{
    const GraphMetadata metadata = GraphMetadata::load(folder);
    side.counts.schema = metadata.schema.describe();
    GraphTableReader nodes(QDir(folder).filePath(metadata.nodes.name), { QStringLiteral("_id"), QStringLiteral("_labels") });
    nodes.open();
    GraphTableReader::Row row;
    qint64 n = 0;
    while (nodes.next(&row)) {
        side.addNode(row.fixed[0].text.toULongLong(), labelsFromCell(row.fixed[1].text), row.properties);
        if ((++n & 0x3ff) == 0) {
            context.checkCanceled();
            context.progress({ metadata.graph, QObject::tr("reading nodes"), nodes.bytesRead(), nodes.totalBytes(), QObject::tr("bytes") });
        }
    }
    side.finishNodes();
    GraphTableReader edges(QDir(folder).filePath(metadata.edges.name),
                           { QStringLiteral("_id"), QStringLiteral("_type"), QStringLiteral("_src"), QStringLiteral("_dst") });
    edges.open();
    while (edges.next(&row)) {
        side.addEdge(QString::fromUtf8(row.fixed[1].text), row.fixed[2].text.toULongLong(), row.fixed[3].text.toULongLong(), row.properties);
        if ((++n & 0x3ff) == 0) {
            context.checkCanceled();
            context.progress({ metadata.graph, QObject::tr("reading edges"), edges.bytesRead(), edges.totalBytes(), QObject::tr("bytes") });
        }
    }
    side.close();
}

void readLiveGraph(FalkorConnection &connection, const QString &graph, SideIndex &side, TaskContext &context)
{
    const QueryOptions read { true, -1 };
    side.counts.schema = GraphSchemaDefinition::fromQueryResults(connection.query(graph, QStringLiteral("CALL db.indexes()"), read),
                                                                 connection.query(graph, QStringLiteral("CALL db.constraints()"), read))
                             .describe();
    GraphScanner scanner(connection, context, graph);
    scanner.prepare();
    scanner.scanNodes([&](const GraphValue::Node &node) { side.addNode(node.id, node.labels, node.properties); });
    side.finishNodes();
    scanner.scanEdges([&](const GraphValue::Edge &edge) {
        side.addEdge(edge.type, edge.sourceId, edge.destinationId, edge.properties);
    });
    side.close();
}

QStringList onlyIn(const QStringList &x, const QStringList &y)
{
    QStringList result;
    for (const QString &line : x)
        if (!y.contains(line))
            result.append(line);
    return result;
}

QStringList propertyKeyChanges(const SetDiff::Counts &a, const SetDiff::Counts &b)
{
    QStringList lines;
    QStringList labels = a.propertyKeys.keys() + b.propertyKeys.keys();
    labels.sort();
    labels.removeDuplicates();
    for (const QString &label : std::as_const(labels)) {
        const auto x = a.propertyKeys.value(label), y = b.propertyKeys.value(label);
        QStringList keys = x.keys() + y.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            QStringList tx = x.value(key), ty = y.value(key);
            tx.sort();
            ty.sort();
            if (!x.contains(key))
                lines.append(QObject::tr("%1.%2 (%3): only in B").arg(label, key, ty.join(QLatin1Char('/'))));
            else if (!y.contains(key))
                lines.append(QObject::tr("%1.%2 (%3): only in A").arg(label, key, tx.join(QLatin1Char('/'))));
            else if (tx != ty)
                lines.append(QObject::tr("%1.%2: %3 in A, %4 in B").arg(label, key, tx.join(QLatin1Char('/')), ty.join(QLatin1Char('/'))));
        }
    }
    return lines;
}

// Milvus DataType (milvus-proto schema.proto) by number, or the name when it is already one.
QString milvusTypeName(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    switch (value.toInt(-1)) {
    case 1: return QStringLiteral("Bool");
    case 2: return QStringLiteral("Int8");
    case 3: return QStringLiteral("Int16");
    case 4: return QStringLiteral("Int32");
    case 5: return QStringLiteral("Int64");
    case 10: return QStringLiteral("Float");
    case 11: return QStringLiteral("Double");
    case 20: return QStringLiteral("String");
    case 21: return QStringLiteral("VarChar");
    case 22: return QStringLiteral("Array");
    case 23: return QStringLiteral("JSON");
    case 100: return QStringLiteral("BinaryVector");
    case 101: return QStringLiteral("FloatVector");
    case 102: return QStringLiteral("Float16Vector");
    case 103: return QStringLiteral("BFloat16Vector");
    case 104: return QStringLiteral("SparseFloatVector");
    default: return QStringLiteral("type %1").arg(value.toInt(-1));
    }
}

// Collections as recorded by a set: manifest rows, and vector/vector.json details when present.
QMap<QString, QJsonObject> collectionsOf(const QString &setDirectory, const BackupManifest &manifest)
{
    QMap<QString, QJsonObject> result;
    for (const auto &c : manifest.collections)
        result.insert(c.database + QLatin1Char('.') + c.name, QJsonObject { { QStringLiteral("rows"), c.rows } });
    QFile file(QDir(setDirectory).filePath(QStringLiteral("vector/vector.json")));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(file.read(qint64(16) << 20)).object();
        for (const QJsonValue &value : json.value(QStringLiteral("collections")).toArray()) {
            const QJsonObject c = value.toObject();
            const QString name = c.value(QStringLiteral("database")).toString() + QLatin1Char('.') + c.value(QStringLiteral("name")).toString();
            QJsonObject entry = result.value(name);
            for (auto it = c.constBegin(); it != c.constEnd(); ++it)
                if (it.key() != QLatin1String("database") && it.key() != QLatin1String("name"))
                    entry.insert(it.key(), it.value());
            result.insert(name, entry);
        }
    }
    // The schema as milvus-backup recorded it (meta/collection_meta.json: infos[].schema.fields[]).
    if (!manifest.vectorFolder.isEmpty()) {
        QFile meta(QDir(setDirectory).filePath(manifest.vectorFolder + QStringLiteral("/meta/collection_meta.json")));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject json = QJsonDocument::fromJson(meta.read(qint64(64) << 20)).object();
            for (const QJsonValue &value : json.value(QStringLiteral("infos")).toArray()) {
                const QJsonObject info = value.toObject();
                QString database = info.value(QStringLiteral("db_name")).toString();
                if (database.isEmpty())
                    database = QStringLiteral("default");
                const QString name = database + QLatin1Char('.') + info.value(QStringLiteral("collection_name")).toString();
                QStringList fields;
                for (const QJsonValue &f : info.value(QStringLiteral("schema")).toObject().value(QStringLiteral("fields")).toArray()) {
                    const QJsonObject field = f.toObject();
                    QString text = field.value(QStringLiteral("name")).toString() + QLatin1Char(':') + milvusTypeName(field.value(QStringLiteral("data_type")));
                    QStringList parameters;
                    for (const QJsonValue &p : field.value(QStringLiteral("type_params")).toArray())
                        parameters.append(p.toObject().value(QStringLiteral("key")).toString() + QLatin1Char('=')
                                          + p.toObject().value(QStringLiteral("value")).toVariant().toString());
                    if (!parameters.isEmpty())
                        text += QLatin1Char('(') + parameters.join(QLatin1Char(',')) + QLatin1Char(')');
                    if (field.value(QStringLiteral("is_primary_key")).toBool())
                        text += QStringLiteral(" primary");
                    fields.append(text);
                }
                QJsonObject entry = result.value(name);
                entry.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
                result.insert(name, entry);
            }
        }
    }
    return result;
}

QJsonObject countsJson(const SetDiff::Counts &counts)
{
    QJsonObject labels, types, keys;
    for (auto it = counts.nodesPerLabel.cbegin(); it != counts.nodesPerLabel.cend(); ++it)
        labels.insert(it.key(), it.value());
    for (auto it = counts.edgesPerType.cbegin(); it != counts.edgesPerType.cend(); ++it)
        types.insert(it.key(), it.value());
    for (auto it = counts.propertyKeys.cbegin(); it != counts.propertyKeys.cend(); ++it) {
        QJsonObject perKey;
        for (auto k = it.value().cbegin(); k != it.value().cend(); ++k)
            perKey.insert(k.key(), QJsonArray::fromStringList(k.value()));
        keys.insert(it.key(), perKey);
    }
    return { { QStringLiteral("nodes"), counts.nodes },
             { QStringLiteral("edges"), counts.edges },
             { QStringLiteral("nodesPerLabel"), labels },
             { QStringLiteral("edgesPerType"), types },
             { QStringLiteral("propertyKeys"), keys },
             { QStringLiteral("schema"), QJsonArray::fromStringList(counts.schema) } };
}

QJsonObject changesJson(const SetDiff::EntityChanges &changes)
{
    const auto samples = [](const QList<SetDiff::Sample> &list) {
        QJsonArray array;
        for (const auto &sample : list) {
            QJsonObject o;
            if (!sample.before.isEmpty())
                o.insert(QStringLiteral("before"), sample.before);
            if (!sample.after.isEmpty())
                o.insert(QStringLiteral("after"), sample.after);
            if (!sample.changes.isEmpty())
                o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(sample.changes));
            array.append(o);
        }
        return array;
    };
    return { { QStringLiteral("added"), changes.added },
             { QStringLiteral("removed"), changes.removed },
             { QStringLiteral("changed"), changes.changed },
             { QStringLiteral("addedSamples"), samples(changes.addedSamples) },
             { QStringLiteral("removedSamples"), samples(changes.removedSamples) },
             { QStringLiteral("changedSamples"), samples(changes.changedSamples) } };
}

} // namespace

bool SetDiff::GraphDiff::identical() const
{
    return inA && inB && nodes.isEmpty() && edges.isEmpty() && schemaOnlyInA.isEmpty() && schemaOnlyInB.isEmpty()
        && propertyKeyChanges.isEmpty() && a.nodes == b.nodes && a.edges == b.edges;
}

bool SetDiff::Result::identical() const
{
    return std::all_of(graphs.cbegin(), graphs.cend(), [](const GraphDiff &g) { return g.identical(); })
        && std::all_of(collections.cbegin(), collections.cend(), [](const CollectionDiff &c) { return c.differences.isEmpty(); });
}

QJsonObject SetDiff::Result::toJson() const
{
    QJsonArray graphArray;
    for (const GraphDiff &g : graphs)
        graphArray.append(QJsonObject { { QStringLiteral("a"), g.nameA },
                                        { QStringLiteral("b"), g.nameB },
                                        { QStringLiteral("inA"), g.inA },
                                        { QStringLiteral("inB"), g.inB },
                                        { QStringLiteral("identical"), g.identical() },
                                        { QStringLiteral("countsA"), countsJson(g.a) },
                                        { QStringLiteral("countsB"), countsJson(g.b) },
                                        { QStringLiteral("schemaOnlyInA"), QJsonArray::fromStringList(g.schemaOnlyInA) },
                                        { QStringLiteral("schemaOnlyInB"), QJsonArray::fromStringList(g.schemaOnlyInB) },
                                        { QStringLiteral("propertyKeyChanges"), QJsonArray::fromStringList(g.propertyKeyChanges) },
                                        { QStringLiteral("nodes"), changesJson(g.nodes) },
                                        { QStringLiteral("edges"), changesJson(g.edges) } });
    QJsonArray collectionArray;
    for (const CollectionDiff &c : collections)
        collectionArray.append(QJsonObject { { QStringLiteral("name"), c.name },
                                             { QStringLiteral("inA"), c.inA },
                                             { QStringLiteral("inB"), c.inB },
                                             { QStringLiteral("a"), c.a },
                                             { QStringLiteral("b"), c.b },
                                             { QStringLiteral("differences"), QJsonArray::fromStringList(c.differences) } });
    return { { QStringLiteral("ok"), true },
             { QStringLiteral("a"), labelA },
             { QStringLiteral("b"), labelB },
             { QStringLiteral("identical"), identical() },
             { QStringLiteral("graphs"), graphArray },
             { QStringLiteral("collections"), collectionArray } };
}

SetDiff::Result SetDiff::run(const Request &request, TaskContext &context)
{
    if (request.setB.isEmpty() == request.falkordbUrl.isEmpty())
        throw OperationError(OperationError::Kind::InvalidInput, QObject::tr("Compare a set with another set or with a live server (--live)."));
    Result result;
    result.labelA = request.setA;
    const SetSource sourceA(request.setA, context);
    const BackupManifest manifestA = BackupManifest::load(sourceA.directory());
    std::unique_ptr<SetSource> sourceB;
    BackupManifest manifestB;
    std::unique_ptr<FalkorConnection> connection;
    QStringList graphsB;
    if (!request.setB.isEmpty()) {
        result.labelB = request.setB;
        sourceB = std::make_unique<SetSource>(request.setB, context);
        manifestB = BackupManifest::load(sourceB->directory());
        for (const auto &g : manifestB.graphs)
            graphsB.append(g.name);
    } else {
        FalkorEndpoint endpoint;
        QString error;
        if (!FalkorEndpoint::parse(request.falkordbUrl, &endpoint, &error))
            throw OperationError(OperationError::Kind::InvalidInput, error);
        result.labelB = endpoint.redactedUrl();
        connection = std::make_unique<FalkorConnection>();
        connection->open(endpoint, &context);
        connection->requireGraphModule();
        graphsB = connection->listGraphs();
    }

    QTemporaryDir temporary(QDir(request.temporaryDirectory.isEmpty() ? QDir::tempPath() : request.temporaryDirectory)
                                .filePath(QStringLiteral("bmb-diff-XXXXXX")));
    if (!temporary.isValid())
        throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot create a temporary folder for the comparison."));

    QSet<QString> matchedB;
    const bool onlyMapped = !request.graphMapping.isEmpty();
    for (const auto &graphA : manifestA.graphs) {
        if (onlyMapped && !request.graphMapping.contains(graphA.name))
            continue;
        GraphDiff diff;
        diff.nameA = graphA.name;
        diff.nameB = request.graphMapping.value(graphA.name, graphA.name);
        diff.inB = graphsB.contains(diff.nameB);
        const QString work = temporary.filePath(QString::number(result.graphs.size()));
        QDir().mkpath(work);
        SideIndex a(work, 0);
        SideIndex b(work, 1);
        context.log(LogLevel::Info, QObject::tr("Comparing graph %1 with %2 ...").arg(diff.nameA, diff.nameB));
        readSetGraph(QDir(sourceA.directory()).filePath(graphA.folder), a, context);
        if (diff.inB) {
            matchedB.insert(diff.nameB);
            if (sourceB) {
                const auto it = std::find_if(manifestB.graphs.cbegin(), manifestB.graphs.cend(), [&](const auto &g) { return g.name == diff.nameB; });
                readSetGraph(QDir(sourceB->directory()).filePath(it->folder), b, context);
            } else {
                readLiveGraph(*connection, diff.nameB, b, context);
            }
        } else {
            b.finishNodes();
            b.close();
        }
        diff.a = a.counts;
        diff.b = b.counts;
        diff.nodes = compare("nodes", a, b, work, request.samples, context);
        diff.edges = compare("edges", a, b, work, request.samples, context);
        diff.schemaOnlyInA = onlyIn(diff.a.schema, diff.b.schema);
        diff.schemaOnlyInB = onlyIn(diff.b.schema, diff.a.schema);
        diff.propertyKeyChanges = propertyKeyChanges(diff.a, diff.b);
        result.graphs.append(diff);
        QDir(work).removeRecursively();
    }
    // Graphs only in B (for a live server: only those a mapping named, or all when comparing sets).
    if (sourceB && !onlyMapped)
        for (const auto &graphB : manifestB.graphs)
            if (!matchedB.contains(graphB.name)) {
                GraphDiff diff;
                diff.nameB = graphB.name;
                diff.inA = false;
                diff.b.nodes = graphB.nodes;
                diff.b.edges = graphB.edges;
                diff.nodes.added = graphB.nodes;
                diff.edges.added = graphB.edges;
                result.graphs.append(diff);
            }

    if (sourceB) {
        const auto a = collectionsOf(sourceA.directory(), manifestA);
        const auto b = collectionsOf(sourceB->directory(), manifestB);
        QStringList names = a.keys() + b.keys();
        names.removeDuplicates();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            CollectionDiff diff { name, a.contains(name), b.contains(name), a.value(name), b.value(name), {} };
            if (!diff.inA)
                diff.differences.append(QObject::tr("only in B"));
            else if (!diff.inB)
                diff.differences.append(QObject::tr("only in A"));
            else {
                QStringList keys = diff.a.keys() + diff.b.keys();
                keys.removeDuplicates();
                keys.sort();
                const auto text = [](const QJsonValue &value) {
                    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
                };
                for (const QString &key : std::as_const(keys))
                    if (diff.a.value(key) != diff.b.value(key))
                        diff.differences.append(QObject::tr("%1: %2 in A, %3 in B").arg(key, text(diff.a.value(key)), text(diff.b.value(key))));
            }
            diff.differences.removeDuplicates();
            result.collections.append(diff);
        }
    }
    return result;
}
