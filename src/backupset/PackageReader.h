#pragma once

#include "BackupManifest.h"

#include <QString>
#include <QStringList>

class TaskContext;

// Reads a package written by PackageWriter (or any zip of a backup set) into a folder, treating the
// archive as hostile until it has checked out:
//   1. the central directory: entry count, names (no "..", absolute paths, drive letters, backslashes,
//      control characters), no symlinks or other special entries, no duplicates, no encryption, only
//      stored/deflated entries, declared total size and compression ratio within limits;
//   2. the manifest inside: it must parse, and the entries must be exactly its files with its sizes;
//   3. free space at the destination for the declared total;
//   4. only then extraction, into a fresh folder, every entry's bytes counted against its declared
//      size and its CRC checked. Nothing is written anywhere but under that folder.
// The set's SHA-256 checksums are then verified by whoever opens the set (SetContents / VerifyJob).
class PackageReader
{
public:
    struct Limits
    {
        int maxEntries = 100000;
        qint64 maxTotalBytes = qint64(4) << 40;     // 4 TiB uncompressed
        // Deflate can reach ~1030:1; real CSV/JSON stays far below. Only entries larger than
        // ratioFloorBytes are judged, since tiny entries cannot hurt.
        double maxCompressionRatio = 400.0;
        qint64 ratioFloorBytes = qint64(1) << 20;
        qint64 maxManifestBytes = qint64(64) << 20;
    };
    struct Entry
    {
        QString name;             // as in the archive (with the top folder)
        QString relativePath;     // inside the set
        qint64 size = 0;
        qint64 compressedSize = 0;
        bool directory = false;
    };
    struct Result
    {
        QString setDirectory;     // where the set now is (destination/<top folder> or destination)
        int files = 0;
        qint64 bytes = 0;
    };

    explicit PackageReader(QString packagePath);
    PackageReader(QString packagePath, Limits limits);

    // Checks steps 1 and 2 without writing anything; throws OperationError (InvalidInput for a hostile
    // or malformed archive, IntegrityError for a corrupt one, NotFound when it cannot be read).
    QList<Entry> inspect();
    // Inspects, then extracts into `destination`, which must be an empty or missing folder.
    Result extractTo(const QString &destination, TaskContext &context);

    // A file that looks like a zip (its name ends with .zip or it starts with "PK\x03\x04").
    static bool isPackage(const QString &path);
    // The manifest inside, once inspect() has passed.
    const BackupManifest &manifest() const { return m_manifest; }

private:
    QString m_path;
    Limits m_limits;
    QString m_topFolder;
    qint64 m_declaredTotal = 0;
    BackupManifest m_manifest;
};
