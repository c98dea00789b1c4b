'use strict';
// A minimal in-memory Milvus: databases > collections (schema fields, indexes, partitions) > segments
// of rows, plus a subset of Milvus's RESTful API v2 (POST /v2/vectordb/...). Shapes follow
// milvus-io/milvus internal/distributed/proxy/httpserver/{handler_v2.go,request_v2.go,constant.go}.
const { encode, parse } = require('./gojson');

// schemapb.DataType numbers (milvus-proto schema.proto); names are what REST v2 prints.
const DATA_TYPES = {
  None: 0, Bool: 1, Int8: 2, Int16: 3, Int32: 4, Int64: 5, Float: 10, Double: 11, String: 20, VarChar: 21,
  Array: 22, JSON: 23, Geometry: 24, Text: 25, BinaryVector: 100, FloatVector: 101, Float16Vector: 102,
  BFloat16Vector: 103, SparseFloatVector: 104, Int8Vector: 105,
};
const TYPE_NAMES = Object.fromEntries(Object.entries(DATA_TYPES).map(([k, v]) => [v, k]));
const VECTOR_TYPES = new Set([100, 101, 102, 103, 104, 105]);
const CONSISTENCY = ['Strong', 'Session', 'Bounded', 'Eventually', 'Customized'];

// merr codes (pkg/util/merr/errors.go)
const ERR = {
  collectionNotFound: 100, databaseNotFound: 800, databaseAlreadyExists: 802, parameterInvalid: 1100,
  needAuthenticate: 1800, incorrectParameterFormat: 1801, missingRequiredParameters: 1802, unexpected: 65535,
};

class MilvusError extends Error {
  constructor(code, message) { super(message); this.code = code; }
}

// IDs and TSO timestamps: physical milliseconds << 18 | logical, like Milvus's allocators. They are
// ~4.6e17, past 2^53, so they are BigInt everywhere.
let lastTso = 0n;
function allocTso() {
  let t = BigInt(Date.now()) << 18n;
  if (t <= lastTso) t = lastTso + 1n;
  lastTso = t;
  return t;
}

class MilvusModel {
  constructor({ segmentRows = 100, version = 'v2.5.4' } = {}) {
    this.segmentRows = segmentRows;
    this.version = version;
    this.databases = new Map();
    this.createDatabase('default');
  }

  createDatabase(name, properties = []) {
    if (this.databases.has(name)) throw new MilvusError(ERR.databaseAlreadyExists, `database already exist: ${name}`);
    this.databases.set(name, { id: allocTso(), name, properties, collections: new Map() });
  }

  db(name) {
    const d = this.databases.get(name || 'default');
    if (!d) throw new MilvusError(ERR.databaseNotFound, `database not found[database=${name}]`);
    return d;
  }

  getCollection(dbName, name) {
    const c = this.db(dbName).collections.get(name);
    if (!c) throw new MilvusError(ERR.collectionNotFound, `can't find collection[database=${dbName || 'default'}][collection=${name}]`);
    return c;
  }

  hasCollection(dbName, name) { return this.db(dbName).collections.has(name); }

