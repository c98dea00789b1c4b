#include "ProfileStore.h"

#include "CredentialStore.h"
#include "OperationError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcProfileStore, "bmb.profiles.store")

namespace {

const QLatin1String ProfilesFormat("brandmind-backup-profiles");
const QLatin1String ExportFormat("brandmind-backup-profile-export");
constexpr int LockTimeoutMs = 15000;

// QLockFile guards against other processes; threads of this process are serialised here as well, so
// two ProfileStore objects on the same file behave like two processes would.
QMutex s_inProcessMutex;

int indexOf(const QList<ConnectionProfile> &profiles, const QString &name)
{
    for (int i = 0; i < profiles.size(); ++i) {
        if (ConnectionProfile::sameName(profiles.at(i).name(), name))
            return i;
    }
    return -1;
}

OperationError notFound(const QString &name)
{
    return OperationError(OperationError::Kind::NotFound,
                          ProfileStore::tr("There is no profile called \"%1\".").arg(name));
}

void requireFreeName(const QList<ConnectionProfile> &profiles, const QString &name, int exceptIndex = -1)
{
    ConnectionProfile::validateName(name);
    const int existing = indexOf(profiles, name);
    if (existing >= 0 && existing != exceptIndex)
        throw OperationError(OperationError::Kind::Conflict,
                             ProfileStore::tr("A profile called \"%1\" already exists.")
                                 .arg(profiles.at(existing).name()),
                             ProfileStore::tr("Choose another name."));
}

OperationError damaged(const QString &path, const QString &detail)
{
    return OperationError(OperationError::Kind::InvalidInput,
                          ProfileStore::tr("The profiles file %1 cannot be read: %2. It was left unchanged.")
                              .arg(QDir::toNativeSeparators(path), detail),
                          ProfileStore::tr("Repair it in a text editor, or move it aside to start with no "
                                           "profiles. BrandMind Backup will not overwrite it."));
}

// Parses a profiles or export file. formats lists the accepted "format" values.
QList<ExportedProfile> parseFile(const QString &path, const QByteArray &bytes, const QStringList &formats,
                                 bool keepSecrets)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw damaged(path, ProfileStore::tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        throw damaged(path, ProfileStore::tr("it is not a JSON object"));
    const QJsonObject root = document.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (!formats.contains(format))
        throw damaged(path, ProfileStore::tr("it is not a BrandMind Backup profiles file"));
    const QJsonValue versionValue = root.value(QLatin1String("version"));
    if (!versionValue.isDouble() || versionValue.toDouble() != double(versionValue.toInt()) || versionValue.toInt() < 1)
        throw damaged(path, ProfileStore::tr("its format version is missing or invalid"));
    const int version = versionValue.toInt();
    if (version > ProfileStore::FormatVersion)
        throw OperationError(OperationError::Kind::InvalidInput,
                             ProfileStore::tr("The profiles file %1 was written by a newer version of BrandMind "
                                              "Backup (format %2; this version reads up to format %3). It was "
                                              "left unchanged.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(version)
                                 .arg(ProfileStore::FormatVersion),
                             ProfileStore::tr("Update BrandMind Backup on this computer, or use a separate "
                                              "profiles file."));
    const QJsonValue list = root.value(QLatin1String("profiles"));
    if (!list.isArray())
        throw damaged(path, ProfileStore::tr("it has no list of profiles"));

    QList<ExportedProfile> entries;
    QList<ConnectionProfile> seen;
    for (const QJsonValue &value : list.toArray()) {
        if (!value.isObject())
            throw damaged(path, ProfileStore::tr("a profile entry is not an object"));
        ExportedProfile entry;
        try {
            entry.profile = ConnectionProfile::fromJson(value.toObject(), keepSecrets ? &entry.secrets : nullptr);
        } catch (const OperationError &error) {
            throw damaged(path, error.message());
        }
        if (indexOf(seen, entry.profile.name()) >= 0)
            throw damaged(path, ProfileStore::tr("the name \"%1\" is used twice").arg(entry.profile.name()));
        seen.append(entry.profile);
        entries.append(entry);
    }
    return entries;
}

QList<ConnectionProfile> readProfilesFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::Failed,
                             ProfileStore::tr("Cannot read the profiles file %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()),
                             ProfileStore::tr("Check the file's permissions."));
    // The profiles file never holds secrets; if someone pasted one in, it is ignored, not propagated.
    const auto entries = parseFile(path, file.readAll(), {ProfilesFormat}, false);
    QList<ConnectionProfile> profiles;
    for (const auto &entry : entries)
        profiles.append(entry.profile);
    return profiles;
}

void writeJsonFile(const QString &path, const QJsonObject &root, bool ownerOnly)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        throw OperationError(OperationError::Kind::Failed,
                             ProfileStore::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw OperationError(OperationError::Kind::Failed,
                             ProfileStore::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path),
                                                                         file.errorString()));
    // Set before the first byte is written, so no secret is ever readable by others, not even briefly.
    if (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        throw OperationError(OperationError::Kind::Failed,
                             ProfileStore::tr("Cannot restrict the permissions of %1; nothing was written.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        throw OperationError(OperationError::Kind::Failed,
                             ProfileStore::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path),
                                                                         file.errorString()));
}

