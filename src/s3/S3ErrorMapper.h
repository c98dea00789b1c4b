#pragma once

#include "OperationError.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

// Turns what an S3 server (or the network) said into an OperationError a person can act on, and
// decides which failures are worth retrying.
namespace S3ErrorMapper {

// operation: "download of backup/b1/meta/backup_meta.json", bucket: for NoSuchBucket messages.
OperationError fromHttp(int httpStatus, const QString &s3Code, const QString &s3Message, const QString &operation,
                        const QString &bucket);
OperationError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const QString &operation);

// 5xx, SlowDown, RequestTimeout, InternalError: the server may do better a moment later.
bool isRetryableHttp(int httpStatus, const QString &s3Code);
// Refused/reset/closed connections and timeouts, not TLS or protocol errors.
bool isRetryableNetwork(QNetworkReply::NetworkError error);

} // namespace S3ErrorMapper
