#include "ConnectionProfile.h"

#include "OperationError.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// Profiles never carry a password, not even one typed into a URL by mistake.
QString urlWithoutPassword(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    return url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
}

QUrl urlFromJson(const QJsonObject &object, QLatin1String key, const QString &profileName)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw OperationError(OperationError::Kind::InvalidInput,
                             ConnectionProfile::tr("Profile \"%1\": \"%2\" must be a text URL.")
                                 .arg(profileName, key));
    QUrl url(value.toString(), QUrl::StrictMode);
    if (!value.toString().isEmpty() && !url.isValid())
        throw OperationError(OperationError::Kind::InvalidInput,
                             ConnectionProfile::tr("Profile \"%1\": \"%2\" is not a valid URL: %3")
                                 .arg(profileName, key, url.errorString()));
    url.setPassword({});
    return url;
}

QString stringFromJson(const QJsonObject &object, QLatin1String key, const QString &profileName)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw OperationError(OperationError::Kind::InvalidInput,
                             ConnectionProfile::tr("Profile \"%1\": \"%2\" must be text.")
                                 .arg(profileName, key));
    return value.toString();
}

QJsonObject objectFromJson(const QJsonObject &object, QLatin1String key, const QString &profileName)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        throw OperationError(OperationError::Kind::InvalidInput,
                             ConnectionProfile::tr("Profile \"%1\": \"%2\" must be an object.")
                                 .arg(profileName, key));
    return value.toObject();
}

}

ConnectionProfile::ConnectionProfile(QString name)
    : m_name(std::move(name))
{
}

SecretPolicy ConnectionProfile::secretPolicy(SecretKind kind) const
{
    return m_secretPolicies.value(kind, SecretPolicy::NotNeeded);
}

void ConnectionProfile::setSecretPolicy(SecretKind kind, SecretPolicy policy)
{
    if (policy == SecretPolicy::NotNeeded)
        m_secretPolicies.remove(kind);
    else
        m_secretPolicies.insert(kind, policy);
}

QList<SecretKind> ConnectionProfile::keychainSecrets() const
{
    QList<SecretKind> kinds;
    for (SecretKind kind : SecretKinds::all()) {
        if (secretPolicy(kind) == SecretPolicy::StoredInKeychain)
            kinds.append(kind);
    }
    return kinds;
}

void ConnectionProfile::validate() const
{
    validateName(m_name);
}

bool ConnectionProfile::isValidName(const QString &name, QString *reason)
{
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (name.trimmed().isEmpty())
        return fail(tr("A profile needs a name."));
    if (name.size() > 64)
        return fail(tr("Profile names can be at most 64 characters long."));
    if (name.trimmed() != name)
        return fail(tr("Profile names cannot start or end with a space."));
    for (QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return fail(tr("Profile names cannot contain '/' or '\\'."));
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return fail(tr("Profile names cannot contain control characters."));
    }
    return true;
}

void ConnectionProfile::validateName(const QString &name)
{
    QString reason;
    if (!isValidName(name, &reason))
        throw OperationError(OperationError::Kind::InvalidInput, reason,
                             tr("Choose a name such as \"dev laptop\" or \"production\"."));
}

bool ConnectionProfile::sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject falkor{{QLatin1String("url"), urlWithoutPassword(m_falkorDb.url)},
                       {QLatin1String("graphs"), QJsonArray::fromStringList(m_falkorDb.graphs)}};
    QJsonObject s3{{QLatin1String("endpoint"), urlWithoutPassword(m_s3.endpoint)},
                   {QLatin1String("bucket"), m_s3.bucket},
                   {QLatin1String("root"), m_s3.root},
                   {QLatin1String("region"), m_s3.region},
                   {QLatin1String("accessKeyId"), m_s3.accessKeyId}};
    QJsonObject tls{{QLatin1String("caFile"), m_tls.caFile},
                    {QLatin1String("insecure"), m_tls.insecure}};
    QJsonObject policies;
    for (SecretKind kind : SecretKinds::all())
        policies.insert(SecretKinds::id(kind), SecretKinds::policyId(secretPolicy(kind)));
    return QJsonObject{
        {QLatin1String("name"), m_name},
        {QLatin1String("falkordb"), falkor},
        {QLatin1String("milvusBackupUrl"), urlWithoutPassword(m_milvusBackupUrl)},
        {QLatin1String("s3"), s3},
        {QLatin1String("milvusUrl"), urlWithoutPassword(m_milvusUrl)},
        {QLatin1String("tls"), tls},
        {QLatin1String("secretPolicies"), policies},
    };
}

