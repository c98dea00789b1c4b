#include "GraphMetadata.h"

#include "OperationError.h"
#include "TypedValueCodec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>
#include <QUrl>

namespace {

QJsonObject countsToJson(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, qint64> countsFromJson(const QJsonValue &value)
{
    QMap<QString, qint64> counts;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

QJsonObject tableToJson(const GraphMetadata::TableFile &table)
{
    QJsonArray columns;
    for (const auto &column : table.columns)
        columns.append(QJsonObject { { QStringLiteral("key"), column.key },
                                     { QStringLiteral("type"), TypedValueCodec::columnTypeName(column.type) } });
    return { { QStringLiteral("name"), table.name },
             { QStringLiteral("size"), table.size },
             { QStringLiteral("sha256"), table.sha256 },
             { QStringLiteral("rows"), table.rows },
             { QStringLiteral("columns"), columns } };
}

GraphMetadata::TableFile tableFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    GraphMetadata::TableFile table;
    table.name = object.value(QStringLiteral("name")).toString();
    table.size = object.value(QStringLiteral("size")).toInteger(-1);
    table.sha256 = object.value(QStringLiteral("sha256")).toString();
    table.rows = object.value(QStringLiteral("rows")).toInteger(-1);
    for (const QJsonValue &c : object.value(QStringLiteral("columns")).toArray()) {
        const auto type = TypedValueCodec::columnTypeFromName(c.toObject().value(QStringLiteral("type")).toString());
        if (!type)
            throw OperationError(OperationError::Kind::InvalidInput,
                                 QObject::tr("graph.json names an unknown column type."));
        table.columns.append({ c.toObject().value(QStringLiteral("key")).toString(), *type });
    }
    if (table.name.isEmpty() || table.size < 0 || table.rows < 0 || table.sha256.size() != 64)
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("graph.json describes a data file incompletely."));
    return table;
}

} // namespace

QJsonObject GraphMetadata::toJson() const
{
    return {
        { QStringLiteral("format"), QStringLiteral("brandmind-graph") },
        { QStringLiteral("formatVersion"), formatVersion },
        { QStringLiteral("toolVersion"), toolVersion },
        { QStringLiteral("graph"), graph },
        { QStringLiteral("server"), server },
        { QStringLiteral("falkordbVersion"), falkordbVersion },
        { QStringLiteral("redisVersion"), redisVersion },
        { QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("consistentSnapshot"), consistentSnapshot },
        { QStringLiteral("changedDuringExport"), changedDuringExport },
        { QStringLiteral("labels"), QJsonArray::fromStringList(labels) },
        { QStringLiteral("relationshipTypes"), QJsonArray::fromStringList(relationshipTypes) },
        { QStringLiteral("propertyKeys"), QJsonArray::fromStringList(propertyKeys) },
        { QStringLiteral("counts"),
          QJsonObject { { QStringLiteral("nodes"), nodeCount },
                        { QStringLiteral("edges"), edgeCount },
                        { QStringLiteral("unlabeledNodes"), unlabeledNodes },
                        { QStringLiteral("nodesPerLabel"), countsToJson(nodesPerLabel) },
                        { QStringLiteral("edgesPerType"), countsToJson(edgesPerType) } } },
        { QStringLiteral("fingerprint"),
          QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("bmb-graph-fingerprint-1") },
                        { QStringLiteral("graph"), fingerprint },
                        { QStringLiteral("nodes"), nodesFingerprint },
                        { QStringLiteral("edges"), edgesFingerprint } } },
        { QStringLiteral("schema"), schema.toJson() },
        { QStringLiteral("files"),
          QJsonObject { { QStringLiteral("nodes"), tableToJson(nodes) }, { QStringLiteral("edges"), tableToJson(edges) } } },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
    };
}

