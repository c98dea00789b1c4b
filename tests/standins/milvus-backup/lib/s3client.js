'use strict';
// Minimal path-style S3 client signed with SigV4 (aws4). s3rver ignores signatures, MinIO does not,
// so every request is signed. Only what the stand-in needs: bucket head/create, put, get, head,
// delete, ListObjectsV2 with continuation.
const http = require('node:http');
const aws4 = require('aws4');

function encodeKey(key) {
  return key.split('/').map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())).join('/');
}

function xmlUnescape(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d))).replace(/&amp;/g, '&');
}

class S3Error extends Error {
  constructor(message, status, code) { super(message); this.status = status; this.code = code; }
}

class S3Client {
  constructor({ host, port, accessKey, secretKey, region = 'us-east-1', timeoutMs = 15000 }) {
    this.host = host; this.port = Number(port); this.region = region || 'us-east-1';
    this.creds = { accessKeyId: accessKey, secretAccessKey: secretKey };
    this.timeoutMs = timeoutMs;
  }

  request(method, bucket, key, { query = '', body = null, headers = {} } = {}) {
    let path = '/' + encodeURIComponent(bucket);
    if (key !== undefined && key !== null) path += '/' + encodeKey(key);
    if (query) path += '?' + query;
    const opts = {
      host: `${this.host}:${this.port}`, hostname: this.host, port: this.port, method, path,
      service: 's3', region: this.region, headers: { ...headers },
    };
    if (body !== null) { opts.body = body; opts.headers['Content-Length'] = Buffer.byteLength(body); }
    aws4.sign(opts, this.creds);
    return new Promise((resolve, reject) => {
      const req = http.request({ hostname: this.host, port: this.port, method, path, headers: opts.headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`S3 ${method} ${path}: timeout`)));
      req.on('error', (e) => reject(new S3Error(`S3 ${method} ${path}: ${e.message}`, 0, 'NetworkError')));
      if (body !== null) req.end(body); else req.end();
    });
  }

  static check(res, what) {
    if (res.status >= 200 && res.status < 300) return res;
    const text = res.body.toString('utf8');
    const code = (/<Code>([^<]*)<\/Code>/.exec(text) || [])[1] || String(res.status);
    const msg = (/<Message>([^<]*)<\/Message>/.exec(text) || [])[1] || text.slice(0, 200);
    throw new S3Error(`${what}: ${code}: ${xmlUnescape(msg)}`, res.status, code);
  }

  async ensureBucket(bucket) {
    const head = await this.request('HEAD', bucket);
    if (head.status === 200) return;
    if (head.status !== 404) S3Client.check(head, `head bucket ${bucket}`);
    const res = await this.request('PUT', bucket);
    if (res.status === 409) return; // created concurrently
    S3Client.check(res, `create bucket ${bucket}`);
  }

  async putObject(bucket, key, body) {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
    S3Client.check(await this.request('PUT', bucket, key, { body: buf }), `put ${key}`);
    return buf.length;
  }

  async getObject(bucket, key) {
    const res = await this.request('GET', bucket, key);
    if (res.status === 404) return null;
    return S3Client.check(res, `get ${key}`).body;
  }

  async headObject(bucket, key) {
    const res = await this.request('HEAD', bucket, key);
    if (res.status === 404) return null;
    S3Client.check(res, `head ${key}`);
    return { size: Number(res.headers['content-length']), etag: res.headers.etag };
  }

  async deleteObject(bucket, key) {
    const res = await this.request('DELETE', bucket, key);
    if (res.status !== 404) S3Client.check(res, `delete ${key}`);
  }

  // Returns {objects:[{key,size}], prefixes:[...]} for all pages. With a delimiter the folding into
  // common prefixes is done here from a recursive listing: s3rver 3.7.1's filesystem store prunes
  // directories below the first delimiter while walking, so `delimiter=/` never reports a common
  // prefix whose objects sit two or more levels deeper (e.g. backup/<name>/meta/x.json).
  async list(bucket, prefix, delimiter = '') {
    if (delimiter) {
      const all = await this.listRaw(bucket, prefix);
      const objects = []; const prefixes = new Set();
      for (const o of all.objects) {
        const idx = o.key.slice(prefix.length).indexOf(delimiter);
        if (idx < 0) objects.push(o); else prefixes.add(o.key.slice(0, prefix.length + idx + delimiter.length));
      }
      return { objects, prefixes: [...prefixes].sort(), missingBucket: all.missingBucket };
    }
    return this.listRaw(bucket, prefix);
  }

  async listRaw(bucket, prefix, delimiter = '') {
    const objects = []; const prefixes = new Set();
    let token = null;
    for (let page = 0; page < 100000; page++) {
      const q = new URLSearchParams();
      if (token) q.set('continuation-token', token);
      if (delimiter) q.set('delimiter', delimiter);
      q.set('list-type', '2');
      q.set('max-keys', '1000');
      q.set('prefix', prefix);
      const query = [...q.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
      const res = await this.request('GET', bucket, null, { query });
      if (res.status === 404) return { objects, prefixes: [], missingBucket: true };
      const xml = S3Client.check(res, `list ${prefix}`).body.toString('utf8');
      for (const m of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const key = xmlUnescape((/<Key>([\s\S]*?)<\/Key>/.exec(m[1]) || [])[1] || '');
        const size = Number((/<Size>(\d+)<\/Size>/.exec(m[1]) || [])[1] || 0);
        objects.push({ key, size });
      }
      for (const m of xml.matchAll(/<CommonPrefixes>\s*<Prefix>([\s\S]*?)<\/Prefix>/g)) prefixes.add(xmlUnescape(m[1]));
      const truncated = /<IsTruncated>true<\/IsTruncated>/.test(xml);
      token = (/<NextContinuationToken>([\s\S]*?)<\/NextContinuationToken>/.exec(xml) || [])[1];
      if (!truncated || !token) break;
      token = xmlUnescape(token);
    }
    // s3rver can repeat a common prefix across pages; dedupe objects too for safety.
    const seen = new Set();
    return { objects: objects.filter((o) => (seen.has(o.key) ? false : seen.add(o.key))), prefixes: [...prefixes] };
  }
}

module.exports = { S3Client, S3Error };
