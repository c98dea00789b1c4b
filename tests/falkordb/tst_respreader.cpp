#include "Recordings.h"
#include "RespReader.h"

#include "OperationError.h"

#include <QTest>

#include <hiredis/hiredis.h>

// Compares a decoded reply with the readable JSON form of the recording ({"error": ...} for errors).
static bool sameAsJson(const RespReply &reply, const QJsonValue &json, QString *why)
{
    switch (reply.type) {
    case RespReply::Type::Nil:
        if (json.isNull())
            return true;
        break;
    case RespReply::Type::Error:
        if (json.isObject() && json.toObject().value(QStringLiteral("error")).toString() == QString::fromUtf8(reply.text))
            return true;
        break;
    case RespReply::Type::Status:
    case RespReply::Type::String:
    case RespReply::Type::Double:
        if (json.isString() && json.toString() == QString::fromUtf8(reply.text))
            return true;
        break;
    case RespReply::Type::Integer:
        // JSON numbers above 2^53 are not exact as doubles: compare the integer through its text.
        if (json.isDouble() && (json.toInteger() == reply.integer || qint64(json.toDouble()) == reply.integer))
            return true;
        break;
    case RespReply::Type::Array: {
        if (!json.isArray() || json.toArray().size() != reply.elements.size())
            break;
        const QJsonArray array = json.toArray();
        for (qsizetype i = 0; i < reply.elements.size(); ++i) {
            if (!sameAsJson(reply.elements.at(i), array.at(i), why))
                return false;
        }
        return true;
    }
    }
    *why = QStringLiteral("type %1 text '%2' vs %3")
               .arg(int(reply.type))
               .arg(QString::fromUtf8(reply.text), QString::fromUtf8(QJsonDocument(QJsonArray { json }).toJson(QJsonDocument::Compact)));
    return false;
}

static bool sameReply(const RespReply &a, const RespReply &b)
{
    if (a.type != b.type || a.integer != b.integer || a.text != b.text || a.elements.size() != b.elements.size())
        return false;
    for (qsizetype i = 0; i < a.elements.size(); ++i) {
        if (!sameReply(a.elements.at(i), b.elements.at(i)))
            return false;
    }
    return true;
}

static qsizetype depthOf(const RespReply &reply)
{
    qsizetype deepest = 0;
    for (const RespReply &element : reply.elements)
        deepest = qMax(deepest, depthOf(element));
    return reply.type == RespReply::Type::Array ? deepest + 1 : deepest;
}

class TestRespReader : public QObject
{
    Q_OBJECT

private slots:
    void recordedReplies_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : recordingFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    // Every recorded reply decodes to exactly what the recording says, whole or one byte at a time.
    void recordedReplies()
    {
        QFETCH(QString, file);
        const QList<RecordedExchange> exchanges = loadRecording(file);
        QCOMPARE(exchanges.size(), 50);
        for (const RecordedExchange &exchange : exchanges) {
            const QString label = exchange.args.join(QLatin1Char(' ')).left(80);
            RespReader whole;
            whole.feed(exchange.replyBytes);
            std::optional<RespReply> reply = whole.take();
            QVERIFY2(reply.has_value(), qPrintable(label));
            QVERIFY2(!whole.isInsideReply(), qPrintable(label));
            QVERIFY(!whole.take().has_value());
            QString why;
            QVERIFY2(sameAsJson(*reply, exchange.reply, &why), qPrintable(label + QStringLiteral(": ") + why));

            RespReader bytewise;
            std::optional<RespReply> pieced;
            for (qsizetype i = 0; i < exchange.replyBytes.size(); ++i) {
                QVERIFY2(!pieced.has_value(), qPrintable(label)); // nothing before the last byte
                bytewise.feed(exchange.replyBytes.constData() + i, 1);
                pieced = bytewise.take();
            }
            QVERIFY2(pieced.has_value(), qPrintable(label));
            QVERIFY2(sameReply(*pieced, *reply), qPrintable(label));
        }
    }

    // Where hiredis 0.14 can read a recorded reply, both decoders agree; where it cannot, it is because
    // of its 7-level nesting limit, which is why RespReader exists.
    void agreesWithHiredisAndExplainsWhyNotHiredis()
    {
        const QList<RecordedExchange> exchanges = loadRecording(QStringLiteral("v4.16.9.jsonl"));
        int compared = 0;
        int tooDeep = 0;
        for (const RecordedExchange &exchange : exchanges) {
            redisReader *hiredis = redisReaderCreate();
            redisReaderFeed(hiredis, exchange.replyBytes.constData(), size_t(exchange.replyBytes.size()));
            void *object = nullptr;
            const int status = redisReaderGetReply(hiredis, &object);
            const RespReply ours = decodeReply(exchange.replyBytes);
            if (status == REDIS_OK) {
                QVERIFY(object);
                QVERIFY(sameReply(RespReader::fromHiredis(static_cast<redisReply *>(object)), ours));
                freeReplyObject(object);
                ++compared;
            } else {
                QCOMPARE(QByteArray(hiredis->errstr), QByteArray("No support for nested multi bulk replies with depth > 7"));
                QVERIFY(depthOf(ours) > 8);
                ++tooDeep;
            }
            redisReaderFree(hiredis);
        }
        QVERIFY(compared > 40);
        QVERIFY(tooDeep >= 2); // MATCH (n) RETURN n (a list inside a node) and the nested-list RETURN
    }

