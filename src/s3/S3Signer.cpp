#include "S3Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Header values are trimmed and inner runs of spaces collapse to one (SigV4 "Trimall").
QByteArray trimAll(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

S3Signer::S3Signer(QString accessKey, QString secretKey, QString region, QString service)
    : m_accessKey(std::move(accessKey))
    , m_secretKey(std::move(secretKey))
    , m_region(std::move(region))
    , m_service(std::move(service))
{
}

QByteArray S3Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray S3Signer::uriEncode(const QString &text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_' || u == '.' || u == '~';
        if (unreserved || (keepSlash && u == '/')) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xF]);
        }
    }
    return out;
}

QByteArray S3Signer::canonicalUri(const QString &path)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    return uriEncode(path, true);
}

QByteArray S3Signer::canonicalQuery(const QList<QPair<QString, QString>> &query)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &item : query)
        encoded.append({ uriEncode(item.first, false), uriEncode(item.second, false) });
    // Sorted by encoded name, then encoded value (byte order), as the spec requires.
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &item : std::as_const(encoded)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(item.first).append('=').append(item.second);
    }
    return out;
}

QByteArray S3Signer::emptyPayloadHash()
{
    return QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

QByteArray S3Signer::signingKey(const QByteArray &date) const
{
    QByteArray key = hmac(QByteArrayLiteral("AWS4") + m_secretKey.toUtf8(), date);
    key = hmac(key, m_region.toUtf8());
    key = hmac(key, m_service.toUtf8());
    return hmac(key, QByteArrayLiteral("aws4_request"));
}

S3Signer::Signature S3Signer::sign(const Request &request) const
{
    // Headers with the same name are joined with commas, in the order given.
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &header : request.headers) {
        const QByteArray name = header.first.trimmed().toLower();
        const QByteArray value = trimAll(header.second);
        auto existing = std::find_if(headers.begin(), headers.end(),
                                     [&](const auto &h) { return h.first == name; });
        if (existing != headers.end())
            existing->second += ',' + value;
        else
            headers.append({ name, value });
    }
    std::sort(headers.begin(), headers.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    for (const auto &header : std::as_const(headers)) {
        canonicalHeaders += header.first + ':' + header.second + '\n';
        if (!signedHeaders.isEmpty())
            signedHeaders += ';';
        signedHeaders += header.first;
    }

    Signature result;
    result.signedHeaders = signedHeaders;
    result.canonicalRequest = request.method + '\n' + canonicalUri(request.path) + '\n'
        + canonicalQuery(request.query) + '\n' + canonicalHeaders + '\n' + signedHeaders + '\n'
        + request.payloadHash;

    const QByteArray dateTime = amzDate(request.time);
    const QByteArray date = dateTime.left(8);
    const QByteArray scope = date + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + "/aws4_request";
    result.stringToSign = QByteArrayLiteral("AWS4-HMAC-SHA256\n") + dateTime + '\n' + scope + '\n'
        + sha256Hex(result.canonicalRequest);
    result.signature = hmac(signingKey(date), result.stringToSign).toHex();
    result.authorization = QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=") + m_accessKey.toUtf8() + '/' + scope
        + ",SignedHeaders=" + signedHeaders + ",Signature=" + result.signature;
    return result;
}
