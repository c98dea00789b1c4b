'use strict';
// Envelope and JSON quirks of v0.5.16, name validation, duplicate names, unknown names.
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

let env;
let collId;
test.before(async () => {
  env = await h.startEnv({ taskMs: 400 });
  await h.seedCollection(env, { name: 'c1', rows: 30 });
  const d = await env.milvus('collections/describe', { collectionName: 'c1' });
  collId = /"collectionID":(\d+)/.exec(d.text)[1];
});
test.after(async () => { await env.stop(); });

test('hello, unknown route, HTTP 400 on malformed bodies', async () => {
  for (const p of ['/', '/api/v1/hello']) {
    const r = await env.api('GET', p);
    assert.equal(r.status, 200); assert.equal(r.text, 'Hello, This is backup service');
  }
  let r = await env.api('GET', '/api/v1/nope');
  assert.equal(r.status, 404);
  r = await env.api('GET', '/api/v1/create'); // wrong method: gin answers 404
  assert.equal(r.status, 404);
  r = await env.api('POST', '/api/v1/create', { body: '{"backup_name":' });
  assert.equal(r.status, 400); assert.equal(r.text, '{"error":"Invalid request body"}');
  r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'x', async: 'yes' } });
  assert.equal(r.status, 400, 'type mismatch fails like json.Unmarshal');
  r = await env.api('POST', '/api/v1/restore', { body: '[1' });
  assert.equal(r.status, 400); assert.match(r.json.error, /^invalid request body: /);
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'x', dropExistCollection: 1 } });
  assert.equal(r.status, 400); assert.match(r.json.error, /cannot unmarshal number into Go struct field RestoreBackupRequest.dropExistCollection of type bool/);
});

test('async create: missing code, unset end_time, big ids as exact digits, ints for enums', async () => {
  // unknown keys ignored, key matching is case-insensitive (Go encoding/json)
  const r = await env.api('POST', '/api/v1/create', { body: { Backup_Name: 'q1', ASYNC: true, no_such_key: [1, 2] }, headers: { request_id: 'rq-q1' } });
  assert.equal(r.text, '{"requestId":"rq-q1","msg":"create backup is executing asynchronously","data":null}');
  const running = await env.api('GET', '/api/v1/get_backup?backup_id=rq-q1');
  assert.ok(!('code' in running.json), 'code is omitted when 0');
  assert.match(running.text, /"end_time":-62135596800/);
  assert.match(running.text, /"state_code":[01],/);
  assert.match(running.text, /"size":0,"meta_size":0/);
  const done = await h.waitBackup(env, 'rq-q1');
  assert.equal(done.json.data.state_code, 2);
  assert.match(done.text, new RegExp(`"collection_id":${collId},`), 'collection id is written as exact digits');
  assert.ok(BigInt(collId) > 2n ** 53n);
  assert.match(done.text, /"backup_timestamp":\d{18},/);
  assert.doesNotMatch(done.text, /"errorMessage"/);
  assert.match(done.text, /"data_type":101/, 'enums are integers');
  assert.ok(done.json.data.end_time > 1600000000 && done.json.data.end_time < 1e11, 'seconds, not ms');
  // by name, from the same process: full brief
  const byName = await env.api('GET', '/api/v1/get_backup?backup_name=q1');
  assert.equal(byName.json.data.id, 'rq-q1');
  assert.equal(byName.json.data.collection_backups.length, 1);
});

test('sync create returns only {"msg":"success"}; failures are code 3 with HTTP 200', async () => {
  let r = await env.api('POST', '/api/v1/create', { body: { backup_name: 's1' } });
  assert.equal(r.status, 200); assert.equal(r.text, '{"msg":"success"}');
  r = await env.api('POST', '/api/v1/create', { body: { backup_name: 's2', collection_names: ['nope'] } });
  assert.equal(r.status, 200); assert.equal(r.json.code, 3); assert.match(r.json.msg, /nope/);
  r = await env.api('POST', '/api/v1/create', { body: { backup_name: 's3', strategy: 'fastest' } });
  assert.equal(r.json.code, 3); assert.match(r.json.msg, /strategy/);
});

test('name validation', async () => {
  for (const bad of ['1abc', 'a b', 'a-b', 'ä', 'x'.repeat(129), ' lead']) {
    const r = await env.api('POST', '/api/v1/create', { body: { backup_name: bad, async: true } });
    assert.equal(r.status, 200); assert.equal(r.json.code, 400, `${bad}: ${r.text}`);
  }
  const ok = await env.api('POST', '/api/v1/create', { body: { backup_name: '_' + 'x'.repeat(127), async: true } });
  assert.equal(ok.json.code, undefined, ok.text);
  const empty = await env.api('POST', '/api/v1/create', { body: { async: true } });
  assert.equal(empty.status, 500); assert.equal(empty.text, '', 'empty name panics -> gin Recovery 500');
});

