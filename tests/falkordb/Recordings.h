#pragma once

// The byte-exact replies of real FalkorDB servers (data/*.jsonl, see data/README.md), for parser tests.

#include "RespReader.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

struct RecordedExchange
{
    QStringList args;
    QByteArray replyBytes;
    QJsonValue reply; // the readable form from the recording
};

inline QStringList recordingFiles()
{
    return { QStringLiteral("v4.4.0.jsonl"), QStringLiteral("v4.16.9.jsonl") };
}

inline QList<RecordedExchange> loadRecording(const QString &fileName)
{
    QFile file(TestEnvironment::sourceDir() + QStringLiteral("/tests/falkordb/data/") + fileName);
    QList<RecordedExchange> exchanges;
    if (!file.open(QIODevice::ReadOnly))
        return exchanges;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        RecordedExchange exchange;
        for (const QJsonValue &arg : object.value(QStringLiteral("args")).toArray())
            exchange.args << arg.toString();
        exchange.replyBytes = QByteArray::fromBase64(object.value(QStringLiteral("reply_b64")).toString().toLatin1());
        exchange.reply = object.value(QStringLiteral("reply"));
        exchanges.append(exchange);
    }
    return exchanges;
}

// The recorded reply of the first command whose arguments are exactly `args`.
inline RecordedExchange findExchange(const QList<RecordedExchange> &exchanges, const QStringList &args)
{
    for (const RecordedExchange &exchange : exchanges) {
        if (exchange.args == args)
            return exchange;
    }
    return {};
}

// Decodes recorded bytes with the project's reader (which is what FalkorConnection uses).
inline RespReply decodeReply(const QByteArray &bytes)
{
    RespReader reader;
    reader.feed(bytes);
    std::optional<RespReply> reply = reader.take();
    return reply ? *reply : RespReply {};
}
