#pragma once

#include <QByteArray>
#include <QTemporaryFile>

// A map from 64-bit ids to fixed-size values, kept in a temporary file rather than in memory so that a
// ten-million-node graph needs the same heap as a small one. Ids must be appended in strictly ascending
// order (exports and restores walk nodes by id range); lookups binary-search the memory-mapped file.
class SortedIdTable
{
public:
    SortedIdTable(int valueSize, const QString &directory = {});
    ~SortedIdTable();

    // Throws OperationError when the id is not above the previous one or the disk is full.
    void append(quint64 id, const void *value);
    // Flushes and maps the file; call once after the last append (append() afterwards is an error).
    void finish();
    // Copies the value of `id` into *value and returns true, or returns false when the id is absent.
    bool find(quint64 id, void *value) const;
    // The index-th record in id order (0 <= index < size()), after finish().
    void at(qint64 index, quint64 *id, void *value) const;
    qint64 size() const { return m_count; }

private:
    void flushBuffer();

    int m_valueSize;
    int m_recordSize;
    QTemporaryFile m_file;
    QByteArray m_buffer;
    qint64 m_count = 0;
    quint64 m_lastId = 0;
    const uchar *m_map = nullptr;
};
