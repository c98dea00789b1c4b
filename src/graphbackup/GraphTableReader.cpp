#include "GraphTableReader.h"

#include "OperationError.h"
#include "TypedValueCodec.h"

#include <QFileInfo>
#include <QObject>

GraphTableReader::GraphTableReader(const QString &path, QStringList fixedColumns)
    : m_file(path)
    , m_fixedColumns(std::move(fixedColumns))
{
}

void GraphTableReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::NotFound,
                             QObject::tr("Cannot open %1: %2").arg(m_file.fileName(), m_file.errorString()),
                             QObject::tr("The backup set is incomplete; nothing was restored."));
    m_reader = std::make_unique<CsvReader>(&m_file, QFileInfo(m_file).fileName());
    QList<CsvReader::Field> header;
    if (!m_reader->readRecord(&header))
        m_reader->fail(QObject::tr("the file is empty (no header)"));
    if (header.size() < m_fixedColumns.size())
        m_reader->fail(QObject::tr("the header lacks the columns %1").arg(m_fixedColumns.join(QLatin1String(", "))));
    for (qsizetype i = 0; i < m_fixedColumns.size(); ++i) {
        if (QString::fromUtf8(header.at(i).text) != m_fixedColumns.at(i))
            m_reader->fail(QObject::tr("column %1 should be '%2'").arg(i + 1).arg(m_fixedColumns.at(i)));
    }
    for (qsizetype i = m_fixedColumns.size(); i < header.size(); ++i) {
        const QString name = QString::fromUtf8(header.at(i).text);
        const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
        const auto type = colon > 0 ? TypedValueCodec::columnTypeFromName(name.mid(colon + 1)) : std::nullopt;
        if (!type)
            m_reader->fail(QObject::tr("column '%1' is not of the form key:Type with a known type").arg(name));
        m_columns.append({ name.left(colon), *type });
    }
}

bool GraphTableReader::next(Row *row)
{
    if (!m_reader->readRecord(&m_fields))
        return false;
    const qsizetype width = m_fixedColumns.size() + m_columns.size();
    if (m_fields.size() != width)
        m_reader->fail(QObject::tr("%1 fields where the header has %2").arg(m_fields.size()).arg(width));
    row->fixed = m_fields.mid(0, m_fixedColumns.size());
    row->properties.clear();
    for (qsizetype i = m_fixedColumns.size(); i < width; ++i) {
        const CsvReader::Field &field = m_fields.at(i);
        if (field.text.isEmpty() && !field.quoted)
            continue; // no value
        const auto &column = m_columns.at(i - m_fixedColumns.size());
        try {
            row->properties.append({ column.key, TypedValueCodec::decode(column.type, field.text) });
        } catch (const OperationError &error) {
            m_reader->fail(QObject::tr("column '%1': %2").arg(GraphTableWriter::columnHeader(column), error.message()));
        }
    }
    return true;
}
