#include "CsvReader.h"
#include "GraphTableReader.h"
#include "GraphTableWriter.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using P = GraphValue::Property;

class TestGraphTable : public QObject
{
    Q_OBJECT

private slots:
    void columnsPerKeyAndTypeAndRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nodes.csv"));
        GraphTableWriter writer(path, { QStringLiteral("_id"), QStringLiteral("_labels") });
        const QList<QList<P>> rows {
            { P { QStringLiteral("name"), GraphValue::string(QStringLiteral("Ada")) } },
            { P { QStringLiteral("name"), GraphValue::string(QString()) }, P { QStringLiteral("score"), GraphValue::integer(3) } },
            { P { QStringLiteral("score"), GraphValue::number(0.5) } },           // same key, other type
            {},                                                                    // no properties at all
            { P { QStringLiteral("a:b"), GraphValue::string(QStringLiteral("colon in key")) } },
        };
        for (int i = 0; i < rows.size(); ++i)
            writer.writeRow({ { QByteArray::number(i), false }, { "[]", false } }, rows[i]);
        CallbackTaskContext context;
        const auto result = writer.finish(&context);
        QCOMPARE(result.rows, rows.size());
        QCOMPARE(result.columns.size(), 4);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.readLine();
        QCOMPARE(header, QByteArray("_id,_labels,name:String,score:Integer,score:Float,a:b:String\r\n"));
        file.close();

        GraphTableReader reader(path, { QStringLiteral("_id"), QStringLiteral("_labels") });
        reader.open();
        GraphTableReader::Row row;
        for (int i = 0; i < rows.size(); ++i) {
            QVERIFY(reader.next(&row));
            QCOMPARE(row.fixed[0].text, QByteArray::number(i));
            QCOMPARE(row.properties, rows[i]);
        }
        QVERIFY(!reader.next(&row));
    }

    void rejectsDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("wrong fixed column") << QByteArray("id,_labels\r\n") << QStringLiteral("column 1");
        QTest::newRow("unknown type") << QByteArray("_id,_labels,x:Blob\r\n") << QStringLiteral("x:Blob");
        QTest::newRow("short row") << QByteArray("_id,_labels,x:Integer\r\n1,[]\r\n") << QStringLiteral("2 fields");
        QTest::newRow("wrong cell type") << QByteArray("_id,_labels,x:Integer\r\n1,[],abc\r\n") << QStringLiteral("x:Integer");
        QTest::newRow("truncated quoted cell") << QByteArray("_id,_labels,x:String\r\n1,[],\"abc") << QStringLiteral("truncated");
    }

    void rejectsDamagedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nodes.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        try {
            GraphTableReader reader(path, { QStringLiteral("_id"), QStringLiteral("_labels") });
            reader.open();
            GraphTableReader::Row row;
            while (reader.next(&row)) {
            }
            QFAIL("no error");
        } catch (const OperationError &error) {
            QCOMPARE(error.kind(), OperationError::Kind::InvalidInput);
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
    }

    void canceledFinishLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edges.csv"));
        GraphTableWriter writer(path, { QStringLiteral("_id") });
        writer.writeRow({ { "1", false } }, {});
        CallbackTaskContext context;
        context.cancel();
        QVERIFY_THROWS_EXCEPTION(OperationError, writer.finish(&context));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestGraphTable)
#include "tst_graphtable.moc"