  // spec: {name, description, autoID, enableDynamicField, fields:[{name,dataType(int),isPrimary,autoID,
  // typeParams:{}, elementType, nullable, isPartitionKey, description, fieldID?}], shardsNum,
  // consistencyLevel(int), indexes:[{fieldName,indexName,indexType,metricType,params:{}}], partitions:[names],
  // properties:[{key,value}]}
  createCollection(dbName, spec) {
    const d = this.db(dbName);
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,254}$/.test(spec.name || '')) {
      throw new MilvusError(ERR.parameterInvalid, `Invalid collection name: ${spec.name}. the first character of a collection name must be an underscore or letter: invalid parameter`);
    }
    if (d.collections.has(spec.name)) {
      throw new MilvusError(ERR.parameterInvalid, `collection already exists: ${spec.name}`);
    }
    const pk = spec.fields.filter((f) => f.isPrimary);
    if (pk.length !== 1) throw new MilvusError(ERR.parameterInvalid, 'there should be exactly one primary key field: invalid parameter');
    if (!spec.fields.some((f) => VECTOR_TYPES.has(f.dataType))) {
      throw new MilvusError(ERR.parameterInvalid, 'schema does not contain vector field: invalid parameter');
    }
    let nextFieldId = 100;
    const fields = spec.fields.map((f) => ({
      fieldID: f.fieldID !== undefined ? Number(f.fieldID) : nextFieldId++,
      name: f.name, dataType: f.dataType, isPrimary: !!f.isPrimary, autoID: !!(f.isPrimary && (f.autoID || spec.autoID)),
      typeParams: { ...(f.typeParams || {}) }, elementType: f.elementType || 0, nullable: !!f.nullable,
      isPartitionKey: !!f.isPartitionKey, isDynamic: !!f.isDynamic, description: f.description || '',
    }));
    if (spec.enableDynamicField && !fields.some((f) => f.isDynamic)) {
      fields.push({ fieldID: Math.max(...fields.map((f) => f.fieldID)) + 1, name: '$meta', dataType: DATA_TYPES.JSON,
        isPrimary: false, autoID: false, typeParams: {}, elementType: 0, nullable: false, isPartitionKey: false, isDynamic: true, description: '' });
    }
    const coll = {
      id: allocTso(), name: spec.name, dbName: d.name, description: spec.description || '',
      autoID: fields.find((f) => f.isPrimary).autoID, enableDynamicField: !!spec.enableDynamicField,
      shardsNum: spec.shardsNum || 1, consistencyLevel: spec.consistencyLevel ?? 2, fields,
      indexes: (spec.indexes || []).map((ix) => ({ ...ix })), properties: spec.properties || [],
      partitions: [], segments: [], createdTso: allocTso(), loaded: !!spec.load,
    };
    for (const p of ['_default', ...(spec.partitions || []).filter((n) => n !== '_default')]) {
      coll.partitions.push({ id: allocTso(), name: p });
    }
    d.collections.set(spec.name, coll);
    return coll;
  }

  dropCollection(dbName, name) { this.db(dbName).collections.delete(name); }

  createPartition(dbName, collName, partName) {
    const c = this.getCollection(dbName, collName);
    if (c.partitions.some((p) => p.name === partName)) return;
    c.partitions.push({ id: allocTso(), name: partName });
  }

  primaryField(coll) { return coll.fields.find((f) => f.isPrimary); }

  validateValue(field, v) {
    const bad = (why) => new MilvusError(ERR.parameterInvalid, `the ${why} of field ${field.name} is invalid: invalid parameter`);
    if (v === undefined || v === null) {
      if (field.nullable) return null;
      throw new MilvusError(ERR.missingRequiredParameters, `missing required parameters: field ${field.name}`);
    }
    const t = field.dataType;
    if (t === DATA_TYPES.Bool && typeof v !== 'boolean') throw bad('value');
    if ([2, 3, 4].includes(t) && !(typeof v === 'number' && Number.isInteger(v))) throw bad('value');
    if (t === DATA_TYPES.Int64) {
      if (typeof v === 'string' && /^-?\d+$/.test(v)) v = BigInt(v);
      if (!(typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)))) throw bad('value');
    }
    if ([10, 11].includes(t) && typeof v !== 'number') throw bad('value');
    if (t === DATA_TYPES.VarChar || t === DATA_TYPES.String) {
      if (typeof v !== 'string') throw bad('value');
      const max = Number(field.typeParams.max_length || 65535);
      if (Buffer.byteLength(v) > max) throw bad(`length (${Buffer.byteLength(v)} > max_length ${max})`);
    }
    if (t === DATA_TYPES.FloatVector || t === DATA_TYPES.Float16Vector || t === DATA_TYPES.BFloat16Vector) {
      const dim = Number(field.typeParams.dim);
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'number')) throw bad('vector');
      if (dim && v.length !== dim) throw new MilvusError(ERR.parameterInvalid, `the dim (${v.length}) of field data(${field.name}) is not equal to schema dim (${dim}): invalid parameter`);
    }
    if (t === DATA_TYPES.Array && !Array.isArray(v)) throw bad('value');
    return v;
  }

  // rows: array of plain objects. Returns the primary keys. `keepIds` is used by restore (bulk insert
  // keeps the original primary keys even for autoID collections).
  insert(dbName, collName, rows, { partitionName = '_default', keepIds = false, rowMeta = null } = {}) {
    const c = this.getCollection(dbName, collName);
    const part = c.partitions.find((p) => p.name === partitionName);
    if (!part) throw new MilvusError(200, `partition not found[partition=${partitionName}]`);
    const pkField = this.primaryField(c);
    const fieldNames = new Set(c.fields.map((f) => f.name));
    const prepared = rows.map((row, idx) => {
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new MilvusError(ERR.parameterInvalid, 'each row must be a JSON object: invalid parameter');
      const out = {};
      for (const f of c.fields) {
        if (f.isDynamic) continue;
        if (f.isPrimary && f.autoID && !keepIds) {
          if (row[f.name] !== undefined) throw new MilvusError(ERR.parameterInvalid, `the primary key field ${f.name} is auto id, no need to provide: invalid parameter`);
          out[f.name] = f.dataType === DATA_TYPES.VarChar ? String(allocTso()) : allocTso();
          continue;
        }
        out[f.name] = this.validateValue(f, row[f.name]);
      }
      const extra = Object.keys(row).filter((k) => !fieldNames.has(k));
      if (c.enableDynamicField) {
        const dyn = row.$meta && typeof row.$meta === 'object' && keepIds ? { ...row.$meta } : {};
        for (const k of extra) if (k !== '$meta') dyn[k] = row[k];
        out.$meta = dyn;
      } else if (extra.length) {
        throw new MilvusError(ERR.parameterInvalid, `has pass more field without dynamic schema, please check it: ${extra.join(',')}`);
      }
      const meta = rowMeta ? rowMeta[idx] : null;
      return { values: out, rowId: meta ? meta.rowId : allocTso(), ts: meta ? meta.ts : allocTso() };
    });
    for (const r of prepared) {
      let seg = c.segments.find((s) => s.partitionId === part.id && !s.sealed);
      if (!seg || seg.rows.length >= this.segmentRows) {
        if (seg) seg.sealed = true;
        seg = { id: allocTso(), partitionId: part.id, rows: [], deletes: [], sealed: false };
        c.segments.push(seg);
      }
      seg.rows.push(r);
    }
    return prepared.map((r) => r.values[pkField.name]);
  }

  // Deletes by primary key. The delete is recorded on the segment that holds the row (it becomes a
  // delta log in a backup) and the row stops counting.
  deleteByPks(dbName, collName, pks) {
    const c = this.getCollection(dbName, collName);
    const pkName = this.primaryField(c).name;
    const want = new Set(pks.map((p) => String(p)));
    let n = 0;
    for (const seg of c.segments) {
      const deleted = new Set(seg.deletes.map((d) => String(d.pk)));
      for (const r of seg.rows) {
        const k = String(r.values[pkName]);
        if (want.has(k) && !deleted.has(k)) { seg.deletes.push({ pk: r.values[pkName], ts: allocTso() }); deleted.add(k); n++; }
      }
    }
    return n;
  }

  liveRows(coll) {
    const pkName = this.primaryField(coll).name;
    const out = [];
    for (const seg of coll.segments) {
      const deleted = new Set(seg.deletes.map((d) => String(d.pk)));
      for (const r of seg.rows) if (!deleted.has(String(r.values[pkName]))) out.push(r.values);
    }
    return out;
  }

  rowCount(coll) { return this.liveRows(coll).length; }

  // Seals all growing segments (what a backup's flush does).
  flush(coll) { for (const s of coll.segments) s.sealed = true; }
}

