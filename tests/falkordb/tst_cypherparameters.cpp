#include "CypherParameters.h"

#include "OperationError.h"

#include <QTest>

#include <cfloat>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

Q_DECLARE_METATYPE(GraphValue)

class TestCypherParameters : public QObject
{
    Q_OBJECT

private slots:
    void encodeValue_data()
    {
        QTest::addColumn<GraphValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("null") << GraphValue() << QStringLiteral("null");
        QTest::newRow("true") << GraphValue::boolean(true) << QStringLiteral("true");
        QTest::newRow("false") << GraphValue::boolean(false) << QStringLiteral("false");
        QTest::newRow("zero") << GraphValue::integer(0) << QStringLiteral("0");
        QTest::newRow("negative") << GraphValue::integer(-42) << QStringLiteral("-42");
        QTest::newRow("int64 max") << GraphValue::integer(std::numeric_limits<qint64>::max()) << QStringLiteral("9223372036854775807");
        QTest::newRow("int64 min") << GraphValue::integer(std::numeric_limits<qint64>::min()) << QStringLiteral("-9223372036854775808");
        QTest::newRow("whole double stays float") << GraphValue::number(42.0) << QStringLiteral("42.0");
        QTest::newRow("negative zero") << GraphValue::number(-0.0) << QStringLiteral("-0.0");
        QTest::newRow("0.1") << GraphValue::number(0.1) << QStringLiteral("0.1");
        QTest::newRow("0.1+0.2") << GraphValue::number(0.1 + 0.2) << QStringLiteral("0.30000000000000004");
        QTest::newRow("big") << GraphValue::number(1e300) << QStringLiteral("1e300");
        QTest::newRow("subnormal") << GraphValue::number(5e-324) << QStringLiteral("5e-324");
        QTest::newRow("empty string") << GraphValue::string(QString()) << QStringLiteral("\"\"");
        QTest::newRow("quotes") << GraphValue::string(QStringLiteral("it's \"x\"")) << QStringLiteral("\"it's \\\"x\\\"\"");
        QTest::newRow("backslash") << GraphValue::string(QStringLiteral("C:\\dir\\n")) << QStringLiteral("\"C:\\\\dir\\\\n\"");
        QTest::newRow("controls") << GraphValue::string(QStringLiteral("a\nb\tc\rd")) << QStringLiteral("\"a\\nb\\tc\\rd\"");
        QTest::newRow("rare controls") << GraphValue::string(QStringLiteral("\a\b\f\v")) << QStringLiteral("\"\\a\\b\\f\\v\"");
        QTest::newRow("vietnamese raw") << GraphValue::string(QStringLiteral("Nguyễn Văn A – đồ thị"))
                                        << QStringLiteral("\"Nguyễn Văn A – đồ thị\"");
        QTest::newRow("emoji raw") << GraphValue::string(QStringLiteral("😀")) << QStringLiteral("\"😀\"");
        QTest::newRow("list") << GraphValue::array({ GraphValue::integer(1), GraphValue::string(QStringLiteral("x")),
                                                     GraphValue::array({ GraphValue::boolean(true) }), GraphValue() })
                              << QStringLiteral("[1, \"x\", [true], null]");
        QTest::newRow("empty list") << GraphValue::array({}) << QStringLiteral("[]");
        QTest::newRow("map") << GraphValue::map({ { QStringLiteral("k"), GraphValue::integer(1) },
                                                  { QStringLiteral("with space"), GraphValue::number(2.5) } })
                             << QStringLiteral("{`k`: 1, `with space`: 2.5}");
        QTest::newRow("empty map") << GraphValue::map({}) << QStringLiteral("{}");
    }

    void encodeValue()
    {
        QFETCH(GraphValue, value);
        QFETCH(QString, expected);
        QString out;
        QVERIFY(CypherParameters::encodeValue(value, &out));
        QCOMPARE(out, expected);
    }

    void rejected_data()
    {
        QTest::addColumn<GraphValue>("value");
        QTest::newRow("nan") << GraphValue::number(std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("inf") << GraphValue::number(std::numeric_limits<double>::infinity());
        QTest::newRow("-inf") << GraphValue::number(-std::numeric_limits<double>::infinity());
        QTest::newRow("point") << GraphValue::point(1, 2);
        QTest::newRow("vector") << GraphValue::vector({ 1.0f });
        QTest::newRow("date") << GraphValue::temporal(GraphValue::Type::Date, 0);
        QTest::newRow("datetime") << GraphValue::temporal(GraphValue::Type::DateTime, 0);
        QTest::newRow("time") << GraphValue::temporal(GraphValue::Type::Time, 0);
        QTest::newRow("duration") << GraphValue::temporal(GraphValue::Type::Duration, 0);
        QTest::newRow("node") << GraphValue::node({});
        QTest::newRow("nan in list") << GraphValue::array({ GraphValue::integer(1), GraphValue::number(std::nan("")) });
        QTest::newRow("point in map") << GraphValue::map({ { QStringLiteral("p"), GraphValue::point(1, 2) } });
        QTest::newRow("backtick key") << GraphValue::map({ { QStringLiteral("a`b"), GraphValue::integer(1) } });
        QTest::newRow("NUL in string") << GraphValue::string(QString(QChar(0)) + QStringLiteral("x"));
    }

    void rejected()
    {
        QFETCH(GraphValue, value);
        QString out = QStringLiteral("untouched");
        QVERIFY(!CypherParameters::encodeValue(value, &out));
        QCOMPARE(out, QStringLiteral("untouched"));
        CypherParameters parameters;
        QVERIFY_THROWS_EXCEPTION(OperationError, parameters.add(QStringLiteral("v"), value));
        QVERIFY(parameters.isEmpty());
    }

    // Every literal is read back by strtod (what FalkorDB's parameter parser uses) to the same bits,
    // and always contains '.' or 'e' so it stays a float.
    void doubleRoundTrip_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("0.1+0.2") << 0.1 + 0.2;
        QTest::newRow("1/3") << 1.0 / 3.0;
        QTest::newRow("subnormal 1e-310") << 1e-310;
        QTest::newRow("min subnormal") << 5e-324;
        QTest::newRow("DBL_MIN") << DBL_MIN;
        QTest::newRow("DBL_MAX") << DBL_MAX;
        QTest::newRow("-DBL_MAX") << -DBL_MAX;
        QTest::newRow("-0.0") << -0.0;
        QTest::newRow("0.0") << 0.0;
        QTest::newRow("1e15+0.3") << 1e15 + 0.3;
        QTest::newRow("2^53+2") << 9007199254740994.0;
        QTest::newRow("1e22") << 1e22;
        QTest::newRow("pi") << 3.141592653589793;
        QTest::newRow("float32 0.1") << double(0.1f);
        QTest::newRow("-123.456e-7") << -123.456e-7;
    }

