#include "FalkorEndpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

bool parseFlag(const QString &value, bool *out)
{
    const QString v = value.toLower();
    if (v.isEmpty() || v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes")) {
        *out = true;
        return true;
    }
    if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("no")) {
        *out = false;
        return true;
    }
    return false;
}
} // namespace

bool FalkorEndpoint::parse(const QString &url, FalkorEndpoint *endpoint, QString *error)
{
    const QString text = url.trimmed();
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return fail(error, tr("'%1' is not a FalkorDB address: it must start with redis:// or rediss:// (TLS), "
                              "e.g. redis://localhost:6379.")
                               .arg(text.contains(QLatin1Char('@')) ? tr("the address") : text));
    const QString scheme = text.left(schemeEnd).toLower();
    FalkorEndpoint result;
    if (scheme == QLatin1String("redis"))
        result.tls = false;
    else if (scheme == QLatin1String("rediss"))
        result.tls = true;
    else
        return fail(error, tr("Unsupported scheme '%1://': use redis:// or rediss:// (TLS).").arg(scheme));

    QString rest = text.mid(schemeEnd + 3);
    QString query;
    if (const qsizetype fragment = rest.indexOf(QLatin1Char('#')); fragment >= 0)
        rest.truncate(fragment);
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    // Userinfo ends at the last '@' so that an unencoded '@' in a password still works.
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    QString authority = rest;
    QString path;
    {
        const qsizetype searchFrom = at >= 0 ? at : 0;
        const qsizetype slash = rest.indexOf(QLatin1Char('/'), searchFrom);
        if (slash >= 0) {
            path = rest.mid(slash);
            authority = rest.left(slash);
        }
    }
    if (!path.isEmpty() && path != QLatin1String("/") && path != QLatin1String("/0"))
        return fail(error, tr("Only database 0 can be used (the address ends in '%1'): remove the path.").arg(path));

    QString hostPort = authority;
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            result.user = decode(userInfo.left(colon));
            result.password = decode(userInfo.mid(colon + 1));
        } else {
            result.user = decode(userInfo);
        }
    }

    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(error, tr("The IPv6 address in the FalkorDB address has no closing ']'."));
        result.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return fail(error, tr("Unexpected text after the IPv6 address: '%1'.").arg(after));
            portText = after.mid(1);
            if (portText.isEmpty())
                return fail(error, tr("The port after ':' is missing."));
        }
        QHostAddress address;
        if (!address.setAddress(result.host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(error, tr("'%1' is not a valid IPv6 address.").arg(result.host));
    } else {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0 && hostPort.indexOf(QLatin1Char(':')) != colon)
            return fail(error, tr("Write an IPv6 address in brackets, e.g. redis://[::1]:6379."));
        if (colon >= 0) {
            portText = hostPort.mid(colon + 1);
            if (portText.isEmpty())
                return fail(error, tr("The port after ':' is missing."));
            hostPort.truncate(colon);
        }
        result.host = decode(hostPort);
        static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9_])?$"));
        if (result.host.isEmpty())
            return fail(error, tr("The FalkorDB address has no host name, e.g. redis://localhost:6379."));
        if (!hostPattern.match(result.host).hasMatch())
            return fail(error, tr("'%1' is not a valid host name.").arg(result.host));
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535 || !portText.at(0).isDigit())
        {
            // Only echo digits: text in the port position may be a mistyped password ("redis://user:secret").
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
            if (digits.match(portText).hasMatch())
                return fail(error, tr("'%1' is not a valid port: use a number from 1 to 65535.").arg(portText));
            return fail(error, tr("The port is not a number: use a number from 1 to 65535 (did you forget the '@' "
                                  "after user:password?)."));
        }
        result.port = quint16(port);
    }

    if (!query.isEmpty()) {
        for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = decode(eq >= 0 ? pair.left(eq) : pair).toLower();
            const QString value = eq >= 0 ? decode(pair.mid(eq + 1)) : QString();
            if (key == QLatin1String("ca")) {
                result.caFile = value;
            } else if (key == QLatin1String("sni")) {
                result.serverName = value;
            } else if (key == QLatin1String("insecure")) {
                bool insecure = false;
                if (!parseFlag(value, &insecure))
                    return fail(error, tr("insecure= must be 1 or 0, not '%1'.").arg(value));
                result.verifyPeer = !insecure;
            } else if (key == QLatin1String("connect_timeout") || key == QLatin1String("read_timeout")) {
                bool ok = false;
                const int ms = value.toInt(&ok);
                if (!ok || ms < 0)
                    return fail(error, tr("%1= must be a number of milliseconds (0 or more), not '%2'.").arg(key, value));
                if (key == QLatin1String("connect_timeout")) {
                    if (ms == 0)
                        return fail(error, tr("connect_timeout= must be more than 0 milliseconds."));
                    result.connectTimeoutMs = ms;
                } else {
                    result.readTimeoutMs = ms;
                }
            } else {
                return fail(error, tr("Unknown option '%1' in the FalkorDB address (known: ca, sni, insecure, "
                                      "connect_timeout, read_timeout).")
                                       .arg(key));
            }
        }
    }
    if (!result.tls && (!result.caFile.isEmpty() || !result.serverName.isEmpty() || !result.verifyPeer))
        return fail(error, tr("The options ca=, sni= and insecure= need a TLS address (rediss://)."));

    if (result.password.isEmpty())
        result.password = qEnvironmentVariable("FALKORDB_PASSWORD");
    *endpoint = result;
    return true;
}

QString FalkorEndpoint::redactedUrl() const
{
    QString url = tls ? QStringLiteral("rediss://") : QStringLiteral("redis://");
    if (!user.isEmpty() || !password.isEmpty()) {
        url += QString::fromUtf8(QUrl::toPercentEncoding(user));
        if (!password.isEmpty())
            url += QStringLiteral(":***");
        url += QLatin1Char('@');
    }
    if (host.contains(QLatin1Char(':')))
        url += QLatin1Char('[') + host + QLatin1Char(']');
    else
        url += host;
    url += QLatin1Char(':') + QString::number(port);
    QStringList options;
    if (!caFile.isEmpty())
        options << QStringLiteral("ca=") + QString::fromUtf8(QUrl::toPercentEncoding(caFile, "/"));
    if (!serverName.isEmpty())
        options << QStringLiteral("sni=") + serverName;
    if (!verifyPeer)
        options << QStringLiteral("insecure=1");
    if (connectTimeoutMs != FalkorEndpoint().connectTimeoutMs)
        options << QStringLiteral("connect_timeout=%1").arg(connectTimeoutMs);
    if (readTimeoutMs != 0)
        options << QStringLiteral("read_timeout=%1").arg(readTimeoutMs);
    if (!options.isEmpty())
        url += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return url;
}
