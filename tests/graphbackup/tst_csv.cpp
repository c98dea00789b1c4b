#include "CsvReader.h"
#include "CsvWriter.h"
#include "OperationError.h"

#include <QBuffer>
#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void writesRfc4180()
    {
        QCOMPARE(CsvWriter::encodeRecord({ { "a", false }, { "b,c", false }, { "say \"hi\"", false }, { "", true }, { "", false } }),
                 QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"\",\r\n"));
        QCOMPARE(CsvWriter::encodeRecord({ { "line1\nline2", false } }), QByteArray("\"line1\nline2\"\r\n"));
    }

    void readsBackWhatItWrote()
    {
        QByteArray data;
        const QList<QList<CsvWriter::Field>> records {
            { { "x", false }, { "", true }, { "", false } },
            { { "a\r\nb", false }, { "\"", false }, { "Nguyễn, Văn", false } },
            { { "", false } },
        };
        for (const auto &record : records)
            data.append(CsvWriter::encodeRecord(record));
        // Also large enough to cross the reader's buffer boundary.
        QByteArray big(200000, 'z');
        data.append(CsvWriter::encodeRecord({ { big, false }, { "end", false } }));
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, QStringLiteral("test.csv"));
        QList<CsvReader::Field> fields;
        for (const auto &record : records) {
            QVERIFY(reader.readRecord(&fields));
            QCOMPARE(fields.size(), record.size());
            for (int i = 0; i < record.size(); ++i) {
                QCOMPARE(fields[i].text, record[i].text);
                if (record[i].text.isEmpty())
                    QCOMPARE(fields[i].quoted, record[i].forceQuotes);
            }
        }
        QVERIFY(reader.readRecord(&fields));
        QCOMPARE(fields[0].text, big);
        QCOMPARE(fields[1].text, QByteArray("end"));
        QVERIFY(!reader.readRecord(&fields));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("unterminated quote (truncated file)") << QByteArray("a,\"bc\r\n");
        QTest::newRow("quote inside unquoted field") << QByteArray("a,b\"c\r\n");
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\r\n");
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, data);
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, QStringLiteral("bad.csv"));
        QList<CsvReader::Field> fields;
        try {
            while (reader.readRecord(&fields)) {
            }
            QFAIL("no error");
        } catch (const OperationError &error) {
            QCOMPARE(error.kind(), OperationError::Kind::InvalidInput);
            QVERIFY(error.message().contains(QLatin1String("bad.csv, record 1")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
