#pragma once

#include <QByteArray>
#include <QString>

class TaskContext;

// Streaming SHA-256 of files: memory stays at one buffer whatever the file size.
namespace FileDigest {
// Hex SHA-256 of the file; throws OperationError when it cannot be read or the task is canceled.
QByteArray sha256Hex(const QString &path, TaskContext *context = nullptr);
QByteArray sha256Hex(const QByteArray &data);
}
