#include "OperationError.h"
#include "TypedValueCodec.h"

#include <QTest>

#include <cfloat>
#include <cmath>
#include <limits>

using T = GraphValue::Type;

class TestTypedValueCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<GraphValue>("value");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("empty string") << GraphValue::string(QString());
        QTest::newRow("unicode, quotes, newline") << GraphValue::string(QStringLiteral("Nguyễn Văn A\n\"q\", x\r\n"));
        QTest::newRow("string that looks like a number") << GraphValue::string(QStringLiteral("42"));
        QTest::newRow("int64 max") << GraphValue::integer(std::numeric_limits<qint64>::max());
        QTest::newRow("int64 min") << GraphValue::integer(std::numeric_limits<qint64>::min());
        QTest::newRow("0.1+0.2") << GraphValue::number(0.1 + 0.2);
        QTest::newRow("1/3") << GraphValue::number(1.0 / 3.0);
        QTest::newRow("integral double") << GraphValue::number(100.0);
        QTest::newRow("negative zero") << GraphValue::number(-0.0);
        QTest::newRow("subnormal") << GraphValue::number(5e-324);
        QTest::newRow("max") << GraphValue::number(DBL_MAX);
        QTest::newRow("nan") << GraphValue::number(nan);
        QTest::newRow("-nan") << GraphValue::number(-nan);
        QTest::newRow("-inf") << GraphValue::number(-inf);
        QTest::newRow("bool") << GraphValue::boolean(false);
        QTest::newRow("point") << GraphValue::point(51.5071983337402f, -0.127599999308586f);
        QTest::newRow("vector") << GraphValue::vector({ 0.1f, -1.5f, 3.0f, 1e-40f });
        QTest::newRow("empty vector") << GraphValue::vector({});
        QTest::newRow("date") << GraphValue::temporal(T::Date, 1704067200);
        QTest::newRow("date before 1970") << GraphValue::temporal(T::Date, -86400LL * 365);
        QTest::newRow("date not at midnight") << GraphValue::temporal(T::Date, 1704067201);
        QTest::newRow("localtime") << GraphValue::temporal(T::Time, 3600 * 13 + 61);
        QTest::newRow("localdatetime") << GraphValue::temporal(T::DateTime, 1704067261);
        QTest::newRow("localdatetime far future") << GraphValue::temporal(T::DateTime, 400000000000LL);
        QTest::newRow("duration") << GraphValue::temporal(T::Duration, -5);
        QTest::newRow("mixed nested list") << GraphValue::array(
            { GraphValue::integer(1), GraphValue::string(QStringLiteral("a\"b\\c\n")), GraphValue::number(2.5),
              GraphValue::number(3.0), GraphValue::boolean(true),
              GraphValue::array({ GraphValue::integer(2), GraphValue::array({ GraphValue::number(nan) }) }),
              GraphValue::point(1.5f, -2.25f), GraphValue::vector({ 1.0f }), GraphValue::temporal(T::Date, 0),
              GraphValue::string(QStringLiteral("[P(OH)3Se]")), GraphValue::string(QStringLiteral("123")) });
        QTest::newRow("empty list") << GraphValue::array({});
    }

    void roundTrip()
    {
        QFETCH(GraphValue, value);
        const QByteArray text = TypedValueCodec::encode(value);
        const GraphValue back = TypedValueCodec::decode(value.type(), text);
        QVERIFY2(back == value, text.constData());
    }

    void textIsReadable()
    {
        QCOMPARE(TypedValueCodec::encode(GraphValue::number(0.1)), QByteArray("0.1"));
        QCOMPARE(TypedValueCodec::encode(GraphValue::number(100.0)), QByteArray("100.0"));
        QCOMPARE(TypedValueCodec::encode(GraphValue::number(0.1 + 0.2)), QByteArray("0.30000000000000004"));
        QCOMPARE(TypedValueCodec::encode(GraphValue::temporal(T::Date, 1704067200)), QByteArray("2024-01-01"));
        QCOMPARE(TypedValueCodec::encode(GraphValue::temporal(T::DateTime, 1704067261)), QByteArray("2024-01-01T00:01:01"));
        QCOMPARE(TypedValueCodec::encode(GraphValue::temporal(T::Time, 3661)), QByteArray("01:01:01"));
        QCOMPARE(TypedValueCodec::encode(GraphValue::point(1.5f, -2.25f)), QByteArray("1.5,-2.25"));
        QCOMPARE(TypedValueCodec::encode(GraphValue::vector({ 0.25f, -1.5f })), QByteArray("[0.25,-1.5]"));
        QCOMPARE(TypedValueCodec::encode(GraphValue::array({ GraphValue::integer(1), GraphValue::number(1.0) })),
                 QByteArray("[1,1.0]"));
    }

    void rejectsBadCells_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("int with letters") << int(T::Integer) << QByteArray("12a");
        QTest::newRow("int overflow") << int(T::Integer) << QByteArray("9223372036854775808");
        QTest::newRow("float without dot") << int(T::Double) << QByteArray("12");
        QTest::newRow("bool") << int(T::Boolean) << QByteArray("yes");
        QTest::newRow("point") << int(T::Point) << QByteArray("1.5");
        QTest::newRow("vector") << int(T::Vector) << QByteArray("[1,x]");
        QTest::newRow("list not closed") << int(T::Array) << QByteArray("[1,2");
        QTest::newRow("list with null") << int(T::Array) << QByteArray("[1,null]");
        QTest::newRow("list unknown tag") << int(T::Array) << QByteArray("[{\"$map\":1}]");
        QTest::newRow("date") << int(T::Date) << QByteArray("2024-13-01");
        QTest::newRow("invalid utf-8") << int(T::String) << QByteArray("\xff\xfe");
    }

    void rejectsBadCells()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, text);
        QVERIFY_THROWS_EXCEPTION(OperationError, TypedValueCodec::decode(T(type), text));
    }
};

QTEST_GUILESS_MAIN(TestTypedValueCodec)
#include "tst_typedvaluecodec.moc"
