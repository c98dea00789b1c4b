#include "GraphTableWriter.h"

#include "OperationError.h"
#include "TaskContext.h"
#include "TypedValueCodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>
#include <QtEndian>

namespace {

[[noreturn]] void writeFailed(const QString &what, const QString &reason)
{
    throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write %1: %2").arg(what, reason),
                         QObject::tr("Check that the disk is not full and the folder is writable."));
}

void flushTo(QTemporaryFile &file, QByteArray &buffer)
{
    if (buffer.isEmpty())
        return;
    if (file.write(buffer) != buffer.size())
        writeFailed(file.fileName(), file.errorString());
    buffer.clear();
}

} // namespace

GraphTableWriter::GraphTableWriter(QString path, QStringList fixedColumns, const QString &temporaryDirectory)
    : m_path(std::move(path))
    , m_fixedColumns(std::move(fixedColumns))
{
    const QString dir = temporaryDirectory.isEmpty() ? QFileInfo(m_path).absolutePath() : temporaryDirectory;
    m_body.setFileTemplate(dir + QStringLiteral("/.bmb-body-XXXXXX"));
    m_index.setFileTemplate(dir + QStringLiteral("/.bmb-index-XXXXXX"));
    if (!m_body.open() || !m_index.open())
        writeFailed(dir, m_body.errorString());
}

QString GraphTableWriter::columnHeader(const Column &column)
{
    return column.key + QLatin1Char(':') + TypedValueCodec::columnTypeName(column.type);
}

void GraphTableWriter::writeRow(const QList<CsvWriter::Field> &fixedFields,
                                const QList<GraphValue::Property> &properties)
{
    QList<CsvWriter::Field> fields = fixedFields;
    for (const auto &property : properties) {
        const QString id = QString::number(int(property.value.type())) + QLatin1Char('\x1f') + property.key;
        auto it = m_columnIndex.constFind(id);
        int index;
        if (it == m_columnIndex.constEnd()) {
            index = int(m_columns.size());
            m_columns.append({ property.key, property.value.type() });
            m_columnIndex.insert(id, index);
        } else {
            index = it.value();
        }
        const qsizetype position = m_fixedColumns.size() + index;
        while (fields.size() <= position)
            fields.append(CsvWriter::Field {});
        // Strings are quoted when empty so that "" differs from "no value".
        fields[position] = { TypedValueCodec::encode(property.value),
                             property.value.type() == GraphValue::Type::String && property.value.toString().isEmpty() };
    }
    QByteArray record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            record.append(',');
        CsvWriter::appendField(record, fields.at(i));
    }
    char entry[8];
    qToLittleEndian(quint32(record.size()), entry);
    qToLittleEndian(quint32(fields.size()), entry + 4);
    m_indexBuffer.append(entry, 8);
    m_bodyBuffer.append(record);
    ++m_rows;
    if (m_bodyBuffer.size() >= (1 << 20)) {
        flushTo(m_body, m_bodyBuffer);
        flushTo(m_index, m_indexBuffer);
    }
}

GraphTableWriter::Result GraphTableWriter::finish(TaskContext *context)
{
    flushTo(m_body, m_bodyBuffer);
    flushTo(m_index, m_indexBuffer);
    m_body.flush();
    m_index.flush();
    m_body.seek(0);
    m_index.seek(0);

    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        writeFailed(m_path, out.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 bytes = 0;
    const auto put = [&](const QByteArray &data) {
        if (out.write(data) != data.size())
            writeFailed(m_path, out.errorString());
        hash.addData(data);
        bytes += data.size();
    };

    QStringList header = m_fixedColumns;
    for (const Column &column : std::as_const(m_columns))
        header.append(columnHeader(column));
    QList<CsvWriter::Field> headerFields;
    for (const QString &name : std::as_const(header))
        headerFields.append({ name.toUtf8(), false });
    put(CsvWriter::encodeRecord(headerFields));

    const qsizetype width = header.size();
    QByteArray chunk;
    for (qint64 row = 0; row < m_rows; ++row) {
        if (context && (row & 0xfff) == 0)
            context->checkCanceled();
        char entry[8];
        if (m_index.read(entry, 8) != 8)
            writeFailed(m_path, QObject::tr("the temporary index is short"));
        const quint32 length = qFromLittleEndian<quint32>(entry);
        const quint32 fieldCount = qFromLittleEndian<quint32>(entry + 4);
        QByteArray record = m_body.read(length);
        if (record.size() != qsizetype(length))
            writeFailed(m_path, QObject::tr("the temporary body is short"));
        for (qsizetype i = fieldCount; i < width; ++i)
            record.append(',');
        record.append("\r\n");
        chunk.append(record);
        if (chunk.size() >= (1 << 20)) {
            put(chunk);
            chunk.clear();
        }
    }
    put(chunk);
    if (!out.commit())
        writeFailed(m_path, out.errorString());
    m_body.remove();
    m_index.remove();
    return { m_rows, bytes, hash.result().toHex(), m_columns };
}