// ---------------------------------------------------------------- REST v2

function parseFieldsFromRest(body) {
  const schema = body.schema;
  if (schema && Array.isArray(schema.fields) && schema.fields.length) {
    return {
      autoID: !!schema.autoID || !!schema.autoId,
      enableDynamicField: !!schema.enableDynamicField,
      fields: schema.fields.map((f) => {
        const dt = DATA_TYPES[f.dataType];
        if (dt === undefined) throw new MilvusError(ERR.parameterInvalid, `data type ${f.dataType} is invalid(case sensitive): invalid parameter`);
        const tp = {};
        for (const [k, v] of Object.entries(f.elementTypeParams || {})) tp[k] = String(v);
        return {
          name: f.fieldName, dataType: dt, isPrimary: !!f.isPrimary, autoID: !!f.isPrimary && (!!schema.autoID || !!schema.autoId),
          typeParams: tp, elementType: f.elementDataType ? DATA_TYPES[f.elementDataType] || 0 : 0,
          nullable: !!f.nullable, isPartitionKey: !!f.isPartitionKey, description: f.description || '',
        };
      }),
    };
  }
  // "quick setup": collectionName + dimension
  const dim = Number(body.dimension);
  if (!dim) throw new MilvusError(ERR.missingRequiredParameters, 'missing required parameters, error: dimension is required for quickly create collection(default metric type: COSINE)');
  const idType = body.idType || 'Int64';
  const pkName = body.primaryFieldName || 'id';
  const pk = { name: pkName, dataType: DATA_TYPES[idType], isPrimary: true, autoID: !!body.autoID, typeParams: {} };
  if (pk.dataType === DATA_TYPES.VarChar) pk.typeParams.max_length = String((body.params && body.params.max_length) || 65535);
  return {
    autoID: !!body.autoID, enableDynamicField: true, quick: true,
    fields: [pk, { name: body.vectorFieldName || 'vector', dataType: DATA_TYPES.FloatVector, typeParams: { dim: String(dim) } }],
  };
}