QJsonObject profilesDocument(const QList<ConnectionProfile> &profiles)
{
    QJsonArray list;
    for (const auto &profile : profiles)
        list.append(profile.toJson());
    return QJsonObject{{QLatin1String("format"), ProfilesFormat},
                       {QLatin1String("version"), ProfileStore::FormatVersion},
                       {QLatin1String("profiles"), list}};
}

void bestEffort(const std::function<void()> &step, const char *what)
{
    if (!step)
        return;
    try {
        step();
    } catch (const OperationError &error) {
        qCWarning(lcProfileStore, "%s: %s", what, qUtf8Printable(error.fullText()));
    }
}

}

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + QStringLiteral("/profiles.json");
}

QString ProfileStore::portableFilePath(const QString &portableDir)
{
    return QDir(portableDir).filePath(QStringLiteral("profiles.json"));
}

ProfileStore::ProfileStore(QString filePath, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_credentials(credentials)
{
}

void ProfileStore::load()
{
    QMutexLocker locker(&s_inProcessMutex);
    m_profiles = readProfilesFile(m_filePath);
    emit profilesChanged();
}

QStringList ProfileStore::names() const
{
    QStringList names;
    for (const auto &profile : m_profiles)
        names.append(profile.name());
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    return indexOf(m_profiles, name) >= 0;
}

ConnectionProfile ProfileStore::profile(const QString &name) const
{
    const int index = indexOf(m_profiles, name);
    if (index < 0)
        throw notFound(name);
    return m_profiles.at(index);
}

void ProfileStore::modify(const Change &change)
{
    QMutexLocker inProcess(&s_inProcessMutex);
    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(dir))
        throw OperationError(OperationError::Kind::Failed,
                             tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    if (!lock.tryLock(LockTimeoutMs))
        throw OperationError(OperationError::Kind::Timeout,
                             tr("The profiles file %1 is being changed by another program.")
                                 .arg(QDir::toNativeSeparators(m_filePath)),
                             tr("Close other BrandMind Backup windows or commands and try again. If none is "
                                "running, delete %1.")
                                 .arg(QDir::toNativeSeparators(lock.error() == QLockFile::PermissionError
                                                                   ? dir
                                                                   : m_filePath + QStringLiteral(".lock"))));
    QList<ConnectionProfile> profiles = readProfilesFile(m_filePath);
    const KeychainSteps steps = change(profiles);
    try {
        writeJsonFile(m_filePath, profilesDocument(profiles), true);
    } catch (const OperationError &) {
        bestEffort(steps.undo, "Undoing keychain changes after a failed save");
        throw;
    }
    m_profiles = profiles;
    bestEffort(steps.afterSave, "Removing secrets that are no longer used");
    emit profilesChanged();
}

void ProfileStore::add(const ConnectionProfile &profile)
{
    modify([&](QList<ConnectionProfile> &profiles) {
        requireFreeName(profiles, profile.name());
        profiles.append(profile);
        return KeychainSteps{};
    });
}

void ProfileStore::update(const QString &name, const ConnectionProfile &edited)
{
    modify([&](QList<ConnectionProfile> &profiles) {
        const int index = indexOf(profiles, name);
        if (index < 0)
            throw notFound(name);
        requireFreeName(profiles, edited.name(), index);
        const ConnectionProfile before = profiles.at(index);
        KeychainSteps steps;
        if (m_credentials) {
            const QList<SecretKind> stored = before.keychainSecrets();
            QList<SecretKind> dropped;
            QList<SecretKind> kept;
            for (SecretKind kind : stored)
                (edited.secretPolicy(kind) == SecretPolicy::StoredInKeychain ? kept : dropped).append(kind);
            CredentialStore *credentials = m_credentials;
            const QString oldName = before.name();
            const QString newName = edited.name();
            const bool renamed = oldName != newName;
            if (renamed)
                credentials->copySecrets(oldName, newName, kept);
            steps.undo = [=] {
                if (renamed)
                    credentials->deleteSecrets(newName, kept);
            };
            steps.afterSave = [=] {
                credentials->deleteSecrets(oldName, renamed ? stored : dropped);
            };
        }
        profiles[index] = edited;
        return steps;
    });
}

void ProfileStore::rename(const QString &oldName, const QString &newName)
{
    modify([&](QList<ConnectionProfile> &profiles) {
        const int current = indexOf(profiles, oldName);
        if (current < 0)
            throw notFound(oldName);
        requireFreeName(profiles, newName, current);
        const QString from = profiles.at(current).name();
        const QList<SecretKind> stored = profiles.at(current).keychainSecrets();
        KeychainSteps steps;
        if (m_credentials && from != newName) {
            CredentialStore *credentials = m_credentials;
            credentials->copySecrets(from, newName, stored);
            steps.undo = [=] { credentials->deleteSecrets(newName, stored); };
            steps.afterSave = [=] { credentials->deleteSecrets(from, stored); };
        }
        profiles[current].setName(newName);
        return steps;
    });
}

void ProfileStore::duplicate(const QString &name, const QString &newName)
{
    modify([&](QList<ConnectionProfile> &profiles) {
        const int index = indexOf(profiles, name);
        if (index < 0)
            throw notFound(name);
        requireFreeName(profiles, newName);
        ConnectionProfile copy = profiles.at(index);
        copy.setName(newName);
        KeychainSteps steps;
        if (m_credentials) {
            CredentialStore *credentials = m_credentials;
            const QList<SecretKind> stored = copy.keychainSecrets();
            credentials->copySecrets(profiles.at(index).name(), newName, stored);
            steps.undo = [=] { credentials->deleteSecrets(newName, stored); };
        }
        profiles.append(copy);
        return steps;
    });
}

void ProfileStore::remove(const QString &name)
{
    modify([&](QList<ConnectionProfile> &profiles) {
        const int index = indexOf(profiles, name);
        if (index < 0)
            throw notFound(name);
        // Secrets go first: if the keychain cannot be reached the profile stays, so the user can retry
        // instead of leaving secrets behind with no profile pointing at them.
        if (m_credentials)
            m_credentials->deleteSecrets(profiles.at(index).name(), profiles.at(index).keychainSecrets());
        profiles.removeAt(index);
        return KeychainSteps{};
    });
}

void ProfileStore::setSecret(const QString &name, SecretKind kind, const QString &secret)
{
    if (!m_credentials)
        throw OperationError(OperationError::Kind::Failed,
                             tr("This profile store has no access to the keychain."));
    modify([&](QList<ConnectionProfile> &profiles) {
        const int index = indexOf(profiles, name);
        if (index < 0)
            throw notFound(name);
        m_credentials->writeSecret(profiles.at(index).name(), kind, secret);
        profiles[index].setSecretPolicy(kind, SecretPolicy::StoredInKeychain);
        return KeychainSteps{};
    });
}

void ProfileStore::exportProfiles(const QStringList &names, const QString &path, ExportSecrets secrets) const
{
    QList<ConnectionProfile> chosen;
    if (names.isEmpty()) {
        chosen = m_profiles;
    } else {
        for (const QString &name : names)
            chosen.append(profile(name));
    }
    const bool withSecrets = secrets == ExportSecrets::Include;
    if (withSecrets && !m_credentials)
        throw OperationError(OperationError::Kind::Failed,
                             tr("Secrets cannot be exported: this profile store has no access to the keychain."));
    QJsonArray list;
    for (const auto &profile : std::as_const(chosen)) {
        if (!withSecrets) {
            list.append(profile.toJson());
            continue;
        }
        SecretValues values;
        for (SecretKind kind : profile.keychainSecrets()) {
            if (const auto secret = m_credentials->findSecret(profile.name(), kind))
                values.insert(kind, *secret);
        }
        list.append(profile.toJsonWithSecrets(values));
    }
    const QJsonObject root{{QLatin1String("format"), ExportFormat},
                           {QLatin1String("version"), FormatVersion},
                           {QLatin1String("containsSecrets"), withSecrets},
                           {QLatin1String("profiles"), list}};
    writeJsonFile(path, root, withSecrets);
}

QList<ExportedProfile> ProfileStore::readExportFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::NotFound,
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return parseFile(path, file.readAll(), {ExportFormat, ProfilesFormat}, true);
}

