#include "TypedValueCodec.h"

#include "OperationError.h"

#include <QDateTime>
#include <QObject>
#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <limits>

namespace TypedValueCodec {

namespace {

[[noreturn]] void invalid(const QString &what)
{
    throw OperationError(OperationError::Kind::InvalidInput, what);
}

QString utf8OrFail(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError())
        invalid(QObject::tr("the text is not valid UTF-8"));
    return text;
}

const char *temporalTag(GraphValue::Type type)
{
    switch (type) {
    case GraphValue::Type::Date: return "$date";
    case GraphValue::Type::Time: return "$localtime";
    case GraphValue::Type::DateTime: return "$localdatetime";
    case GraphValue::Type::Duration: return "$duration";
    default: return "";
    }
}

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    out.append('"');
    for (unsigned char c : utf8) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out.append(buffer);
            } else {
                out.append(char(c));
            }
        }
    }
    out.append('"');
}

void appendTypedJson(QByteArray &out, const GraphValue &value)
{
    using T = GraphValue::Type;
    switch (value.type()) {
    case T::String: appendJsonString(out, value.toString().toUtf8()); break;
    case T::Integer: out.append(QByteArray::number(value.toInteger())); break;
    case T::Boolean: out.append(value.toBoolean() ? "true" : "false"); break;
    case T::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d)) {
            out.append(formatDouble(d));
        } else {
            out.append("{\"$float\":\"");
            out.append(formatDouble(d));
            out.append("\"}");
        }
        break;
    }
    case T::Array: {
        out.append('[');
        const auto &items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i)
                out.append(',');
            appendTypedJson(out, items.at(i));
        }
        out.append(']');
        break;
    }
    case T::Point: {
        const auto p = value.toPoint();
        out.append("{\"$point\":[" + formatFloat(p.latitude) + ',' + formatFloat(p.longitude) + "]}");
        break;
    }
    case T::Vector: {
        out.append("{\"$vecf32\":[");
        const auto &v = value.toVector();
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (i)
                out.append(',');
            out.append(formatFloat(v.at(i)));
        }
        out.append("]}");
        break;
    }
    case T::Date:
    case T::Time:
    case T::DateTime:
    case T::Duration:
        out.append("{\"");
        out.append(temporalTag(value.type()));
        out.append("\":\"");
        out.append(formatTemporal(value.type(), value.toInteger()));
        out.append("\"}");
        break;
    default:
        invalid(QObject::tr("a %1 value cannot be stored as a property").arg(GraphValue::typeName(value.type())));
    }
}

// A small recursive-descent reader for the typed JSON above. QJsonDocument is not used on purpose: it
// folds integers and floats into one double and loses int64 precision.
class TypedJsonParser
{
public:
    explicit TypedJsonParser(const QByteArray &text)
        : m_text(text)
    {
    }

