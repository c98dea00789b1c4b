#include "GraphSchemaRestorer.h"

#include "CypherParameters.h"
#include "FalkorConnection.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

GraphSchemaRestorer::GraphSchemaRestorer(FalkorConnection &connection, TaskContext &context)
    : m_connection(connection)
    , m_context(context)
{
}

GraphSchemaRestorer::Result GraphSchemaRestorer::restore(const GraphSchemaDefinition &schema, const QString &targetGraph,
                                                         bool tolerateExisting, int waitSeconds)
{
    Result report;
    // Data first, then range indexes (a UNIQUE constraint needs one), then the other indexes, then
    // constraints (falkordb.md §4.3).
    // In merge mode the target may already have some of these; that is not an error.
    const auto tolerated = [&](const OperationError &error) {
        return tolerateExisting
            && (error.message().contains(QLatin1String("already indexed")) || error.message().contains(QLatin1String("already exists")));
    };
    const auto schemaWrite = [&](const QString &query) {
        try {
            m_context.checkCanceled();
            m_connection.query(targetGraph, query, QueryOptions { false, -1 });
            return true;
        } catch (const OperationError &error) {
            if (!tolerated(error))
                throw;
            return false;
        }
    };
    const auto literal = [](const GraphValue &value) {
        QString text;
        CypherParameters::encodeValue(value, &text);
        return text;
    };
    for (const QString &kind : { QStringLiteral("RANGE"), QStringLiteral("FULLTEXT"), QStringLiteral("VECTOR") }) {
        for (const auto &index : schema.indexes) {
            const bool isNode = index.entityType != QLatin1String("RELATIONSHIP");
            const QString name = CypherParameters::quoteIdentifier(index.label);
            const QString pattern = isNode ? QStringLiteral("(x:%1)").arg(name) : QStringLiteral("()-[x:%1]-()").arg(name);
            QStringList fields;
            for (const auto &field : index.fields)
                if (field.types.contains(kind))
                    fields.append(QStringLiteral("x.") + CypherParameters::quoteIdentifier(field.name));
            if (fields.isEmpty())
                continue;
            if (kind == QLatin1String("RANGE")) {
                report.indexes += schemaWrite(
                    QStringLiteral("CREATE INDEX FOR %1 ON (%2)").arg(pattern, fields.join(QLatin1String(", "))));
            } else if (kind == QLatin1String("FULLTEXT")) {
                GraphValue::Array stopwords;
                for (const QString &word : index.stopwords)
                    stopwords.append(GraphValue::string(word));
                report.indexes += schemaWrite(QStringLiteral("CREATE FULLTEXT INDEX FOR %1 ON (%2) OPTIONS {language: %3, stopwords: %4}")
                                       .arg(pattern, fields.join(QLatin1String(", ")),
                                            literal(GraphValue::string(index.language)), literal(GraphValue::array(stopwords))));
            } else {
                for (const auto &field : index.fields) {
                    if (!field.types.contains(kind))
                        continue;
                    const QJsonObject o = field.options;
                    report.indexes += schemaWrite(
                          QStringLiteral("CREATE VECTOR INDEX FOR %1 ON (x.%2) OPTIONS {dimension: %3, similarityFunction: %4, "
                                         "M: %5, efConstruction: %6, efRuntime: %7}")
                              .arg(pattern, CypherParameters::quoteIdentifier(field.name))
                              .arg(o.value(QStringLiteral("dimension")).toInteger())
                              .arg(literal(GraphValue::string(o.value(QStringLiteral("similarityFunction")).toString())))
                              .arg(o.value(QStringLiteral("M")).toInteger(16))
                              .arg(o.value(QStringLiteral("efConstruction")).toInteger(200))
                              .arg(o.value(QStringLiteral("efRuntime")).toInteger(10)));
                }
            }
        }
        if (kind == QLatin1String("RANGE"))
            waitUntilOperational(targetGraph, waitSeconds);
    }
    for (const auto &constraint : schema.constraints) {
        QList<QByteArray> arguments { "CREATE", targetGraph.toUtf8(), constraint.type.toUtf8(),
                                      constraint.entityType.toUtf8(), constraint.label.toUtf8(), "PROPERTIES",
                                      QByteArray::number(constraint.properties.size()) };
        for (const QString &property : constraint.properties)
            arguments.append(property.toUtf8());
        try {
            m_connection.constraintCommand(arguments);
            ++report.constraints;
        } catch (const OperationError &error) {
            if (!tolerated(error))
                throw;
        }
    }
    waitUntilOperational(targetGraph, waitSeconds);
    return report;
}

void GraphSchemaRestorer::waitUntilOperational(const QString &targetGraph, int waitSeconds)
{
    // Indexes fill and constraints are checked in the background; wait until every one is operational.
    const qint64 deadline = QDateTime::currentSecsSinceEpoch() + waitSeconds;
    for (;;) {
        m_context.checkCanceled();
        const QueryOptions read { true, -1 };
        const GraphSchemaDefinition schema
            = GraphSchemaDefinition::fromQueryResults(m_connection.query(targetGraph, QStringLiteral("CALL db.indexes()"), read),
                                            m_connection.query(targetGraph, QStringLiteral("CALL db.constraints()"), read));
        for (const auto &constraint : schema.constraints)
            if (constraint.status == QLatin1String("FAILED"))
                throw OperationError(OperationError::Kind::IntegrityError,
                                     QObject::tr("The %1 constraint on %2(%3) failed: the restored data violates it.")
                                         .arg(constraint.type, constraint.label, constraint.properties.join(QLatin1Char(','))));
        if (schema.allOperational())
            return;
        if (QDateTime::currentSecsSinceEpoch() > deadline)
            throw OperationError(OperationError::Kind::Timeout,
                                 QObject::tr("The indexes of %1 were not operational after %2 s.").arg(targetGraph).arg(waitSeconds));
        m_context.progress({ targetGraph, QObject::tr("building indexes"), 0, -1, {} });
        QThread::msleep(200);
    }
}
