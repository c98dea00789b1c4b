#pragma once

#include "GraphValue.h"

#include <QByteArray>
#include <optional>

// The text form of property values in the backup's CSV files (docs/FORMAT.md, "Cells"). Each property
// column has one type; a cell holds a value of that type written so that a person can read it in a
// spreadsheet and the tool reads back exactly the same bits:
//   String        the text itself ("" quoted when empty, so it differs from "no value")
//   Integer       decimal int64
//   Float         the shortest decimal that reads back to the same double; always with '.' or an
//                 exponent; nan, -nan, inf, -inf
//   Boolean       true / false
//   Point         "latitude,longitude" (float32, shortest form)
//   Vectorf32     [x,y,...] (float32, shortest form)
//   Date, LocalTime, LocalDateTime   ISO 8601 (2024-05-01, 13:45:00, 2024-05-01T13:45:00), or @<epoch seconds>
//   Duration      PT<seconds>S
//   List          typed JSON: numbers with '.'/exponent are floats, others integers; special values as
//                 {"$float":"nan"}, {"$point":[lat,lon]}, {"$vecf32":[...]}, {"$date":"..."}, ...
namespace TypedValueCodec {

// The column type of a value (the GraphValue type; Map/Node/Edge/Path/Null are not storable).
bool isStorable(const GraphValue &value);
QString columnTypeName(GraphValue::Type type);
std::optional<GraphValue::Type> columnTypeFromName(const QString &name);

QByteArray encode(const GraphValue &value);
// Throws OperationError(InvalidInput) with `what` describing the cell when the text is not a valid
// value of `type`.
GraphValue decode(GraphValue::Type type, const QByteArray &text);

// Shortest round-trip decimal forms, shared with the fingerprint and the Cypher builders.
QByteArray formatDouble(double value);
QByteArray formatFloat(float value);
bool parseDouble(const QByteArray &text, double *value);
bool parseFloat(const QByteArray &text, float *value);

QByteArray formatTemporal(GraphValue::Type type, qint64 seconds);
bool parseTemporal(GraphValue::Type type, const QByteArray &text, qint64 *seconds);

QByteArray encodeTypedJson(const GraphValue &value);
GraphValue decodeTypedJson(const QByteArray &text);

} // namespace TypedValueCodec
