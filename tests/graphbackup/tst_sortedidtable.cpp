#include "OperationError.h"
#include "SortedIdTable.h"

#include <QTest>

class TestSortedIdTable : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryIdAndNothingElse()
    {
        SortedIdTable table(8);
        for (quint64 id = 0; id < 300000; ++id) {
            const quint64 value = id * 7 + 3;
            table.append(id * 3 + 1, &value); // holes between ids
        }
        table.finish();
        QCOMPARE(table.size(), 300000);
        for (quint64 id : { quint64(1), quint64(4), quint64(3 * 150000 + 1), quint64(3 * 299999 + 1) }) {
            quint64 value = 0;
            QVERIFY(table.find(id, &value));
            QCOMPARE(value, (id - 1) / 3 * 7 + 3);
        }
        quint64 value = 0;
        QVERIFY(!table.find(0, &value));
        QVERIFY(!table.find(2, &value));
        QVERIFY(!table.find(3 * 300000 + 1, &value));
    }

    void refusesUnorderedIds()
    {
        SortedIdTable table(1);
        const char v = 'x';
        table.append(5, &v);
        QVERIFY_THROWS_EXCEPTION(OperationError, table.append(5, &v));
        QVERIFY_THROWS_EXCEPTION(OperationError, table.append(4, &v));
    }

    void emptyTableFindsNothing()
    {
        SortedIdTable table(4);
        table.finish();
        int value;
        QVERIFY(!table.find(0, &value));
    }
};

QTEST_GUILESS_MAIN(TestSortedIdTable)
#include "tst_sortedidtable.moc"
