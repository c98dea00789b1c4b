'use strict';
// Shapes of the Milvus RESTful API v2 subset (milvus-io/milvus internal/distributed/proxy/httpserver).
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

let env;
test.before(async () => { env = await h.startEnv({}); });
test.after(async () => { await env.stop(); });

test('databases, quick-setup collection, insert, stats, describe, has, drop', async () => {
  let r = await env.milvus('databases/list', {});
  assert.equal(r.text, '{"code":0,"data":["default"]}');
  r = await env.milvus('collections/create', { collectionName: 'quick', dimension: 3 });
  assert.equal(r.text, '{"code":0,"data":{}}');
  r = await env.milvus('collections/create', { collectionName: 'quick', dimension: 3 });
  assert.notEqual(r.json.code, 0);
  r = await env.milvus('entities/insert', { collectionName: 'quick', data: [{ id: 1, vector: [1, 2, 3], color: 'red' }, { id: 2, vector: [1, 2, 3] }] });
  assert.equal(r.text, '{"code":0,"cost":0,"data":{"insertCount":2,"insertIds":["1","2"]}}');
  r = await env.milvus('entities/insert', { collectionName: 'quick', data: [{ id: 3, vector: [1, 2] }] });
  assert.equal(r.json.code, 1100, 'wrong dim');
  r = await env.milvus('collections/get_stats', { collectionName: 'quick' });
  assert.equal(r.text, '{"code":0,"data":{"rowCount":2}}');
  r = await env.milvus('collections/has', { collectionName: 'quick' });
  assert.equal(r.text, '{"code":0,"data":{"has":true}}');
  r = await env.milvus('collections/describe', { collectionName: 'quick' });
  assert.match(r.text, /^\{"code":0,"data":\{"aliases":\[\],"autoId":false,"collectionID":\d{18},"collectionName":"quick","consistencyLevel":"Bounded",/, 'gin.H keys sorted');
  const d = r.json.data;
  assert.equal(d.collectionName, 'quick'); assert.equal(typeof d.collectionID, 'bigint');
  assert.equal(d.enableDynamicField, true); assert.equal(d.consistencyLevel, 'Bounded');
  assert.deepEqual(d.fields.map((f) => [f.name, f.type, f.primaryKey, f.id]), [['id', 'Int64', true, 100], ['vector', 'FloatVector', false, 101]]);
  assert.deepEqual(d.fields[1].params, [{ key: 'dim', value: '3' }]);
  assert.deepEqual(d.indexes, [{ indexName: 'vector', fieldName: 'vector', metricType: 'COSINE' }]);
  r = await env.milvus('collections/list', {});
  assert.equal(r.text, '{"code":0,"data":["quick"]}');
  r = await env.milvus('collections/describe', { collectionName: 'nope' });
  assert.equal(r.status, 200); assert.equal(r.json.code, 100); assert.match(r.json.message, /nope/);
  r = await env.milvus('collections/get_stats', {});
  assert.equal(r.json.code, 1802);
  r = await env.milvus('collections/list', { dbName: 'nodb' });
  assert.equal(r.json.code, 800);
  r = await env.milvus('collections/drop', { collectionName: 'quick' });
  assert.equal(r.text, '{"code":0,"data":{}}');
  r = await env.milvus('collections/has', { collectionName: 'quick' });
  assert.equal(r.json.data.has, false);
  r = await env.milvus('collections/list', {});
  assert.equal(r.text, '{"code":0,"data":[]}');
});

test('autoID int64 ids: strings unless Accept-Type-Allow-Int64, exact when numbers', async () => {
  await env.milvus('collections/create', { collectionName: 'auto', schema: { autoID: true, fields: [
    { fieldName: 'pk', dataType: 'Int64', isPrimary: true }, { fieldName: 'v', dataType: 'FloatVector', elementTypeParams: { dim: 2 } }] } });
  let r = await env.milvus('entities/insert', { collectionName: 'auto', data: [{ v: [1, 2] }] });
  assert.equal(typeof r.json.data.insertIds[0], 'string');
  r = await env.milvus('entities/insert', { collectionName: 'auto', data: [{ v: [1, 2] }] }, { 'Accept-Type-Allow-Int64': 'true' });
  assert.equal(typeof r.json.data.insertIds[0], 'bigint');
  assert.match(r.text, /"insertIds":\[\d{18}\]/);
  r = await env.milvus('entities/insert', { collectionName: 'auto', data: [{ pk: 5, v: [1, 2] }] });
  assert.equal(r.json.code, 1100, 'autoID pk must not be given');
  r = await env.milvus('entities/query', { collectionName: 'auto', outputFields: ['count(*)'] });
  assert.deepEqual(r.json.data, [{ 'count(*)': 2 }]);
});

test('bad JSON, unknown path, partitions', async () => {
  let r = await env.milvus('collections/list', '{');
  assert.equal(r.json.code, 1801);
  r = await env.milvus('collections/nope', {});
  assert.equal(r.status, 404);
  await h.seedCollection(env, { name: 'parts', rows: 0 });
  r = await env.milvus('partitions/create', { collectionName: 'parts', partitionName: 'p2' });
  assert.equal(r.json.code, 0);
  r = await env.milvus('entities/insert', { collectionName: 'parts', partitionName: 'p2', data: [{ id: 1, title: 't', vec: [0, 0, 0, 0] }] });
  assert.equal(r.json.code, 0);
  r = await env.milvus('partitions/list', { collectionName: 'parts' });
  assert.deepEqual(r.json.data, ['_default', 'p2']);
  // a backup keeps partitions apart and restore recreates them
  r = await env.api('POST', '/api/v1/create', { body: { backup_name: 'parts_b', collection_names: ['parts'] } });
  assert.equal(r.text, '{"msg":"success"}');
  r = await env.api('POST', '/api/v1/restore', { body: { backup_name: 'parts_b', collection_suffix: '_r' } });
  assert.equal(r.json.data.state_code, 2, r.text);
  r = await env.milvus('partitions/list', { collectionName: 'parts_r' });
  assert.deepEqual(r.json.data, ['_default', 'p2']);
  assert.equal(await h.rowCount(env, 'default', 'parts_r'), 1);
});
