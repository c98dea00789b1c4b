#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class CredentialStore;

// A profile as read from an export file, with the secret values that file carried (only when it was
// exported with secrets).
struct ExportedProfile {
    ConnectionProfile profile;
    SecretValues secrets;
};

// All connection profiles of one user, kept in one JSON file (profiles.json in the user's config
// folder, a portable folder, or any path given by a test).
//
// Every change is read-modify-write under a lock file (profiles.json.lock), so the desktop app and the
// CLI changing profiles at the same time do not lose each other's edits; the file is replaced
// atomically with QSaveFile. A file that is damaged or comes from a newer version is reported with an
// OperationError and never overwritten.
//
// With a CredentialStore, the store keeps the keychain in step: deleting a profile deletes its secrets,
// renaming moves them, duplicating copies them. Without one (nullptr) only the file is managed.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int FormatVersion = 1;
    enum class ExportSecrets { Exclude, Include };
    enum class ImportConflict { Fail, Rename, Replace };

    // <AppConfigLocation>/profiles.json, e.g. ~/.config/BrandMind/BrandMind Backup/profiles.json.
    static QString defaultFilePath();
    // Portable mode: everything under one folder (servers, USB sticks).
    static QString portableFilePath(const QString &portableDir);

    ProfileStore(QString filePath, CredentialStore *credentials, QObject *parent = nullptr);

    const QString &filePath() const { return m_filePath; }

    // (Re)reads the file; a missing file means no profiles. Throws OperationError(InvalidInput) for a
    // damaged or newer file, which stays untouched.
    void load();

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    QStringList names() const;
    bool contains(const QString &name) const;
    // Throws OperationError(NotFound).
    ConnectionProfile profile(const QString &name) const;

    // All of these re-read the file first, then write it. They throw OperationError: InvalidInput (bad
    // name, damaged file), Conflict (name taken), NotFound, Timeout (lock), Failed (I/O), or a keychain
    // error (see CredentialStore), in which case neither the file nor the keychain changed.
    void add(const ConnectionProfile &profile);
    // Replaces the profile called name with edited (which may carry a new name: then secrets move).
    // Secrets whose policy is no longer "stored in keychain" are removed from the keychain.
    void update(const QString &name, const ConnectionProfile &edited);
    void duplicate(const QString &name, const QString &newName);
    void rename(const QString &oldName, const QString &newName);
    void remove(const QString &name);
    // Stores the secret in the keychain and marks the profile's policy for that kind accordingly.
    void setSecret(const QString &name, SecretKind kind, const QString &secret);

    // Writes the named profiles (all when names is empty) to path. Secrets are included only with
    // ExportSecrets::Include, read from the keychain; such a file is created with permissions 0600.
    void exportProfiles(const QStringList &names, const QString &path, ExportSecrets secrets) const;
    // Reads an export file (or a profiles file). Throws OperationError(InvalidInput).
    static QList<ExportedProfile> readExportFile(const QString &path);
    // Adds the entries; secrets they carry are stored in the keychain (clear entry.secrets first if
    // the user chose not to import them). Returns the names the profiles got.
    QStringList importProfiles(const QList<ExportedProfile> &entries, ImportConflict conflict);

signals:
    void profilesChanged();

private:
    // What a change did to the keychain, so it can be finished after the file is saved or undone when
    // saving fails.
    struct KeychainSteps {
        std::function<void()> afterSave;
        std::function<void()> undo;
    };
    using Change = std::function<KeychainSteps(QList<ConnectionProfile> &)>;
    void modify(const Change &change);

    QString m_filePath;
    CredentialStore *m_credentials;
    QList<ConnectionProfile> m_profiles;
};
