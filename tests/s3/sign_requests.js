// Independent SigV4 signatures for tst_s3signer: generates a deterministic set of S3 requests and
// signs each with two JavaScript implementations (npm aws4 and @smithy/signature-v4, the signer of
// the AWS SDK v3). Prints one JSON document on stdout; the Qt test signs the same inputs with
// S3Signer and compares. Usage: node sign_requests.js <node_modules dir>
'use strict';
const path = require('path');
const crypto = require('crypto');
const modules = process.argv[2] || path.join(__dirname, '..', '..', 'node_modules');
const aws4 = require(path.join(modules, 'aws4'));
const { SignatureV4 } = require(path.join(modules, '@smithy/signature-v4'));

class Sha256 {
  constructor(secret) { this.h = secret ? crypto.createHmac('sha256', secret) : crypto.createHash('sha256'); }
  update(data) { this.h.update(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)); }
  async digest() { return new Uint8Array(this.h.digest()); }
}

// The AWS SDK's extended encoding: encodeURIComponent plus !'()* (RFC 3986 reserved).
const rfc3986 = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const encodePath = (p) => p.split('/').map(rfc3986).join('/');

// Deterministic pseudo-random numbers so a failure can be reproduced.
let seed = 20240601;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const pick = (a) => a[rnd(a.length)];

const keyPieces = ['binlogs', 'insert_log', '449', 'meta', 'backup_meta.json', 'a b', 'plus+sign', 'tilde~x',
  'ümlaut', 'dấu tiếng Việt', '日本語', 'emoji😀', 'equals=and&amp', 'per%cent', 'comma,semi;colon', 'star*(paren)',
  "quote'bang!", 'dollar$at@', 'hash#q?', 'sp  two', '-_.'];
const queries = [
  [], [['list-type', '2'], ['prefix', 'backup/b 1/'], ['max-keys', '1000']],
  [['uploads', '']], [['partNumber', '3'], ['uploadId', 'abc+/=def']], [['delete', '']],
  [['list-type', '2'], ['continuation-token', 'MTIz+/=='], ['prefix', 'root/ü/'], ['delimiter', '/']],
  [['uploadId', 'x~y_z.-'], ['partNumber', '10000']],
];
const payloads = ['UNSIGNED-PAYLOAD', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  crypto.createHash('sha256').update('Welcome to Amazon S3.').digest('hex')];
const regions = ['us-east-1', 'eu-central-1', 'ap-southeast-1', 'minio-local'];
const secrets = [['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'], ['S3RVER', 'S3RVER'],
  ['minioadmin', 'minio+admin/secret=with~chars'], ['key with space', 'sécret ünicode']];
const methods = ['GET', 'PUT', 'POST', 'HEAD', 'DELETE'];

const cases = [];
for (let i = 0; i < 200; ++i) {
  const depth = 1 + rnd(5);
  const segments = [];
  for (let d = 0; d < depth; ++d) segments.push(pick(keyPieces));
  const bucket = pick(['bucket', 'milvus-backup', 'a-bucket']);
  const decodedPath = '/' + bucket + '/' + segments.join('/');
  const query = pick(queries);
  const [accessKey, secretKey] = pick(secrets);
  const region = pick(regions);
  const method = pick(methods);
  const payloadHash = pick(payloads);
  const date = new Date(Date.UTC(2013 + rnd(12), rnd(12), 1 + rnd(28), rnd(24), rnd(60), rnd(60)));
  const amzDate = date.toISOString().replace(/[:-]|\.\d{3}/g, '');
  const host = pick(['127.0.0.1:4568', 'minio.example.com', 's3.eu-central-1.amazonaws.com', '[::1]:9000']);
  const headers = [['host', host], ['x-amz-date', amzDate], ['x-amz-content-sha256', payloadHash]];
  if (rnd(2)) headers.push(['content-md5', crypto.createHash('md5').update(String(i)).digest('base64')]);
  if (rnd(2)) headers.push(['content-type', pick(['application/octet-stream', 'application/xml', 'text/plain;  charset=utf-8'])]);
  if (rnd(3) === 0) headers.push(['if-match', '"' + crypto.createHash('md5').update('e' + i).digest('hex') + '"']);
  if (rnd(3) === 0) headers.push(['x-amz-meta-note', '  padded   value  ']);

  const encodedQuery = query.map(([k, v]) => rfc3986(k) + '=' + rfc3986(v)).join('&');
  const headerObject = Object.fromEntries(headers);

  const a = aws4.sign({ host, method, service: 's3', region, path: encodePath(decodedPath) + (encodedQuery ? '?' + encodedQuery : ''),
    headers: Object.assign({}, headerObject) }, { accessKeyId: accessKey, secretAccessKey: secretKey });

  cases.push({ method, path: decodedPath, query, headers, payloadHash, amzDate, region, accessKey, secretKey,
    aws4: { authorization: a.headers.Authorization }, smithyInput: { host, encodedPath: encodePath(decodedPath) } });
}

(async () => {
  for (const c of cases) {
    const [hostname, port] = c.smithyInput.host.startsWith('[') ? [c.smithyInput.host, undefined] : c.smithyInput.host.split(':');
    const signer = new SignatureV4({ credentials: { accessKeyId: c.accessKey, secretAccessKey: c.secretKey },
      region: c.region, service: 's3', sha256: Sha256, uriEscapePath: false, applyChecksum: true });
    const query = {};
    for (const [k, v] of c.query) query[k] = v;
    const headers = {};
    for (const [k, v] of c.headers) if (k !== 'x-amz-date') headers[k] = v;
    const year = +c.amzDate.slice(0, 4), month = +c.amzDate.slice(4, 6) - 1, day = +c.amzDate.slice(6, 8);
    const hh = +c.amzDate.slice(9, 11), mm = +c.amzDate.slice(11, 13), ss = +c.amzDate.slice(13, 15);
    const signed = await signer.sign({ method: c.method, protocol: 'http:', hostname, port: port ? +port : undefined,
      path: c.smithyInput.encodedPath, query, headers }, { signingDate: new Date(Date.UTC(year, month, day, hh, mm, ss)) });
    c.smithy = { authorization: signed.headers.authorization };
    delete c.smithyInput;
  }
  process.stdout.write(JSON.stringify({ cases }, null, 1));
})().catch((e) => { console.error(e); process.exit(1); });
