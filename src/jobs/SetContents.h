#pragma once

#include "BackupManifest.h"

class TaskContext;

// Opens a backup set for reading: its manifest checked and every file verified against it, or, with
// `force`, an incomplete set (no manifest) read from its graph folders with a warning.
namespace SetContents {
// Throws OperationError: NotFound (no set / no manifest without force), InvalidInput (newer format),
// IntegrityError (a file fails its check: nothing may be restored from it).
BackupManifest openVerified(const QString &setDirectory, bool force, TaskContext &context, QStringList *warnings);
}
