#pragma once

#include <QList>
#include <QString>

class QCryptographicHash;
class TaskContext;

// Feeds bytes [offset, offset + length) of a file into several digests in one read, with a cancel
// check per MiB. Uploads need the MD5 (Content-MD5) and the SHA-256 (signed payload, manifest)
// before the body goes out; a resumed download needs the digests of what is already on disk.
class FileRangeHasher
{
public:
    // Throws OperationError: NotFound when the file cannot be opened, Failed when it cannot be read
    // or is shorter than the range, Canceled.
    static void hash(const QString &path, qint64 offset, qint64 length, TaskContext *context,
                     const QList<QCryptographicHash *> &hashes);
};
