#include "FileRangeHasher.h"

#include "OperationError.h"
#include "TaskContext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>

void FileRangeHasher::hash(const QString &path, qint64 offset, qint64 length, TaskContext *context,
                           const QList<QCryptographicHash *> &hashes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::NotFound,
                             QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (!file.seek(offset))
        throw OperationError(OperationError::Kind::Failed,
                             QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 remaining = length;
    while (remaining > 0) {
        if (context)
            context->checkCanceled();
        const qint64 n = file.read(buffer.data(), qMin<qint64>(buffer.size(), remaining));
        if (n <= 0) {
            throw OperationError(OperationError::Kind::Failed,
                                 QObject::tr("Cannot read %1: %2").arg(path, n < 0 ? file.errorString()
                                                                                   : QObject::tr("the file got shorter")));
        }
        for (QCryptographicHash *digest : hashes)
            digest->addData(QByteArrayView(buffer.constData(), n));
        remaining -= n;
    }
}
