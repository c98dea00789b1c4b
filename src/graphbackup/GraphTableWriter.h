#pragma once

#include "CsvWriter.h"
#include "GraphValue.h"

#include <QHash>
#include <QTemporaryFile>

class TaskContext;

// Writes nodes.csv or edges.csv: a few fixed columns (_id, _labels, ...) and one column per property
// key and value type, named "key:Type" (a key that holds integers on some nodes and strings on others
// gets two columns). Columns are only known once every row has been seen, so rows go to a temporary
// body first; finish() writes the header and the rows, padded to the final width, into the target
// file through QSaveFile. Memory stays at one row whatever the number of rows.
class GraphTableWriter
{
public:
    struct Column
    {
        QString key;
        GraphValue::Type type;
    };
    struct Result
    {
        qint64 rows = 0;
        qint64 bytes = 0;
        QByteArray sha256Hex;
        QList<Column> columns;
    };

    GraphTableWriter(QString path, QStringList fixedColumns, const QString &temporaryDirectory = {});

    void writeRow(const QList<CsvWriter::Field> &fixedFields, const QList<GraphValue::Property> &properties);
    Result finish(TaskContext *context);
    static QString columnHeader(const Column &column);

private:
    QString m_path;
    QStringList m_fixedColumns;
    QList<Column> m_columns;
    QHash<QString, int> m_columnIndex; // "type\x1fkey" -> index among property columns
    QTemporaryFile m_body;
    QTemporaryFile m_index; // per row: byte length and field count (2 x quint32)
    QByteArray m_bodyBuffer;
    QByteArray m_indexBuffer;
    qint64 m_rows = 0;
};
