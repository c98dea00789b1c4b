'use strict';
// --api-version 0.5.9 and 0.4.30 differences documented in the reference (§1.4-1.11).
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

test('0.5.9: ms times, sync create data, 404 for unknown names, list BackupInfo, auto names', async () => {
  const env = await h.startEnv({ apiVersion: '0.5.9', taskMs: 300 });
  try {
    await h.seedCollection(env, { name: 'c', rows: 50 });
    let r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'a1', async: true }, headers: { request_id: 'a1id' } });
    assert.equal(r.json.msg, 'create backup is executing asynchronously');
    assert.equal(r.json.data.id, 'a1id'); assert.equal(r.json.data.name, 'a1'); assert.equal(r.json.data.state_code, 0);
    assert.ok(r.json.data.start_time > 1e12, 'milliseconds');
    r = await h.waitBackup(env, 'a1id');
    assert.equal(r.json.data.state_code, 2);
    assert.ok(r.json.data.end_time > 1e12);
    assert.ok(r.json.data.collection_backups[0].partition_backups === undefined, 'simpleResponse strips partitions');
    r = await env.api('POST', '/api/v1/create', { body: { backup_name: '  ' } });
    assert.equal(r.json.code, undefined, r.text);
    assert.match(r.json.data.name, /^backup_\d{4}_\d{2}_\d{2}_\d{2}_\d{2}_\d{2}_\d+$/, 'sync create returns the full BackupInfo');
    assert.equal(r.json.data.state_code, 2);
    r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'a1', async: true } });
    assert.equal(r.json.code, 3);
    r = await env.api('GET', '/api/v1/get_backup?backup_name=zz');
    assert.equal(r.json.code, 404);
    r = await env.api('GET', '/api/v1/get_backup?backup_id=zz');
    assert.equal(r.json.code, undefined); assert.equal(r.json.data, null);
    r = await env.api('GET', '/api/v1/list');
    assert.equal(r.json.data.length, 2);
    assert.ok('state_code' in r.json.data[0] && 'start_time' in r.json.data[0]);
    r = await env.api('GET', '/api/v1/list?collection_name=c');
    assert.equal(r.json.data.length, 2);
    r = await env.api('GET', '/api/v1/list?collection_name=other');
    assert.equal(r.json.data.length, 0);
    // after a restart the backup is read from storage: state_code 1 (issue #742)
    await env.api('POST', '/_standin/restart');
    r = await env.api('GET', '/api/v1/get_backup?backup_name=a1');
    assert.equal(r.json.data.state_code, 1);
    r = await env.api('DELETE', '/api/v1/delete?backup_name=zz');
    assert.equal(r.json.code, 404);
    r = await env.api('GET', '/api/v1/check');
    assert.equal(r.status, 200); assert.match(r.text, /^"/, 'JSON string');
    await env.milvus('collections/drop', { collectionName: 'c' });
    r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'a1' } });
    assert.equal(r.json.data.state_code, 2);
    assert.equal(r.json.data.restored_size, undefined, 'slim restore response since 0.5.6');
    assert.equal(await h.rowCount(env, 'default', 'c'), 50);
  } finally { await env.stop(); }
});

test('0.4.30: old RestoreBackupTask shape', async () => {
  const env = await h.startEnv({ apiVersion: '0.4.30', taskMs: 200 });
  try {
    await h.seedCollection(env, { name: 'c', rows: 20 });
    let r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'b' } });
    assert.equal(r.json.data.state_code, 2);
    r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'b', collection_suffix: '_r' } });
    assert.equal(r.json.data.state_code, 2);
    assert.ok(r.json.data.to_restore_size > 0);
    assert.equal(r.json.data.restored_size, r.json.data.to_restore_size);
    assert.ok(r.json.data.collection_restore_tasks[0].id);
    r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'x', backup_root_path: 'elsewhere' } });
    assert.equal(r.json.data.state_code, 2);
    assert.ok(await env.s3.headObject(env.bucket, 'backup/x/meta/backup_meta.json'), 'backup_root_path is 0.5.9+ only');
  } finally { await env.stop(); }
});
