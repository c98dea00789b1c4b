'use strict';
// Restore really reads the binlogs back: damaged storage must fail the restore (or change counts),
// never silently succeed. Also: meta fallbacks, restore options against existing collections,
// bucket_name/path overrides.
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

let env;
test.before(async () => {
  env = await h.startEnv({ taskMs: 300 });
  await h.seedCollection(env, { name: 'base', rows: 90 });
  const r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'golden' } });
  assert.equal(r.text, '{"msg":"success"}');
});
test.after(async () => { await env.stop(); });

// copy golden -> name (under the same or another bucket/root), returning the new prefix's keys
async function clone(name, { bucket = env.bucket, root = 'backup' } = {}) {
  if (bucket !== env.bucket) await env.s3.ensureBucket(bucket);
  const { objects } = await env.s3.list(env.bucket, 'backup/golden/');
  const keys = [];
  for (const o of objects) {
    const k = `${root}/${name}/${o.key.slice('backup/golden/'.length)}`;
    await env.s3.putObject(bucket, k, await env.s3.getObject(env.bucket, o.key));
    keys.push(k);
  }
  return keys;
}

async function restoreSync(body) {
  return env.api('POST', '/api/v1/restore', { body });
}

const someBinlog = (keys, field = '101') => keys.find((k) => new RegExp(`/insert_log/.*/${field}/\\d+$`).test(k));

test('altered binlog -> restore task fails, no silent success', async () => {
  const keys = await clone('altered');
  const k = someBinlog(keys);
  const buf = await env.s3.getObject(env.bucket, k);
  const text = buf.toString().replace('row 1 ', 'row X ');
  assert.notEqual(text, buf.toString());
  await env.s3.putObject(env.bucket, k, text);
  const r = await restoreSync({ backup_name: 'altered', collection_suffix: '_alt', async: true });
  const done = await h.waitRestore(env, r.json.data.id);
  assert.equal(done.json.data.state_code, 3, done.text);
  assert.match(done.json.data.errorMessage, /checksum mismatch/);
  assert.ok(done.json.data.progress >= 1, 'a FAILed restore keeps its last progress');
  const coll = done.json.data.collection_restore_tasks[0];
  assert.equal(coll.state_code, 3);
  assert.equal(await h.rowCount(env, 'default', 'base_alt'), 0, 'no rows were imported');
});

test('truncated binlog -> fails', async () => {
  const keys = await clone('truncated');
  const k = someBinlog(keys, '102');
  const buf = await env.s3.getObject(env.bucket, k);
  await env.s3.putObject(env.bucket, k, buf.subarray(0, buf.length - 7));
  const r = await restoreSync({ backup_name: 'truncated', collection_suffix: '_tr' });
  assert.equal(r.json.code, 3); assert.match(r.json.msg, /import job failed/);
});

test('missing binlog -> fails', async () => {
  const keys = await clone('missing');
  await env.s3.deleteObject(env.bucket, someBinlog(keys, '100'));
  const r = await restoreSync({ backup_name: 'missing', collection_suffix: '_mi' });
  assert.equal(r.json.code, 3); assert.match(r.json.msg, /missing binlog of field id/);
  const keys2 = await clone('missing_all');
  for (const k of keys2.filter((x) => x.includes('/binlogs/'))) await env.s3.deleteObject(env.bucket, k);
  const r2 = await restoreSync({ backup_name: 'missing_all', collection_suffix: '_ma' });
  assert.equal(r2.json.code, 3); assert.match(r2.json.msg, /no binlog to import/);
});

test('binlog swapped between segments -> fails', async () => {
  const keys = await clone('swapped');
  const a = keys.filter((k) => /\/insert_log\/.*\/101\/\d+$/.test(k));
  assert.ok(a.length >= 2, 'several segments (segment-rows 40)');
  const b0 = await env.s3.getObject(env.bucket, a[0]);
  await env.s3.putObject(env.bucket, a[0], await env.s3.getObject(env.bucket, a[1]));
  await env.s3.putObject(env.bucket, a[1], b0);
  const r = await restoreSync({ backup_name: 'swapped', collection_suffix: '_sw' });
  assert.equal(r.json.code, 3);
});

