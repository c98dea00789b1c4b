#include "FileDigest.h"

#include "OperationError.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>

namespace FileDigest {

QByteArray sha256Hex(const QString &path, TaskContext *context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::NotFound,
                             QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (context)
            context->checkCanceled();
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            throw OperationError(OperationError::Kind::Failed,
                                 QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return hash.result().toHex();
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace FileDigest
