#pragma once

#include <QCoreApplication>
#include <QString>

// milvus-backup's name rules, checked before any request so that a bad name never reaches the
// server (where 0.5.10+ can panic on an empty name, and <= 0.5.9 silently invents one).
class BackupNameRule
{
    Q_DECLARE_TR_FUNCTIONS(BackupNameRule)

public:
    static constexpr int MaxNameBytes = 128;

    // ^[A-Za-z_][A-Za-z0-9_]*$, at most 128 bytes (ValidateName in milvus-backup).
    // Returns an empty string when valid, else the reason in words.
    static QString backupNameProblem(const QString &name);
    // Throws OperationError(InvalidInput) naming the rule.
    static void requireValidBackupName(const QString &name);
    // Collection suffix for restore: [A-Za-z0-9_]* (may be empty).
    static QString collectionSuffixProblem(const QString &suffix);
    // Database or collection token in filters and renames: \w+ (or "*" for "all collections").
    static bool isValidCollectionToken(const QString &token);
};
