#pragma once

#include "GraphValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Builds the `CYPHER name=value ...` prefix that carries query parameters (falkordb.md §2.1):
// strings in double quotes with the documented escapes (no \u: raw UTF-8 is sent as is), integers in
// base 10, doubles with up to 17 significant digits and always a '.' or an exponent so they stay
// floats, true/false/null, nested lists and maps with backticked keys. Values that parameters cannot
// carry (NaN, infinities, points, vectors, temporal values) are rejected: callers build them in Cypher.
class CypherParameters
{
    Q_DECLARE_TR_FUNCTIONS(CypherParameters)

public:
    void add(const QString &name, const GraphValue &value);
    void addInteger(const QString &name, qint64 value);
    // A list of rows, each row a list of values (the usual UNWIND batch).
    void addRows(const QString &name, const QList<GraphValue::Array> &rows);

    bool isEmpty() const { return m_text.isEmpty(); }
    // "CYPHER a=1 b=\"x\" " (with the trailing space), or "" when empty.
    QString prefix() const;
    // prefix() + query
    QString apply(const QString &query) const;

    // Encodes one value; returns false (and leaves *out untouched) for values parameters cannot carry.
    static bool encodeValue(const GraphValue &value, QString *out);
    // `name` with backticks; returns an empty string when the name contains a backtick (no escape exists).
    static QString quoteIdentifier(const QString &name);
    // A double as a Cypher float literal that strtod parses back to the same bits.
    static QString doubleLiteral(double value);

private:
    QString m_text;
};
