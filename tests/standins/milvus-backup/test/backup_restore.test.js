'use strict';
// Full round trip: seed through Milvus REST v2 -> async create -> objects in S3 with the documented
// layout and meta -> drop -> restore with suffix / renames -> row counts and rows equal.
const test = require('node:test');
const assert = require('node:assert/strict');
const { parse } = require('../lib/gojson');
const h = require('./helpers');

let env;
test.before(async () => { env = await h.startEnv({ taskMs: 600 }); });
test.after(async () => { await env.stop(); });

const KEY_RE = /^backup\/full1\/binlogs\/(insert_log\/(\d+)\/(\d+)\/(\d+)\/(\d+)\/(\d+)\/(\d+)|delta_log\/(\d+)\/(\d+)\/(\d+)\/(\d+)\/(\d+))$/;

async function allRows(db, name) {
  const r = await env.milvus('entities/query', { dbName: db, collectionName: name, filter: '', outputFields: ['*'], limit: 100000 });
  assert.equal(r.json.code, 0, r.text);
  return r.json.data;
}

test('backup, inspect storage, drop, restore with suffix and renames', async () => {
  assert.match(env.firstLine, /^\{"backupPort":\d+,"milvusPort":\d+\}$/);
  await env.milvus('databases/create', { dbName: 'brand' });
  const seeded = await h.seedCollection(env, { name: 'docs', rows: 130 });
  await h.seedCollection(env, { db: 'brand', name: 'logos', rows: 45, autoID: true, dynamic: true });
  // deletes become a delta_log in the backup
  let r = await env.milvus('entities/delete', { collectionName: 'docs', filter: 'id in [1,2,3,50,99]' });
  assert.equal(r.json.data.deleteCount, 5);
  assert.equal(await h.rowCount(env, 'default', 'docs'), 125);
  const beforeDocs = await allRows('default', 'docs');
  const beforeLogos = await allRows('brand', 'logos');
  assert.equal(beforeLogos.length, 45);

  r = await h.createAsync(env, 'full1', {}, 'req-full-1');
  assert.equal(r.status, 200);
  assert.equal(r.text, '{"requestId":"req-full-1","msg":"create backup is executing asynchronously","data":null}');
  // progress is observable over time: first pending (0), then executing (1), then success (2)
  const seen = new Set();
  const final = await h.poll(async () => {
    const x = await env.api('GET', '/api/v1/get_backup?backup_id=req-full-1');
    seen.add(x.json.data.state_code);
    return x;
  }, (x) => [2, 3].includes(x.json.data.state_code), { everyMs: 40 });
  assert.equal(final.json.data.state_code, 2, final.text);
  assert.ok(seen.has(1), 'executing state was observable');
  const d = final.json.data;
  assert.equal(d.progress, 100);
  assert.equal(d.name, 'full1');
  assert.equal(d.collection_backups.length, 2);
  assert.equal(typeof d.collection_backups[0].collection_id, 'bigint', 'ids beyond 2^53 are bare numbers');

  // storage layout
  const { objects } = await env.s3.list(env.bucket, 'backup/full1/');
  const metaKeys = objects.filter((o) => o.key.includes('/meta/')).map((o) => o.key).sort();
  assert.deepEqual(metaKeys, ['backup_meta', 'collection_meta', 'full_meta', 'partition_meta', 'segment_meta']
    .map((n) => `backup/full1/meta/${n}.json`));
  const binlogs = objects.filter((o) => o.key.includes('/binlogs/'));
  for (const o of binlogs) assert.match(o.key, KEY_RE);
  assert.ok(binlogs.some((o) => o.key.includes('/delta_log/')), 'deleted rows produce a delta_log');
  const sizeOf = new Map(objects.map((o) => [o.key, o.size]));

  const fullText = (await env.s3.getObject(env.bucket, 'backup/full1/meta/full_meta.json')).toString();
  assert.ok(!/\n|": /.test(fullText), 'compact Go-style JSON');
  assert.ok(!/[a-z][A-Z]/.test(Object.keys(parse(fullText)).join(',')), 'snake_case top-level keys');
  const full = parse(fullText);
  let total = 0;
  for (const c of full.collection_backups) {
    let csize = 0;
    for (const p of c.partition_backups) {
      let psize = 0;
      for (const s of p.segment_backups) {
        assert.equal(String(s.group_id), String(s.segment_id), 'groupID = segment id');
        let ssize = 0;
        for (const fb of s.binlogs) {
          for (const b of fb.binlogs) {
            const key = `backup/full1/binlogs/insert_log/${c.collection_id}/${p.partition_id}/${s.group_id}/${s.segment_id}/${fb.fieldID || 0}/${b.logID}`;
            assert.equal(sizeOf.get(key), b.log_size, `log_size of ${key}`);
            assert.equal(b.entries_num, s.num_of_rows);
            ssize += b.log_size;
          }
        }
        for (const fb of s.deltalogs || []) for (const b of fb.binlogs) {
          const key = `backup/full1/binlogs/delta_log/${c.collection_id}/${p.partition_id}/${s.group_id}/${s.segment_id}/${b.logID}`;
          assert.equal(sizeOf.get(key), b.log_size); ssize += b.log_size;
        }
        assert.equal(s.size, ssize); psize += ssize;
      }
      assert.equal(p.size, psize); csize += psize;
    }
    assert.equal(c.size, csize); total += csize;
  }
  assert.equal(full.size, total);
  assert.equal(total, binlogs.reduce((a, o) => a + o.size, 0), 'backup size = sum of binlog objects');
  assert.equal(d.size, total);
  assert.equal(d.meta_size, metaKeys.reduce((a, k) => a + sizeOf.get(k), 0));
  const top = parse((await env.s3.getObject(env.bucket, 'backup/full1/meta/backup_meta.json')).toString());
  assert.equal(top.name, 'full1'); assert.equal(top.size, total); assert.equal(top.collection_backups, undefined);

  r = await env.api('GET', '/api/v1/list');
  assert.deepEqual(r.json.data.map((x) => [x.name, x.size]), [['full1', total]]);

  // drop and restore with a suffix
  await env.milvus('collections/drop', { collectionName: 'docs' });
  await env.milvus('collections/drop', { dbName: 'brand', collectionName: 'logos' });
  assert.equal((await env.milvus('collections/has', { collectionName: 'docs' })).json.data.has, false);
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'full1', async: true, collection_suffix: '_bak', restoreIndex: true } });
  assert.equal(r.json.msg, 'restore backup is executing asynchronously');
  assert.equal(r.json.data.state_code, 0);
  const rid = r.json.data.id;
  assert.match(rid, /^restore_\d{4}_\d{2}_\d{2}_\d{2}_\d{2}_\d{2}_\d+$/);
  r = await h.waitRestore(env, rid);
  assert.equal(r.json.data.state_code, 2, r.text);
  assert.equal(r.json.data.progress, 100);
  const targets = r.json.data.collection_restore_tasks.map((c) => `${c.target_db_name}.${c.target_collection_name}`).sort();
  assert.deepEqual(targets, ['brand.logos_bak', 'default.docs_bak']);
  assert.equal(await h.rowCount(env, 'default', 'docs_bak'), 125);
  assert.equal(await h.rowCount(env, 'brand', 'logos_bak'), 45);
  const key = (rows) => rows.map((x) => JSON.stringify(x, (k, v) => (typeof v === 'bigint' ? `big:${v}` : v))).sort();
  assert.deepEqual(key(await allRows('default', 'docs_bak')), key(beforeDocs));
  assert.deepEqual(key(await allRows('brand', 'logos_bak')), key(beforeLogos), 'autoID primary keys and dynamic fields survive');
  const desc = await env.milvus('collections/describe', { collectionName: 'docs_bak' });
  assert.deepEqual(desc.json.data.indexes.map((i) => i.indexName), ['vec_idx'], 'restoreIndex rebuilt the index');
  assert.equal(seeded.length, 130);

  // renames: one collection into another database, restored synchronously
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'full1', collection_names: ['docs'], collection_renames: { docs: 'archive.docs_copy' } } });
  assert.equal(r.json.code, undefined, r.text);
  assert.equal(r.json.msg, 'success');
  assert.equal(r.json.data.state_code, 2);
  assert.equal(await h.rowCount(env, 'archive', 'docs_copy'), 125);
  const noIdx = await env.milvus('collections/describe', { dbName: 'archive', collectionName: 'docs_copy' });
  assert.deepEqual(noIdx.json.data.indexes, [], 'without restoreIndex no index is created');

  // db wildcard rename + db_collections filter
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'full1', db_collections: '{"brand":[]}', collection_renames: { 'brand.*': 'brand2.*' } } });
  assert.equal(r.json.data.state_code, 2, r.text);
  assert.equal(await h.rowCount(env, 'brand2', 'logos'), 45);
});
