#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One object as ListObjectsV2 or HeadObject reports it.
struct S3ObjectInfo
{
    QString key;
    qint64 size = -1;
    QByteArray etag;          // without quotes
    QDateTime lastModified;

    // True when the ETag is a plain hex MD5 of the content (single PUT, no SSE-C/KMS). Multipart ETags
    // end in "-<parts>" and are not an MD5 of the bytes.
    bool etagIsPlainMd5() const { return isPlainMd5Etag(etag); }
    static bool isPlainMd5Etag(const QByteArray &etag);
    // True when the ETag is a plain MD5 and it is not md5Hex: the server holds other bytes than we
    // hashed. Any other ETag form proves nothing either way.
    static bool etagContradictsMd5(const QByteArray &etag, const QByteArray &md5Hex)
    {
        return isPlainMd5Etag(etag) && etag.toLower() != md5Hex;
    }
};

struct S3ListPage
{
    QList<S3ObjectInfo> objects;
    QStringList commonPrefixes;
    bool isTruncated = false;
    QString nextContinuationToken;
};

// What a transfer of one file proved: its key relative to the folder prefix, its size, the SHA-256
// of the bytes written or read, and the ETag the server holds.
struct S3TransferredFile
{
    QString relativeKey;
    qint64 size = 0;
    QByteArray sha256;        // hex
    QByteArray etag;          // without quotes
};

inline bool S3ObjectInfo::isPlainMd5Etag(const QByteArray &etag)
{
    if (etag.size() != 32)
        return false;
    for (const char c : etag) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}
