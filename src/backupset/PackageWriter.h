#pragma once

#include <QString>

class TaskContext;

// Writes one .zip package of a complete backup set (docs/FORMAT.md, "Package"). Every entry sits
// under one top folder named after the set, so unzipping by hand gives the set folder back. Files are
// streamed in chunks (memory is one buffer whatever the file size), each one checked against the
// manifest's size and SHA-256 on the way, so a damaged set is never packaged. Data that is already
// dense (milvus-backup binlogs, compressed formats) is stored; text (CSV, JSON) is deflated. Every
// entry is written as ZIP64, so files and archives over 4 GiB work. The archive is written under a
// temporary name next to the target and renamed only when complete.
class PackageWriter
{
public:
    struct Options
    {
        int compressionLevel = 6;  // zlib level for deflated entries
        bool overwrite = false;    // replace an existing package of the same name
    };
    struct Result
    {
        QString packagePath;
        int entries = 0;
        qint64 inputBytes = 0;
        qint64 packageBytes = 0;
        int storedEntries = 0;     // written without compression
    };

    // Throws OperationError: NotFound (not a set / incomplete set), IntegrityError (a file does not
    // match the manifest), Conflict (the package exists), Failed (disk), Canceled.
    static Result write(const QString &setDirectory, const QString &packagePath, TaskContext &context,
                        const Options &options);
    static Result write(const QString &setDirectory, const QString &packagePath, TaskContext &context);

    // The package name used when none is given: <set folder>.zip next to the set folder.
    static QString defaultPackagePath(const QString &setDirectory);
    // Whether an entry is stored rather than deflated (binlogs and already-compressed formats).
    static bool storesUncompressed(const QString &relativePath);
};
