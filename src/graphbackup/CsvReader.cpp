#include "CsvReader.h"

#include "OperationError.h"

#include <QObject>

namespace {
constexpr qsizetype ChunkSize = 1 << 16;
}

CsvReader::CsvReader(QIODevice *device, QString sourceName)
    : m_device(device)
    , m_sourceName(std::move(sourceName))
{
}

void CsvReader::fail(const QString &what) const
{
    throw OperationError(OperationError::Kind::InvalidInput,
                         QObject::tr("%1, record %2: %3").arg(m_sourceName).arg(m_recordNumber).arg(what),
                         QObject::tr("The backup file is damaged or was edited by hand; nothing was restored."));
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(ChunkSize);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer.append(chunk);
    return true;
}

bool CsvReader::readRecord(QList<Field> *fields)
{
    fields->clear();
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    ++m_recordNumber;

    Field field;
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted } state = State::FieldStart;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // End of input ends the last record (a final CRLF is optional in RFC 4180).
            if (state == State::Quoted)
                fail(QObject::tr("a quoted field is not closed (the file is truncated)"));
            fields->append(field);
            break;
        }
        const char c = m_buffer.at(m_pos++);
        ++m_consumed;
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                field.quoted = true;
                state = State::Quoted;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == ',') {
                fields->append(field);
                field = {};
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n') {
                        ++m_pos;
                        ++m_consumed;
                    }
                }
                fields->append(field);
                goto done;
            } else if (c == '"') {
                fail(QObject::tr("a quote inside an unquoted field"));
            } else {
                field.text.append(c);
            }
            break;
        case State::Quoted:
            if (c == '"')
                state = State::QuoteInQuoted;
            else
                field.text.append(c);
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                field.text.append('"');
                state = State::Quoted;
            } else {
                state = State::Unquoted;
                --m_pos;
                --m_consumed;
                if (c != ',' && c != '\r' && c != '\n')
                    fail(QObject::tr("text after a closing quote"));
            }
            break;
        }
    }
done:
    return true;
}
