#include "CypherParameters.h"

#include "OperationError.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <charconv>
#include <cmath>

namespace {
bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return plain.match(name).hasMatch();
}

// Parameter names may be written bare when they are plain identifiers; anything else is backticked.
QString parameterName(const QString &name)
{
    return isPlainName(name) ? name : CypherParameters::quoteIdentifier(name);
}

bool encodeString(const QString &text, QString *out)
{
    QString encoded;
    encoded.reserve(text.size() + 2);
    encoded += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0: return false; // FalkorDB strings are C strings: a NUL cannot be stored
        case '\\': encoded += QLatin1String("\\\\"); break;
        case '"': encoded += QLatin1String("\\\""); break;
        case '\n': encoded += QLatin1String("\\n"); break;
        case '\r': encoded += QLatin1String("\\r"); break;
        case '\t': encoded += QLatin1String("\\t"); break;
        case '\a': encoded += QLatin1String("\\a"); break;
        case '\b': encoded += QLatin1String("\\b"); break;
        case '\f': encoded += QLatin1String("\\f"); break;
        case '\v': encoded += QLatin1String("\\v"); break;
        default: encoded += c; break; // raw UTF-8 on the wire: the parser has no \u escape
        }
    }
    encoded += QLatin1Char('"');
    *out += encoded;
    return true;
}

bool encodeInto(const GraphValue &value, QString *out)
{
    using Type = GraphValue::Type;
    switch (value.type()) {
    case Type::Null: *out += QLatin1String("null"); return true;
    case Type::Boolean: *out += value.toBoolean() ? QLatin1String("true") : QLatin1String("false"); return true;
    case Type::Integer: *out += QString::number(value.toInteger()); return true;
    case Type::Double: {
        if (!std::isfinite(value.toDouble()))
            return false; // no literal exists for NaN or infinities
        *out += CypherParameters::doubleLiteral(value.toDouble());
        return true;
    }
    case Type::String: return encodeString(value.toString(), out);
    case Type::Array: {
        QString list = QStringLiteral("[");
        bool first = true;
        for (const GraphValue &item : value.toArray()) {
            if (!first)
                list += QLatin1String(", ");
            first = false;
            if (!encodeInto(item, &list))
                return false;
        }
        list += QLatin1Char(']');
        *out += list;
        return true;
    }
    case Type::Map: {
        QString map = QStringLiteral("{");
        bool first = true;
        for (const GraphValue::Property &entry : value.toMap()) {
            const QString key = CypherParameters::quoteIdentifier(entry.key);
            if (key.isEmpty())
                return false;
            if (!first)
                map += QLatin1String(", ");
            first = false;
            map += key + QLatin1String(": ");
            if (!encodeInto(entry.value, &map))
                return false;
        }
        map += QLatin1Char('}');
        *out += map;
        return true;
    }
    default:
        // Points, vectors, temporal values and graph entities have no parameter syntax.
        return false;
    }
}
} // namespace

QString CypherParameters::doubleLiteral(double value)
{
    // The shortest text that strtod reads back to the same bits (at most 17 significant digits).
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    QString text = QString::fromLatin1(buffer, result.ptr - buffer);
    // "1e+300" -> "1e300": an exponent sign '+' is not needed and keeps the literal simple.
    text.replace(QLatin1String("e+"), QLatin1String("e"));
    // A '.' or an exponent keeps it a float: "42" would be an integer parameter.
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')) && std::isfinite(value))
        text += QLatin1String(".0");
    return text;
}

QString CypherParameters::quoteIdentifier(const QString &name)
{
    // Cypher (libcypher-parser) has no escape for a backtick inside a backticked name.
    if (name.isEmpty() || name.contains(QLatin1Char('`')))
        return {};
    return QLatin1Char('`') + name + QLatin1Char('`');
}

bool CypherParameters::encodeValue(const GraphValue &value, QString *out)
{
    QString encoded;
    if (!encodeInto(value, &encoded))
        return false;
    *out = encoded;
    return true;
}

void CypherParameters::add(const QString &name, const GraphValue &value)
{
    const QString encodedName = parameterName(name);
    if (encodedName.isEmpty())
        throw OperationError(OperationError::Kind::InvalidInput,
                             tr("The query parameter name '%1' cannot be written in Cypher.").arg(name));
    QString encoded;
    if (!encodeValue(value, &encoded))
        throw OperationError(OperationError::Kind::InvalidInput,
                             tr("The value of query parameter '%1' cannot be sent as a parameter (%2 values, "
                                "NaN, infinities and strings with NUL characters are not supported).")
                                 .arg(name, GraphValue::typeName(value.type())),
                             tr("Build such values in the query (point(), vecf32(), date(), ...)."));
    m_text += encodedName + QLatin1Char('=') + encoded + QLatin1Char(' ');
}

void CypherParameters::addInteger(const QString &name, qint64 value)
{
    add(name, GraphValue::integer(value));
}

void CypherParameters::addRows(const QString &name, const QList<GraphValue::Array> &rows)
{
    GraphValue::Array list;
    list.reserve(rows.size());
    for (const GraphValue::Array &row : rows)
        list.append(GraphValue::array(row));
    add(name, GraphValue::array(std::move(list)));
}

QString CypherParameters::prefix() const
{
    if (m_text.isEmpty())
        return {};
    return QLatin1String("CYPHER ") + m_text;
}

QString CypherParameters::apply(const QString &query) const
{
    return prefix() + query;
}
