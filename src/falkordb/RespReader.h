#pragma once

#include "FalkorConnection.h"

#include <QByteArray>
#include <QList>

#include <optional>

struct redisReply;

// An incremental RESP2/RESP3 reply decoder: feed() the bytes as they arrive, take() complete replies.
// It resumes where it stopped, so a reply of any size arriving in many chunks is decoded in linear time.
//
// Why not hiredis' redisReader: in hiredis 0.14 it refuses arrays nested deeper than 7 levels ("No
// support for nested multi bulk replies with depth > 7"), and a compact GRAPH.QUERY reply with a list
// property inside a node is 9 levels deep (reply, rows, row, cell, node, properties, triple, list, pair).
// tst_respreader feeds it the recorded reply that hiredis cannot read. Nesting here is limited only by
// kMaxDepth, which guards against a hostile server.
//
// RESP3 types map onto RespReply: `_` null -> Nil, `#` boolean -> Integer 0/1, `,` double -> Double
// (text as sent), `(` big number -> String, `=` verbatim -> String (without the "txt:" prefix),
// `!` blob error -> Error, `%` map / `~` set / `>` push -> Array (a map flattened to key, value, ...);
// `|` attributes are skipped.
class RespReader
{
public:
    static constexpr int kMaxDepth = 512;

    void feed(const char *data, qsizetype size);
    void feed(const QByteArray &data) { feed(data.constData(), data.size()); }

    // The next complete reply, or nothing when more bytes are needed. Throws OperationError(Failed)
    // on a protocol error (the reader is then unusable until clear()).
    std::optional<RespReply> take();

    // True while part of a reply has been read (so the connection is in the middle of a reply).
    bool isInsideReply() const { return !m_stack.isEmpty() || m_pos < m_buffer.size(); }
    void clear();

    // Converts a reply decoded by hiredis (the tests compare both decoders on shallow replies).
    static RespReply fromHiredis(const redisReply *reply);

private:
    struct Frame
    {
        RespReply reply;
        qint64 remaining = 0;
        bool skip = false; // RESP3 attribute: read and dropped
    };
    bool readLine(qsizetype &pos, QByteArray &line) const;
    [[noreturn]] void protocolError(const QString &what);

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QList<Frame> m_stack;
};
