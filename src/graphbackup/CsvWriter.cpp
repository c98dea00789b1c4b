#include "CsvWriter.h"

#include "OperationError.h"

#include <QObject>

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

void CsvWriter::appendField(QByteArray &out, const Field &field)
{
    const QByteArray &text = field.text;
    bool quote = field.forceQuotes;
    for (char c : text) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(text);
        return;
    }
    out.append('"');
    for (char c : text) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

QByteArray CsvWriter::encodeRecord(const QList<Field> &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendField(out, fields.at(i));
    }
    out.append("\r\n");
    return out;
}

void CsvWriter::writeRecord(const QList<Field> &fields)
{
    const QByteArray record = encodeRecord(fields);
    if (m_device->write(record) != record.size())
        throw OperationError(OperationError::Kind::Failed,
                             QObject::tr("Cannot write the backup file: %1").arg(m_device->errorString()),
                             QObject::tr("Check that the disk is not full and the folder is writable."));
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    QList<Field> converted;
    converted.reserve(fields.size());
    for (const QString &field : fields)
        converted.append({ field.toUtf8(), false });
    writeRecord(converted);
}
