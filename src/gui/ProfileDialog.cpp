#include "ProfileDialog.h"

#include "Dialogs.h"
#include "ui_ProfileDialog.h"

#include <QPointer>
#include <QPushButton>

namespace {
QUrl urlFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode);
}

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::RemovePassword);
}
} // namespace

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, Saver saver, const QString &keychainProblem,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_original(profile)
    , m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    for (SecretKind kind : SecretKinds::all()) {
        QComboBox *combo = policyCombo(kind);
        combo->addItem(tr("Not needed"), int(SecretPolicy::NotNeeded));
        combo->addItem(tr("Stored in the keychain"), int(SecretPolicy::StoredInKeychain));
        combo->addItem(tr("Ask every time"), int(SecretPolicy::AskEveryTime));
        combo->setCurrentIndex(combo->findData(int(profile.secretPolicy(kind))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateSecretFields);
    }
    m_ui->nameEdit->setText(profile.name());
    m_ui->falkorUrlEdit->setText(urlText(profile.falkorDb().url));
    m_ui->graphsEdit->setText(profile.falkorDb().graphs.join(QStringLiteral(", ")));
    m_ui->milvusBackupUrlEdit->setText(urlText(profile.milvusBackupUrl()));
    m_ui->milvusUrlEdit->setText(urlText(profile.milvusUrl()));
    m_ui->s3EndpointEdit->setText(urlText(profile.s3().endpoint));
    m_ui->s3BucketEdit->setText(profile.s3().bucket);
    m_ui->s3RootEdit->setText(profile.s3().root);
    m_ui->s3RegionEdit->setText(profile.s3().region);
    m_ui->s3AccessKeyEdit->setText(profile.s3().accessKeyId);
    m_ui->caFileEdit->setText(profile.tls().caFile);
    m_ui->insecureCheck->setChecked(profile.tls().insecure);
    m_ui->keychainNote->setText(keychainProblem.isEmpty()
        ? tr("Secrets are kept in the system keychain, never in the profiles file. Leave a field empty to keep what is stored.")
        : tr("No keychain is available on this computer (%1). Choose \"Ask every time\": you will be asked for the secret each time it is needed.")
              .arg(keychainProblem));
    m_ui->errorLabel->hide();
    m_ui->busyBar->hide();
    m_ui->busyLabel->hide();
    updateSecretFields();

    connect(m_ui->caFileButton, &QToolButton::clicked, this, [this] {
        const QString file = Dialogs::openFileName(this, tr("CA certificates (PEM)"), {}, tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileEdit->setText(file);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProfileDialog::~ProfileDialog() = default;

QLineEdit *ProfileDialog::nameEdit() const { return m_ui->nameEdit; }
QLineEdit *ProfileDialog::falkorUrlEdit() const { return m_ui->falkorUrlEdit; }

QLineEdit *ProfileDialog::secretEdit(SecretKind kind) const
{
    switch (kind) {
    case SecretKind::FalkorDbPassword: return m_ui->falkorSecretEdit;
    case SecretKind::S3SecretKey: return m_ui->s3SecretEdit;
    case SecretKind::MilvusToken: return m_ui->milvusSecretEdit;
    }
    return nullptr;
}

QComboBox *ProfileDialog::policyCombo(SecretKind kind) const
{
    switch (kind) {
    case SecretKind::FalkorDbPassword: return m_ui->falkorPolicyCombo;
    case SecretKind::S3SecretKey: return m_ui->s3PolicyCombo;
    case SecretKind::MilvusToken: return m_ui->milvusPolicyCombo;
    }
    return nullptr;
}

QString ProfileDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() || !m_ui->errorLabel->isHidden() ? m_ui->errorLabel->text() : QString();
}

void ProfileDialog::updateSecretFields()
{
    for (SecretKind kind : SecretKinds::all()) {
        const auto policy = SecretPolicy(policyCombo(kind)->currentData().toInt());
        QLineEdit *edit = secretEdit(kind);
        edit->setEnabled(policy == SecretPolicy::StoredInKeychain);
        const bool stored = m_original.secretPolicy(kind) == SecretPolicy::StoredInKeychain;
        edit->setPlaceholderText(policy != SecretPolicy::StoredInKeychain ? QString()
                                 : stored ? tr("(stored; type to change)") : tr("secret to store in the keychain"));
    }
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile profile(m_ui->nameEdit->text().trimmed());
    profile.falkorDb().url = urlFrom(m_ui->falkorUrlEdit->text());
    QStringList graphs;
    for (const QString &graph : m_ui->graphsEdit->text().split(QLatin1Char(','))) {
        if (!graph.trimmed().isEmpty())
            graphs.append(graph.trimmed());
    }
    profile.falkorDb().graphs = graphs;
    profile.milvusBackupUrl() = urlFrom(m_ui->milvusBackupUrlEdit->text());
    profile.milvusUrl() = urlFrom(m_ui->milvusUrlEdit->text());
    profile.s3().endpoint = urlFrom(m_ui->s3EndpointEdit->text());
    profile.s3().bucket = m_ui->s3BucketEdit->text().trimmed();
    profile.s3().root = m_ui->s3RootEdit->text().trimmed();
    profile.s3().region = m_ui->s3RegionEdit->text().trimmed();
    profile.s3().accessKeyId = m_ui->s3AccessKeyEdit->text().trimmed();
    profile.tls().caFile = m_ui->caFileEdit->text().trimmed();
    profile.tls().insecure = m_ui->insecureCheck->isChecked();
    for (SecretKind kind : SecretKinds::all())
        profile.setSecretPolicy(kind, SecretPolicy(policyCombo(kind)->currentData().toInt()));
    return profile;
}

SecretValues ProfileDialog::enteredSecrets() const
{
    SecretValues secrets;
    for (SecretKind kind : SecretKinds::all()) {
        const QLineEdit *edit = secretEdit(kind);
        if (edit->isEnabled() && !edit->text().isEmpty())
            secrets.insert(kind, edit->text());
    }
    return secrets;
}

void ProfileDialog::done(int result)
{
    m_finished = true;
    QDialog::done(result);
}

void ProfileDialog::reject()
{
    if (m_saving)
        return;
    QDialog::reject();
}

void ProfileDialog::setSaving(bool saving)
{
    m_saving = saving;
    for (QWidget *part : std::initializer_list<QWidget *> { m_ui->nameEdit, m_ui->falkorGroup, m_ui->vectorGroup,
                                                           m_ui->tlsGroup, m_ui->secretsGroup, m_ui->buttonBox })
        part->setEnabled(!saving);
    m_ui->busyBar->setVisible(saving);
    m_ui->busyLabel->setVisible(saving);
    if (saving)
        m_ui->errorLabel->hide();
}

void ProfileDialog::showProblem(const QString &problem)
{
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->show();
}

void ProfileDialog::save()
{
    if (m_saving)
        return;
    const ConnectionProfile edited = profile();
    QString problem;
    if (ConnectionProfile::isValidName(edited.name(), &problem)) {
        const QList<QPair<QString, QUrl>> urls { { tr("FalkorDB URL"), edited.falkorDb().url },
                                                 { tr("milvus-backup URL"), edited.milvusBackupUrl() },
                                                 { tr("Milvus URL"), edited.milvusUrl() },
                                                 { tr("S3 endpoint"), edited.s3().endpoint } };
        for (const auto &[what, url] : urls) {
            if (!url.isEmpty() && (!url.isValid() || url.host().isEmpty())) {
                problem = tr("The %1 is not a valid address.").arg(what);
                break;
            }
        }
        if (problem.isEmpty() && !edited.falkorDb().url.isEmpty()
            && edited.falkorDb().url.scheme() != QLatin1String("redis") && edited.falkorDb().url.scheme() != QLatin1String("rediss"))
            problem = tr("The FalkorDB URL must start with redis:// or rediss://.");
        if (problem.isEmpty() && !edited.falkorDb().url.password().isEmpty())
            problem = tr("Do not put the password in the URL: choose how the FalkorDB password is kept under Secrets.");
    }
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    if (!m_saver) {
        accept();
        return;
    }
    // Read before the form is disabled: enteredSecrets() takes only enabled fields.
    const SecretValues secrets = enteredSecrets();
    setSaving(true);
    QPointer<ProfileDialog> self(this);
    m_saver(edited, secrets, [self](const QString &saveProblem) {
        if (!self)
            return;
        self->setSaving(false);
        if (!saveProblem.isEmpty()) {
            self->showProblem(saveProblem);
            emit self->saveFinished(false);
            return;
        }
        self->accept();
        emit self->saveFinished(true);
    });
}