test('duplicate names: remembered task -> code 3; after restart -> stuck in state 0', async () => {
  let r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'q1', async: true } });
  assert.equal(r.json.code, 3); assert.match(r.json.msg, /already exist \(existing task rq-q1\)/);
  r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'q1' } });
  assert.equal(r.status, 500, 'sync duplicate of a known task: nil dereference');
  await env.api('POST', '/_standin/restart');
  r = await env.api('GET', '/api/v1/get_backup?backup_id=rq-q1');
  assert.equal(r.json.code, 3, 'ids are forgotten on restart');
  r = await env.api('GET', '/api/v1/get_backup?backup_name=q1');
  assert.equal(r.text, '{"msg":"success","data":{"state_code":0,"progress":0,"size":0,"meta_size":0}}', 'issue #890');
  r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'q1', async: true }, headers: { request_id: 'rq-dup' } });
  assert.equal(r.json.code, undefined);
  await new Promise((res) => setTimeout(res, 1200));
  r = await env.api('GET', '/api/v1/get_backup?backup_id=rq-dup');
  assert.equal(r.json.data.state_code, 0, 'stays pending forever'); assert.equal(r.json.data.progress, 1);
  r = await env.api('POST', '/api/v1/create', { body: { backup_name: 's1' } });
  assert.equal(r.json.code, 3); assert.match(r.json.msg, /backup with name s1 already exist/);
});

test('unknown names and ids', async () => {
  let r = await env.api('GET', '/api/v1/get_backup');
  assert.equal(r.json.code, 400);
  r = await env.api('GET', '/api/v1/get_backup?backup_id=zzz');
  assert.equal(r.json.code, 3);
  r = await env.api('GET', '/api/v1/get_backup?backup_name=never_made');
  assert.equal(r.json.code, undefined); assert.equal(r.json.data.state_code, 0);
  r = await env.api('GET', '/api/v1/list?collection_name=c1');
  assert.equal(r.json.code, 400);
  r = await env.api('DELETE', '/api/v1/delete?backup_name=never_made');
  assert.equal(r.json.code, 3); assert.ok(!('data' in r.json));
  r = await env.api('DELETE', '/api/v1/delete');
  assert.equal(r.json.code, 400);
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'never_made' } });
  assert.equal(r.json.code, 400); assert.equal(r.json.msg, 'backup never_made not found');
  r = await env.api('POST', '/api/v1/restore', { body: {} });
  assert.equal(r.json.code, 400);
  r = await env.api('GET', '/api/v1/get_restore');
  assert.equal(r.json.code, 3); assert.equal(r.json.msg, 'empty restore id');
  r = await env.api('GET', '/api/v1/get_restore?id=restore_nope');
  assert.equal(r.json.code, 3); assert.match(r.json.msg, /task not found/);
});

test('restore option validation and camelCase/snake_case keys', async () => {
  let r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 's1', collection_suffix: 'a-b' } });
  assert.equal(r.json.code, 400);
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 's1', skipCreateCollection: true, dropExistCollection: true } });
  assert.equal(r.json.code, 400);
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 's1', collection_renames: { 'c-1': 'c2' } } });
  assert.equal(r.json.code, 400);
  // c1 still exists: drop_exist_collection (snake) is silently ignored -> task FAIL "collection already exist"
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 's1', drop_exist_collection: true, requestId: 'rr-1' } });
  assert.equal(r.json.code, 3); assert.match(r.json.msg, /collection already exist/); assert.equal(r.json.requestId, 'rr-1');
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 's1', dropExistCollection: true, id: 'my-restore' } });
  assert.equal(r.json.data.id, 'my-restore'); assert.equal(r.json.data.state_code, 2, r.text);
  assert.equal(await h.rowCount(env, 'default', 'c1'), 30);
});

test('check and delete', async () => {
  let r = await env.api('GET', '/api/v1/check');
  assert.equal(r.status, 200); assert.match(r.headers['content-type'], /text\/plain/); assert.match(r.text, /Succeed/);
  r = await env.api('DELETE', '/api/v1/delete?backup_name=s1');
  assert.equal(r.text, '{"msg":"success"}');
  assert.equal((await env.s3.list(env.bucket, 'backup/s1/')).objects.length, 0);
  r = await env.api('GET', '/api/v1/list');
  assert.ok(!r.json.data.some((b) => b.name === 's1'));
});