function createFromRest(model, dbName, body) {
  if (!body.collectionName) throw new MilvusError(ERR.missingRequiredParameters, "missing required parameters, error: Key: 'CollectionReq.CollectionName' Error:Field validation for 'CollectionName' failed on the 'required' tag");
  const parsed = parseFieldsFromRest(body);
  const params = body.params || {};
  let indexes = (body.indexParams || []).map((ix) => ({
    fieldName: ix.fieldName, indexName: ix.indexName || ix.fieldName, indexType: ix.indexType || 'AUTOINDEX',
    metricType: ix.metricType || (ix.params && ix.params.metric_type) || 'COSINE',
    params: Object.fromEntries(Object.entries(ix.params || {}).map(([k, v]) => [k, String(v)])),
  }));
  if (parsed.quick && !indexes.length) {
    indexes = [{ fieldName: parsed.fields[1].name, indexName: parsed.fields[1].name, indexType: 'AUTOINDEX', metricType: body.metricType || 'COSINE', params: {} }];
  }
  const cl = params.consistencyLevel ? CONSISTENCY.indexOf(params.consistencyLevel) : 2;
  const props = [];
  if (params.ttlSeconds !== undefined) props.push({ key: 'collection.ttl.seconds', value: String(params.ttlSeconds) });
  return model.createCollection(dbName, {
    name: body.collectionName, description: body.description || '', autoID: parsed.autoID,
    enableDynamicField: parsed.enableDynamicField, fields: parsed.fields, shardsNum: Number(params.shardsNum) || 1,
    consistencyLevel: cl < 0 ? 2 : cl, indexes, properties: props, load: indexes.length > 0,
  });
}

