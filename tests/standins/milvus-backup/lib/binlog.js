'use strict';
// The stand-in's own binlog encoding (NOT Milvus's binlog format). Deterministic for the same rows:
//   line 1: "BMSTANDIN-BINLOG/1"
//   line 2: compact JSON header {kind, collection_id, partition_id, segment_id, field_id, entries,
//           timestamp_from, timestamp_to, payload_sha256}
//   rest:   payload, one Go-style JSON value per line (insert: the field value of each row in row
//           order; delta: {"pk":..,"ts":..})
// Decoding verifies the magic, the entry count and the SHA-256 of the payload, so a truncated or
// altered object fails the import instead of silently changing data.
const crypto = require('node:crypto');
const { encode, parse } = require('./gojson');

const MAGIC = 'BMSTANDIN-BINLOG/1';

function encodeBinlog(header, values) {
  const payload = values.map((v) => encode(v === undefined ? null : v) + '\n').join('');
  const sha = crypto.createHash('sha256').update(payload).digest('hex');
  const h = { kind: header.kind, collection_id: header.collectionId, partition_id: header.partitionId,
    segment_id: header.segmentId, field_id: header.fieldId, entries: values.length,
    timestamp_from: header.tsFrom, timestamp_to: header.tsTo, payload_sha256: sha };
  return Buffer.from(`${MAGIC}\n${encode(h)}\n${payload}`, 'utf8');
}

class BinlogError extends Error {}

function decodeBinlog(buf, where) {
  const text = buf.toString('utf8');
  const nl1 = text.indexOf('\n');
  if (nl1 < 0 || text.slice(0, nl1) !== MAGIC) throw new BinlogError(`${where}: not a stand-in binlog (bad magic)`);
  const nl2 = text.indexOf('\n', nl1 + 1);
  if (nl2 < 0) throw new BinlogError(`${where}: truncated header`);
  let header;
  try { header = parse(text.slice(nl1 + 1, nl2)); } catch (e) { throw new BinlogError(`${where}: corrupt header: ${e.message}`); }
  const payload = text.slice(nl2 + 1);
  const sha = crypto.createHash('sha256').update(payload).digest('hex');
  if (sha !== header.payload_sha256) throw new BinlogError(`${where}: payload checksum mismatch (truncated or altered binlog)`);
  const lines = payload.split('\n');
  if (lines.pop() !== '') throw new BinlogError(`${where}: payload does not end with a newline`);
  if (lines.length !== Number(header.entries)) throw new BinlogError(`${where}: entries ${lines.length} != header ${header.entries}`);
  let values;
  try { values = lines.map((l) => parse(l)); } catch (e) { throw new BinlogError(`${where}: corrupt payload: ${e.message}`); }
  return { header, values };
}

module.exports = { encodeBinlog, decodeBinlog, BinlogError, MAGIC };