    void resp3Types()
    {
        RespReader reader;
        reader.feed(QByteArrayLiteral("_\r\n#t\r\n#f\r\n,3.25\r\n,-inf\r\n(3492890328409238509324850943850943825024385\r\n"
                                      "=15\r\ntxt:Some string\r\n!9\r\nERR oops!\r\n%2\r\n+a\r\n:1\r\n+b\r\n*0\r\n"
                                      "~2\r\n:1\r\n:2\r\n|1\r\n+ttl\r\n:5\r\n$5\r\nhello\r\n>2\r\n+message\r\n+x\r\n"));
        auto next = [&reader] {
            std::optional<RespReply> reply = reader.take();
            if (!reply)
                qFatal("incomplete");
            return *reply;
        };
        QCOMPARE(next().type, RespReply::Type::Nil);
        RespReply boolean = next();
        QCOMPARE(boolean.type, RespReply::Type::Integer);
        QCOMPARE(boolean.integer, 1);
        QCOMPARE(next().integer, 0);
        RespReply dbl = next();
        QCOMPARE(dbl.type, RespReply::Type::Double);
        QCOMPARE(dbl.text, QByteArray("3.25"));
        QCOMPARE(next().text, QByteArray("-inf"));
        QCOMPARE(next().text, QByteArray("3492890328409238509324850943850943825024385"));
        QCOMPARE(next().text, QByteArray("Some string"));
        RespReply blobError = next();
        QVERIFY(blobError.isError());
        QCOMPARE(blobError.text, QByteArray("ERR oops!"));
        RespReply map = next();
        QCOMPARE(map.elements.size(), 4);
        QCOMPARE(map.elements.at(1).integer, 1);
        QCOMPARE(map.elements.at(3).type, RespReply::Type::Array);
        QCOMPARE(next().elements.size(), 2);
        RespReply attributed = next(); // the attribute map is dropped
        QCOMPARE(attributed.text, QByteArray("hello"));
        QCOMPARE(next().elements.size(), 2);
        QVERIFY(!reader.take().has_value());
        QVERIFY(!reader.isInsideReply());
    }

    void nilAndEmpty()
    {
        RespReader reader;
        reader.feed(QByteArrayLiteral("$-1\r\n*-1\r\n*0\r\n$0\r\n\r\n"));
        QCOMPARE(reader.take()->type, RespReply::Type::Nil);
        QCOMPARE(reader.take()->type, RespReply::Type::Nil);
        const RespReply empty = *reader.take();
        QCOMPARE(empty.type, RespReply::Type::Array);
        QVERIFY(empty.elements.isEmpty());
        const RespReply emptyString = *reader.take();
        QCOMPARE(emptyString.type, RespReply::Type::String);
        QVERIFY(emptyString.text.isEmpty());
    }

    void binarySafeBulk()
    {
        RespReader reader;
        const QByteArray payload("a\r\nb\0c", 6);
        reader.feed(QByteArrayLiteral("$6\r\n") + payload.left(3));
        QVERIFY(!reader.take().has_value());
        QVERIFY(reader.isInsideReply());
        reader.feed(payload.mid(3) + "\r");
        QVERIFY(!reader.take().has_value()); // the final \n is missing
        reader.feed("\n");
        QCOMPARE(reader.take()->text, payload);
    }

    void deepNesting()
    {
        QByteArray deep;
        for (int i = 0; i < 200; ++i)
            deep += "*1\r\n";
        deep += ":7\r\n";
        RespReply reply = decodeReply(deep);
        QCOMPARE(depthOf(reply), 200);

        QByteArray tooDeep;
        for (int i = 0; i < RespReader::kMaxDepth + 1; ++i)
            tooDeep += "*1\r\n";
        RespReader reader;
        reader.feed(tooDeep);
        QVERIFY_THROWS_EXCEPTION(OperationError, reader.take());
    }

    void protocolErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("unknown type") << QByteArrayLiteral("?what\r\n");
        QTest::newRow("bad bulk length") << QByteArrayLiteral("$abc\r\n");
        QTest::newRow("negative array") << QByteArrayLiteral("*-5\r\n");
        QTest::newRow("bad integer") << QByteArrayLiteral(":12x\r\n");
        QTest::newRow("http") << QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n");
    }

    void protocolErrors()
    {
        QFETCH(QByteArray, bytes);
        RespReader reader;
        reader.feed(bytes);
        try {
            reader.take();
            QFAIL("no exception");
        } catch (const OperationError &error) {
            QCOMPARE(error.kind(), OperationError::Kind::Failed);
            QVERIFY(error.message().contains(QLatin1String("not valid RESP")));
        }
    }

    // A large reply fed in small chunks: the reader resumes instead of starting over.
    void manyChunks()
    {
        QByteArray bytes = "*20000\r\n";
        for (int i = 0; i < 20000; ++i)
            bytes += "*2\r\n:" + QByteArray::number(i) + "\r\n$5\r\nvalue\r\n";
        RespReader reader;
        std::optional<RespReply> reply;
        for (qsizetype offset = 0; offset < bytes.size(); offset += 7) {
            QVERIFY(!reply);
            reader.feed(bytes.mid(offset, 7));
            reply = reader.take();
        }
        QVERIFY(reply);
        QCOMPARE(reply->elements.size(), 20000);
        QCOMPARE(reply->elements.at(19999).elements.at(0).integer, 19999);

        // The same bytes twice in one feed: two replies, nothing left over.
        RespReader both;
        both.feed(bytes + bytes);
        QCOMPARE(both.take()->elements.size(), 20000);
        QCOMPARE(both.take()->elements.at(123).elements.at(1).text, QByteArray("value"));
        QVERIFY(!both.take().has_value());
        QVERIFY(!both.isInsideReply());
    }
};

QTEST_GUILESS_MAIN(TestRespReader)
#include "tst_respreader.moc"
