#include "GraphSchemaDefinition.h"

#include "FalkorConnection.h"

namespace {

QStringList stringList(const GraphValue &value)
{
    QStringList out;
    for (const GraphValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QJsonValue toJsonValue(const GraphValue &value)
{
    using T = GraphValue::Type;
    switch (value.type()) {
    case T::String: return value.toString();
    case T::Integer: return value.toInteger();
    case T::Double: return value.toDouble();
    case T::Boolean: return value.toBoolean();
    case T::Array: {
        QJsonArray array;
        for (const GraphValue &item : value.toArray())
            array.append(toJsonValue(item));
        return array;
    }
    case T::Map: {
        QJsonObject object;
        for (const auto &entry : value.toMap())
            object.insert(entry.key, toJsonValue(entry.value));
        return object;
    }
    default: return QJsonValue();
    }
}

const GraphValue *column(const QueryResult &result, const QList<GraphValue> &row, const char *name)
{
    const qsizetype index = result.columns.indexOf(QLatin1String(name));
    return index >= 0 && index < row.size() ? &row.at(index) : nullptr;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

GraphSchemaDefinition GraphSchemaDefinition::fromQueryResults(const QueryResult &indexes, const QueryResult &constraints)
{
    GraphSchemaDefinition schema;
    for (const auto &row : indexes.rows) {
        Index index;
        if (const auto *v = column(indexes, row, "label"))
            index.label = v->toString();
        if (const auto *v = column(indexes, row, "entitytype"))
            index.entityType = v->toString();
        if (const auto *v = column(indexes, row, "language"))
            index.language = v->toString();
        if (const auto *v = column(indexes, row, "stopwords"))
            index.stopwords = stringList(*v);
        if (const auto *v = column(indexes, row, "status"))
            index.status = v->toString();
        const GraphValue *types = column(indexes, row, "types");
        const GraphValue *options = column(indexes, row, "options");
        if (const auto *v = column(indexes, row, "properties")) {
            for (const QString &name : stringList(*v)) {
                IndexField field;
                field.name = name;
                if (types)
                    for (const auto &entry : types->toMap())
                        if (entry.key == name)
                            field.types = stringList(entry.value);
                if (options)
                    for (const auto &entry : options->toMap())
                        if (entry.key == name)
                            field.options = toJsonValue(entry.value).toObject();
                index.fields.append(field);
            }
        }
        schema.indexes.append(index);
    }
    for (const auto &row : constraints.rows) {
        Constraint constraint;
        if (const auto *v = column(constraints, row, "type"))
            constraint.type = v->toString();
        if (const auto *v = column(constraints, row, "label"))
            constraint.label = v->toString();
        if (const auto *v = column(constraints, row, "properties"))
            constraint.properties = stringList(*v);
        if (const auto *v = column(constraints, row, "entitytype"))
            constraint.entityType = v->toString();
        if (const auto *v = column(constraints, row, "status"))
            constraint.status = v->toString();
        schema.constraints.append(constraint);
    }
    return schema;
}

QJsonObject GraphSchemaDefinition::toJson() const
{
    QJsonArray indexArray;
    for (const Index &index : indexes) {
        QJsonArray fields;
        for (const IndexField &field : index.fields)
            fields.append(QJsonObject { { QStringLiteral("name"), field.name },
                                        { QStringLiteral("types"), toArray(field.types) },
                                        { QStringLiteral("options"), field.options } });
        indexArray.append(QJsonObject { { QStringLiteral("entityType"), index.entityType },
                                        { QStringLiteral("label"), index.label },
                                        { QStringLiteral("fields"), fields },
                                        { QStringLiteral("language"), index.language },
                                        { QStringLiteral("stopwords"), toArray(index.stopwords) } });
    }
    QJsonArray constraintArray;
    for (const Constraint &constraint : constraints)
        constraintArray.append(QJsonObject { { QStringLiteral("type"), constraint.type },
                                             { QStringLiteral("entityType"), constraint.entityType },
                                             { QStringLiteral("label"), constraint.label },
                                             { QStringLiteral("properties"), toArray(constraint.properties) },
                                             { QStringLiteral("status"), constraint.status } });
    return { { QStringLiteral("indexes"), indexArray }, { QStringLiteral("constraints"), constraintArray } };
}

GraphSchemaDefinition GraphSchemaDefinition::fromJson(const QJsonObject &json)
{
    GraphSchemaDefinition schema;
    for (const QJsonValue &value : json.value(QStringLiteral("indexes")).toArray()) {
        const QJsonObject object = value.toObject();
        Index index;
        index.entityType = object.value(QStringLiteral("entityType")).toString();
        index.label = object.value(QStringLiteral("label")).toString();
        index.language = object.value(QStringLiteral("language")).toString();
        index.stopwords = fromArray(object.value(QStringLiteral("stopwords")));
        for (const QJsonValue &f : object.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject fo = f.toObject();
            index.fields.append({ fo.value(QStringLiteral("name")).toString(), fromArray(fo.value(QStringLiteral("types"))),
                                  fo.value(QStringLiteral("options")).toObject() });
        }
        schema.indexes.append(index);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("constraints")).toArray()) {
        const QJsonObject object = value.toObject();
        schema.constraints.append({ object.value(QStringLiteral("type")).toString(),
                                    object.value(QStringLiteral("entityType")).toString(),
                                    object.value(QStringLiteral("label")).toString(),
                                    fromArray(object.value(QStringLiteral("properties"))),
                                    object.value(QStringLiteral("status")).toString() });
    }
    return schema;
}

bool GraphSchemaDefinition::allOperational() const
{
    for (const Index &index : indexes)
        if (index.status != QLatin1String("OPERATIONAL"))
            return false;
    for (const Constraint &constraint : constraints)
        if (constraint.status != QLatin1String("OPERATIONAL"))
            return false;
    return true;
}

QStringList GraphSchemaDefinition::describe() const
{
    QStringList lines;
    for (const Index &index : indexes)
        for (const IndexField &field : index.fields)
            for (const QString &type : field.types) {
                QString line = QStringLiteral("index %1 %2 %3.%4").arg(type, index.entityType, index.label, field.name);
                if (!field.options.isEmpty())
                    line += QLatin1Char(' ')
                        + QString::fromUtf8(QJsonDocument(field.options).toJson(QJsonDocument::Compact));
                if (type == QLatin1String("FULLTEXT"))
                    line += QStringLiteral(" language=%1 stopwords=%2").arg(index.language, index.stopwords.join(QLatin1Char(',')));
                lines.append(line);
            }
    for (const Constraint &constraint : constraints)
        lines.append(QStringLiteral("constraint %1 %2 %3(%4)")
                         .arg(constraint.type, constraint.entityType, constraint.label,
                              constraint.properties.join(QLatin1Char(','))));
    lines.sort();
    lines.removeDuplicates();
    return lines;
}