function describe(model, coll) {
  const kv = (o) => Object.entries(o).map(([key, value]) => ({ key, value }));
  const fields = coll.fields.filter((f) => !f.isDynamic).map((f) => {
    const out = {
      name: f.name, primaryKey: f.isPrimary, partitionKey: f.isPartitionKey, clusteringKey: false,
      autoId: f.autoID, description: f.description, nullable: f.nullable, type: TYPE_NAMES[f.dataType], id: f.fieldID,
    };
    if (Object.keys(f.typeParams).length) out.params = kv(f.typeParams);
    if (f.dataType === DATA_TYPES.Array) out.elementType = TYPE_NAMES[f.elementType];
    return out;
  });
  return {
    collectionName: coll.name, collectionID: coll.id, description: coll.description, autoId: coll.autoID,
    fields, functions: [], aliases: [],
    indexes: coll.indexes.map((ix) => ({ indexName: ix.indexName, fieldName: ix.fieldName, metricType: ix.metricType })),
    load: coll.loaded ? 'LoadStateLoaded' : 'LoadStateNotLoad', shardsNum: coll.shardsNum,
    partitionsNum: coll.partitions.length, consistencyLevel: CONSISTENCY[coll.consistencyLevel],
    enableDynamicField: coll.enableDynamicField, properties: coll.properties,
  };
}

// Filters the REST query/delete endpoints understand: "" (all) and "<pk> in [..]" / "<pk> == v".
function matchFilter(model, coll, filter) {
  const pkName = model.primaryField(coll).name;
  const f = String(filter || '').trim();
  if (!f) return () => true;
  let m = new RegExp(`^${pkName}\\s+in\\s+\\[(.*)\\]$`).exec(f);
  let values;
  if (m) values = parse('[' + m[1] + ']');
  else if ((m = new RegExp(`^${pkName}\\s*==\\s*(.+)$`).exec(f))) values = [parse(m[1])];
  else throw new MilvusError(ERR.parameterInvalid, `the stand-in only supports filters "${pkName} in [...]" and "${pkName} == v": ${f}`);
  const want = new Set(values.map(String));
  return (row) => want.has(String(row[pkName]));
}

class WithCost { constructor(data) { this.data = data; } }
const withCost = (data) => new WithCost(data);

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object' && !(v instanceof Map) && !Buffer.isBuffer(v)) {
    return new Map(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, sortKeys(x)]));
  }
  return v;
}

