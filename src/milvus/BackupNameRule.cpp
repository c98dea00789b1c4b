#include "BackupNameRule.h"

#include "OperationError.h"

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

}

QString BackupNameRule::backupNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("A backup name is required.");
    if (name.toUtf8().size() > MaxNameBytes)
        return tr("The backup name is longer than %1 bytes.").arg(MaxNameBytes);
    const QChar first = name.front();
    if (!isAsciiLetter(first) && first != QLatin1Char('_'))
        return tr("The backup name must start with a letter (A-Z, a-z) or an underscore.");
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('_')) {
            if (c.isSpace())
                return tr("The backup name must not contain spaces.");
            return tr("The backup name may only contain letters A-Z/a-z, digits and underscores, not \"%1\".").arg(c);
        }
    }
    return {};
}

void BackupNameRule::requireValidBackupName(const QString &name)
{
    const QString problem = backupNameProblem(name);
    if (!problem.isEmpty())
        throw OperationError(OperationError::Kind::InvalidInput,
                             tr("Invalid backup name \"%1\": %2").arg(name, problem),
                             tr("Use letters, digits and underscores only, starting with a letter or "
                                "underscore, at most %1 bytes (e.g. brandmind_2024_06_01).")
                                 .arg(MaxNameBytes));
}

QString BackupNameRule::collectionSuffixProblem(const QString &suffix)
{
    for (const QChar c : suffix) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('_'))
            return tr("The collection suffix may only contain letters A-Z/a-z, digits and underscores, not \"%1\".")
                .arg(c);
    }
    return {};
}

bool BackupNameRule::isValidCollectionToken(const QString &token)
{
    if (token == QLatin1String("*"))
        return true;
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        // Go's \w is ASCII-only: [0-9A-Za-z_].
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('_'))
            return false;
    }
    return true;
}