GraphMetadata GraphMetadata::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("brandmind-graph"))
        throw OperationError(OperationError::Kind::InvalidInput, QObject::tr("graph.json is not a BrandMind graph description."));
    GraphMetadata m;
    m.formatVersion = json.value(QStringLiteral("formatVersion")).toInt(-1);
    if (m.formatVersion < 1)
        throw OperationError(OperationError::Kind::InvalidInput, QObject::tr("graph.json has no valid format version."));
    if (m.formatVersion > CurrentFormatVersion)
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("This backup uses graph format version %1; this program reads up to version %2.")
                                 .arg(m.formatVersion)
                                 .arg(CurrentFormatVersion),
                             QObject::tr("Install a newer BrandMind Backup to restore it."));
    const auto strings = [&](const char *key) {
        QStringList out;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            out.append(v.toString());
        return out;
    };
    m.toolVersion = json.value(QStringLiteral("toolVersion")).toString();
    m.graph = json.value(QStringLiteral("graph")).toString();
    m.server = json.value(QStringLiteral("server")).toString();
    m.falkordbVersion = json.value(QStringLiteral("falkordbVersion")).toString();
    m.redisVersion = json.value(QStringLiteral("redisVersion")).toString();
    m.startedAt = QDateTime::fromString(json.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    m.finishedAt = QDateTime::fromString(json.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
    m.consistentSnapshot = json.value(QStringLiteral("consistentSnapshot")).toBool();
    m.changedDuringExport = json.value(QStringLiteral("changedDuringExport")).toBool();
    m.labels = strings("labels");
    m.relationshipTypes = strings("relationshipTypes");
    m.propertyKeys = strings("propertyKeys");
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    m.nodeCount = counts.value(QStringLiteral("nodes")).toInteger(-1);
    m.edgeCount = counts.value(QStringLiteral("edges")).toInteger(-1);
    m.unlabeledNodes = counts.value(QStringLiteral("unlabeledNodes")).toInteger();
    m.nodesPerLabel = countsFromJson(counts.value(QStringLiteral("nodesPerLabel")));
    m.edgesPerType = countsFromJson(counts.value(QStringLiteral("edgesPerType")));
    const QJsonObject fingerprint = json.value(QStringLiteral("fingerprint")).toObject();
    m.fingerprint = fingerprint.value(QStringLiteral("graph")).toString();
    m.nodesFingerprint = fingerprint.value(QStringLiteral("nodes")).toString();
    m.edgesFingerprint = fingerprint.value(QStringLiteral("edges")).toString();
    m.schema = GraphSchemaDefinition::fromJson(json.value(QStringLiteral("schema")).toObject());
    const QJsonObject files = json.value(QStringLiteral("files")).toObject();
    m.nodes = tableFromJson(files.value(QStringLiteral("nodes")));
    m.edges = tableFromJson(files.value(QStringLiteral("edges")));
    m.warnings = strings("warnings");
    if (m.graph.isEmpty() || m.nodeCount < 0 || m.edgeCount < 0 || m.fingerprint.size() != 64)
        throw OperationError(OperationError::Kind::InvalidInput, QObject::tr("graph.json is incomplete."));
    return m;
}

void GraphMetadata::save(const QString &directory) const
{
    QSaveFile file(QDir(directory).filePath(QLatin1String(FileName)));
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw OperationError(OperationError::Kind::Failed,
                             QObject::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()),
                             QObject::tr("Check that the disk is not full and the folder is writable."));
}

GraphMetadata GraphMetadata::load(const QString &directory)
{
    QFile file(QDir(directory).filePath(QLatin1String(FileName)));
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::NotFound,
                             QObject::tr("%1 is missing: this graph backup is incomplete.").arg(file.fileName()),
                             QObject::tr("The backup was interrupted or the folder was damaged; make a new backup."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("%1 is not valid JSON: %2").arg(file.fileName(), error.errorString()));
    return fromJson(document.object());
}

QString GraphMetadata::folderNameFor(const QString &graph)
{
    // Dots are encoded too, so no graph name can become "." or "..".
    return QString::fromLatin1(QUrl::toPercentEncoding(graph, QByteArray("-_"), QByteArray(".~")));
}
