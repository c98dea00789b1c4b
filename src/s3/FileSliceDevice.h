#pragma once

#include <QFile>
#include <QIODevice>

// A read-only window [offset, offset + length) of a file, so that QNetworkAccessManager can stream a
// multipart part (or a whole file) straight from disk: memory stays at Qt's socket buffers, never the
// part size.
class FileSliceDevice : public QIODevice
{
public:
    FileSliceDevice(const QString &path, qint64 offset, qint64 length);

    // Opens the file read-only; false (with errorString()) when it cannot be opened or is shorter
    // than the window.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 position) override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};
