#include "SortedIdTable.h"

#include "OperationError.h"

#include <QDir>
#include <QObject>
#include <QtEndian>

#include <cstring>

SortedIdTable::SortedIdTable(int valueSize, const QString &directory)
    : m_valueSize(valueSize)
    , m_recordSize(8 + valueSize)
    , m_file((directory.isEmpty() ? QDir::tempPath() : directory) + QStringLiteral("/bmb-ids-XXXXXX"))
{
    if (!m_file.open())
        throw OperationError(OperationError::Kind::Failed,
                             QObject::tr("Cannot create a temporary file: %1").arg(m_file.errorString()),
                             QObject::tr("Check that the temporary folder is writable and not full."));
}

SortedIdTable::~SortedIdTable() = default;

void SortedIdTable::flushBuffer()
{
    if (m_buffer.isEmpty())
        return;
    if (m_file.write(m_buffer) != m_buffer.size())
        throw OperationError(OperationError::Kind::Failed,
                             QObject::tr("Cannot write a temporary file: %1").arg(m_file.errorString()),
                             QObject::tr("Check that the disk holding the temporary folder is not full."));
    m_buffer.clear();
}

void SortedIdTable::append(quint64 id, const void *value)
{
    Q_ASSERT(!m_map);
    if (m_count > 0 && id <= m_lastId)
        throw OperationError(OperationError::Kind::InvalidInput,
                             QObject::tr("Ids are not in ascending order (%1 after %2).").arg(id).arg(m_lastId));
    char key[8];
    qToBigEndian(id, key);
    m_buffer.append(key, 8);
    m_buffer.append(static_cast<const char *>(value), m_valueSize);
    m_lastId = id;
    ++m_count;
    if (m_buffer.size() >= (1 << 20))
        flushBuffer();
}

void SortedIdTable::finish()
{
    flushBuffer();
    m_file.flush();
    if (m_count == 0)
        return;
    m_map = m_file.map(0, m_count * m_recordSize);
    if (!m_map)
        throw OperationError(OperationError::Kind::Failed,
                             QObject::tr("Cannot map a temporary file: %1").arg(m_file.errorString()));
}

bool SortedIdTable::find(quint64 id, void *value) const
{
    if (!m_map)
        return false;
    qint64 low = 0;
    qint64 high = m_count - 1;
    while (low <= high) {
        const qint64 mid = (low + high) / 2;
        const uchar *record = m_map + mid * m_recordSize;
        const quint64 key = qFromBigEndian<quint64>(record);
        if (key == id) {
            std::memcpy(value, record + 8, m_valueSize);
            return true;
        }
        if (key < id)
            low = mid + 1;
        else
            high = mid - 1;
    }
    return false;
}

void SortedIdTable::at(qint64 index, quint64 *id, void *value) const
{
    Q_ASSERT(m_map && index >= 0 && index < m_count);
    const uchar *record = m_map + index * m_recordSize;
    *id = qFromBigEndian<quint64>(record);
    std::memcpy(value, record + 8, m_valueSize);
}
