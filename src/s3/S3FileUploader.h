#pragma once

#include "S3Client.h"

#include <QByteArray>
#include <QList>
#include <QString>

class S3RequestExecutor;
class TaskContext;

// Uploads one file so that the server provably holds its bytes: a single PUT with Content-MD5 below
// Options::multipartThreshold, a multipart upload above (each part with its own Content-MD5, the
// assembled ETag checked against the part MD5s). The file is streamed from disk, never loaded whole.
// A failed multipart upload is aborted so it does not keep using space on the server.
class S3FileUploader
{
public:
    explicit S3FileUploader(S3RequestExecutor &executor);

    // See S3Client::putObjectFromFile.
    S3Client::UploadResult upload(const QString &key, const QString &path, TaskContext *context,
                                  const S3Client::BytesCallback &onBytes);

    // The multipart primitives; see S3Client.
    QString createMultipartUpload(const QString &key, TaskContext *context);
    QByteArray uploadPart(const QString &key, const QString &uploadId, int partNumber, const QString &path,
                          qint64 offset, qint64 length, TaskContext *context, const S3Client::BytesCallback &onBytes);
    QByteArray completeMultipartUpload(const QString &key, const QString &uploadId,
                                       const QList<QByteArray> &partEtags, TaskContext *context);
    S3Client::AbortOutcome abortMultipartUpload(const QString &key, const QString &uploadId, TaskContext *context);

private:
    // PUTs bytes [offset, offset + length) of path as part partNumber; returns the part's ETag.
    QByteArray putPart(const QString &key, const QString &uploadId, int partNumber, const QString &path,
                       qint64 offset, qint64 length, const QByteArray &md5, const QByteArray &sha256Hex,
                       const QString &operation, TaskContext *context, const S3Client::BytesCallback &onBytes);

    S3RequestExecutor &m_executor;
};
