#include "CollectionComparison.h"

#include "BackupManifest.h"
#include "MilvusRestClient.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kRows = QStringLiteral("rows");
const QString kFields = QStringLiteral("fields");
const QString kHasIndex = QStringLiteral("hasIndex");

// Milvus keeps the dynamic fields of a collection in a hidden "$meta" field; describe leaves it out,
// milvus-backup's meta keeps it. It is not part of the schema a person defined.
bool isHiddenField(const QString &name, bool dynamic)
{
    return dynamic || name == QLatin1String("$meta");
}

QMap<QString, QString> parameterMap(const QJsonArray &pairs)
{
    QMap<QString, QString> parameters;
    for (const QJsonValue &p : pairs)
        parameters.insert(p.toObject().value(QStringLiteral("key")).toString(),
                          p.toObject().value(QStringLiteral("value")).toVariant().toString());
    return parameters;
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// "vec:FloatVector(dim=8)" -> ("vec", "FloatVector(dim=8)"), by field name.
QMap<QString, QString> fieldsByName(const QJsonArray &fields)
{
    QMap<QString, QString> byName;
    for (const QJsonValue &value : fields) {
        const QString text = value.toString();
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        byName.insert(colon < 0 ? text : text.left(colon), colon < 0 ? QString() : text.mid(colon + 1));
    }
    return byName;
}

QStringList fieldDifferences(const QJsonArray &a, const QJsonArray &b)
{
    const QMap<QString, QString> x = fieldsByName(a), y = fieldsByName(b);
    QStringList names = x.keys() + y.keys();
    names.removeDuplicates();
    names.sort();
    QStringList lines;
    for (const QString &name : std::as_const(names)) {
        if (!y.contains(name))
            lines.append(CollectionComparison::tr("field %1 (%2): only in A").arg(name, x.value(name)));
        else if (!x.contains(name))
            lines.append(CollectionComparison::tr("field %1 (%2): only in B").arg(name, y.value(name)));
        else if (x.value(name) != y.value(name))
            lines.append(CollectionComparison::tr("field %1: %2 in A, %3 in B").arg(name, x.value(name), y.value(name)));
    }
    return lines;
}

} // namespace

QString CollectionComparison::typeName(const QJsonValue &value)
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

QString CollectionComparison::fieldText(const QString &name, const QString &type, const QString &elementType,
                                        QMap<QString, QString> parameters, bool primary)
{
    QString text = name + QLatin1Char(':') + type;
    if (type == QLatin1String("Array") && !elementType.isEmpty())
        text += QLatin1Char('<') + elementType + QLatin1Char('>');
    QStringList pairs;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        pairs.append(it.key() + QLatin1Char('=') + it.value());
    if (!pairs.isEmpty())
        text += QLatin1Char('(') + pairs.join(QLatin1Char(',')) + QLatin1Char(')');
    if (primary)
        text += QStringLiteral(" primary");
    return text;
}

CollectionComparison::Collections CollectionComparison::recorded(const QString &setDirectory, const BackupManifest &manifest)
{
    Collections result;
    for (const auto &c : manifest.collections)
        result.insert(c.database + QLatin1Char('.') + c.name, QJsonObject { { kRows, c.rows } });
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
                for (const QJsonValue &f : info.value(QStringLiteral("schema")).toObject().value(kFields).toArray()) {
                    const QJsonObject field = f.toObject();
                    const QString fieldName = field.value(QStringLiteral("name")).toString();
                    if (isHiddenField(fieldName, field.value(QStringLiteral("is_dynamic")).toBool()))
                        continue;
                    const QJsonValue element = field.value(QStringLiteral("element_type"));
                    fields.append(fieldText(fieldName, typeName(field.value(QStringLiteral("data_type"))),
                                            element.toInt(0) > 0 || element.isString() ? typeName(element) : QString(),
                                            parameterMap(field.value(QStringLiteral("type_params")).toArray()),
                                            field.value(QStringLiteral("is_primary_key")).toBool()));
                }
                QJsonObject entry = result.value(name);
                entry.insert(kFields, QJsonArray::fromStringList(fields));
                result.insert(name, entry);
            }
        }
    }
    return result;
}

