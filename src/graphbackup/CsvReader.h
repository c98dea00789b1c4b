#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

// Streams RFC 4180 records from a device with a bounded buffer. It keeps whether each field was quoted
// (an empty quoted field is an empty string, an empty unquoted field is "no value"), and reports
// malformed input (a stray quote, an unterminated quoted field, invalid UTF-8) with the record number.
class CsvReader
{
public:
    struct Field
    {
        QByteArray text;
        bool quoted = false;
    };

    CsvReader(QIODevice *device, QString sourceName);

    // Reads the next record into *fields; returns false at the end of input. Throws OperationError
    // (InvalidInput) on malformed input.
    bool readRecord(QList<Field> *fields);
    // 1-based number of the record last returned (the header is record 1).
    qint64 recordNumber() const { return m_recordNumber; }
    qint64 bytesRead() const { return m_consumed; }
    const QString &sourceName() const { return m_sourceName; }

    [[noreturn]] void fail(const QString &what) const;

private:
    bool fill();

    QIODevice *m_device;
    QString m_sourceName;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_recordNumber = 0;
    bool m_atEnd = false;
};
