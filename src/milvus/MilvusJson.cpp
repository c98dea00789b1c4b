#include "MilvusJson.h"

#include <cstdlib>
#include <limits>

namespace MilvusJson {

qint64 toInt64(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble())
        return value.toInteger(fallback);
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return fallback;
}

QString toIdString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // toInteger() returns the fallback for non-integral numbers; ids never are.
        const qint64 exact = value.toInteger(std::numeric_limits<qint64>::min());
        if (exact != std::numeric_limits<qint64>::min())
            return QString::number(exact);
        return QString::number(value.toDouble(), 'f', 0);
    }
    return {};
}

QDateTime toDateTime(const QJsonValue &value, TimeUnit unit)
{
    if (!value.isDouble() && !value.isString())
        return {};
    const qint64 raw = toInt64(value, 0);
    if (raw == 0 || raw == GoZeroTimeUnix || raw == GoZeroTimeUnix * 1000)
        return {};
    bool milliseconds = unit == TimeUnit::Milliseconds;
    if (unit == TimeUnit::Guess)
        milliseconds = std::llabs(raw) > 100'000'000'000LL; // 1e11 s is the year 5138
    return milliseconds ? QDateTime::fromMSecsSinceEpoch(raw, Qt::UTC) : QDateTime::fromSecsSinceEpoch(raw, Qt::UTC);
}

QJsonValue firstOf(const QJsonObject &object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String &key : keys) {
        const auto it = object.constFind(key);
        if (it != object.constEnd() && !it->isNull() && !it->isUndefined())
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

}
