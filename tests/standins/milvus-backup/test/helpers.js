'use strict';
// Shared fixture: s3rver (from /work/main/node_modules) in-process on a random port in a temp dir,
// and the stand-in as a child process started exactly like a user would (node server.js ...).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const { spawn } = require('node:child_process');
const S3rver = require('s3rver');
const { S3Client } = require('../lib/s3client');
const { parse } = require('../lib/gojson');

const SERVER = path.join(__dirname, '..', 'server.js');

function request(port, method, urlPath, { body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? null : (typeof body === 'string' ? body : JSON.stringify(body));
    const h = { ...headers };
    if (data !== null) { h['Content-Type'] = h['Content-Type'] || 'application/json'; h['Content-Length'] = Buffer.byteLength(data); }
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: h }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try { json = text ? parse(text) : undefined; } catch { json = undefined; }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    if (data !== null) req.end(data); else req.end();
  });
}

async function startEnv({ apiVersion, taskMs = 300, args = [], env = {}, bucket = 'a-bucket', root = 'backup' } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'milvus-standin-'));
  const s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: bucket }] });
  const addr = await s3rver.run();
  const s3Port = addr.port;
  const s3 = new S3Client({ host: '127.0.0.1', port: s3Port, accessKey: 'S3RVER', secretKey: 'S3RVER' });
  const argv = [SERVER, '--port', '0', '--milvus-port', '0', '--task-ms', String(taskMs), '--segment-rows', '40', ...args];
  if (apiVersion) argv.push('--api-version', apiVersion);
  const proc = spawn(process.execPath, argv, {
    env: { ...process.env, MINIO_ADDRESS: '127.0.0.1', MINIO_PORT: String(s3Port), MINIO_ACCESS_KEY: 'S3RVER', MINIO_SECRET_KEY: 'S3RVER',
      MINIO_BACKUP_BUCKET_NAME: bucket, MINIO_BACKUP_ROOT_PATH: root, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const firstLine = await new Promise((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => reject(new Error('stand-in did not start: ' + stderr)), 10000);
    proc.stdout.on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl >= 0) { clearTimeout(t); resolve(buf.slice(0, nl)); }
    });
    proc.on('exit', (code) => { clearTimeout(t); reject(new Error(`stand-in exited ${code}: ${stderr}`)); });
  });
  const ports = JSON.parse(firstLine);
  const env_ = {
    dir, s3rver, s3, s3Port, proc, ports, firstLine, bucket, root, stderr: () => stderr,
    api: (method, p, opts) => request(ports.backupPort, method, p, opts),
    milvus: (p, body, headers) => request(ports.milvusPort, 'POST', `/v2/vectordb/${p}`, { body, headers }),
    control: (body) => request(ports.backupPort, 'POST', '/_standin/faults', { body }),
    async stop() {
      proc.removeAllListeners('exit');
      proc.kill('SIGTERM');
      await new Promise((r) => { if (proc.exitCode !== null) r(); else proc.once('exit', r); });
      await s3rver.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return env_;
}

async function seedCollection(env, { db = 'default', name, rows = 100, dim = 4, autoID = false, dynamic = false, headers } = {}) {
  const schema = {
    autoID, enableDynamicField: dynamic,
    fields: [
      { fieldName: 'id', dataType: 'Int64', isPrimary: true },
      { fieldName: 'title', dataType: 'VarChar', elementTypeParams: { max_length: 64 } },
      { fieldName: 'vec', dataType: 'FloatVector', elementTypeParams: { dim } },
    ],
  };
  let r = await env.milvus('collections/create', { dbName: db, collectionName: name, schema,
    indexParams: [{ fieldName: 'vec', indexName: 'vec_idx', metricType: 'L2', indexType: 'HNSW', params: { M: 8, efConstruction: 64 } }] }, headers);
  if (r.json.code !== 0) throw new Error('create failed: ' + r.text);
  const data = [];
  for (let i = 0; i < rows; i++) {
    const row = { title: `row ${i} <&>`, vec: Array.from({ length: dim }, (_, k) => (i * dim + k) / 8) };
    if (!autoID) row.id = i + 1;
    if (dynamic) row.extra = { n: i };
    data.push(row);
  }
  for (let i = 0; i < data.length; i += 50) {
    r = await env.milvus('entities/insert', { dbName: db, collectionName: name, data: data.slice(i, i + 50) }, headers);
    if (r.json.code !== 0) throw new Error('insert failed: ' + r.text);
  }
  return data;
}

async function rowCount(env, db, name, headers) {
  const r = await env.milvus('collections/get_stats', { dbName: db, collectionName: name }, headers);
  if (r.json.code !== 0) return null;
  return r.json.data.rowCount;
}

async function poll(fn, done, { timeoutMs = 20000, everyMs = 100 } = {}) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (done(v)) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error('poll timeout; last: ' + JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? x.toString() : x)));
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

async function createAsync(env, name, extra = {}, requestId) {
  const headers = requestId ? { request_id: requestId } : {};
  const r = await env.api('POST', '/api/v1/create', { body: { backup_name: name, async: true, ...extra }, headers });
  return r;
}

async function waitBackup(env, id, opts) {
  return poll(() => env.api('GET', `/api/v1/get_backup?backup_id=${encodeURIComponent(id)}`),
    (r) => r.json && r.json.data && [2, 3].includes(r.json.data.state_code), opts);
}

async function waitRestore(env, id, opts) {
  return poll(() => env.api('GET', `/api/v1/get_restore?id=${encodeURIComponent(id)}`),
    (r) => r.json && r.json.data && [2, 3].includes(r.json.data.state_code), opts);
}

module.exports = { startEnv, seedCollection, rowCount, poll, createAsync, waitBackup, waitRestore, request };
