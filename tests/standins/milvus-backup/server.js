#!/usr/bin/env node
'use strict';
// milvus-backup stand-in: the milvus-backup REST API (/api/v1, default v0.5.16) plus a minimal
// in-memory Milvus with a subset of its RESTful API v2, writing real backups into S3 (MinIO/s3rver).
// See README.md. Prints one JSON line {"backupPort":..,"milvusPort":..} on stdout once listening.
const http = require('node:http');
const { MilvusModel, createMilvusRestHandler } = require('./lib/milvus');
const { BackupServer } = require('./lib/backupserver');
const { S3Client } = require('./lib/s3client');

// backup.yaml keys accepted by --set, with the env variables the real server reads (v0.5.16 §3).
const KEYS = {
  port: { flag: 'port', env: ['SERVER_PORT'], def: '0' },
  milvusPort: { flag: 'milvus-port', env: ['STANDIN_MILVUS_REST_PORT'], def: '0' },
  host: { flag: 'host', env: ['STANDIN_HOST'], def: '127.0.0.1' },
  apiVersion: { flag: 'api-version', env: ['STANDIN_API_VERSION'], def: '0.5.16' },
  minioAddress: { flag: 'minio-address', yaml: ['minio.backupaddress', 'minio.address'], env: ['MINIO_BACKUP_ADDRESS', 'MINIO_ADDRESS'], def: '127.0.0.1' },
  minioPort: { flag: 'minio-port', yaml: ['minio.backupport', 'minio.port'], env: ['MINIO_BACKUP_PORT', 'MINIO_PORT'], def: '9000' },
  accessKey: { flag: 'minio-access-key', yaml: ['minio.backupaccesskeyid', 'minio.accesskeyid'], env: ['MINIO_BACKUP_ACCESS_KEY', 'MINIO_ACCESS_KEY'], def: 'minioadmin' },
  secretKey: { flag: 'minio-secret-key', yaml: ['minio.backupsecretaccesskey', 'minio.secretaccesskey'], env: ['MINIO_BACKUP_SECRET_KEY', 'MINIO_SECRET_KEY'], def: 'minioadmin' },
  region: { flag: 'minio-region', yaml: ['minio.backupregion', 'minio.region'], env: ['MINIO_BACKUP_REGION', 'MINIO_REGION'], def: 'us-east-1' },
  bucket: { flag: 'bucket', yaml: ['minio.backupbucketname', 'minio.bucketname'], env: ['MINIO_BACKUP_BUCKET_NAME', 'MINIO_BUCKET_NAME'], def: 'a-bucket' },
  rootPath: { flag: 'root-path', yaml: ['minio.backuprootpath'], env: ['MINIO_BACKUP_ROOT_PATH'], def: 'backup' },
  milvusUser: { flag: 'milvus-user', yaml: ['milvus.user'], env: ['MILVUS_USER'], def: '' },
  milvusPassword: { flag: 'milvus-password', yaml: ['milvus.password'], env: ['MILVUS_PASSWORD'], def: '' },
  milvusToken: { flag: 'milvus-token', env: ['STANDIN_MILVUS_TOKEN'], def: '' },
  milvusVersion: { flag: 'milvus-version', env: ['STANDIN_MILVUS_VERSION'], def: 'v2.5.4' },
  taskMs: { flag: 'task-ms', env: ['STANDIN_TASK_MS'], def: '1500' },
  segmentRows: { flag: 'segment-rows', env: ['STANDIN_SEGMENT_ROWS'], def: '100' },
  restoreParallel: { flag: 'restore-parallel', yaml: ['backup.parallelism.restorecollection'], env: ['BACKUP_PARALLELISM_RESTORE_COLLECTION'], def: '2' },
  rpcChannelName: { flag: 'rpc-channel-name', yaml: ['milvus.rpcchannelname'], env: ['MILVUS_RPC_CHANNEL_NAME'], def: 'by-dev-replicate-msg' },
};

function usage() {
  const lines = Object.values(KEYS).map((k) => `  --${k.flag} VALUE   (env ${k.env.join(' > ')}; default ${JSON.stringify(k.def)})`);
  return `usage: node server.js [options] [--set KEY=VALUE ...]\n${lines.join('\n')}\n  --set accepts backup.yaml keys (e.g. minio.backupBucketName) or env names (e.g. MINIO_PORT)\n`;
}

function loadConfig(argv, env) {
  const flags = {}; const sets = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') { process.stdout.write(usage()); process.exit(0); }
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unexpected argument ${a}\n${usage()}`);
    const val = m[2] !== undefined ? m[2] : argv[++i];
    if (val === undefined) throw new Error(`missing value for --${m[1]}`);
    if (m[1] === 'set') {
      const eq = val.indexOf('=');
      if (eq < 0) throw new Error(`--set needs KEY=VALUE, got ${val}`);
      sets[val.slice(0, eq).toLowerCase()] = val.slice(eq + 1);
    } else {
      if (!Object.values(KEYS).some((k) => k.flag === m[1])) throw new Error(`unknown option --${m[1]}\n${usage()}`);
      flags[m[1]] = val;
    }
  }
  // precedence: explicit flag > --set > environment > default (the real loader: override > env > file > default)
  const cfg = {};
  for (const [name, k] of Object.entries(KEYS)) {
    let v = flags[k.flag];
    if (v === undefined) for (const y of [...(k.yaml || []), ...k.env.map((e) => e.toLowerCase())]) if (v === undefined && sets[y] !== undefined) v = sets[y];
    if (v === undefined) for (const e of k.env) if (v === undefined && env[e] !== undefined && env[e] !== '') v = env[e];
    cfg[name] = v === undefined ? k.def : v;
  }
  for (const n of ['port', 'milvusPort', 'minioPort', 'taskMs', 'segmentRows', 'restoreParallel']) cfg[n] = Number(cfg[n]);
  if (cfg.minioAddress === 'localhost') cfg.minioAddress = '127.0.0.1'; // s3rver takes other host names as vhost buckets
  return cfg;
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address().port));
  });
}

async function main() {
  let cfg;
  try { cfg = loadConfig(process.argv.slice(2), process.env); } catch (e) { process.stderr.write(e.message + '\n'); process.exit(2); }
  const model = new MilvusModel({ segmentRows: cfg.segmentRows, version: cfg.milvusVersion });
  const s3 = new S3Client({ host: cfg.minioAddress, port: cfg.minioPort, accessKey: cfg.accessKey, secretKey: cfg.secretKey, region: cfg.region });
  const backup = new BackupServer({ config: cfg, model, s3 });
  const milvusHandler = createMilvusRestHandler(model, { token: cfg.milvusToken || null, isDown: () => backup.faults.milvusRestDown });
  const backupHttp = http.createServer((req, res) => backup.handle(req, res));
  const milvusHttp = http.createServer(milvusHandler);
  const backupPort = await listen(backupHttp, cfg.port, cfg.host);
  const milvusPort = await listen(milvusHttp, cfg.milvusPort, cfg.host);
  process.stdout.write(JSON.stringify({ backupPort, milvusPort }) + '\n');
  const stop = () => { backupHttp.close(); milvusHttp.close(); process.exit(0); };
  process.on('SIGTERM', stop); process.on('SIGINT', stop);
}

if (require.main === module) main();
module.exports = { loadConfig };
