#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

// Writes RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted when it
// holds a comma, quote, CR or LF (quotes doubled), or when it must be told apart from an absent value.
class CsvWriter
{
public:
    // A field of a record: `quoted` forces quotes, which is how an empty string ("") differs from an
    // absent value (nothing between the commas).
    struct Field
    {
        QByteArray text;
        bool forceQuotes = false;
    };

    explicit CsvWriter(QIODevice *device);

    void writeRecord(const QList<Field> &fields);
    void writeRecord(const QStringList &fields);
    static QByteArray encodeRecord(const QList<Field> &fields);
    static void appendField(QByteArray &out, const Field &field);

private:
    QIODevice *m_device;
};