    GraphValue parseDocument()
    {
        GraphValue value = parseValue(0);
        skipSpace();
        if (m_pos != m_text.size())
            fail("unexpected text after the value");
        return value;
    }

private:
    [[noreturn]] void fail(const char *what) const
    {
        invalid(QObject::tr("invalid list value at character %1: %2").arg(m_pos).arg(QLatin1String(what)));
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\t'
                                         || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    bool consume(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void expect(char c)
    {
        if (!consume(c))
            fail("a bracket, brace, comma or colon is missing");
    }
    QByteArray parseString()
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != '"')
            fail("a string was expected");
        ++m_pos;
        QByteArray out;
        while (true) {
            if (m_pos >= m_text.size())
                fail("unterminated string");
            const char c = m_text[m_pos++];
            if (c == '"')
                break;
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                fail("unterminated escape");
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out.append('"'); break;
            case '\\': out.append('\\'); break;
            case '/': out.append('/'); break;
            case 'n': out.append('\n'); break;
            case 'r': out.append('\r'); break;
            case 't': out.append('\t'); break;
            case 'b': out.append('\b'); break;
            case 'f': out.append('\f'); break;
            case 'u': {
                if (m_pos + 4 > m_text.size())
                    fail("short \\u escape");
                bool ok = false;
                const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok)
                    fail("bad \\u escape");
                m_pos += 4;
                out.append(QString(QChar(char16_t(code))).toUtf8());
                break;
            }
            default: fail("unknown escape");
            }
        }
        return out;
    }
    GraphValue parseNumber()
    {
        const qsizetype start = m_pos;
        bool isFloat = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '.' || c == 'e' || c == 'E')
                isFloat = true;
            else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9')))
                break;
            ++m_pos;
        }
        const QByteArray token = m_text.mid(start, m_pos - start);
        if (isFloat) {
            double d;
            if (!parseDouble(token, &d))
                fail("bad float");
            return GraphValue::number(d);
        }
        qint64 i = 0;
        const auto result = std::from_chars(token.constData(), token.constData() + token.size(), i);
        if (result.ec != std::errc() || result.ptr != token.constData() + token.size())
            fail("bad integer");
        return GraphValue::integer(i);
    }
    QList<float> parseFloatList()
    {
        QList<float> values;
        expect('[');
        if (consume(']'))
            return values;
        do {
            skipSpace();
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != ']')
                ++m_pos;
            float f;
            if (!parseFloat(m_text.mid(start, m_pos - start).trimmed(), &f))
                fail("bad float32");
            values.append(f);
        } while (consume(','));
        expect(']');
        return values;
    }
    GraphValue parseTagged()
    {
        const QByteArray tag = parseString();
        expect(':');
        GraphValue result;
        if (tag == "$float") {
            double d;
            if (!parseDouble(parseString(), &d))
                fail("bad $float");
            result = GraphValue::number(d);
        } else if (tag == "$point") {
            const QList<float> p = parseFloatList();
            if (p.size() != 2)
                fail("a point has two coordinates");
            result = GraphValue::point(p[0], p[1]);
        } else if (tag == "$vecf32") {
            result = GraphValue::vector(parseFloatList());
        } else {
            GraphValue::Type type;
            if (tag == "$date")
                type = GraphValue::Type::Date;
            else if (tag == "$localtime")
                type = GraphValue::Type::Time;
            else if (tag == "$localdatetime")
                type = GraphValue::Type::DateTime;
            else if (tag == "$duration")
                type = GraphValue::Type::Duration;
            else
                fail("unknown tag");
            qint64 seconds;
            if (!parseTemporal(type, parseString(), &seconds))
                fail("bad temporal value");
            result = GraphValue::temporal(type, seconds);
        }
        expect('}');
        return result;
    }
    GraphValue parseValue(int depth)
    {
        if (depth > 64)
            fail("nested too deeply");
        skipSpace();
        if (m_pos >= m_text.size())
            fail("a value was expected");
        const char c = m_text[m_pos];
        if (c == '"')
            return GraphValue::string(utf8OrFail(parseString()));
        if (c == '[') {
            ++m_pos;
            GraphValue::Array items;
            if (consume(']'))
                return GraphValue::array(items);
            do {
                items.append(parseValue(depth + 1));
            } while (consume(','));
            expect(']');
            return GraphValue::array(std::move(items));
        }
        if (c == '{') {
            ++m_pos;
            return parseTagged();
        }
        if (m_text.mid(m_pos, 4) == "true") {
            m_pos += 4;
            return GraphValue::boolean(true);
        }
        if (m_text.mid(m_pos, 5) == "false") {
            m_pos += 5;
            return GraphValue::boolean(false);
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return parseNumber();
        fail("unknown value");
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace

bool isStorable(const GraphValue &value)
{
    using T = GraphValue::Type;
    switch (value.type()) {
    case T::String:
    case T::Integer:
    case T::Boolean:
    case T::Double:
    case T::Point:
    case T::Vector:
    case T::Date:
    case T::Time:
    case T::DateTime:
    case T::Duration: return true;
    case T::Array:
        for (const GraphValue &item : value.toArray())
            if (!isStorable(item))
                return false;
        return true;
    default: return false;
    }
}

QString columnTypeName(GraphValue::Type type)
{
    return GraphValue::typeName(type);
}

std::optional<GraphValue::Type> columnTypeFromName(const QString &name)
{
    using T = GraphValue::Type;
    for (T type : { T::String, T::Integer, T::Boolean, T::Double, T::Array, T::Point, T::Vector, T::Date, T::Time,
                    T::DateTime, T::Duration }) {
        if (GraphValue::typeName(type) == name)
            return type;
    }
    return std::nullopt;
}

namespace {
// The shortest decimal that reads back to the same float or double (std::to_chars without a precision).
template<typename Floating>
QByteArray formatShortest(Floating value)
{
    if (std::isnan(value))
        return std::signbit(value) ? QByteArrayLiteral("-nan") : QByteArrayLiteral("nan");
    if (std::isinf(value))
        return value < 0 ? QByteArrayLiteral("-inf") : QByteArrayLiteral("inf");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, result.ptr - buffer);
}
} // namespace

QByteArray formatDouble(double value)
{
    QByteArray text = formatShortest(value);
    // Keep doubles recognisable as floats: 100.0 is written "100.0", never "100".
    if (std::isfinite(value) && !text.contains('.') && !text.contains('e'))
        text.append(".0");
    return text;
}

QByteArray formatFloat(float value)
{
    return formatShortest(value);
}

bool parseDouble(const QByteArray &text, double *value)
{
    if (text == "nan" || text == "-nan") {
        *value = std::copysign(std::numeric_limits<double>::quiet_NaN(), text.startsWith('-') ? -1.0 : 1.0);
        return true;
    }
    if (text == "inf" || text == "-inf") {
        *value = text.startsWith('-') ? -std::numeric_limits<double>::infinity()
                                      : std::numeric_limits<double>::infinity();
        return true;
    }
    if (text.isEmpty())
        return false;
    const auto result = std::from_chars(text.constData(), text.constData() + text.size(), *value);
    return result.ec == std::errc() && result.ptr == text.constData() + text.size();
}

bool parseFloat(const QByteArray &text, float *value)
{
    double d;
    if (text == "nan" || text == "-nan" || text == "inf" || text == "-inf") {
        parseDouble(text, &d);
        *value = float(d);
        return true;
    }
    if (text.isEmpty())
        return false;
    const auto result = std::from_chars(text.constData(), text.constData() + text.size(), *value);
    return result.ec == std::errc() && result.ptr == text.constData() + text.size();
}

QByteArray formatTemporal(GraphValue::Type type, qint64 seconds)
{
    using T = GraphValue::Type;
    const QDateTime moment = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    const bool isoRange = moment.isValid() && moment.date().year() >= 1 && moment.date().year() <= 9999;
    switch (type) {
    case T::Date:
        if (isoRange && seconds % 86400 == 0)
            return moment.date().toString(Qt::ISODate).toLatin1();
        break;
    case T::Time:
        if (seconds >= 0 && seconds < 86400)
            return moment.time().toString(Qt::ISODate).toLatin1();
        break;
    case T::DateTime:
        if (isoRange)
            return moment.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
        break;
    case T::Duration: return "PT" + QByteArray::number(seconds) + 'S';
    default: break;
    }
    // Outside what ISO 8601 text can say exactly: keep the raw seconds.
    return '@' + QByteArray::number(seconds);
}

bool parseTemporal(GraphValue::Type type, const QByteArray &text, qint64 *seconds)
{
    using T = GraphValue::Type;
    bool ok = false;
    if (text.startsWith('@')) {
        *seconds = text.mid(1).toLongLong(&ok);
        return ok;
    }
    const QString s = QString::fromLatin1(text);
    switch (type) {
    case T::Date: {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!date.isValid() || s.size() != 10)
            return false;
        *seconds = QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        return true;
    }
    case T::Time: {
        const QTime time = QTime::fromString(s, Qt::ISODate);
        if (!time.isValid() || s.size() != 8)
            return false;
        *seconds = time.msecsSinceStartOfDay() / 1000;
        return true;
    }
    case T::DateTime: {
        const QDateTime moment = QDateTime::fromString(s, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (!moment.isValid())
            return false;
        *seconds = QDateTime(moment.date(), moment.time(), Qt::UTC).toSecsSinceEpoch();
        return true;
    }
    case T::Duration:
        if (!text.startsWith("PT") || !text.endsWith('S'))
            return false;
        *seconds = text.mid(2, text.size() - 3).toLongLong(&ok);
        return ok;
    default: return false;
    }
}

QByteArray encodeTypedJson(const GraphValue &value)
{
    QByteArray out;
    appendTypedJson(out, value);
    return out;
}

GraphValue decodeTypedJson(const QByteArray &text)
{
    return TypedJsonParser(text).parseDocument();
}

QByteArray encode(const GraphValue &value)
{
    using T = GraphValue::Type;
    switch (value.type()) {
    case T::String: return value.toString().toUtf8();
    case T::Integer: return QByteArray::number(value.toInteger());
    case T::Boolean: return value.toBoolean() ? "true" : "false";
    case T::Double: return formatDouble(value.toDouble());
    case T::Point: {
        const auto p = value.toPoint();
        return formatFloat(p.latitude) + ',' + formatFloat(p.longitude);
    }
    case T::Date:
    case T::Time:
    case T::DateTime:
    case T::Duration: return formatTemporal(value.type(), value.toInteger());
    case T::Vector:
    case T::Array: {
        // A vector is written like a list of floats, without the tag: its column type says what it is.
        if (value.type() == T::Vector) {
            QByteArray out("[");
            const auto &v = value.toVector();
            for (qsizetype i = 0; i < v.size(); ++i) {
                if (i)
                    out.append(',');
                out.append(formatFloat(v.at(i)));
            }
            out.append(']');
            return out;
        }
        return encodeTypedJson(value);
    }
    default:
        invalid(QObject::tr("a %1 value cannot be stored as a property").arg(GraphValue::typeName(value.type())));
    }
}

GraphValue decode(GraphValue::Type type, const QByteArray &text)
{
    using T = GraphValue::Type;
    const auto bad = [&]() -> GraphValue {
        invalid(QObject::tr("'%1' is not a valid %2 value")
                    .arg(QString::fromUtf8(text.left(60)), GraphValue::typeName(type)));
    };
    switch (type) {
    case T::String: return GraphValue::string(utf8OrFail(text));
    case T::Integer: {
        qint64 i = 0;
        const auto result = std::from_chars(text.constData(), text.constData() + text.size(), i);
        if (text.isEmpty() || result.ec != std::errc() || result.ptr != text.constData() + text.size())
            return bad();
        return GraphValue::integer(i);
    }
    case T::Boolean:
        if (text == "true")
            return GraphValue::boolean(true);
        if (text == "false")
            return GraphValue::boolean(false);
        return bad();
    case T::Double: {
        double d;
        if (!parseDouble(text, &d) || !(text.contains('.') || text.contains('e') || text.contains('n')))
            return bad();
        return GraphValue::number(d);
    }
    case T::Point: {
        const QList<QByteArray> parts = text.split(',');
        float lat, lon;
        if (parts.size() != 2 || !parseFloat(parts[0], &lat) || !parseFloat(parts[1], &lon))
            return bad();
        return GraphValue::point(lat, lon);
    }
    case T::Date:
    case T::Time:
    case T::DateTime:
    case T::Duration: {
        qint64 seconds;
        if (!parseTemporal(type, text, &seconds))
            return bad();
        return GraphValue::temporal(type, seconds);
    }
    case T::Vector: {
        if (!text.startsWith('[') || !text.endsWith(']'))
            return bad();
        QList<float> values;
        const QByteArray inner = text.mid(1, text.size() - 2);
        if (!inner.trimmed().isEmpty()) {
            for (const QByteArray &part : inner.split(',')) {
                float f;
                if (!parseFloat(part.trimmed(), &f))
                    return bad();
                values.append(f);
            }
        }
        return GraphValue::vector(std::move(values));
    }
    case T::Array: {
        GraphValue value = decodeTypedJson(text);
        if (value.type() != T::Array)
            return bad();
        return value;
    }
    default: return bad();
    }
}

} // namespace TypedValueCodec
