#pragma once

#include "PackageReader.h"

#include <QString>

#include <memory>

class QTemporaryDir;
class TaskContext;

// A backup set given by the user as a folder or as a package (.zip). A folder is used as it is; a
// package is checked and extracted (PackageReader) into a temporary folder next to it, or under TMPDIR
// when there is no room there, and that folder is removed again when this object goes away. Either
// way directory() is then opened like any set folder (manifest and checksums verified by the caller).
class SetSource
{
public:
    // Throws OperationError as PackageReader does; a missing path is NotFound.
    SetSource(const QString &path, TaskContext &context);
    SetSource(const QString &path, TaskContext &context, PackageReader::Limits limits);
    ~SetSource();
    SetSource(const SetSource &) = delete;
    SetSource &operator=(const SetSource &) = delete;

    QString directory() const { return m_directory; }
    bool isPackage() const { return m_extracted != nullptr; }
    QString originalPath() const { return m_originalPath; }

private:
    QString m_originalPath;
    QString m_directory;
    std::unique_ptr<QTemporaryDir> m_extracted;
};
