'use strict';
// The milvus-backup REST API (/api/v1/...) as documented in /work/shared/reference/milvus-backup.md,
// for v0.5.16 (default) with selectable 0.5.9 / 0.4.30 behaviour, on top of the in-memory Milvus
// (./milvus.js) and a real S3 server (./s3client.js). Tasks live in memory only, like the real server.
const crypto = require('node:crypto');
const { encode, parse, omitEmpty, field, toBig } = require('./gojson');
const { encodeBinlog, decodeBinlog, BinlogError } = require('./binlog');
const { MilvusError, DATA_TYPES, VECTOR_TYPES, allocTso } = require('./milvus');

const ZERO_TIME_S = -62135596800; // Go time.Time{}.Unix()
const ALWAYS = ['state_code', 'progress', 'size', 'meta_size', 'has_index', 'log_size'];
const HELLO = 'Hello, This is backup service';
const STRATEGIES = ['', 'meta_only', 'skip_flush', 'bulk_flush', 'serial_flush'];
const MILVUS_DATA_ROOT = 'files'; // rootPath of the (virtual) Milvus bucket; only used for log_path

class ApiError extends Error {
  constructor(code, msg) { super(msg); this.code = code; }
}
class TaskAbort extends Error {} // the task was abandoned by a restart

function parseVersion(v) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(String(v));
  if (!m) throw new Error(`bad --api-version ${v}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
const vcmp = (a, b) => (a[0] - b[0]) || (a[1] - b[1]) || (a[2] - b[2]);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function goTimestampName(prefix, d = new Date()) {
  const p = (n, w = 2) => String(n).padStart(w, '0');
  const nanos = String(d.getUTCMilliseconds() * 1e6 + Math.floor(Math.random() * 1e6));
  return `${prefix}_${d.getUTCFullYear()}_${p(d.getUTCMonth() + 1)}_${p(d.getUTCDate())}_${p(d.getUTCHours())}_${p(d.getUTCMinutes())}_${p(d.getUTCSeconds())}_${nanos}`;
}

// backup name rule (ValidateName): no whitespace, <=128 bytes, first char letter or '_', [A-Za-z0-9_]
function validateBackupName(name) {
  if (/\s/.test(name)) return `backup name [${name}] should not contain whitespace`;
  if (Buffer.byteLength(name) > 128) return `the length of backup name [${name}] must be not greater than 128 characters`;
  if (!/^[A-Za-z_]/.test(name)) return `the first character of backup name [${name}] must be an underscore or letter`;
  if (!/^[A-Za-z0-9_]+$/.test(name)) return `backup name [${name}] can only contain numbers, letters and underscores`;
  return null;
}

// Go-like json.Unmarshal type check of the known request keys; returns an error text or null.
function typeCheck(body, spec, structName) {
  for (const [tag, type] of Object.entries(spec)) {
    const v = field(body, tag);
    if (v === undefined || v === null) continue;
    const jt = Array.isArray(v) ? 'array' : (typeof v === 'bigint' ? 'number' : typeof v);
    const bad = (goType) => `json: cannot unmarshal ${jt === 'boolean' ? 'bool' : jt} into Go struct field ${structName}.${tag} of type ${goType}`;
    if (type === 'string' && jt !== 'string') return bad('string');
    if (type === 'bool' && jt !== 'boolean') return bad('bool');
    if (type === 'int' && !(jt === 'number' && Number.isInteger(Number(v)))) return bad('int32');
    if (type === 'strings' && (jt !== 'array' || v.some((x) => typeof x !== 'string' && x !== null))) return bad('[]string');
    if (type === 'map' && (jt !== 'object' || Object.values(v).some((x) => typeof x !== 'string' && x !== null))) return bad('map[string]string');
    if (type === 'object' && jt !== 'object') return bad('struct');
  }
  return null;
}

const CREATE_SPEC = {
  requestId: 'string', backup_name: 'string', collection_names: 'strings', async: 'bool', force: 'bool',
  meta_only: 'bool', rbac: 'bool', gc_pause_enable: 'bool', gc_pause_seconds: 'int', gc_pause_address: 'string',
  backup_root_path: 'string', strategy: 'string', with_index_extra: 'bool', filter: 'object',
};
const RESTORE_SPEC = {
  requestId: 'string', backup_name: 'string', collection_names: 'strings', collection_suffix: 'string',
  collection_renames: 'map', async: 'bool', bucket_name: 'string', path: 'string', metaOnly: 'bool',
  restoreIndex: 'bool', useAutoIndex: 'bool', dropExistCollection: 'bool', dropExistIndex: 'bool',
  skipCreateCollection: 'bool', id: 'string', rbac: 'bool', maxShardNum: 'int', useV2Restore: 'bool',
  restorePlan: 'object', skipParams: 'object', truncateBinlogByTs: 'bool', skipImportDiskQuotaCheck: 'bool',
};

// db_collections is a google.protobuf.Value: a JSON string holding JSON, or the object itself.
function parseDbCollections(v) {
  if (v === undefined || v === null || v === '') return null;
  let obj = v;
  if (typeof v === 'string') {
    try { obj = parse(v); } catch (e) { throw new ApiError(400, `parse db_collections: ${e.message}`); }
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new ApiError(400, 'db_collections must be a JSON object {"db":["coll",...]}');
  const out = new Map();
  for (const [db, colls] of Object.entries(obj)) {
    if (colls !== null && !Array.isArray(colls)) throw new ApiError(400, `db_collections: value of ${db} must be a list`);
    out.set(db === '' ? 'default' : db, (colls || []).map(String));
  }
  return out;
}

function splitName(n) {
  const i = n.indexOf('.');
  return i < 0 ? ['default', n] : [n.slice(0, i) || 'default', n.slice(i + 1)];
}

class BackupServer {
  constructor({ config, model, s3 }) {
    this.cfg = config;
    this.model = model;
    this.s3 = s3;
    this.version = parseVersion(config.apiVersion || '0.5.16');
    this.isNew = vcmp(this.version, [0, 5, 10]) >= 0; // rewritten handlers, seconds, taskmgr
    this.isV04 = vcmp(this.version, [0, 5, 0]) < 0;
    this.slimRestore = vcmp(this.version, [0, 5, 6]) >= 0;
    this.backups = new Map(); // task id -> task
    this.backupByName = new Map(); // name -> task id
    this.restores = new Map();
    this.generation = 0;
    this.restartWaiters = [];
    this.createLock = Promise.resolve(); // <=0.5.9 serialised creates behind a mutex
    this.faults = BackupServer.noFaults();
  }

  static noFaults() {
    return { failNextCreate: [], failNextRestore: [], stallNextCreate: 0, stallNextRestore: 0,
      milvusUnreachable: false, milvusRestDown: false, http500: [] };
  }

  // ------------------------------------------------------------------ times, envelope

  timeOf(ms) {
    if (ms === null || ms === undefined) return this.isNew ? ZERO_TIME_S : 0;
    return this.isNew ? Math.floor(ms / 1000) : ms;
  }

  send(res, status, obj, contentType = 'application/json; charset=utf-8') {
    if (res.writableEnded || res.destroyed) return;
    const text = typeof obj === 'string' && !contentType.startsWith('application/json') ? obj : encode(obj);
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  envelope(res, { requestId, code = 0, msg, data }, hasData = true) {
    const o = omitEmpty({ requestId, code, msg });
    if (hasData) o.data = data === undefined ? null : data;
    this.send(res, 200, o);
  }

  panic500(res) { // gin Recovery: HTTP 500, empty body
    if (res.writableEnded) return;
    res.writeHead(500, { 'Content-Length': 0 }); res.end();
  }

  // ------------------------------------------------------------------ storage helpers

  rootPrefix(root) { return root ? root.replace(/\/+$/, '') + '/' : ''; }

  prefixOf(root, name) { return `${this.rootPrefix(root)}${name}/`; }

  async readJson(bucket, key) {
    const buf = await this.s3.getObject(bucket, key);
    if (!buf) return null;
    return parse(buf.toString('utf8'));
  }

  // Reads a backup's meta tree: full_meta.json if present, else rebuilt from the level files.
  async readBackupMeta(bucket, root, name) {
    const p = this.prefixOf(root, name) + 'meta/';
    const top = await this.readJson(bucket, p + 'backup_meta.json');
    if (!top) throw new ApiError(3, `read backup meta file not exist: ${p}backup_meta.json`);
    const full = await this.readJson(bucket, p + 'full_meta.json');
    if (full) return full;
    const colls = (await this.readJson(bucket, p + 'collection_meta.json')) || { infos: [] };
    const parts = (await this.readJson(bucket, p + 'partition_meta.json')) || { infos: [] };
    const segs = (await this.readJson(bucket, p + 'segment_meta.json')) || { infos: [] };
    const tree = { ...top, collection_backups: [] };
    for (const c of colls.infos || []) {
      const cc = { ...c, partition_backups: [] };
      for (const pt of (parts.infos || []).filter((x) => String(x.collection_id) === String(c.collection_id))) {
        cc.partition_backups.push({ ...pt, segment_backups: (segs.infos || []).filter((s) => String(s.partition_id) === String(pt.partition_id)) });
      }
      tree.collection_backups.push(cc);
    }
    return tree;
  }

  async metaSize(bucket, root, name) {
    const { objects } = await this.s3.list(bucket, this.prefixOf(root, name) + 'meta/');
    return objects.reduce((a, o) => a + o.size, 0);
  }

  // ------------------------------------------------------------------ faults / restart

  restart() {
    this.generation++;
    this.backups.clear(); this.backupByName.clear(); this.restores.clear();
    const w = this.restartWaiters; this.restartWaiters = [];
    for (const f of w) f();
  }

  waitForRestart() { return new Promise((r) => this.restartWaiters.push(r)); }

  async tick(task, ms) {
    await sleep(Math.max(0, ms));
    if (task.generation !== this.generation) throw new TaskAbort('server restarted');
    if (task.cancelled) throw new Error('context canceled');
  }

  takeFault(list) {
    if (!list.length) return null;
    const f = list[0];
    f.count -= 1;
    if (f.count <= 0) list.shift();
    return f.message;
  }

  milvusDown() {
    if (this.faults.milvusUnreachable) return 'connect to milvus: context deadline exceeded (stand-in fault milvusUnreachable)';
    const token = this.cfg.milvusToken;
    if (token && `${this.cfg.milvusUser}:${this.cfg.milvusPassword}` !== token) {
      return 'create milvus client: rpc error: code = Unauthenticated desc = auth check failure, please check username and password are correct';
    }
    return null;
  }

  handleControl(req, res, url, body) {
    const p = url.pathname;
    if (p === '/_standin/restart' && req.method === 'POST') {
      this.restart();
      return this.send(res, 200, { ok: true, generation: this.generation });
    }
    if (p === '/_standin/faults') {
      if (req.method === 'DELETE') { this.faults = BackupServer.noFaults(); return this.send(res, 200, this.faults); }
      if (req.method === 'GET') return this.send(res, 200, this.faults);
      if (req.method === 'POST') {
        let f;
        try { f = body.trim() ? parse(body) : {}; } catch (e) { return this.send(res, 400, { error: e.message }); }
        const oneShot = (v, def) => {
          if (v === undefined || v === null || v === false) return null;
          if (typeof v === 'string') return { message: v, count: 1 };
          if (v === true) return { message: def, count: 1 };
          return { message: String(v.message || def), count: Number(v.count || 1) };
        };
        const fc = oneShot(f.failNextCreate, 'stand-in fault: create failed');
        if (fc) this.faults.failNextCreate.push(fc);
        const fr = oneShot(f.failNextRestore, 'stand-in fault: restore failed');
        if (fr) this.faults.failNextRestore.push(fr);
        if (f.stallNextCreate !== undefined) this.faults.stallNextCreate = f.stallNextCreate === true ? 1 : Number(f.stallNextCreate) || 0;
        if (f.stallNextRestore !== undefined) this.faults.stallNextRestore = f.stallNextRestore === true ? 1 : Number(f.stallNextRestore) || 0;
        if (f.milvusUnreachable !== undefined) this.faults.milvusUnreachable = !!f.milvusUnreachable;
        if (f.milvusRestDown !== undefined) this.faults.milvusRestDown = !!f.milvusRestDown;
        if (f.http500 !== undefined && f.http500 !== null && f.http500 !== false) {
          const h = typeof f.http500 === 'object' ? f.http500 : { count: f.http500 === true ? 1 : Number(f.http500) };
          this.faults.http500.push({ path: h.path || null, count: Number(h.count || 1) });
        }
        if (f.taskMs !== undefined) this.cfg.taskMs = Number(f.taskMs);
        if (f.restart) this.restart();
        return this.send(res, 200, this.faults);
      }
    }
    if (p === '/_standin/state' && req.method === 'GET') {
      return this.send(res, 200, { apiVersion: this.version.join('.'), generation: this.generation,
        backups: [...this.backups.values()].map((t) => ({ id: t.id, name: t.name, state_code: t.state, progress: Math.floor(t.progress) })),
        restores: [...this.restores.values()].map((t) => ({ id: t.id, state_code: t.state, progress: Math.floor(t.progress) })) });
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('404 page not found');
  }

  // ------------------------------------------------------------------ HTTP entry

  handle(req, res) {
    const url = new URL(req.url, 'http://x');
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (url.pathname.startsWith('/_standin/')) return this.handleControl(req, res, url, body);
      const h = this.faults.http500.find((x) => !x.path || x.path === url.pathname);
      if (h) {
        h.count -= 1;
        if (h.count <= 0) this.faults.http500.splice(this.faults.http500.indexOf(h), 1);
        return this.panic500(res);
      }
      this.route(req, res, url, body).catch((e) => {
        if (!(e instanceof ApiError)) console.error('stand-in internal error:', e);
        this.panic500(res);
      });
    });
  }

  async route(req, res, url, body) {
    const p = url.pathname; const m = req.method;
    if (p === '/' || p === '' || (p === '/api/v1/hello' && m === 'GET')) return this.send(res, 200, HELLO, 'text/plain; charset=utf-8');
    const routes = {
      'POST /api/v1/create': () => this.create(req, res, body),
      'GET /api/v1/list': () => this.list(req, res, url),
      'GET /api/v1/get_backup': () => this.getBackup(req, res, url),
      'DELETE /api/v1/delete': () => this.deleteBackup(req, res, url),
      'POST /api/v1/restore': () => this.restore(req, res, body),
      'GET /api/v1/get_restore': () => this.getRestore(req, res, url),
      'GET /api/v1/check': () => this.check(req, res),
    };
    const r = routes[`${m} ${p}`];
    if (!r) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('404 page not found'); return; }
    return r();
  }

  // ------------------------------------------------------------------ create

  async create(req, res, bodyText) {
    let body;
    try { body = bodyText.trim() ? parse(bodyText) : null; } catch { body = undefined; }
    if (body === undefined || (body !== null && (typeof body !== 'object' || Array.isArray(body))) || (body && typeCheck(body, CREATE_SPEC, 'CreateBackupRequest'))) {
      return this.send(res, 400, { error: 'Invalid request body' });
    }
    body = body || {};
    const requestId = String(req.headers.request_id || '') || crypto.randomUUID();
    let name = field(body, 'backup_name') || '';
    const isAsync = !!field(body, 'async');
    if (this.isNew) {
      if (name === '') return this.panic500(res); // validator indexes an empty string -> panic
    } else {
      name = name.trim();
      if (name === '') name = goTimestampName('backup');
    }
    const bad = validateBackupName(name);
    if (bad) return this.envelope(res, { requestId, code: 400, msg: bad });
    const strategy = this.isNew ? (field(body, 'strategy') || '') : '';
    if (!STRATEGIES.includes(strategy)) return this.envelope(res, { requestId, code: 3, msg: `invalid strategy: ${strategy}` });
    const metaOnly = strategy === 'meta_only' || !!field(body, 'meta_only');
    const rootOverride = vcmp(this.version, [0, 5, 9]) >= 0 ? field(body, 'backup_root_path') : '';
    const root = rootOverride || this.cfg.rootPath;
    const bucket = this.cfg.bucket;

    let selection;
    try { selection = this.parseCreateSelection(body); } catch (e) {
      return this.envelope(res, { requestId, code: e.code || 3, msg: e.message });
    }

    if (this.isNew) {
      const existingId = this.backupByName.get(name);
      const existing = existingId && this.backups.get(existingId);
      if (existing && existing.state !== 3) {
        if (!isAsync) return this.panic500(res); // nil dereference in the sync path (source reading)
        return this.envelope(res, { requestId, code: 3, msg: `backup: backup with name ${name} already exist (existing task ${existing.id})` });
      }
    } else {
      // <=0.5.9: the name is checked up front, in memory and in storage.
      const exists = this.backupByName.has(name) || (await this.s3.list(bucket, this.prefixOf(root, name))).objects.length > 0;
      if (exists) return this.envelope(res, { requestId, code: 3, msg: `backup already exist with the name: ${name}` });
    }

    const task = {
      id: requestId, name, state: 0, progress: 1, errorMessage: '', startMs: Date.now(), endMs: null,
      bucket, root, metaOnly, selection, generation: this.generation, collections: [], size: 0, cancelled: false,
      backupTs: null,
    };
    this.backups.set(task.id, task);
    this.backupByName.set(name, task.id);

    const run = () => this.runCreate(task);
    if (isAsync) {
      const p = this.isNew ? run() : (this.createLock = this.createLock.then(run, run));
      p.catch(() => {});
      return this.envelope(res, {
        requestId, msg: 'create backup is executing asynchronously',
        data: this.isNew ? null : this.oldBackupView(task, null),
      });
    }
    // sync: the backup runs on the request context; a client disconnect cancels it
    res.on('close', () => { if (!res.writableEnded) task.cancelled = true; });
    let err = null;
    try {
      if (this.isNew) await run(); else await (this.createLock = this.createLock.then(run, run));
    } catch (e) { err = e; }
    if (err instanceof TaskAbort) return; // server "restarted" mid-request: the connection is gone
    if (err || task.state === 3) {
      return this.envelope(res, { requestId, code: 3, msg: (err && err.message) || task.errorMessage });
    }
    if (this.isNew) return this.envelope(res, { msg: 'success' }, false); // 0.5.10-0.5.16 drop the full response
    return this.envelope(res, { requestId, msg: 'success', data: this.oldBackupView(task, task.meta) });
  }

  // -> {mode:'all'} | {mode:'list', items:[{db, coll|null(all), dbOnly}]}
  parseCreateSelection(body) {
    const filter = this.isNew ? field(body, 'filter') : null;
    if (filter && Object.keys(filter).length) {
      const items = [];
      for (const [db, spec] of Object.entries(filter)) {
        const colls = (spec && field(spec, 'colls')) || [];
        if (!colls.length) items.push({ db: db || 'default', coll: null, dbOnly: true });
        else for (const c of colls) items.push({ db: db || 'default', coll: c === '*' ? null : c, dbOnly: false });
      }
      return { mode: 'list', items };
    }
    const dbc = parseDbCollections(field(body, 'db_collections'));
    if (dbc && dbc.size) {
      const items = [];
      for (const [db, colls] of dbc) {
        if (!colls.length) items.push({ db, coll: null, dbOnly: false });
        else for (const c of colls) items.push({ db, coll: c, dbOnly: false });
      }
      return { mode: 'list', items };
    }
    const names = field(body, 'collection_names') || [];
    if (names.length) return { mode: 'list', items: names.map((n) => { const [db, c] = splitName(n); return { db, coll: c, dbOnly: false }; }) };
    return { mode: 'all' };
  }

  resolveSelection(sel) {
    const dbs = new Map(); // db name -> Set(coll names)
    const add = (db, coll) => { if (!dbs.has(db)) dbs.set(db, new Set()); if (coll) dbs.get(db).add(coll); };
    if (sel.mode === 'all') {
      for (const [dbName, d] of this.model.databases) { add(dbName, null); for (const c of d.collections.keys()) add(dbName, c); }
    } else {
      for (const it of sel.items) {
        if (!this.model.databases.has(it.db)) throw new Error(`database ${it.db} not exist`);
        add(it.db, null);
        if (it.dbOnly) continue;
        const d = this.model.databases.get(it.db);
        if (it.coll === null) { for (const c of d.collections.keys()) add(it.db, c); continue; }
        if (!d.collections.has(it.coll)) throw new Error(`collection ${it.db}.${it.coll} not exist`);
        add(it.db, it.coll);
      }
    }
    return dbs;
  }

  async runCreate(task) {
    const step = () => (this.cfg.taskMs || 1500);
    await this.tick(task, step() * 0.1);
    await this.s3.ensureBucket(task.bucket); // the backup bucket is created automatically if missing
    // Early returns before any state update (0.5.10+): the async task then stays in state 0 forever.
    const { objects: existing } = await this.s3.list(task.bucket, this.prefixOf(task.root, task.name));
    if (existing.length) {
      if (this.isNew) { task.stuck = 'already exists'; throw new Error(`backup: backup with name ${task.name} already exist`); }
    }
    const down = this.milvusDown();
    if (down) {
      task.stuck = 'milvus unreachable';
      if (!this.isNew) { task.state = 3; task.progress = 0; task.errorMessage = down; task.endMs = Date.now(); }
      throw new Error(down);
    }

    const failMsg = this.takeFault(this.faults.failNextCreate);
    let stall = false;
    if (this.faults.stallNextCreate > 0) { this.faults.stallNextCreate--; stall = true; }

    task.state = 1; task.progress = 5;
    try {
      await this.executeBackup(task, step, failMsg, stall);
    } catch (e) {
      if (e instanceof TaskAbort) throw e;
      task.state = 3; task.progress = 0; task.errorMessage = e.message; task.endMs = Date.now();
      throw e;
    }
  }

  async executeBackup(task, step, failMsg, stall) {
    const dbs = this.resolveSelection(task.selection);
    task.backupTs = allocTso();
    // Snapshot + "flush": copy the sealed segments now, later inserts are not part of the backup.
    const snap = [];
    for (const [dbName, colls] of dbs) {
      for (const cname of colls) {
        const c = this.model.getCollection(dbName, cname);
        this.model.flush(c);
        snap.push({ coll: c, segments: c.segments.map((s) => ({ ...s, rows: s.rows.slice(), deletes: s.deletes.slice() })), progress: 1 });
      }
    }
    task.collections = snap;
    const segCount = task.metaOnly ? 0 : snap.reduce((a, s) => a + s.segments.length, 0);
    const tickMs = (step() * 0.9) / (3 + snap.length * 3 + segCount);
    const upd = () => {
      const mean = snap.length ? snap.reduce((a, s) => a + s.progress, 0) / snap.length : 100;
      task.progress = 5 + 0.95 * mean;
    };
    await this.tick(task, tickMs); // database phase
    const prefix = this.prefixOf(task.root, task.name);
    const written = new Map(); // key -> size
    let segDone = 0;
    const failAt = Math.max(1, Math.floor(segCount / 2));
    const pause = async () => {
      if (stall) { task.stalled = true; await this.waitForRestart(); throw new TaskAbort('server restarted'); }
      if (failMsg) throw new Error(failMsg);
    };
    for (const s of snap) {
      for (const ph of [5, 10, 15]) { s.progress = ph; upd(); await this.tick(task, tickMs); }
      const coll = s.coll;
      s.meta = { partitions: new Map(), size: 0 };
      for (const p of coll.partitions) s.meta.partitions.set(String(p.id), { part: p, segments: [], size: 0 });
      const totalRows = s.segments.reduce((a, x) => a + x.rows.length, 0) || 1;
      let doneRows = 0;
      for (const seg of task.metaOnly ? [] : s.segments) {
        if (segDone === failAt || segCount === 0) await pause();
        const segMeta = await this.writeSegment(task, prefix, coll, seg, written);
        s.meta.partitions.get(String(seg.partitionId)).segments.push(segMeta);
        doneRows += seg.rows.length; segDone++;
        s.progress = 15 + 85 * (doneRows / totalRows); upd();
        task.size += segMeta.size;
        await this.tick(task, tickMs);
      }
      s.progress = 100; upd();
    }
    if (segCount === 0) await pause();
    // Size check by listing, like the real copier does before writing the meta.
    if (written.size) {
      const { objects } = await this.s3.list(task.bucket, prefix + 'binlogs/');
      const got = new Map(objects.map((o) => [o.key, o.size]));
      for (const [k, sz] of written) {
        if (got.get(k) !== sz) throw new Error(`copy binlog: size mismatch for ${k}: listed ${got.get(k)}, wrote ${sz}`);
      }
    }
    task.meta = await this.writeMeta(task, prefix, snap);
    await this.tick(task, tickMs);
    task.state = 2; task.progress = 100; task.endMs = Date.now();
  }

  async writeSegment(task, prefix, coll, seg, written) {
    const pkName = this.model.primaryField(coll).name;
    const group = seg.id; // groupID = segment id for non-L0 segments
    const base = `${prefix}binlogs/insert_log/${coll.id}/${seg.partitionId}/${group}/${seg.id}`;
    const tsFrom = seg.rows.reduce((a, r) => (r.ts < a ? r.ts : a), seg.rows.length ? seg.rows[0].ts : 0n);
    const tsTo = seg.rows.reduce((a, r) => (r.ts > a ? r.ts : a), 0n);
    const fieldsOut = [];
    let size = 0;
    const columns = [
      { fieldID: 0, values: seg.rows.map((r) => r.rowId) },
      { fieldID: 1, values: seg.rows.map((r) => r.ts) },
      ...coll.fields.map((f) => ({ fieldID: f.fieldID, values: seg.rows.map((r) => r.values[f.name]) })),
    ];
    for (const col of columns) {
      const logId = allocTso();
      const buf = encodeBinlog({ kind: 'insert', collectionId: coll.id, partitionId: seg.partitionId, segmentId: seg.id,
        fieldId: col.fieldID, tsFrom, tsTo }, col.values);
      const key = `${base}/${col.fieldID}/${logId}`;
      await this.s3.putObject(task.bucket, key, buf);
      written.set(key, buf.length);
      size += buf.length;
      fieldsOut.push(omitEmpty({ fieldID: col.fieldID, binlogs: [omitEmpty({
        entries_num: seg.rows.length, timestamp_from: tsFrom, timestamp_to: tsTo,
        log_path: `${MILVUS_DATA_ROOT}/insert_log/${coll.id}/${seg.partitionId}/${seg.id}/${col.fieldID}/${logId}`,
        log_size: buf.length, logID: logId }, ALWAYS)] }));
    }
    const deltas = [];
    if (seg.deletes.length) {
      const logId = allocTso();
      const dFrom = seg.deletes.reduce((a, d) => (d.ts < a ? d.ts : a), seg.deletes[0].ts);
      const dTo = seg.deletes.reduce((a, d) => (d.ts > a ? d.ts : a), 0n);
      const buf = encodeBinlog({ kind: 'delta', collectionId: coll.id, partitionId: seg.partitionId, segmentId: seg.id,
        fieldId: 0, tsFrom: dFrom, tsTo: dTo }, seg.deletes.map((d) => ({ pk: d.pk, ts: d.ts })));
      const key = `${prefix}binlogs/delta_log/${coll.id}/${seg.partitionId}/${group}/${seg.id}/${logId}`;
      await this.s3.putObject(task.bucket, key, buf);
      written.set(key, buf.length);
      size += buf.length;
      deltas.push({ binlogs: [omitEmpty({ entries_num: seg.deletes.length, timestamp_from: dFrom, timestamp_to: dTo,
        log_path: `${MILVUS_DATA_ROOT}/delta_log/${coll.id}/${seg.partitionId}/${seg.id}/${logId}`, log_size: buf.length, logID: logId }, ALWAYS)] });
    }
    void pkName;
    return omitEmpty({
      segment_id: seg.id, collection_id: coll.id, partition_id: seg.partitionId, num_of_rows: seg.rows.length,
      binlogs: fieldsOut, deltalogs: deltas, size, group_id: group, backuped: true,
      v_channel: `by-dev-rootcoord-dml_0_${coll.id}v0`, storage_version: 0,
    }, ALWAYS);
  }

  schemaMeta(coll) {
    const kv = (o) => Object.entries(o).map(([key, value]) => ({ key, value: String(value) }));
    return omitEmpty({
      name: coll.name, description: coll.description, autoID: coll.autoID,
      fields: coll.fields.map((f) => omitEmpty({
        fieldID: f.fieldID, name: f.name, is_primary_key: f.isPrimary, description: f.description, data_type: f.dataType,
        type_params: kv(f.typeParams), autoID: f.autoID, element_type: f.elementType, is_dynamic: f.isDynamic,
        is_partition_key: f.isPartitionKey, nullable: f.nullable,
      })),
      enable_dynamic_field: coll.enableDynamicField,
    });
  }

  async writeMeta(task, prefix, snap) {
    const t = (ms) => this.timeOf(ms);
    const now = Date.now();
    const colls = snap.map((s) => {
      const coll = s.coll;
      const parts = [...s.meta.partitions.values()].map((p) => {
        const size = p.segments.reduce((a, x) => a + x.size, 0);
        return { full: omitEmpty({ partition_id: p.part.id, partition_name: p.part.name, collection_id: coll.id,
          segment_backups: p.segments, size, load_state: coll.loaded ? 'Loaded' : 'NotLoad' }, ALWAYS), segments: p.segments, size };
      });
      const size = parts.reduce((a, p) => a + p.size, 0);
      const physical = Number(task.backupTs >> 18n) / 1000;
      const full = omitEmpty({
        id: crypto.randomUUID(), state_code: 2, start_time: t(task.startMs), end_time: t(now), progress: 100,
        collection_id: coll.id, db_name: coll.dbName, collection_name: coll.name, schema: this.schemaMeta(coll),
        shards_num: coll.shardsNum, consistency_level: coll.consistencyLevel, partition_backups: parts.map((p) => p.full),
        backup_timestamp: task.backupTs, size, has_index: coll.indexes.length > 0,
        index_infos: coll.indexes.map((ix) => ({ field_name: ix.fieldName, index_name: ix.indexName, index_type: ix.indexType,
          params: new Map(Object.entries({ ...ix.params, index_type: ix.indexType, metric_type: ix.metricType })) })),
        load_state: coll.loaded ? 'Loaded' : 'NotLoad', backup_physical_timestamp: Math.floor(physical),
        channel_checkpoints: new Map(Array.from({ length: coll.shardsNum }, (_, i) => [`by-dev-rootcoord-dml_${i}_${coll.id}v${i}`,
          Buffer.from(`stand-in checkpoint ${coll.id} ${task.backupTs}`).toString('base64')])),
        properties: coll.properties,
      }, ALWAYS);
      return { full, parts, size };
    });
    const size = colls.reduce((a, c) => a + c.size, 0);
    const dbNames = [...new Set(snap.map((s) => s.coll.dbName))];
    for (const it of task.selection.mode === 'list' ? task.selection.items : []) if (!dbNames.includes(it.db)) dbNames.push(it.db);
    if (task.selection.mode === 'all') for (const d of this.model.databases.keys()) if (!dbNames.includes(d)) dbNames.push(d);
    const top = omitEmpty({
      id: task.id, state_code: this.isNew ? 2 : 1, start_time: t(task.startMs), end_time: this.isNew ? t(now) : 0,
      progress: this.isNew ? 100 : 95, name: task.name, backup_timestamp: task.backupTs, size,
      milvus_version: this.model.version,
    }, ALWAYS);
    const full = omitEmpty({
      ...top, collection_backups: colls.map((c) => c.full),
      rpc_channel_info: { name: this.cfg.rpcChannelName || 'by-dev-replicate-msg', position: '' },
      database_backups: dbNames.map((d) => {
        const db = this.model.databases.get(d);
        return omitEmpty({ db_name: d, db_id: db ? db.id : 0, properties: db ? db.properties : [] });
      }),
    }, ALWAYS);
    const strip = (o, k) => { const c = { ...o }; delete c[k]; return c; };
    const m = `${prefix}meta/`;
    // Order of writing (0.5.16): backup_meta, collection, partition, segment, full_meta last.
    await this.s3.putObject(task.bucket, m + 'backup_meta.json', encode(top));
    await this.s3.putObject(task.bucket, m + 'collection_meta.json', encode({ infos: colls.map((c) => strip(c.full, 'partition_backups')) }));
    await this.s3.putObject(task.bucket, m + 'partition_meta.json', encode({ infos: colls.flatMap((c) => c.parts.map((p) => strip(p.full, 'segment_backups'))) }));
    await this.s3.putObject(task.bucket, m + 'segment_meta.json', encode({ infos: colls.flatMap((c) => c.parts.flatMap((p) => p.segments)) }));
    await this.s3.putObject(task.bucket, m + 'full_meta.json', encode(full));
    return full;
  }

  // ------------------------------------------------------------------ views

  taskFields(task) {
    return {
      id: task.id, state_code: task.state, errorMessage: task.errorMessage, start_time: this.timeOf(task.startMs),
      end_time: this.timeOf(task.endMs), progress: Math.floor(task.progress), name: task.name,
    };
  }

  briefFromMeta(task, meta, metaSize) {
    const colls = (meta.collection_backups || []).map((c) => omitEmpty({
      id: c.id, collection_id: c.collection_id, db_name: c.db_name, collection_name: c.collection_name, schema: c.schema,
      shards_num: c.shards_num, backup_timestamp: c.backup_timestamp, size: c.size, has_index: !!c.has_index,
      index_infos: c.index_infos, load_state: c.load_state, backup_physical_timestamp: c.backup_physical_timestamp,
      channel_checkpoints: c.channel_checkpoints, properties: c.properties,
    }, ALWAYS));
    return omitEmpty({
      ...this.taskFields(task), collection_backups: colls, size: meta.size, milvus_version: meta.milvus_version,
      rpc_channel_info: meta.rpc_channel_info, database_backups: meta.database_backups, meta_size: metaSize,
    }, [...ALWAYS, 'end_time', 'start_time']);
  }

  // <=0.5.9 BackupInfo (http.simpleResponse: collections without partitions)
  oldBackupView(task, meta) {
    const base = task ? this.taskFields(task) : {};
    const colls = meta ? (meta.collection_backups || []).map((c) => { const x = { ...c }; delete x.partition_backups; return x; }) : [];
    return omitEmpty({
      ...base, ...(meta && !task ? { id: meta.id, state_code: meta.state_code, start_time: meta.start_time, end_time: meta.end_time,
        progress: meta.progress, name: meta.name } : {}),
      backup_timestamp: meta ? meta.backup_timestamp : 0, collection_backups: colls,
      size: meta ? meta.size : (task ? task.size : 0), milvus_version: meta ? meta.milvus_version : '',
    }, ALWAYS);
  }

  // ------------------------------------------------------------------ list / get / delete

  async list(req, res, url) {
    const requestId = String(req.headers.request_id || '');
    const collName = url.searchParams.get('collection_name');
    if (this.isNew && collName !== null) {
      return this.envelope(res, { requestId, code: 400, msg: 'collection_name is deprecated' });
    }
    let listing;
    try { listing = await this.s3.list(this.cfg.bucket, this.rootPrefix(this.cfg.rootPath), '/'); } catch (e) {
      return this.envelope(res, { requestId, code: 3, msg: `list backups: ${e.message}` });
    }
    const out = [];
    for (const pfx of listing.prefixes.sort()) {
      const name = pfx.slice(0, -1).split('/').pop();
      try {
        const top = await this.readJson(this.cfg.bucket, `${pfx}meta/backup_meta.json`);
        if (!top) continue; // unreadable meta: skipped (logged only)
        if (this.isNew) {
          out.push(omitEmpty({ id: top.id, name: top.name || name, size: top.size || 0, milvus_version: top.milvus_version }, ['size']));
        } else {
          if (collName) {
            const full = await this.readBackupMeta(this.cfg.bucket, this.cfg.rootPath, name);
            const has = (full.collection_backups || []).some((c) => c.collection_name === collName || `${c.db_name}.${c.collection_name}` === collName);
            if (!has) continue;
          }
          out.push(this.oldBackupView(null, { ...top, collection_backups: [] }));
        }
      } catch { /* skipped */ }
    }
    return this.envelope(res, { requestId, msg: 'success', data: out });
  }

  async getBackup(req, res, url) {
    const requestId = String(req.headers.request_id || '');
    const id = url.searchParams.get('backup_id') || '';
    const name = url.searchParams.get('backup_name') || '';
    if (!id && !name) return this.envelope(res, { requestId, code: 400, msg: 'backup_name and backup_id are both empty' });
    if (this.isNew) {
      let task;
      if (id) {
        task = this.backups.get(id);
        if (!task) return this.envelope(res, { requestId, code: 3, msg: `get backup: task not found: ${id}` });
      } else {
        const tid = this.backupByName.get(name);
        task = tid && this.backups.get(tid);
        if (!task) { // issue #890: unknown to this process -> success with an empty BackupInfoBrief
          return this.envelope(res, { requestId, msg: 'success', data: { state_code: 0, progress: 0, size: 0, meta_size: 0 } });
        }
      }
      if (task.state === 2) {
        try {
          const pathOverride = url.searchParams.get('path');
          const root = pathOverride || task.root;
          const meta = await this.readBackupMeta(task.bucket, root, task.name);
          const ms = await this.metaSize(task.bucket, root, task.name);
          return this.envelope(res, { requestId, msg: 'success', data: this.briefFromMeta(task, meta, ms) });
        } catch (e) {
          return this.envelope(res, { requestId, code: 3, msg: `get backup: ${e.message}` });
        }
      }
      return this.envelope(res, { requestId, msg: 'success', data: omitEmpty({ ...this.taskFields(task), size: task.size, meta_size: 0 }, [...ALWAYS, 'start_time', 'end_time']) });
    }
    // <=0.5.9
    if (id) {
      const task = this.backups.get(id);
      return this.envelope(res, { requestId, msg: 'success', data: task ? this.oldBackupView(task, task.meta || null) : null });
    }
    const tid = this.backupByName.get(name);
    const task = tid && this.backups.get(tid);
    if (task) return this.envelope(res, { requestId, msg: 'success', data: this.oldBackupView(task, task.meta || null) });
    try {
      const meta = await this.readBackupMeta(this.cfg.bucket, this.cfg.rootPath, name);
      return this.envelope(res, { requestId, msg: 'success', data: this.oldBackupView(null, meta) });
    } catch {
      return this.envelope(res, { requestId, code: 404, msg: `not found: backup ${name}` });
    }
  }

  async deleteBackup(req, res, url) {
    const requestId = String(req.headers.request_id || '');
    const name = url.searchParams.get('backup_name') || '';
    if (!name) return this.envelope(res, { requestId, code: 400, msg: 'backup_name is empty' }, false);
    const prefix = this.prefixOf(this.cfg.rootPath, name);
    const top = await this.readJson(this.cfg.bucket, prefix + 'meta/backup_meta.json').catch(() => null);
    if (!top) {
      if (this.isNew) return this.envelope(res, { requestId, code: 3, msg: `delete: read backup info: backup ${name} meta not exist` }, false);
      return this.envelope(res, { requestId, code: 404, msg: `the backup ${name} doesn't exist` }, false);
    }
    const { objects } = await this.s3.list(this.cfg.bucket, prefix);
    for (const o of objects) await this.s3.deleteObject(this.cfg.bucket, o.key);
    const tid = this.backupByName.get(name);
    if (tid) { this.backupByName.delete(name); this.backups.delete(tid); }
    return this.envelope(res, { requestId, msg: 'success' }, false);
  }

  // ------------------------------------------------------------------ restore

  async restore(req, res, bodyText) {
    let body;
    try { body = bodyText.trim() ? parse(bodyText) : {}; } catch (e) {
      return this.send(res, 400, { error: `invalid request body: ${e.message}` });
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return this.send(res, 400, { error: 'invalid request body: json: cannot unmarshal into Go value of type backuppb.RestoreBackupRequest' });
    const terr = typeCheck(body, RESTORE_SPEC, 'RestoreBackupRequest');
    if (terr) return this.send(res, 400, { error: `invalid request body: ${terr}` });
    const requestId = field(body, 'requestId') || '';
    const fail = (code, msg) => this.envelope(res, { requestId, code, msg });
    const opt = (k) => field(body, k);
    const name = opt('backup_name') || '';
    if (!name) return fail(400, 'backup_name is required');
    const suffix = opt('collection_suffix') || '';
    if (suffix && !/^[A-Za-z0-9_]+$/.test(suffix)) return fail(400, `collection_suffix ${suffix} is invalid, only letters, numbers and underscores are allowed`);
    const renames = opt('collection_renames') || {};
    const plan = opt('restorePlan');
    if (plan && (suffix || Object.keys(renames).length)) return fail(400, 'restorePlan cannot be used together with collection_suffix or collection_renames');
    if (opt('skipCreateCollection') && opt('dropExistCollection')) return fail(400, 'skipCreateCollection and dropExistCollection cannot be true at the same time');
    const renameRules = [];
    for (const [from, to] of Object.entries(renames)) {
      const tok = (s) => { const [d, c] = s.includes('.') ? s.split('.') : ['default', s]; return { d, c }; };
      const f = tok(from); const t = tok(to || '');
      const ok = (x) => /^\w+$/.test(x);
      if (!ok(f.d) || !ok(t.d) || !((f.c === '*' && t.c === '*') || (ok(f.c) && ok(t.c)) || (f.c === '' && t.c === ''))) {
        return fail(400, `invalid collection_renames rule ${from}:${to}`);
      }
      renameRules.push({ f, t });
    }
    let dbcFilter; let dbcAfter;
    try {
      dbcFilter = parseDbCollections(opt('db_collections'));
      dbcAfter = parseDbCollections(opt('db_collections_after_rename'));
    } catch (e) { return fail(e.code || 400, e.message); }

    const bucket = opt('bucket_name') || this.cfg.bucket;
    const root = opt('path') || this.cfg.rootPath;
    let meta;
    try {
      if (bucket !== this.cfg.bucket) await this.s3.ensureBucket(bucket);
      const head = await this.s3.headObject(bucket, this.prefixOf(root, name) + 'meta/backup_meta.json');
      if (!head) return fail(400, `backup ${name} not found`);
      meta = await this.readBackupMeta(bucket, root, name);
    } catch (e) {
      return fail(3, `restore: read backup meta: ${e.message}`);
    }

    // Selection
    let colls = meta.collection_backups || [];
    if (dbcFilter && dbcFilter.size) {
      colls = colls.filter((c) => {
        const want = dbcFilter.get(c.db_name || 'default');
        return want && (!want.length || want.includes(c.collection_name));
      });
    } else if ((opt('collection_names') || []).length) {
      const wanted = opt('collection_names').map(splitName);
      for (const [d, c] of wanted) {
        if (!colls.some((x) => (x.db_name || 'default') === d && x.collection_name === c)) return fail(3, `restore: collection ${d}.${c} not found in backup ${name}`);
      }
      colls = colls.filter((x) => wanted.some(([d, c]) => (x.db_name || 'default') === d && x.collection_name === c));
    }
    const targets = [];
    for (const c of colls) {
      const srcDb = c.db_name || 'default';
      let tdb = srcDb; let tname = c.collection_name + suffix;
      for (const r of renameRules) {
        if (r.f.c === '*' && r.f.d === srcDb) { tdb = r.t.d; tname = c.collection_name; }
      }
      for (const r of renameRules) {
        if (r.f.c !== '*' && r.f.d === srcDb && r.f.c === c.collection_name) { tdb = r.t.d; tname = r.t.c; }
      }
      if (plan) {
        const mapping = field(plan, 'mapping') || [];
        for (const mp of mapping) {
          if ((field(mp, 'source') || 'default') !== srcDb) continue;
          const mcolls = field(mp, 'colls') || [];
          if (!mcolls.length) { tdb = field(mp, 'target') || srcDb; }
          for (const mc of mcolls) if (field(mc, 'source') === c.collection_name) { tdb = field(mp, 'target') || srcDb; tname = field(mc, 'target') || tname; }
        }
        const pf = field(plan, 'filter');
        if (pf && Object.keys(pf).length) {
          const spec = pf[srcDb];
          const cl = spec ? (field(spec, 'colls') || []) : null;
          if (!cl || !(cl.includes('*') || cl.includes(c.collection_name))) continue;
        }
      }
      if (dbcAfter && dbcAfter.size) {
        const want = dbcAfter.get(tdb);
        if (!want || (want.length && !want.includes(tname))) continue;
      }
      targets.push({ src: c, targetDb: tdb, targetName: tname });
    }

    const task = {
      id: opt('id') || goTimestampName('restore'), requestId, state: 0, progress: 1, errorMessage: '', startMs: Date.now(),
      endMs: null, generation: this.generation, bucket, root, backupName: name,
      options: {
        metaOnly: !!opt('metaOnly'), restoreIndex: !!opt('restoreIndex'), useAutoIndex: !!opt('useAutoIndex'),
        dropExistCollection: !!opt('dropExistCollection'), dropExistIndex: !!opt('dropExistIndex'),
        skipCreateCollection: !!opt('skipCreateCollection'), maxShardNum: Number(opt('maxShardNum') || 0),
        skipParams: opt('skipParams') || {},
      },
      colls: targets.map((t) => ({ ...t, state: 0, progress: 0, errorMessage: '', startMs: Date.now(), endMs: null,
        size: Number(t.src.size || 0), restored: 0 })),
    };
    this.restores.set(task.id, task);
    const run = this.runRestore(task);
    run.catch(() => {});
    if (opt('async')) {
      return this.envelope(res, { requestId, msg: 'restore backup is executing asynchronously', data: this.restoreView(task) });
    }
    try { await run; } catch (e) {
      if (e instanceof TaskAbort) return;
    }
    if (task.state === 3) return this.envelope(res, { requestId, code: 3, msg: task.errorMessage });
    return this.envelope(res, { requestId, msg: 'success', data: this.restoreView(task) });
  }

  async runRestore(task) {
    const step = () => this.cfg.taskMs || 1500;
    const failMsg = this.takeFault(this.faults.failNextRestore);
    let stall = false;
    if (this.faults.stallNextRestore > 0) { this.faults.stallNextRestore--; stall = true; }
    const totalSize = task.colls.reduce((a, c) => a + c.size, 0);
    const upd = () => {
      const p = totalSize ? task.colls.reduce((a, c) => a + c.size * c.progress / 100, 0) / totalSize * 100
        : task.colls.reduce((a, c) => a + c.progress, 0) / (task.colls.length || 1);
      task.progress = Math.max(1, Math.min(99, p));
    };
    try {
      await this.tick(task, step() * 0.1);
      task.state = 1;
      const tickMs = (step() * 0.9) / Math.max(1, task.colls.reduce((a, c) => a + 3 + (task.options.metaOnly ? 0 : this.segmentsOf(c.src).length), 0));
      const queue = task.colls.slice();
      let failed = null;
      const worker = async () => {
        while (queue.length && !failed) {
          const ct = queue.shift();
          ct.state = 1; ct.startMs = Date.now(); ct.progress = 1;
          try {
            await this.restoreCollection(task, ct, tickMs, upd, { failMsg: queue.length === task.colls.length - 1 ? failMsg : null, stall });
            ct.state = 2; ct.progress = 100; ct.endMs = Date.now(); upd();
          } catch (e) {
            if (e instanceof TaskAbort) throw e;
            ct.state = 3; ct.errorMessage = e.message; ct.endMs = Date.now();
            failed = failed || e;
          }
        }
      };
      const par = Math.max(1, this.cfg.restoreParallel || 2);
      await Promise.all(Array.from({ length: Math.min(par, task.colls.length || 1) }, worker));
      if (failMsg && !task.colls.length) failed = new Error(failMsg);
      if (failed) throw failed;
      task.state = 2; task.progress = 100; task.endMs = Date.now();
    } catch (e) {
      if (e instanceof TaskAbort) throw e;
      task.state = 3; task.errorMessage = e.message; task.endMs = Date.now();
    }
  }

  segmentsOf(collMeta) {
    return (collMeta.partition_backups || []).flatMap((p) => (p.segment_backups || []).map((s) => ({ part: p, seg: s })));
  }

  async restoreCollection(task, ct, tickMs, upd, { failMsg, stall }) {
    const o = task.options;
    const src = ct.src;
    const where = `${ct.targetDb}.${ct.targetName}`;
    await this.tick(task, tickMs);
    const down = this.milvusDown();
    if (down) throw new Error(`restore collection ${where}: ${down}`);
    if (!this.model.databases.has(ct.targetDb)) this.model.createDatabase(ct.targetDb);
    const exists = this.model.hasCollection(ct.targetDb, ct.targetName);
    if (exists && o.dropExistCollection) this.model.dropCollection(ct.targetDb, ct.targetName);
    else if (exists && !o.skipCreateCollection) throw new Error(`restore collection ${where}: collection already exist, collection: ${ct.targetName}`);
    else if (!exists && o.skipCreateCollection) throw new Error(`restore collection ${where}: collection not found (skipCreateCollection is set)`);
    ct.progress = 5; upd();
    let target;
    if (o.skipCreateCollection) {
      target = this.model.getCollection(ct.targetDb, ct.targetName);
      if (o.dropExistIndex) target.indexes = [];
    } else {
      const schema = src.schema || {};
      const kvObj = (arr) => Object.fromEntries((arr || []).map((x) => [x.key, x.value]));
      const skipProps = new Set(field(o.skipParams, 'collectionProperties') || []);
      let shards = Number(src.shards_num || 1);
      if (o.maxShardNum > 0 && shards > o.maxShardNum) shards = o.maxShardNum;
      target = this.model.createCollection(ct.targetDb, {
        name: ct.targetName, description: schema.description || '', autoID: !!schema.autoID,
        enableDynamicField: !!schema.enable_dynamic_field, shardsNum: shards, consistencyLevel: Number(src.consistency_level || 0),
        properties: (src.properties || []).filter((p) => !skipProps.has(p.key)),
        fields: (schema.fields || []).map((f) => ({
          fieldID: Number(f.fieldID || 0), name: f.name, dataType: Number(f.data_type || 0), isPrimary: !!f.is_primary_key,
          autoID: !!f.autoID, typeParams: kvObj(f.type_params), elementType: Number(f.element_type || 0), nullable: !!f.nullable,
          isPartitionKey: !!f.is_partition_key, isDynamic: !!f.is_dynamic, description: f.description || '',
        })),
        partitions: (src.partition_backups || []).map((p) => p.partition_name),
        indexes: [],
      });
    }
    ct.progress = 10; upd();
    await this.tick(task, tickMs);

    if (!o.metaOnly) {
      const segs = this.segmentsOf(src);
      const rows = []; const deleted = new Set();
      const total = segs.reduce((a, x) => a + Number(x.seg.size || 0), 0) || 1;
      let done = 0; let i = 0;
      const half = Math.floor(segs.length / 2);
      for (const { part, seg } of segs) {
        if (i++ === half) {
          if (stall) { await this.waitForRestart(); throw new TaskAbort('server restarted'); }
          if (failMsg) throw new Error(failMsg);
        }
        const imported = await this.importSegment(task, src, part, seg, where);
        for (const r of imported.rows) rows.push({ partition: part.partition_name, ...r });
        for (const pk of imported.deletes) deleted.add(String(pk));
        done += Number(seg.size || 0);
        ct.progress = 10 + 85 * (done / total); upd();
        await this.tick(task, tickMs);
      }
      if (i <= half && stall) { await this.waitForRestart(); throw new TaskAbort('server restarted'); }
      if (i <= half && failMsg) throw new Error(failMsg);
      const pkName = this.model.primaryField(target).name;
      const live = rows.filter((r) => !deleted.has(String(r.values[pkName])));
      const byPart = new Map();
      for (const r of live) { if (!byPart.has(r.partition)) byPart.set(r.partition, []); byPart.get(r.partition).push(r); }
      for (const [pname, prs] of byPart) {
        if (!target.partitions.some((p) => p.name === pname)) this.model.createPartition(ct.targetDb, ct.targetName, pname);
        this.model.insert(ct.targetDb, ct.targetName, prs.map((r) => r.values), { partitionName: pname, keepIds: true, rowMeta: prs });
      }
    } else if (failMsg) {
      throw new Error(failMsg);
    }
    if (o.restoreIndex) {
      target.indexes = (src.index_infos || []).map((ix) => {
        const f = target.fields.find((x) => x.name === ix.field_name);
        const params = ix.params instanceof Map ? Object.fromEntries(ix.params) : { ...(ix.params || {}) };
        let type = ix.index_type || params.index_type || 'AUTOINDEX';
        if (o.useAutoIndex && f && VECTOR_TYPES.has(f.dataType)) type = 'AUTOINDEX';
        return { fieldName: ix.field_name, indexName: ix.index_name, indexType: type, metricType: params.metric_type || 'COSINE', params };
      });
    }
    ct.progress = 100;
  }

  // Reads and verifies the binlogs of one segment group (the "import job").
  async importSegment(task, src, part, seg, where) {
    const prefix = this.prefixOf(task.root, task.backupName);
    const cid = String(src.collection_id); const pid = String(part.partition_id); const sid = String(seg.segment_id);
    const gid = seg.group_id !== undefined && String(seg.group_id) !== '0' ? String(seg.group_id) : null;
    const insPrefix = `${prefix}binlogs/insert_log/${cid}/${pid}/${gid ? gid + '/' : ''}${sid}/`;
    const { objects } = await this.s3.list(task.bucket, insPrefix);
    const numRows = Number(seg.num_of_rows || 0);
    if (!objects.length) {
      if (numRows === 0) return { rows: [], deletes: [] };
      throw new Error(`restore collection ${where}: import job failed: no binlog to import, prefix ${insPrefix}`);
    }
    const byField = new Map();
    for (const o of objects) {
      const rest = o.key.slice(insPrefix.length).split('/');
      if (rest.length !== 2) throw new Error(`restore collection ${where}: import job failed: unexpected object ${o.key}`);
      const buf = await this.s3.getObject(task.bucket, o.key);
      if (!buf) throw new Error(`restore collection ${where}: import job failed: failed to read ${o.key}`);
      let dec;
      try { dec = decodeBinlog(buf, o.key); } catch (e) {
        if (e instanceof BinlogError) throw new Error(`restore collection ${where}: import job failed: ${e.message}`);
        throw e;
      }
      const h = dec.header;
      if (String(h.segment_id) !== sid || String(h.field_id) !== rest[0] || String(h.collection_id) !== cid) {
        throw new Error(`restore collection ${where}: import job failed: binlog ${o.key} belongs to another segment/field`);
      }
      if (!byField.has(rest[0])) byField.set(rest[0], []);
      byField.get(rest[0]).push({ logId: BigInt(rest[1]), values: dec.values });
    }
    const column = (fid) => (byField.get(String(fid)) || []).sort((a, b) => (a.logId < b.logId ? -1 : 1)).flatMap((x) => x.values);
    const fields = (src.schema.fields || []);
    const cols = new Map();
    for (const f of fields) {
      const c = byField.get(String(f.fieldID || 0));
      if (!c) throw new Error(`restore collection ${where}: import job failed: missing binlog of field ${f.name} (fieldID ${f.fieldID || 0}) in segment ${sid}`);
      cols.set(f.name, column(f.fieldID || 0));
    }
    const n = cols.size ? cols.values().next().value.length : 0;
    for (const [fname, vals] of cols) {
      if (vals.length !== n) throw new Error(`restore collection ${where}: import job failed: field ${fname} has ${vals.length} rows, expected ${n}`);
    }
    if (n !== numRows) throw new Error(`restore collection ${where}: import job failed: segment ${sid} has ${n} rows in binlogs but ${numRows} in meta`);
    const rowIds = column(0); const tss = column(1);
    const rows = [];
    for (let i = 0; i < n; i++) {
      const values = {};
      for (const [fname, vals] of cols) values[fname] = vals[i];
      rows.push({ values, rowId: rowIds[i] !== undefined ? toBig(rowIds[i]) : allocTso(), ts: tss[i] !== undefined ? toBig(tss[i]) : allocTso() });
    }
    const deletes = [];
    if ((seg.deltalogs || []).length) {
      const dPrefix = `${prefix}binlogs/delta_log/${cid}/${pid}/${gid ? gid + '/' : ''}${sid}/`;
      const d = await this.s3.list(task.bucket, dPrefix);
      if (!d.objects.length) throw new Error(`restore collection ${where}: import job failed: delta logs of segment ${sid} missing`);
      for (const o of d.objects) {
        const buf = await this.s3.getObject(task.bucket, o.key);
        let dec;
        try { dec = decodeBinlog(buf || Buffer.alloc(0), o.key); } catch (e) { throw new Error(`restore collection ${where}: import job failed: ${e.message}`); }
        for (const v of dec.values) deletes.push(v.pk);
      }
    }
    return { rows, deletes };
  }

  restoreView(task) {
    const t = (ms) => this.timeOf(ms);
    const collViews = task.colls.map((c) => (this.slimRestore
      ? omitEmpty({ state_code: c.state, errorMessage: c.errorMessage, start_time: t(c.startMs), end_time: t(c.endMs),
        progress: Math.floor(c.progress), target_db_name: c.targetDb, target_collection_name: c.targetName }, [...ALWAYS, 'end_time'])
      : omitEmpty({ id: `${task.id}_${c.targetDb}_${c.targetName}`, state_code: c.state, errorMessage: c.errorMessage,
        start_time: t(c.startMs), end_time: t(c.endMs), target_collection_name: c.targetName,
        restored_size: Math.floor(c.size * c.progress / 100), to_restore_size: c.size, progress: Math.floor(c.progress),
        target_db_name: c.targetDb }, ALWAYS)));
    // Go map iteration order: random on each call.
    for (let i = collViews.length - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); [collViews[i], collViews[j]] = [collViews[j], collViews[i]]; }
    const progress = task.state === 2 ? 100 : Math.floor(task.progress);
    if (this.slimRestore) {
      return omitEmpty({ id: task.id, state_code: task.state, errorMessage: task.errorMessage, start_time: t(task.startMs),
        end_time: t(task.endMs), progress, collection_restore_tasks: collViews }, [...ALWAYS, 'end_time']);
    }
    const total = task.colls.reduce((a, c) => a + c.size, 0);
    return omitEmpty({ id: task.id, state_code: task.state, errorMessage: task.errorMessage, start_time: t(task.startMs),
      end_time: t(task.endMs), collection_restore_tasks: collViews,
      restored_size: task.colls.reduce((a, c) => a + Math.floor(c.size * c.progress / 100), 0), to_restore_size: total, progress }, ALWAYS);
  }

  async getRestore(req, res, url) {
    const requestId = String(req.headers.request_id || '');
    const id = url.searchParams.get('id') || '';
    if (!id) return this.envelope(res, { requestId, code: 3, msg: 'empty restore id' });
    const task = this.restores.get(id);
    if (!task) return this.envelope(res, { requestId, code: 3, msg: `get restore: task not found: ${id}` });
    return this.envelope(res, { requestId, msg: 'success', data: this.restoreView(task) });
  }

  // ------------------------------------------------------------------ check

  async check(req, res) {
    const lines = [];
    let err = this.milvusDown();
    if (!err) {
      lines.push(`Succeed to connect to milvus server.`, `Milvus version: ${this.model.version}`);
      try {
        const probe = `${this.rootPrefix(this.cfg.rootPath)}milvus_backup_check_${Date.now()}`;
        await this.s3.ensureBucket(this.cfg.bucket);
        await this.s3.putObject(this.cfg.bucket, probe, 'check');
        const back = await this.s3.getObject(this.cfg.bucket, probe);
        await this.s3.deleteObject(this.cfg.bucket, probe);
        if (!back || back.toString() !== 'check') throw new Error('test copy read back different content');
        lines.push(`Succeed to connect to milvus storage.`, `Succeed to connect to backup storage.`,
          `Backup bucket: ${this.cfg.bucket}, backup root path: ${this.cfg.rootPath}`, 'Succeed to copy test object.');
      } catch (e) { err = `check backup storage: ${e.message}`; }
    }
    if (this.isNew) {
      if (err) return this.send(res, 500, { error: err });
      return this.send(res, 200, lines.join('\n') + '\n', 'text/plain; charset=utf-8');
    }
    return this.send(res, 200, err || lines.join('\n'));
  }
}

module.exports = { BackupServer, validateBackupName, ZERO_TIME_S, MilvusError };
