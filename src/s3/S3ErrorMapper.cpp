#include "S3ErrorMapper.h"

#include <QObject>

namespace S3ErrorMapper {

namespace {

QString describeServerSaid(int httpStatus, const QString &s3Code, const QString &s3Message)
{
    QString said = QStringLiteral("HTTP %1").arg(httpStatus);
    if (!s3Code.isEmpty())
        said += QLatin1Char(' ') + s3Code;
    if (!s3Message.isEmpty())
        said += QStringLiteral(": ") + s3Message;
    return said;
}

} // namespace

OperationError fromHttp(int httpStatus, const QString &s3Code, const QString &s3Message, const QString &operation,
                        const QString &bucket)
{
    using Kind = OperationError::Kind;
    const QString said = describeServerSaid(httpStatus, s3Code, s3Message);
    const QString failed = QObject::tr("S3 %1 failed (%2).").arg(operation, said);

    if (s3Code == QLatin1String("RequestTimeTooSkewed")) {
        return OperationError(Kind::AuthFailed,
                              QObject::tr("S3 %1 was refused because this computer's clock is off by more than "
                                          "15 minutes (%2).").arg(operation, said),
                              QObject::tr("Correct the system time (enable NTP) on this computer or the server."));
    }
    if (s3Code == QLatin1String("AccessDenied") || s3Code == QLatin1String("InvalidAccessKeyId")
        || s3Code == QLatin1String("SignatureDoesNotMatch") || s3Code == QLatin1String("InvalidToken")
        || s3Code == QLatin1String("ExpiredToken") || (s3Code.isEmpty() && (httpStatus == 401 || httpStatus == 403))) {
        return OperationError(Kind::AuthFailed, failed,
                              QObject::tr("Check S3_ACCESS_KEY/S3_SECRET_KEY (or the profile's keys) and that "
                                          "this key may access bucket \"%1\".").arg(bucket));
    }
    if (s3Code == QLatin1String("NoSuchBucket")) {
        return OperationError(Kind::NotFound, QObject::tr("S3 bucket \"%1\" does not exist (%2).").arg(bucket, said),
                              QObject::tr("Check the bucket name, or create the bucket first."));
    }
    if (s3Code == QLatin1String("NoSuchKey") || s3Code == QLatin1String("NoSuchUpload")
        || (s3Code.isEmpty() && httpStatus == 404)) {
        return OperationError(Kind::NotFound, failed,
                              QObject::tr("The object is not there; it may have been deleted meanwhile."));
    }
    if (s3Code == QLatin1String("PreconditionFailed") || httpStatus == 412) {
        return OperationError(Kind::Conflict, failed,
                              QObject::tr("The object changed on the server during the transfer; start again."));
    }
    if (s3Code == QLatin1String("BadDigest") || s3Code == QLatin1String("InvalidDigest")
        || s3Code == QLatin1String("XAmzContentSHA256Mismatch")) {
        return OperationError(Kind::IntegrityError, failed,
                              QObject::tr("The data was corrupted on the way; check the network and retry."));
    }
    if (s3Code == QLatin1String("BucketAlreadyExists")) {
        return OperationError(Kind::Conflict, failed, QObject::tr("Bucket names are global; choose another one."));
    }
    if (s3Code == QLatin1String("EntityTooSmall") || s3Code == QLatin1String("EntityTooLarge")
        || s3Code == QLatin1String("InvalidPart") || s3Code == QLatin1String("InvalidPartOrder")
        || s3Code == QLatin1String("InvalidRange") || s3Code == QLatin1String("InvalidArgument")
        || s3Code == QLatin1String("InvalidBucketName") || s3Code == QLatin1String("KeyTooLongError")) {
        return OperationError(Kind::InvalidInput, failed);
    }
    if (httpStatus >= 500 || s3Code == QLatin1String("SlowDown")) {
        return OperationError(Kind::ServerError, failed,
                              QObject::tr("The S3 server kept failing after several retries; check its health "
                                          "and free space, then retry."));
    }
    return OperationError(Kind::Failed, failed);
}

OperationError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString, const QString &operation)
{
    using Kind = OperationError::Kind;
    const QString failed = QObject::tr("S3 %1 failed: %2").arg(operation, errorString);
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return OperationError(Kind::TlsFailed, failed,
                              QObject::tr("Check the server certificate, or give the CA file that signed it."));
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::RemoteHostClosedError:
        return OperationError(Kind::ConnectionFailed, failed,
                              QObject::tr("Check the S3 endpoint address and that the server is running."));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return OperationError(Kind::Timeout, failed);
    default:
        return OperationError(Kind::Failed, failed);
    }
}

bool isRetryableHttp(int httpStatus, const QString &s3Code)
{
    if (s3Code == QLatin1String("SlowDown") || s3Code == QLatin1String("RequestTimeout")
        || s3Code == QLatin1String("InternalError") || s3Code == QLatin1String("ServiceUnavailable"))
        return true;
    return httpStatus >= 500 || httpStatus == 429;
}

bool isRetryableNetwork(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace S3ErrorMapper
