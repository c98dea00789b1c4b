#pragma once

#include "S3Client.h"
#include "S3Endpoint.h"
#include "S3Types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class TaskContext;

// Copies a whole backup folder "<root>/<name>/" between an S3 bucket and a local directory, both
// ways, with N transfers in parallel (one S3Client and thread per worker), and proves every byte
// arrived: per-file size against the listing, MD5 against plain ETags, SHA-256 of what was written
// or read, and after an upload a listing plus a HEAD of every object. Files appear locally under
// their final names only when whole. The returned list is the manifest: relative key, size,
// SHA-256, ETag.
class S3FolderTransfer
{
public:
    struct Options
    {
        int parallelTransfers = 4;
        S3Client::Options client;
        // Upload: refuse a destination prefix that already holds objects (milvus-backup does too).
        bool requireEmptyRemoteFolder = true;
        // Download: keep a local file that already has the listed size and an MD5 equal to a plain
        // ETag instead of fetching it again.
        bool reuseCompleteLocalFiles = true;
    };

    // Lower ranks are uploaded (and verified) completely before any file of a higher rank starts.
    using UploadOrder = std::function<int(const QString &relativeKey)>;

    explicit S3FolderTransfer(S3Endpoint endpoint);
    S3FolderTransfer(S3Endpoint endpoint, Options options);

    QList<S3TransferredFile> download(const QString &folderName, const QString &localDirectory,
                                      TaskContext *context = nullptr);
    QList<S3TransferredFile> upload(const QString &localDirectory, const QString &folderName,
                                    const UploadOrder &order = {}, TaskContext *context = nullptr);

    // milvus-backup: binlogs (and anything else) first, then meta/*, then meta/full_meta.json, and
    // meta/backup_meta.json last, because its presence is what makes a folder "a backup".
    static int milvusBackupUploadOrder(const QString &relativeKey);

    // Why a key (relative to the folder) cannot become a local path, or an empty string when it can:
    // "..", ".", empty segments, absolute paths, NUL, our own partial-file suffix.
    static QString rejectReason(const QString &relativeKey);
    // Keys that are also the "directory" of another key ("a/b" and "a/b/c"): a filesystem cannot hold both.
    static QStringList fileDirectoryConflicts(const QStringList &relativeKeys);
    // Re-reads local files against a manifest; one line per missing, resized or changed file.
    static QStringList verifyLocalFiles(const QString &localDirectory, const QList<S3TransferredFile> &files,
                                        TaskContext *context = nullptr);

private:
    S3Endpoint m_endpoint;
    Options m_options;
};
