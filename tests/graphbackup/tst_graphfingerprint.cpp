#include "GraphFingerprint.h"

#include <QTest>

#include <cmath>

using P = GraphValue::Property;

class TestGraphFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void nodeDigestIgnoresOrderButNotContent()
    {
        const auto a = GraphFingerprint::nodeDigest({ QStringLiteral("A"), QStringLiteral("B") },
                                                    { P { QStringLiteral("x"), GraphValue::integer(1) },
                                                      P { QStringLiteral("y"), GraphValue::string(QStringLiteral("s")) } });
        const auto b = GraphFingerprint::nodeDigest({ QStringLiteral("B"), QStringLiteral("A") },
                                                    { P { QStringLiteral("y"), GraphValue::string(QStringLiteral("s")) },
                                                      P { QStringLiteral("x"), GraphValue::integer(1) } });
        QCOMPARE(a, b);
        // Same digits, different types: integer 1 vs double 1.0 vs string "1".
        const auto asInt = GraphFingerprint::nodeDigest({}, { P { QStringLiteral("x"), GraphValue::integer(1) } });
        const auto asDouble = GraphFingerprint::nodeDigest({}, { P { QStringLiteral("x"), GraphValue::number(1.0) } });
        const auto asString = GraphFingerprint::nodeDigest({}, { P { QStringLiteral("x"), GraphValue::string(QStringLiteral("1")) } });
        QVERIFY(asInt != asDouble);
        QVERIFY(asInt != asString);
        // One ulp apart.
        const auto d1 = GraphFingerprint::nodeDigest({}, { P { QStringLiteral("x"), GraphValue::number(0.1) } });
        const auto d2 = GraphFingerprint::nodeDigest({}, { P { QStringLiteral("x"), GraphValue::number(std::nextafter(0.1, 1.0)) } });
        QVERIFY(d1 != d2);
        // Absent vs empty string.
        const auto absent = GraphFingerprint::nodeDigest({}, {});
        const auto empty = GraphFingerprint::nodeDigest({}, { P { QStringLiteral("x"), GraphValue::string(QString()) } });
        QVERIFY(absent != empty);
        // Labels: one node with labels A,B vs a label named "A:B".
        QVERIFY(GraphFingerprint::nodeDigest({ QStringLiteral("A"), QStringLiteral("B") }, {})
                != GraphFingerprint::nodeDigest({ QStringLiteral("A:B") }, {}));
    }

    void graphFingerprintIsAMultisetHash()
    {
        const auto n1 = GraphFingerprint::nodeDigest({ QStringLiteral("P") }, { P { QStringLiteral("name"), GraphValue::string(QStringLiteral("a")) } });
        const auto n2 = GraphFingerprint::nodeDigest({ QStringLiteral("P") }, { P { QStringLiteral("name"), GraphValue::string(QStringLiteral("b")) } });
        GraphFingerprint forward, backward, duplicated, single;
        forward.addNode(n1);
        forward.addNode(n2);
        backward.addNode(n2);
        backward.addNode(n1);
        QCOMPARE(forward.graphHex(), backward.graphHex());
        // Two identical nodes must not cancel out (as XOR would).
        duplicated.addNode(n1);
        duplicated.addNode(n1);
        single.addNode(n2);
        single.addNode(n2);
        QVERIFY(duplicated.graphHex() != single.graphHex());
        GraphFingerprint empty;
        QVERIFY(duplicated.nodesHex() != empty.nodesHex());
    }

    void edgeDigestDependsOnDirectionAndEndpoints()
    {
        const auto a = GraphFingerprint::nodeDigest({}, { P { QStringLiteral("k"), GraphValue::integer(1) } });
        const auto b = GraphFingerprint::nodeDigest({}, { P { QStringLiteral("k"), GraphValue::integer(2) } });
        const auto ab = GraphFingerprint::edgeDigest(QStringLiteral("T"), {}, a, b);
        const auto ba = GraphFingerprint::edgeDigest(QStringLiteral("T"), {}, b, a);
        QVERIFY(ab != ba);
        QVERIFY(GraphFingerprint::edgeDigest(QStringLiteral("U"), {}, a, b) != ab);
    }

    void nodeDigestIndexKeepsSixteenBytes()
    {
        NodeDigestIndex index;
        const auto d = GraphFingerprint::nodeDigest({ QStringLiteral("X") }, {});
        index.add(7, d);
        index.finish();
        GraphFingerprint::Digest found;
        QVERIFY(index.find(7, &found));
        QVERIFY(std::equal(d.begin(), d.begin() + 16, found.begin()));
        QVERIFY(std::all_of(found.begin() + 16, found.end(), [](quint8 b) { return b == 0; }));
        QVERIFY(!index.find(8, &found));
    }
};

QTEST_GUILESS_MAIN(TestGraphFingerprint)
#include "tst_graphfingerprint.moc"
