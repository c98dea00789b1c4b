#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Reading the JSON that milvus-backup (Go encoding/json over protobuf structs) and Milvus write.
// Ids and TSO timestamps are int64 values beyond 2^53; they must never pass through a double, so
// everything here goes through QJsonValue::toInteger() (exact for integral JSON numbers in Qt 6)
// or keeps the digits as text.
namespace MilvusJson {

// How a server encodes start/end times: milvus-backup <= 0.5.9 wrote milliseconds, 0.5.10+ seconds.
enum class TimeUnit { Seconds, Milliseconds, Guess };

// Go's zero time.Time serialised through .Unix(): "never set". It is not 0, so omitempty keeps it.
constexpr qint64 GoZeroTimeUnix = -62135596800LL;

// An int64 given as a JSON number or as a decimal string (Milvus REST sends both); fallback otherwise.
qint64 toInt64(const QJsonValue &value, qint64 fallback = 0);
// The exact decimal digits of an integral id, or the string as given; empty when absent.
QString toIdString(const QJsonValue &value);
// A unix time in the given unit; an invalid QDateTime when absent, 0 or Go's zero time.
// Guess: values whose magnitude only makes sense as milliseconds (> 1e11) are taken as such.
QDateTime toDateTime(const QJsonValue &value, TimeUnit unit);
// The first present key among the names (servers changed spelling across versions).
QJsonValue firstOf(const QJsonObject &object, std::initializer_list<QLatin1String> keys);

}
