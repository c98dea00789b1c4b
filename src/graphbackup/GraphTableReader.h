#pragma once

#include "CsvReader.h"
#include "GraphTableWriter.h"

#include <QFile>

// Reads a nodes.csv/edges.csv written by GraphTableWriter back into typed values, checking every cell
// against its column type. Errors name the file, the record and the column.
class GraphTableReader
{
public:
    struct Row
    {
        QList<CsvReader::Field> fixed;
        QList<GraphValue::Property> properties;
    };

    GraphTableReader(const QString &path, QStringList fixedColumns);

    // Opens the file and checks the header; throws OperationError(InvalidInput / NotFound).
    void open();
    bool next(Row *row);
    const QList<GraphTableWriter::Column> &columns() const { return m_columns; }
    qint64 bytesRead() const { return m_reader ? m_reader->bytesRead() : 0; }
    qint64 totalBytes() const { return m_file.size(); }
    [[noreturn]] void fail(const QString &what) const { m_reader->fail(what); }

private:
    QFile m_file;
    QStringList m_fixedColumns;
    QList<GraphTableWriter::Column> m_columns;
    std::unique_ptr<CsvReader> m_reader;
    QList<CsvReader::Field> m_fields;
};
