#pragma once

#include "ConnectionProfile.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ProfileDialog;
}
class QComboBox;
class QLineEdit;

// Edits one connection profile. Secret values typed here go straight to the keychain through the
// saver (they are never written to the profiles file); an empty secret field leaves the stored
// secret as it is. The dialog stays open and shows the reason when saving fails (e.g. no keychain).
//
// Saving is asynchronous: the keychain may take as long as a person needs to answer its unlock
// prompt, and the window must keep painting meanwhile. While the saver runs, the form and its buttons
// are disabled, a busy bar shows, and the dialog cannot be closed (the save cannot be taken back
// half-way; it finishes or fails as a whole).
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // Called once, on the GUI thread, when saving ended: an empty string on success, else the message
    // to show.
    using SaveFinished = std::function<void(const QString &problem)>;
    // Starts saving; may call finished before it returns or later.
    using Saver = std::function<void(const ConnectionProfile &profile, const SecretValues &secrets,
                                     const SaveFinished &finished)>;

    ProfileDialog(const ConnectionProfile &profile, Saver saver, const QString &keychainProblem,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ConnectionProfile profile() const;
    SecretValues enteredSecrets() const;

    // For tests and wiring: the form's widgets by role.
    QLineEdit *nameEdit() const;
    QLineEdit *falkorUrlEdit() const;
    QLineEdit *secretEdit(SecretKind kind) const;
    QComboBox *policyCombo(SecretKind kind) const;
    QString errorText() const;
    // Checks the form, then starts the saver; the dialog is accepted when saving succeeded.
    void save();
    bool isSaving() const { return m_saving; }
    // True once accepted or rejected (a test may finish the dialog before it is shown).
    bool isFinished() const { return m_finished; }
    void done(int result) override;
    // Ignored while saving.
    void reject() override;

signals:
    // After every save() that reached the saver; ok is false when the error is shown.
    void saveFinished(bool ok);

private:
    void updateSecretFields();
    void setSaving(bool saving);
    void showProblem(const QString &problem);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ConnectionProfile m_original;
    Saver m_saver;
    bool m_finished = false;
    bool m_saving = false;
};
