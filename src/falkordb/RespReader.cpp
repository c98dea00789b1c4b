#include "RespReader.h"

#include "OperationError.h"

#include <QCoreApplication>

#include <hiredis/hiredis.h>

#include <cstring>

namespace {
constexpr qsizetype kCompactThreshold = 1 << 16;
}

void RespReader::feed(const char *data, qsizetype size)
{
    m_buffer.append(data, size);
}

void RespReader::clear()
{
    m_buffer.clear();
    m_pos = 0;
    m_stack.clear();
}

bool RespReader::readLine(qsizetype &pos, QByteArray &line) const
{
    const char *begin = m_buffer.constData() + pos;
    const qsizetype available = m_buffer.size() - pos;
    const void *cr = available > 0 ? std::memchr(begin, '\r', size_t(available)) : nullptr;
    if (!cr)
        return false;
    const qsizetype length = static_cast<const char *>(cr) - begin;
    if (length + 1 >= available) // the '\n' has not arrived yet
        return false;
    line = QByteArray(begin, length);
    pos += length + 2;
    return true;
}

void RespReader::protocolError(const QString &what)
{
    clear();
    throw OperationError(OperationError::Kind::Failed,
                         QCoreApplication::translate("RespReader", "The server sent a reply that is not valid RESP (%1).")
                             .arg(what),
                         QCoreApplication::translate("RespReader",
                                                     "Check that the address points at a Redis/FalkorDB server."));
}

std::optional<RespReply> RespReader::take()
{
    for (;;) {
        qsizetype pos = m_pos;
        if (pos >= m_buffer.size())
            return std::nullopt;
        const char marker = m_buffer.at(pos);
        ++pos;
        QByteArray line;
        if (!readLine(pos, line))
            return std::nullopt;

        RespReply item;
        qint64 containerSize = -1;
        bool attribute = false;
        bool ok = true;
        switch (marker) {
        case '+':
            item.type = RespReply::Type::Status;
            item.text = line;
            break;
        case '-':
            item.type = RespReply::Type::Error;
            item.text = line;
            break;
        case ':':
            item.type = RespReply::Type::Integer;
            item.integer = line.toLongLong(&ok);
            break;
        case ',':
            item.type = RespReply::Type::Double;
            item.text = line;
            break;
        case '(':
            item.type = RespReply::Type::String;
            item.text = line;
            break;
        case '_':
            item.type = RespReply::Type::Nil;
            break;
        case '#':
            item.type = RespReply::Type::Integer;
            ok = line == "t" || line == "f";
            item.integer = line == "t" ? 1 : 0;
            break;
        case '$':
        case '!':
        case '=': {
            const qint64 length = line.toLongLong(&ok);
            if (!ok || length < -1)
                protocolError(QStringLiteral("bad bulk length"));
            if (length == -1) {
                item.type = RespReply::Type::Nil;
                break;
            }
            if (m_buffer.size() - pos < length + 2)
                return std::nullopt; // wait for the whole string
            item.type = marker == '!' ? RespReply::Type::Error : RespReply::Type::String;
            item.text = QByteArray(m_buffer.constData() + pos, qsizetype(length));
            if (marker == '=' && item.text.size() >= 4 && item.text.at(3) == ':')
                item.text.remove(0, 4);
            pos += length + 2;
            break;
        }
        case '*':
        case '~':
        case '>':
        case '%':
        case '|': {
            const qint64 count = line.toLongLong(&ok);
            if (!ok || count < -1)
                protocolError(QStringLiteral("bad array length"));
            if (count == -1) {
                item.type = RespReply::Type::Nil;
                break;
            }
            containerSize = (marker == '%' || marker == '|') ? count * 2 : count;
            attribute = marker == '|';
            item.type = RespReply::Type::Array;
            break;
        }
        default:
            protocolError(QStringLiteral("unexpected type byte 0x%1").arg(uchar(marker), 2, 16, QLatin1Char('0')));
        }
        if (!ok)
            protocolError(QStringLiteral("bad number"));
        m_pos = pos;

        if (containerSize > 0) {
            if (m_stack.size() >= kMaxDepth)
                protocolError(QStringLiteral("nesting deeper than %1").arg(kMaxDepth));
            Frame frame;
            frame.reply = std::move(item);
            frame.reply.elements.reserve(qsizetype(qMin<qint64>(containerSize, 1 << 16)));
            frame.remaining = containerSize;
            frame.skip = attribute;
            m_stack.append(std::move(frame));
            continue;
        }
        if (attribute)
            continue; // an empty attribute map

        // Attach the finished item to its parents; a finished parent becomes the next item.
        for (;;) {
            if (m_stack.isEmpty()) {
                if (m_pos == m_buffer.size() || (m_pos >= kCompactThreshold && m_pos * 2 >= m_buffer.size())) {
                    m_buffer.remove(0, m_pos);
                    m_pos = 0;
                }
                return item;
            }
            Frame &top = m_stack.last();
            if (!top.skip)
                top.reply.elements.append(std::move(item));
            if (--top.remaining > 0)
                break;
            const bool wasAttribute = top.skip;
            item = std::move(top.reply);
            m_stack.removeLast();
            if (wasAttribute)
                break; // attributes describe the next value; drop them
        }
        // Drop consumed bytes only once they are at least half the buffer, so a large buffer is not
        // moved again and again (amortised linear time).
        if (m_pos >= kCompactThreshold && m_pos * 2 >= m_buffer.size()) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
    }
}

RespReply RespReader::fromHiredis(const redisReply *reply)
{
    RespReply out;
    if (!reply)
        return out;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
        out.type = RespReply::Type::String;
        out.text = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_STATUS:
        out.type = RespReply::Type::Status;
        out.text = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_ERROR:
        out.type = RespReply::Type::Error;
        out.text = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RespReply::Type::Integer;
        out.integer = reply->integer;
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RespReply::Type::Array;
        out.elements.reserve(qsizetype(reply->elements));
        for (size_t i = 0; i < reply->elements; ++i)
            out.elements.append(fromHiredis(reply->element[i]));
        break;
    default:
        out.type = RespReply::Type::Nil;
        break;
    }
    return out;
}
