#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// AWS Signature Version 4 for S3 header authentication
// (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html).
// Pure computation, no I/O: the client builds the request, the signer says what the Authorization
// header must be. S3 differs from the other AWS services in one way that matters here: the path is
// URI-encoded exactly once (no double encoding, no dot-segment normalisation).
class S3Signer
{
public:
    struct Request
    {
        QByteArray method;                              // "GET", "PUT", ...
        QString path;                                   // decoded, e.g. "/bucket/dir/a b+c.bin"
        QList<QPair<QString, QString>> query;           // decoded names and values; "uploads" -> ""
        QList<QPair<QByteArray, QByteArray>> headers;   // every header to sign, incl. host and x-amz-*
        QByteArray payloadHash;                         // hex SHA-256 or "UNSIGNED-PAYLOAD"
        QDateTime time;                                 // UTC
    };

    struct Signature
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signedHeaders;
        QByteArray signature;      // hex
        QByteArray authorization;  // the complete Authorization header value
    };

    S3Signer(QString accessKey, QString secretKey, QString region, QString service = QStringLiteral("s3"));

    Signature sign(const Request &request) const;

    // yyyyMMddTHHmmssZ, the x-amz-date format.
    static QByteArray amzDate(const QDateTime &time);
    // RFC 3986 encoding of everything but A-Z a-z 0-9 - _ . ~ (and '/' when keepSlash).
    static QByteArray uriEncode(const QString &text, bool keepSlash);
    static QByteArray canonicalUri(const QString &path);
    static QByteArray canonicalQuery(const QList<QPair<QString, QString>> &query);
    static QByteArray emptyPayloadHash();
    static QByteArray unsignedPayload() { return QByteArrayLiteral("UNSIGNED-PAYLOAD"); }

private:
    QByteArray signingKey(const QByteArray &date) const;

    QString m_accessKey;
    QString m_secretKey;
    QString m_region;
    QString m_service;
};
