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
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns an empty string on success, else the message to show.
    using Saver = std::function<QString(const ConnectionProfile &profile, const SecretValues &secrets)>;

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
    void save();
    // True once accepted or rejected (a test may finish the dialog before it is shown).
    bool isFinished() const { return m_finished; }
    void done(int result) override;

private:
    void updateSecretFields();

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ConnectionProfile m_original;
    Saver m_saver;
    bool m_finished = false;
};