QJsonObject ConnectionProfile::toJsonWithSecrets(const SecretValues &secrets) const
{
    QJsonObject object = toJson();
    QJsonObject values;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        values.insert(SecretKinds::id(it.key()), it.value());
    if (!values.isEmpty())
        object.insert(QLatin1String("secretValues"), values);
    return object;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &object, SecretValues *secrets)
{
    ConnectionProfile profile;
    const QJsonValue nameValue = object.value(QLatin1String("name"));
    if (!nameValue.isString())
        throw OperationError(OperationError::Kind::InvalidInput, tr("A profile has no name."));
    profile.m_name = nameValue.toString();
    validateName(profile.m_name);
    const QString &name = profile.m_name;

    const QJsonObject falkor = objectFromJson(object, QLatin1String("falkordb"), name);
    profile.m_falkorDb.url = urlFromJson(falkor, QLatin1String("url"), name);
    const QJsonValue graphs = falkor.value(QLatin1String("graphs"));
    if (!graphs.isUndefined() && !graphs.isNull()) {
        if (!graphs.isArray())
            throw OperationError(OperationError::Kind::InvalidInput,
                                 tr("Profile \"%1\": \"graphs\" must be a list of names.").arg(name));
        for (const QJsonValue &graph : graphs.toArray()) {
            if (!graph.isString())
                throw OperationError(OperationError::Kind::InvalidInput,
                                     tr("Profile \"%1\": graph names must be text.").arg(name));
            profile.m_falkorDb.graphs.append(graph.toString());
        }
    }

    profile.m_milvusBackupUrl = urlFromJson(object, QLatin1String("milvusBackupUrl"), name);
    const QJsonObject s3 = objectFromJson(object, QLatin1String("s3"), name);
    profile.m_s3.endpoint = urlFromJson(s3, QLatin1String("endpoint"), name);
    profile.m_s3.bucket = stringFromJson(s3, QLatin1String("bucket"), name);
    profile.m_s3.root = stringFromJson(s3, QLatin1String("root"), name);
    profile.m_s3.region = stringFromJson(s3, QLatin1String("region"), name);
    profile.m_s3.accessKeyId = stringFromJson(s3, QLatin1String("accessKeyId"), name);
    profile.m_milvusUrl = urlFromJson(object, QLatin1String("milvusUrl"), name);

    const QJsonObject tls = objectFromJson(object, QLatin1String("tls"), name);
    profile.m_tls.caFile = stringFromJson(tls, QLatin1String("caFile"), name);
    const QJsonValue insecure = tls.value(QLatin1String("insecure"));
    if (!insecure.isUndefined() && !insecure.isNull() && !insecure.isBool())
        throw OperationError(OperationError::Kind::InvalidInput,
                             tr("Profile \"%1\": \"insecure\" must be true or false.").arg(name));
    profile.m_tls.insecure = insecure.toBool(false);

    const QJsonObject policies = objectFromJson(object, QLatin1String("secretPolicies"), name);
    for (auto it = policies.constBegin(); it != policies.constEnd(); ++it) {
        SecretKind kind;
        SecretPolicy policy;
        // Unknown kinds come from a newer minor version; ignoring them keeps the profile usable.
        if (!SecretKinds::fromId(it.key(), &kind))
            continue;
        if (!SecretKinds::policyFromId(it.value().toString(), &policy))
            throw OperationError(OperationError::Kind::InvalidInput,
                                 tr("Profile \"%1\": unknown secret policy \"%2\" for %3.")
                                     .arg(name, it.value().toString(), it.key()));
        profile.setSecretPolicy(kind, policy);
    }

    const QJsonObject values = objectFromJson(object, QLatin1String("secretValues"), name);
    if (secrets) {
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            SecretKind kind;
            if (SecretKinds::fromId(it.key(), &kind) && it.value().isString()
                && !it.value().toString().isEmpty())
                secrets->insert(kind, it.value().toString());
        }
    }
    return profile;
}