QStringList ProfileStore::importProfiles(const QList<ExportedProfile> &entries, ImportConflict conflict)
{
    QStringList importedNames;
    modify([&](QList<ConnectionProfile> &profiles) {
        importedNames.clear();
        QList<QPair<QString, QList<SecretKind>>> written;
        CredentialStore *credentials = m_credentials;
        auto undo = [credentials, &written] {
            for (const auto &[name, kinds] : std::as_const(written))
                credentials->deleteSecrets(name, kinds);
        };
        try {
            for (const ExportedProfile &entry : entries) {
                ConnectionProfile profile = entry.profile;
                int existing = indexOf(profiles, profile.name());
                if (existing >= 0 && conflict == ImportConflict::Fail)
                    requireFreeName(profiles, profile.name());
                if (existing >= 0 && conflict == ImportConflict::Rename) {
                    const QString base = profile.name().left(56);
                    for (int n = 2; existing >= 0; ++n) {
                        profile.setName(tr("%1 (%2)").arg(base).arg(n));
                        existing = indexOf(profiles, profile.name());
                    }
                }
                ConnectionProfile::validateName(profile.name());
                if (!entry.secrets.isEmpty()) {
                    if (!credentials)
                        throw OperationError(OperationError::Kind::Failed,
                                             tr("The secrets in the import cannot be stored: this profile store "
                                                "has no access to the keychain."));
                    QList<SecretKind> kinds;
                    for (auto it = entry.secrets.cbegin(); it != entry.secrets.cend(); ++it) {
                        credentials->writeSecret(profile.name(), it.key(), it.value());
                        kinds.append(it.key());
                        profile.setSecretPolicy(it.key(), SecretPolicy::StoredInKeychain);
                    }
                    written.append({profile.name(), kinds});
                }
                if (existing >= 0)
                    profiles[existing] = profile;
                else
                    profiles.append(profile);
                importedNames.append(profile.name());
            }
        } catch (const OperationError &) {
            bestEffort(undo, "Undoing keychain changes after a failed import");
            throw;
        }
        return KeychainSteps{{}, [credentials, written] {
                                 for (const auto &[name, kinds] : written)
                                     credentials->deleteSecrets(name, kinds);
                             }};
    });
    return importedNames;
}
