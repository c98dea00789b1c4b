#pragma once

#include "GraphValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

struct QueryResult;

// Indexes and constraints of one graph, as read from db.indexes() / db.constraints() and as recreated
// after a restore (falkordb.md §4).
struct GraphSchemaDefinition
{
    struct IndexField
    {
        QString name;
        QStringList types;     // RANGE, FULLTEXT, VECTOR
        QJsonObject options;   // vector options: dimension, similarityFunction, M, efConstruction, efRuntime
    };
    struct Index
    {
        QString entityType;    // NODE or RELATIONSHIP
        QString label;         // label or relationship type
        QList<IndexField> fields;
        QString language;
        QStringList stopwords;
        QString status;
    };
    struct Constraint
    {
        QString type;          // UNIQUE or MANDATORY
        QString entityType;
        QString label;
        QStringList properties;
        QString status;
    };

    QList<Index> indexes;
    QList<Constraint> constraints;

    static GraphSchemaDefinition fromQueryResults(const QueryResult &indexes, const QueryResult &constraints);
    QJsonObject toJson() const;
    static GraphSchemaDefinition fromJson(const QJsonObject &json);
    bool allOperational() const;
    // One line per index field and constraint, stable order: for diffs and messages.
    QStringList describe() const;
};