test('meta: full_meta.json missing -> rebuilt from level files; backup_meta.json missing -> not found', async () => {
  const keys = await clone('levels');
  await env.s3.deleteObject(env.bucket, keys.find((k) => k.endsWith('meta/full_meta.json')));
  let r = await restoreSync({ backup_name: 'levels', collection_suffix: '_lv' });
  assert.equal(r.json.data.state_code, 2, r.text);
  assert.equal(await h.rowCount(env, 'default', 'base_lv'), 90);
  const keys2 = await clone('nometa');
  await env.s3.deleteObject(env.bucket, keys2.find((k) => k.endsWith('meta/backup_meta.json')));
  r = await restoreSync({ backup_name: 'nometa', collection_suffix: '_nm' });
  assert.equal(r.json.code, 400); assert.equal(r.json.msg, 'backup nometa not found');
  r = await env.api('GET', '/api/v1/list');
  assert.ok(!r.json.data.some((b) => b.name === 'nometa'), 'folders without readable meta are skipped by list');
});

test('existing targets: already exist / dropExistCollection / skipCreateCollection / metaOnly', async () => {
  let r = await restoreSync({ backup_name: 'golden' });
  assert.equal(r.json.code, 3); assert.match(r.json.msg, /collection already exist/);
  await env.milvus('entities/delete', { collectionName: 'base', filter: 'id in [1,2,3]' });
  assert.equal(await h.rowCount(env, 'default', 'base'), 87);
  r = await restoreSync({ backup_name: 'golden', dropExistCollection: true });
  assert.equal(r.json.data.state_code, 2);
  assert.equal(await h.rowCount(env, 'default', 'base'), 90);
  r = await restoreSync({ backup_name: 'golden', skipCreateCollection: true });
  assert.equal(r.json.data.state_code, 2);
  assert.equal(await h.rowCount(env, 'default', 'base'), 180, 'imported into the existing collection');
  r = await restoreSync({ backup_name: 'golden', skipCreateCollection: true, collection_suffix: '_absent' });
  assert.equal(r.json.code, 3);
  r = await restoreSync({ backup_name: 'golden', metaOnly: true, collection_suffix: '_meta' });
  assert.equal(r.json.data.state_code, 2);
  assert.equal(await h.rowCount(env, 'default', 'base_meta'), 0);
  const d = await env.milvus('collections/describe', { collectionName: 'base_meta' });
  assert.deepEqual(d.json.data.fields.map((f) => f.name), ['id', 'title', 'vec']);
});

test('bucket_name + path overrides read the backup from elsewhere', async () => {
  await clone('moved', { bucket: 'other-bucket', root: 'elsewhere/deep' });
  let r = await restoreSync({ backup_name: 'moved', collection_suffix: '_mv' });
  assert.equal(r.json.code, 400, 'not under the configured root');
  r = await restoreSync({ backup_name: 'moved', bucket_name: 'other-bucket', path: 'elsewhere/deep', collection_suffix: '_mv' });
  assert.equal(r.json.data.state_code, 2, r.text);
  assert.equal(await h.rowCount(env, 'default', 'base_mv'), 90);
});

test('meta_only and backup_root_path on create', async () => {
  let r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'mo', strategy: 'meta_only' } });
  assert.equal(r.text, '{"msg":"success"}');
  const { objects } = await env.s3.list(env.bucket, 'backup/mo/');
  assert.ok(objects.every((o) => o.key.startsWith('backup/mo/meta/')));
  r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'rooted', backup_root_path: 'alt_root' } });
  assert.equal(r.text, '{"msg":"success"}');
  assert.ok((await env.s3.headObject(env.bucket, 'alt_root/rooted/meta/full_meta.json')));
});
