'use strict';
// Every fault knob of POST /_standin/faults, and the Milvus bearer-token check.
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

let env;
const TOKEN = 'root:Milvus';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
test.before(async () => {
  env = await h.startEnv({ taskMs: 400, args: ['--milvus-token', TOKEN, '--milvus-user', 'root', '--milvus-password', 'Milvus'] });
  await h.seedCollection(env, { name: 'f1', rows: 100, headers: AUTH });
});
test.after(async () => { await env.stop(); });
test.afterEach(async () => { await env.api('DELETE', '/_standin/faults'); });

test('failNextCreate: state 3, errorMessage, progress 0; only the next task', async () => {
  let r = await env.control({ failNextCreate: 'disk on fire' });
  assert.deepEqual(r.json.failNextCreate, [{ message: 'disk on fire', count: 1 }]);
  await h.createAsync(env, 'fail1', {}, 'fail1');
  r = await h.waitBackup(env, 'fail1');
  assert.equal(r.json.data.state_code, 3); assert.equal(r.json.data.errorMessage, 'disk on fire');
  assert.equal(r.json.data.progress, 0); assert.notEqual(r.json.data.end_time, -62135596800);
  assert.equal((await env.s3.headObject(env.bucket, 'backup/fail1/meta/backup_meta.json')), null, 'no meta for a failed backup');
  r = await env.api('GET', '/api/v1/list');
  assert.ok(!r.json.data.some((b) => b.name === 'fail1'));
  await h.createAsync(env, 'ok1', {}, 'ok1');
  r = await h.waitBackup(env, 'ok1');
  assert.equal(r.json.data.state_code, 2);
  // a FAILed task frees the name in memory; the partial folder still blocks it -> stuck pending
  r = await h.createAsync(env, 'fail1', {}, 'fail1b');
  assert.equal(r.json.code, undefined);
  await new Promise((res) => setTimeout(res, 700));
  r = await env.api('GET', '/api/v1/get_backup?backup_id=fail1b');
  assert.equal(r.json.data.state_code, 0);
});

test('sync create failure -> code 3 msg', async () => {
  await env.control({ failNextCreate: { message: 'boom', count: 1 } });
  const r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'syncfail' } });
  assert.equal(r.json.code, 3); assert.equal(r.json.msg, 'boom');
});

test('stallNextCreate: stays executing forever; restart forgets it', async () => {
  await env.control({ stallNextCreate: true });
  await h.createAsync(env, 'stall1', {}, 'stall1');
  const r1 = await h.poll(() => env.api('GET', '/api/v1/get_backup?backup_id=stall1'), (x) => x.json.data.state_code === 1);
  await new Promise((res) => setTimeout(res, 900));
  const r2 = await env.api('GET', '/api/v1/get_backup?backup_id=stall1');
  assert.equal(r2.json.data.state_code, 1);
  assert.ok(r2.json.data.progress >= r1.json.data.progress && r2.json.data.progress < 100);
  const st = await env.api('GET', '/_standin/state');
  assert.ok(st.json.backups.some((b) => b.id === 'stall1'));
  const rr = await env.control({ restart: true });
  assert.equal(rr.status, 200);
  const r3 = await env.api('GET', '/api/v1/get_backup?backup_id=stall1');
  assert.equal(r3.json.code, 3, 'task forgotten after restart');
  assert.equal((await env.s3.headObject(env.bucket, 'backup/stall1/meta/backup_meta.json')), null);
});

test('milvusUnreachable: create stuck in state 0, sync create code 3, check 500, restore fails', async () => {
  await env.control({ milvusUnreachable: true });
  await h.createAsync(env, 'nomilvus', {}, 'nomilvus');
  await new Promise((res) => setTimeout(res, 800));
  let r = await env.api('GET', '/api/v1/get_backup?backup_id=nomilvus');
  assert.equal(r.json.data.state_code, 0); assert.equal(r.json.data.progress, 1);
  r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'nomilvus_sync' } });
  assert.equal(r.json.code, 3);
  r = await env.api('GET', '/api/v1/check');
  assert.equal(r.status, 500); assert.match(r.json.error, /milvus/);
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'ok1', collection_suffix: '_x' } });
  assert.equal(r.json.code, 3);
  await env.control({ milvusUnreachable: false });
  r = await env.api('GET', '/api/v1/check');
  assert.equal(r.status, 200);
});