function createMilvusRestHandler(model, opts) {
  // opts: { token: string|null, isDown: () => bool }
  const routes = {
    '/v2/vectordb/databases/list': () => [...model.databases.keys()],
    '/v2/vectordb/databases/create': (b) => { if (!b.dbName) throw new MilvusError(ERR.missingRequiredParameters, 'missing required parameters: dbName'); model.createDatabase(b.dbName); return {}; },
    '/v2/vectordb/databases/drop': (b) => {
      const d = model.databases.get(b.dbName);
      if (d && d.collections.size) throw new MilvusError(ERR.unexpected, `can not drop database with collections: ${b.dbName}`);
      if (b.dbName !== 'default') model.databases.delete(b.dbName);
      return {};
    },
    '/v2/vectordb/collections/list': (b, db) => [...model.db(db).collections.keys()],
    '/v2/vectordb/collections/has': (b, db) => ({ has: model.hasCollection(db, requireName(b)) }),
    '/v2/vectordb/collections/describe': (b, db) => describe(model, model.getCollection(db, requireName(b))),
    '/v2/vectordb/collections/get_stats': (b, db) => ({ rowCount: model.rowCount(model.getCollection(db, requireName(b))) }),
    '/v2/vectordb/collections/create': (b, db) => { createFromRest(model, db, b); return {}; },
    '/v2/vectordb/collections/drop': (b, db) => { model.dropCollection(db, requireName(b)); return {}; },
    '/v2/vectordb/collections/flush': (b, db) => { model.flush(model.getCollection(db, requireName(b))); return {}; },
    '/v2/vectordb/partitions/list': (b, db) => model.getCollection(db, requireName(b)).partitions.map((p) => p.name),
    '/v2/vectordb/partitions/create': (b, db) => { model.createPartition(db, requireName(b), b.partitionName); return {}; },
    '/v2/vectordb/indexes/list': (b, db) => model.getCollection(db, requireName(b)).indexes.map((ix) => ix.indexName),
    '/v2/vectordb/entities/insert': (b, db, req) => {
      requireName(b);
      const rows = Array.isArray(b.data) ? b.data : (b.data && typeof b.data === 'object' ? [b.data] : []);
      if (!rows.length) throw new MilvusError(ERR.missingRequiredParameters, 'missing required parameters: data');
      const ids = model.insert(db, b.collectionName, rows, { partitionName: b.partitionName || '_default' });
      const allowInt64 = String(req.headers['accept-type-allow-int64'] || '').toLowerCase() === 'true';
      // Int64 ids are strings (formatInt64) unless the client sends Accept-Type-Allow-Int64: true
      const pkInt = model.primaryField(model.getCollection(db, b.collectionName)).dataType === DATA_TYPES.Int64;
      return withCost({ insertCount: ids.length, insertIds: ids.map((id) => (pkInt && !allowInt64 ? String(id) : id)) });
    },
    '/v2/vectordb/entities/delete': (b, db) => {
      const coll = model.getCollection(db, requireName(b));
      const pkName = model.primaryField(coll).name;
      const match = matchFilter(model, coll, b.filter || (b.ids ? `${pkName} in [${b.ids.map((x) => encode(x)).join(',')}]` : ''));
      const pks = model.liveRows(coll).filter(match).map((r) => r[pkName]);
      return withCost({ deleteCount: model.deleteByPks(db, b.collectionName, pks) });
    },
    '/v2/vectordb/entities/query': (b, db) => {
      const coll = model.getCollection(db, requireName(b));
      const rows = model.liveRows(coll).filter(matchFilter(model, coll, b.filter));
      const out = b.outputFields || [];
      if (out.length === 1 && out[0] === 'count(*)') return [{ 'count(*)': rows.length }];
      const limit = Number(b.limit) || rows.length;
      const pkName = model.primaryField(coll).name;
      return rows.slice(Number(b.offset) || 0, (Number(b.offset) || 0) + limit).map((r) => {
        const o = {};
        const all = out.length === 0 || out.includes('*');
        const names = all ? [...Object.keys(r).filter((k) => k !== '$meta'), ...Object.keys(r.$meta || {})] : [pkName, ...out.filter((n) => n !== pkName)];
        for (const n of names) {
          if (n in r) o[n] = r[n]; else if (r.$meta && n in r.$meta) o[n] = r.$meta[n];
        }
        return o;
      });
    },
  };
  function requireName(b) {
    if (!b.collectionName) throw new MilvusError(ERR.missingRequiredParameters, "missing required parameters, error: Key: 'CollectionNameReq.CollectionName' Error:Field validation for 'CollectionName' failed on the 'required' tag");
    return b.collectionName;
  }

  return (req, res) => {
    if (opts.isDown && opts.isDown()) { req.socket.destroy(); return; }
    const send = (status, obj) => {
      const text = encode(sortKeys(obj)); // gin.H is a Go map: json.Marshal sorts its keys
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    };
    const url = new URL(req.url, 'http://x');
    const handler = routes[url.pathname];
    if (!handler || req.method !== 'POST') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('404 page not found'); return;
    }
    if (opts.token) {
      const auth = String(req.headers.authorization || '');
      const tok = auth.startsWith('Bearer ') ? auth.slice(7) : null;
      if (tok !== opts.token) { send(401, { code: ERR.needAuthenticate, message: "user hasn't authenticated" }); return; }
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let body = {};
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim()) {
        try { body = parse(text); } catch (e) { send(200, { code: ERR.incorrectParameterFormat, message: `can only accept json format request, error: ${e.message}` }); return; }
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) { send(200, { code: ERR.incorrectParameterFormat, message: 'can only accept json format request' }); return; }
      const db = body.dbName || req.headers['db-name'] || 'default';
      try {
        const data = handler(body, db, req);
        if (data instanceof WithCost) send(200, { code: 0, cost: 0, data: data.data });
        else send(200, { code: 0, data });
      } catch (e) {
        if (e instanceof MilvusError) send(200, { code: e.code, message: e.message });
        else send(200, { code: ERR.unexpected, message: String(e && e.message || e) });
      }
    });
  };
}

module.exports = { MilvusModel, MilvusError, createMilvusRestHandler, DATA_TYPES, TYPE_NAMES, VECTOR_TYPES, allocTso, CONSISTENCY };
