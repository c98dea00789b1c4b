'use strict';
// Go encoding/json look-alike: BigInt values are written as bare digits (int64/uint64 ids and TSO
// timestamps exceed 2^53), Map instances are written with sorted keys (Go sorts map keys),
// undefined object members are skipped (the caller decides omitempty), and strings are escaped the
// way json.Marshal does it (HTML-safe: <, >, & become \u003c, \u003e, \u0026).

function encodeString(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out += s[i] + s[i + 1]; i++; } else out += '\\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\\ufffd';
    } else out += s[i];
  }
  return out + '"';
}

function encodeNumber(n) {
  if (!Number.isFinite(n)) throw new TypeError('json: unsupported value: ' + n);
  return JSON.stringify(n);
}

function encode(v) {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'bigint': return v.toString();
    case 'number': return encodeNumber(v);
    case 'boolean': return v ? 'true' : 'false';
    case 'string': return encodeString(v);
    default: break;
  }
  if (Buffer.isBuffer(v)) return encodeString(v.toString('base64')); // Go []byte -> base64
  if (Array.isArray(v)) return '[' + v.map(encode).join(',') + ']';
  if (v instanceof Map) {
    const keys = [...v.keys()].map(String).sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
    return '{' + keys.map((k) => encodeString(k) + ':' + encode(v.get(k))).join(',') + '}';
  }
  if (v instanceof RawJSON) return v.text;
  const parts = [];
  for (const k of Object.keys(v)) {
    if (v[k] === undefined) continue;
    parts.push(encodeString(k) + ':' + encode(v[k]));
  }
  return '{' + parts.join(',') + '}';
}

class RawJSON { constructor(text) { this.text = text; } }

// Helper for omitempty: drops keys whose value is Go's zero value (0, 0n, '', false, null, [], {}),
// except those listed in `keep`.
function omitEmpty(obj, keep = []) {
  const out = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (!keep.includes(k) && isZero(v)) continue;
    out[k] = v;
  }
  return out;
}

function isZero(v) {
  if (v === null || v === 0 || v === 0n || v === '' || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof Map) return v.size === 0;
  return false;
}

// JSON parser that keeps integers beyond Number.MAX_SAFE_INTEGER exact (as BigInt). JSON.parse in
// Node 20 cannot expose the source text of a number, so this is a small recursive-descent parser.
function parse(text) {
  let i = 0;
  const s = String(text);
  const ws = () => { while (i < s.length && (s[i] === ' ' || s[i] === '\n' || s[i] === '\r' || s[i] === '\t')) i++; };
  const fail = (msg) => { throw new SyntaxError(`${msg} at offset ${i}`); };
  function value() {
    ws();
    const c = s[i];
    if (c === '{') {
      i++; const obj = {}; ws();
      if (s[i] === '}') { i++; return obj; }
      for (;;) {
        ws(); if (s[i] !== '"') fail('expected string key');
        const k = str(); ws();
        if (s[i] !== ':') fail('expected colon'); i++;
        obj[k] = value(); ws();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === '}') { i++; return obj; }
        fail('expected , or }');
      }
    }
    if (c === '[') {
      i++; const arr = []; ws();
      if (s[i] === ']') { i++; return arr; }
      for (;;) {
        arr.push(value()); ws();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === ']') { i++; return arr; }
        fail('expected , or ]');
      }
    }
    if (c === '"') return str();
    if (s.startsWith('true', i)) { i += 4; return true; }
    if (s.startsWith('false', i)) { i += 5; return false; }
    if (s.startsWith('null', i)) { i += 4; return null; }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
    if (!m) fail('invalid character');
    i += m[0].length;
    if (!m[2] && !m[3]) {
      const n = Number(m[0]);
      return Number.isSafeInteger(n) ? n : BigInt(m[0]);
    }
    return Number(m[0]);
  }
  function str() {
    i++; let out = '';
    for (;;) {
      if (i >= s.length) fail('unterminated string');
      const c = s[i++];
      if (c === '"') return out;
      if (c === '\\') {
        const e = s[i++];
        if (e === 'u') { const h = s.slice(i, i + 4); if (!/^[0-9a-fA-F]{4}$/.test(h)) fail('bad escape'); out += String.fromCharCode(parseInt(h, 16)); i += 4; }
        else if (e === 'n') out += '\n'; else if (e === 't') out += '\t'; else if (e === 'r') out += '\r';
        else if (e === 'b') out += '\b'; else if (e === 'f') out += '\f';
        else if (e === '"' || e === '\\' || e === '/') out += e;
        else fail('bad escape');
      } else if (c.charCodeAt(0) < 0x20) fail('control character in string');
      else out += c;
    }
  }
  const v = value(); ws();
  if (i !== s.length) fail('trailing data');
  return v;
}

// Go's json.Unmarshal matches struct tags case-insensitively, preferring an exact match; keys that
// match no tag are dropped. This returns the value for `tag` from a decoded object.
function field(obj, tag) {
  if (!obj || typeof obj !== 'object') return undefined;
  if (Object.prototype.hasOwnProperty.call(obj, tag)) return obj[tag];
  const lower = tag.toLowerCase();
  let found;
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) found = obj[k];
  return found;
}

const toBig = (v) => (typeof v === 'bigint' ? v : BigInt(v));

module.exports = { encode, parse, omitEmpty, field, RawJSON, toBig, encodeString };