test('http500: the next request (optionally per path) gets HTTP 500 with an empty body', async () => {
  await env.control({ http500: { path: '/api/v1/list', count: 2 } });
  let r = await env.api('GET', '/api/v1/hello');
  assert.equal(r.status, 200);
  for (let i = 0; i < 2; i++) {
    r = await env.api('GET', '/api/v1/list');
    assert.equal(r.status, 500); assert.equal(r.text, '');
  }
  r = await env.api('GET', '/api/v1/list');
  assert.equal(r.status, 200);
  await env.control({ http500: true });
  r = await env.api('GET', '/api/v1/hello');
  assert.equal(r.status, 500);
});

test('failNextRestore / stallNextRestore / restart forgets restore ids', async () => {
  await env.control({ failNextRestore: 'import exploded' });
  let r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'ok1', collection_suffix: '_fr', async: true } });
  const id = r.json.data.id;
  r = await h.waitRestore(env, id);
  assert.equal(r.json.data.state_code, 3); assert.equal(r.json.data.errorMessage, 'import exploded');
  await env.control({ stallNextRestore: 1 });
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'ok1', collection_suffix: '_st', async: true, id: 'stalled-restore' } });
  await new Promise((res) => setTimeout(res, 900));
  r = await env.api('GET', '/api/v1/get_restore?id=stalled-restore');
  assert.equal(r.json.data.state_code, 1);
  await env.api('POST', '/_standin/restart');
  r = await env.api('GET', '/api/v1/get_restore?id=stalled-restore');
  assert.equal(r.json.code, 3); assert.match(r.json.msg, /task not found/);
  r = await env.api('GET', `/api/v1/get_restore?id=${id}`);
  assert.equal(r.json.code, 3);
  // the stand-in keeps working after a restart
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'ok1', collection_suffix: '_after' } });
  assert.equal(r.json.data.state_code, 2, r.text);
  assert.equal(await h.rowCount(env, 'default', 'f1_after', AUTH), 100);
});

test('milvusRestDown: the Milvus REST port drops connections', async () => {
  await env.control({ milvusRestDown: true });
  await assert.rejects(env.milvus('collections/list', {}, AUTH));
  await env.control({ milvusRestDown: false });
  const r = await env.milvus('collections/list', {}, AUTH);
  assert.equal(r.json.code, 0);
});

test('Milvus bearer token is checked', async () => {
  let r = await env.milvus('collections/list', {});
  assert.equal(r.status, 401); assert.equal(r.text, '{"code":1800,"message":"user hasn\'t authenticated"}');
  r = await env.milvus('collections/list', {}, { Authorization: 'Bearer root:wrong' });
  assert.equal(r.status, 401);
  r = await env.milvus('collections/list', {}, AUTH);
  assert.ok(r.json.data.includes('f1') && r.json.data.includes('f1_after'));
  // a failed restore leaves the collection it had already created (like the real one)
  assert.ok(r.json.data.includes('f1_fr'));
});

test('control endpoint rejects bad JSON and GET shows the knobs', async () => {
  let r = await env.api('POST', '/_standin/faults', { body: '{' });
  assert.equal(r.status, 400);
  r = await env.api('GET', '/_standin/faults');
  assert.deepEqual(Object.keys(r.json).sort(), ['failNextCreate', 'failNextRestore', 'http500', 'milvusRestDown', 'milvusUnreachable', 'stallNextCreate', 'stallNextRestore']);
});

test('wrong Milvus credentials in the backup config behave like an unreachable Milvus', async () => {
  const env2 = await h.startEnv({ taskMs: 200, args: ['--milvus-token', TOKEN, '--milvus-user', 'root', '--milvus-password', 'nope'] });
  try {
    await h.createAsync(env2, 'badcreds', {}, 'badcreds');
    await new Promise((res) => setTimeout(res, 600));
    const r = await env2.api('GET', '/api/v1/get_backup?backup_id=badcreds');
    assert.equal(r.json.data.state_code, 0);
    const c = await env2.api('GET', '/api/v1/check');
    assert.equal(c.status, 500);
  } finally { await env2.stop(); }
});
