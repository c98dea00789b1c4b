#include "ServerErrorClassifier.h"

#include <QTest>

using Kind = OperationError::Kind;
Q_DECLARE_METATYPE(OperationError::Kind)

class TestServerErrorClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("mustMention");
        // The texts are the ones FalkorDB 4.x and Redis 7 send (falkordb.md §8 and the recordings).
        QTest::newRow("noauth") << QByteArray("NOAUTH Authentication required.") << Kind::AuthFailed << QStringLiteral("FALKORDB_PASSWORD");
        QTest::newRow("wrongpass") << QByteArray("WRONGPASS invalid username-password pair or user is disabled.") << Kind::AuthFailed
                                   << QStringLiteral("FALKORDB_PASSWORD");
        QTest::newRow("old redis") << QByteArray("ERR invalid password") << Kind::AuthFailed << QStringLiteral("password");
        QTest::newRow("noperm") << QByteArray("NOPERM this user has no permissions to run the 'graph.delete' command") << Kind::AuthFailed
                                << QStringLiteral("not allowed");
        QTest::newRow("no module") << QByteArray("ERR unknown command 'GRAPH.QUERY', with args beginning with: 'g' 'RETURN 1' ")
                                   << Kind::ServerError << QStringLiteral("no FalkorDB graph module");
        QTest::newRow("no module lower") << QByteArray("ERR unknown command `graph.list`, with args beginning with: ") << Kind::ServerError
                                         << QStringLiteral("no FalkorDB graph module");
        QTest::newRow("empty key") << QByteArray("ERR Invalid graph operation on empty key") << Kind::NotFound << QStringLiteral("'kg'");
        QTest::newRow("wrongtype") << QByteArray("WRONGTYPE Operation against a key holding the wrong kind of value") << Kind::Conflict
                                   << QStringLiteral("not a graph");
        QTest::newRow("timeout") << QByteArray("Query timed out") << Kind::Timeout << QStringLiteral("TIMEOUT");
        QTest::newRow("mem capacity") << QByteArray("Query's mem consumption exceeded capacity") << Kind::ServerError
                                      << QStringLiteral("QUERY_MEM_CAPACITY");
        QTest::newRow("oom") << QByteArray("OOM command not allowed when used memory > 'maxmemory'.") << Kind::ServerError
                             << QStringLiteral("maxmemory");
        QTest::newRow("pending") << QByteArray("Max pending queries exceeded") << Kind::ServerError << QStringLiteral("MAX_QUEUED_QUERIES");
        QTest::newRow("write queue") << QByteArray("Write queue is full: cannot accept additional write queries at this time. Please retry later.")
                                     << Kind::ServerError << QStringLiteral("busy");
        QTest::newRow("loading") << QByteArray("LOADING Redis is loading the dataset in memory") << Kind::ServerError << QStringLiteral("loading");
        QTest::newRow("replicating") << QByteArray("ERR FalkorDB module is currently replicating") << Kind::ServerError
                                     << QStringLiteral("replica");
        QTest::newRow("readonly") << QByteArray("READONLY You can't write against a read only replica.") << Kind::ServerError
                                  << QStringLiteral("primary");
        QTest::newRow("syntax") << QByteArray("errMsg: Invalid input 'R': expected a label line: 1, column: 10, offset: 9 errCtx: MATCH (n RETURN n errCtxOffset: 9")
                                << Kind::InvalidInput << QStringLiteral("column: 10");
        QTest::newRow("ro write") << QByteArray("graph.RO_QUERY is to be executed only on read-only queries") << Kind::InvalidInput
                                  << QStringLiteral("read-only");
        QTest::newRow("missing params") << QByteArray("Missing parameters") << Kind::InvalidInput << QStringLiteral("Missing parameters");
        QTest::newRow("config") << QByteArray("Unknown configuration field") << Kind::NotFound << QStringLiteral("configuration");
        QTest::newRow("copy exists") << QByteArray("destination key already exists") << Kind::Conflict << QStringLiteral("already exists");
        QTest::newRow("other") << QByteArray("ERR something new") << Kind::ServerError << QStringLiteral("ERR something new");
    }

    void classify()
    {
        QFETCH(QByteArray, text);
        QFETCH(Kind, kind);
        QFETCH(QString, mustMention);
        const OperationError error = ServerErrorClassifier::classify(text, QStringLiteral("GRAPH.QUERY on graph 'kg'"), QStringLiteral("kg"));
        QCOMPARE(OperationError::kindName(error.kind()), OperationError::kindName(kind));
        QVERIFY2(error.fullText().contains(mustMention, Qt::CaseInsensitive), qPrintable(error.fullText()));
        QVERIFY(!error.message().isEmpty());
    }

    void unknownGraphCommand()
    {
        QVERIFY(ServerErrorClassifier::isUnknownGraphCommand("ERR unknown command 'GRAPH.LIST', with args beginning with: "));
        QVERIFY(!ServerErrorClassifier::isUnknownGraphCommand("ERR unknown command 'FOO', with args beginning with: "));
        QVERIFY(!ServerErrorClassifier::isUnknownGraphCommand("ERR Invalid graph operation on empty key"));
    }
};

QTEST_GUILESS_MAIN(TestServerErrorClassifier)
#include "tst_servererrorclassifier.moc"