CollectionComparison::Collections CollectionComparison::live(MilvusRestClient &client, const QStringList &databases, TaskContext &context)
{
    const QString component = QStringLiteral("milvus");
    context.progress({ component, tr("listing collections"), 0, -1, tr("collections") });
    QStringList keys;
    for (const QString &database : databases.isEmpty() ? client.listDatabases(&context) : databases) {
        context.checkCanceled();
        try {
            for (const QString &collection : client.listCollections(database, &context))
                keys.append(database + QLatin1Char('.') + collection);
        } catch (const OperationError &error) {
            // A database the set has and the server does not: its collections are all "only in A".
            if (error.kind() != OperationError::Kind::NotFound)
                throw;
            context.log(LogLevel::Info, tr("Milvus has no database %1.").arg(database));
        }
    }
    Collections result;
    for (const QString &key : std::as_const(keys)) {
        context.checkCanceled();
        context.progress({ component, tr("counting rows"), result.size(), keys.size(), tr("collections") });
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        const QString database = key.left(dot), collection = key.mid(dot + 1);
        client.flushCollection(database, collection, &context);
        const qint64 rows = client.rowCount(database, collection, &context);
        const QJsonObject described = client.describeCollectionJson(database, collection, &context);
        QStringList fields;
        for (const QJsonValue &f : described.value(kFields).toArray()) {
            const QJsonObject field = f.toObject();
            const QString fieldName = field.value(QStringLiteral("name")).toString();
            if (isHiddenField(fieldName, field.value(QStringLiteral("isDynamic")).toBool()))
                continue;
            fields.append(fieldText(fieldName, typeName(field.value(QStringLiteral("type"))),
                                    field.value(QStringLiteral("elementType")).toString(),
                                    parameterMap(field.value(QStringLiteral("params")).toArray()),
                                    field.value(QStringLiteral("primaryKey")).toBool()));
        }
        result.insert(key, QJsonObject { { kRows, rows },
                                         { kHasIndex, !described.value(QStringLiteral("indexes")).toArray().isEmpty() },
                                         { kFields, QJsonArray::fromStringList(fields) } });
    }
    context.progress({ component, tr("counting rows"), result.size(), keys.size(), tr("collections") });
    return result;
}

QList<SetDiff::CollectionDiff> CollectionComparison::compare(const Collections &a, const Collections &b, bool liveB)
{
    QStringList names = a.keys() + b.keys();
    names.removeDuplicates();
    names.sort();
    QList<SetDiff::CollectionDiff> result;
    for (const QString &name : std::as_const(names)) {
        SetDiff::CollectionDiff diff { name, a.contains(name), b.contains(name), a.value(name), b.value(name), {} };
        if (!diff.inA) {
            diff.differences.append(tr("only in B"));
        } else if (!diff.inB) {
            diff.differences.append(tr("only in A"));
        } else {
            QStringList keys;
            if (liveB) {
                for (const QString &key : diff.b.keys())
                    if (diff.a.contains(key))
                        keys.append(key);
            } else {
                keys = diff.a.keys() + diff.b.keys();
                keys.removeDuplicates();
            }
            keys.sort();
            for (const QString &key : std::as_const(keys)) {
                const QJsonValue x = diff.a.value(key), y = diff.b.value(key);
                if (x == y)
                    continue;
                if (key == kFields)
                    diff.differences += fieldDifferences(x.toArray(), y.toArray());
                else if (key == kRows && (x.toInteger(-1) < 0 || y.toInteger(-1) < 0))
                    continue; // -1: not counted when the set was made; nothing to compare with
                else
                    diff.differences.append(tr("%1: %2 in A, %3 in B").arg(key, jsonText(x), jsonText(y)));
            }
        }
        result.append(diff);
    }
    return result;
}
