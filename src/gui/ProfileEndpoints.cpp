#include "ProfileEndpoints.h"

#include "OperationError.h"
#include "SecretResolver.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace {
QString buildUrl(const ConnectionProfile &profile, const QString &password)
{
    const QUrl &url = profile.falkorDb().url;
    const bool tls = url.scheme() == QLatin1String("rediss");
    QString text = tls ? QStringLiteral("rediss://") : QStringLiteral("redis://");
    // Percent-encoded because FalkorEndpoint::parse decodes user and password.
    const QString user = url.userName();
    if (!user.isEmpty() || !password.isEmpty()) {
        text += QString::fromLatin1(QUrl::toPercentEncoding(user));
        if (!password.isEmpty())
            text += QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password));
        text += QLatin1Char('@');
    }
    const QString host = url.host();
    text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    text += QLatin1Char(':') + QString::number(url.port(6379));
    QUrlQuery query(url);
    if (tls && !profile.tls().caFile.isEmpty() && !query.hasQueryItem(QStringLiteral("ca")))
        query.addQueryItem(QStringLiteral("ca"), profile.tls().caFile);
    if (tls && profile.tls().insecure && !query.hasQueryItem(QStringLiteral("insecure")))
        query.addQueryItem(QStringLiteral("insecure"), QStringLiteral("1"));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return text;
}
} // namespace

QString ProfileEndpoints::falkorDbUrl(const ConnectionProfile &profile, SecretResolver &secrets)
{
    if (profile.falkorDb().url.isEmpty())
        throw OperationError(OperationError::Kind::InvalidInput,
                             QCoreApplication::translate("ProfileEndpoints", "The profile \"%1\" has no FalkorDB address.")
                                 .arg(profile.name()),
                             QCoreApplication::translate("ProfileEndpoints", "Edit the profile and enter the FalkorDB URL."));
    const std::optional<QString> password = secrets.secret(profile, SecretKind::FalkorDbPassword);
    return buildUrl(profile, password.value_or(QString()));
}

QString ProfileEndpoints::falkorDbDisplayUrl(const ConnectionProfile &profile)
{
    if (profile.falkorDb().url.isEmpty())
        return {};
    return buildUrl(profile, {});
}