    void doubleRoundTrip()
    {
        QFETCH(double, value);
        const QString literal = CypherParameters::doubleLiteral(value);
        QVERIFY2(literal.contains(QLatin1Char('.')) || literal.contains(QLatin1Char('e')), qPrintable(literal));
        QVERIFY2(!literal.endsWith(QLatin1Char('.')), qPrintable(literal)); // "1." is rejected by FalkorDB
        QVERIFY2(!literal.startsWith(QLatin1Char('+')), qPrintable(literal));
        const QByteArray bytes = literal.toLatin1();
        char *end = nullptr;
        const double back = std::strtod(bytes.constData(), &end);
        QCOMPARE(end, bytes.constData() + bytes.size());
        QVERIFY2(std::memcmp(&back, &value, sizeof value) == 0, qPrintable(literal));
        // At most 17 significant digits.
        qsizetype digits = 0;
        for (const QChar c : literal.section(QLatin1Char('e'), 0, 0))
            digits += c.isDigit() ? 1 : 0;
        QVERIFY2(digits <= 18, qPrintable(literal)); // 17 + a possible leading "0."
    }

    // A decimal comma locale must not leak into the literals.
    void localeIndependent()
    {
        const char *previous = std::setlocale(LC_NUMERIC, nullptr);
        const QByteArray saved = previous ? QByteArray(previous) : QByteArray("C");
        if (!std::setlocale(LC_NUMERIC, "vi_VN.UTF-8") && !std::setlocale(LC_NUMERIC, "de_DE.UTF-8"))
            QSKIP("no decimal-comma locale installed");
        const QString literal = CypherParameters::doubleLiteral(2.5);
        std::setlocale(LC_NUMERIC, saved.constData());
        QCOMPARE(literal, QStringLiteral("2.5"));
    }

    void prefix()
    {
        CypherParameters parameters;
        QVERIFY(parameters.isEmpty());
        QCOMPARE(parameters.prefix(), QString());
        QCOMPARE(parameters.apply(QStringLiteral("RETURN 1")), QStringLiteral("RETURN 1"));
        parameters.addInteger(QStringLiteral("lo"), 0);
        parameters.add(QStringLiteral("name"), GraphValue::string(QStringLiteral("x")));
        parameters.add(QStringLiteral("odd name"), GraphValue::number(1.5));
        QVERIFY(!parameters.isEmpty());
        QCOMPARE(parameters.prefix(), QStringLiteral("CYPHER lo=0 name=\"x\" `odd name`=1.5 "));
        QCOMPARE(parameters.apply(QStringLiteral("RETURN $lo")), QStringLiteral("CYPHER lo=0 name=\"x\" `odd name`=1.5 RETURN $lo"));
        QVERIFY_THROWS_EXCEPTION(OperationError, parameters.addInteger(QStringLiteral("a`b"), 1));
    }

    void rows()
    {
        CypherParameters parameters;
        parameters.addRows(QStringLiteral("rows"), { { GraphValue::integer(1), GraphValue::string(QStringLiteral("a")) },
                                                     { GraphValue::integer(2), GraphValue::map({ { QStringLiteral("p"), GraphValue::number(0.5) } }) } });
        QCOMPARE(parameters.prefix(), QStringLiteral("CYPHER rows=[[1, \"a\"], [2, {`p`: 0.5}]] "));
    }

    void quoteIdentifier()
    {
        QCOMPARE(CypherParameters::quoteIdentifier(QStringLiteral("Person")), QStringLiteral("`Person`"));
        QCOMPARE(CypherParameters::quoteIdentifier(QStringLiteral("WORKS WITH")), QStringLiteral("`WORKS WITH`"));
        QCOMPARE(CypherParameters::quoteIdentifier(QStringLiteral("a:b")), QStringLiteral("`a:b`"));
        QCOMPARE(CypherParameters::quoteIdentifier(QStringLiteral("Người")), QStringLiteral("`Người`"));
        QCOMPARE(CypherParameters::quoteIdentifier(QStringLiteral("a`b")), QString());
        QCOMPARE(CypherParameters::quoteIdentifier(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestCypherParameters)
#include "tst_cypherparameters.moc"
