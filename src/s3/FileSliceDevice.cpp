#include "FileSliceDevice.h"

#include <QObject>

FileSliceDevice::FileSliceDevice(const QString &path, qint64 offset, qint64 length)
    : m_file(path)
    , m_offset(offset)
    , m_length(length)
{
}

bool FileSliceDevice::open(OpenMode mode)
{
    if (mode != ReadOnly) {
        setErrorString(QObject::tr("A file slice can only be read."));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (m_file.size() < m_offset + m_length) {
        setErrorString(QObject::tr("%1 is shorter than expected (%2 bytes, needed %3); did it change?")
                           .arg(m_file.fileName())
                           .arg(m_file.size())
                           .arg(m_offset + m_length));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    // Unbuffered: QIODevice's own read buffer would get out of step with seek() on m_file.
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

void FileSliceDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileSliceDevice::seek(qint64 position)
{
    if (position < 0 || position > m_length || !m_file.seek(m_offset + position))
        return false;
    return QIODevice::seek(position);
}

bool FileSliceDevice::atEnd() const
{
    return pos() >= m_length;
}

qint64 FileSliceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 remaining = m_length - pos();
    if (remaining <= 0)
        return -1;
    const qint64 n = m_file.read(data, qMin(maxSize, remaining));
    if (n < 0)
        setErrorString(m_file.errorString());
    return n;
}

qint64 FileSliceDevice::writeData(const char *, qint64)
{
    return -1;
}
