#!/usr/bin/env bash
# The sandbox demo (`make demo`): on a machine with no server configured, start LOCAL STAND-INS on
# loopback ports in a temporary folder, load a sample knowledge graph and three vector collections,
# back everything up, package the set, restore the package into a second, empty sandbox, verify it
# and compare it. Exits non-zero on any failure; every process it started is stopped on exit.
#
#   BUILD_DIR          build folder (default: build)
#   FALKORDB_MODULE    a real falkordb.so to use instead of the FalkorDB stand-in module
#   DEMO_ENTITIES      number of entities (default 1500; chunks = 2/3 of it, relations = 2x)
#   DEMO_KEEP=1        keep the temporary folder (backups, logs) for a look afterwards
#   DEMO_VECTOR=0      skip the vector part (graph only)
#   DEMO_THEN=COMMAND  run COMMAND after a passing demo while the sandboxes still run, with their
#                      addresses in BMB_DEMO_* variables (docs/screenshots/take.sh uses it); the demo's
#                      exit status is then COMMAND's
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-build}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
CLI="$BUILD_DIR/src/cli/brandmind-backup-cli"
MODULE="${FALKORDB_MODULE:-$BUILD_DIR/tests/standins/falkordb/libfalkordb_standin.so}"
ENTITIES="${DEMO_ENTITIES:-1500}"
CHUNKS=$(( ENTITIES * 2 / 3 ))
RELATIONS=$(( ENTITIES * 2 ))
GRAPH=knowledge_graph
COLLECTIONS=DocumentChunks,EntityDescriptions,RelationDescriptions

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nDEMO FAILED: %s\n' "$*" >&2; exit 1; }

[ -x "$CLI" ] || fail "$CLI is missing: build first (make build)"
[ -f "$MODULE" ] || fail "graph module $MODULE is missing (build the stand-in or set FALKORDB_MODULE)"
command -v redis-server >/dev/null || fail "redis-server is not installed (apt-get install redis-server)"
command -v redis-cli >/dev/null || fail "redis-cli is not installed (apt-get install redis-tools)"
command -v node >/dev/null || fail "node is not installed"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bmb-demo.XXXXXX")"
PIDS=()
cleanup() {
    local status=$?
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "${DEMO_KEEP:-0}" = 1 ]; then echo "Kept $WORK"; else rm -rf "$WORK"; fi
    if [ $status -ne 0 ]; then echo "The demo ran on local stand-ins only and FAILED (exit $status)." >&2; fi
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

VECTOR=1
if [ "${DEMO_VECTOR:-1}" = 0 ]; then
    VECTOR=0
elif ! "$CLI" backup --help | grep -q -- '--milvus-backup'; then
    VECTOR=0
    echo "Note: this build of brandmind-backup-cli has no vector component; the demo covers the graph only."
elif [ ! -f "$ROOT/node_modules/s3rver/bin/s3rver.js" ]; then
    VECTOR=0
    echo "Note: node_modules/s3rver is missing (run npm ci); the demo covers the graph only."
fi

cat <<TEXT
================================================================================
 BrandMind Backup sandbox demo — everything below runs on LOCAL STAND-INS:
   redis-server + $( [ -n "${FALKORDB_MODULE:-}" ] && echo "the FalkorDB module $FALKORDB_MODULE" || echo "the FalkorDB stand-in module" )
$( [ $VECTOR = 1 ] && echo "   s3rver (local S3) + the milvus-backup/Milvus stand-in (tests/standins/milvus-backup)" )
 on 127.0.0.1 in $WORK. No real server is touched.
================================================================================
TEXT

start_redis() { # name -> sets PORT_<name>
    local name=$1 port
    port=$(free_port)
    mkdir -p "$WORK/$name"
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$WORK/$name" \
        --loadmodule "$MODULE" >"$WORK/$name/redis.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 100); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    redis-cli -p "$port" ping >/dev/null || fail "redis-server $name did not start (see $WORK/$name/redis.log)"
    printf -v "PORT_$name" '%s' "$port"
}

start_s3() { # name -> sets S3PORT_<name>
    local name=$1 port
    port=$(free_port)
    mkdir -p "$WORK/$name"
    node --openssl-legacy-provider "$ROOT/node_modules/s3rver/bin/s3rver.js" -d "$WORK/$name" -a 127.0.0.1 -p "$port" \
        --configure-bucket a-bucket >"$WORK/$name.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    printf -v "S3PORT_$name" '%s' "$port"
}

start_milvus() { # name s3port -> sets BACKUPPORT_<name> MILVUSPORT_<name>
    local name=$1 s3port=$2 line=""
    node "$ROOT/tests/standins/milvus-backup/server.js" --minio-address 127.0.0.1 --minio-port "$s3port" \
        --minio-access-key S3RVER --minio-secret-key S3RVER --task-ms 300 >"$WORK/$name.out" 2>"$WORK/$name.log" &
    PIDS+=($!)
    for _ in $(seq 1 100); do line=$(head -n 1 "$WORK/$name.out" 2>/dev/null || true); [ -n "$line" ] && break; sleep 0.1; done
    [ -n "$line" ] || fail "the milvus-backup stand-in $name did not start (see $WORK/$name.log)"
    printf -v "BACKUPPORT_$name" '%s' "$(node -e 'console.log(JSON.parse(process.argv[1]).backupPort)' "$line")"
    printf -v "MILVUSPORT_$name" '%s' "$(node -e 'console.log(JSON.parse(process.argv[1]).milvusPort)' "$line")"
}

cypher() { # port query
    local out
    out=$(redis-cli -p "$1" GRAPH.QUERY "$GRAPH" "$2" 2>&1) || fail "query failed: $2"
    case "$out" in *ERR*|*rror*) fail "query failed: $2 -> $out" ;; esac
}

count() { redis-cli -p "$1" GRAPH.RO_QUERY "$GRAPH" "$2" | sed -n 2p; }

say "Starting sandbox A (source) and sandbox B (empty target)"
start_redis graphA
start_redis graphB
echo "FalkorDB A: redis://127.0.0.1:$PORT_graphA   FalkorDB B: redis://127.0.0.1:$PORT_graphB"
if [ $VECTOR = 1 ]; then
    start_s3 s3A; start_s3 s3B
    start_milvus milvusA "$S3PORT_s3A"; start_milvus milvusB "$S3PORT_s3B"
    echo "S3 A: http://127.0.0.1:$S3PORT_s3A  milvus-backup A: http://127.0.0.1:$BACKUPPORT_milvusA  Milvus A: http://127.0.0.1:$MILVUSPORT_milvusA"
    echo "S3 B: http://127.0.0.1:$S3PORT_s3B  milvus-backup B: http://127.0.0.1:$BACKUPPORT_milvusB  Milvus B: http://127.0.0.1:$MILVUSPORT_milvusB"
fi

say "Loading the sample knowledge graph '$GRAPH' into A ($ENTITIES entities, $CHUNKS chunks, $RELATIONS relations)"
TEXT300="is described here with enough words to look like a real summary written by the ingestion pipeline: it names the people, places and products involved, explains how they relate to each other, and keeps the sentence long enough that the description field holds about three hundred characters of Unicode text — tiếng Việt có dấu."
cypher "$PORT_graphA" "CREATE INDEX FOR (e:Entity) ON (e.id)"
cypher "$PORT_graphA" "CREATE INDEX FOR (c:Chunk) ON (c.id)"
cypher "$PORT_graphA" "UNWIND range(0, $((ENTITIES - 1))) AS i CREATE (:Entity {id: 'e' + toString(i), name: 'Entity ' + toString(i), entity_type: ['PERSON','ORGANIZATION','LOCATION','EVENT','CONCEPT'][i % 5], description: 'Entity ' + toString(i) + ' $TEXT300', source_id: 'chunk-' + toString(i % $CHUNKS), rank: i % 17, score: toFloat(i) / 7.0})"
cypher "$PORT_graphA" "UNWIND range(0, $((CHUNKS - 1))) AS i CREATE (:Chunk {id: 'chunk-' + toString(i), content: 'Chunk ' + toString(i) + ' $TEXT300', tokens: 300 + i % 50, chunk_order_index: i % 12, full_doc_id: 'doc-' + toString(i / 12)})"
cypher "$PORT_graphA" "UNWIND range(0, $((RELATIONS - 1))) AS i MATCH (a:Entity {id: 'e' + toString(i % $ENTITIES)}), (b:Entity {id: 'e' + toString((i * 7 + 3) % $ENTITIES)}) CREATE (a)-[:RELATED {weight: toFloat(i % 10) / 10.0, keywords: 'works with, part of', description: 'Relation ' + toString(i) + ' $TEXT300'}]->(b)"
cypher "$PORT_graphA" "UNWIND range(0, $((CHUNKS - 1))) AS i MATCH (c:Chunk {id: 'chunk-' + toString(i)}), (e:Entity {id: 'e' + toString(i)}) CREATE (c)-[:MENTIONS]->(e)"
NODES_A=$(count "$PORT_graphA" "MATCH (n) RETURN count(n)")
EDGES_A=$(count "$PORT_graphA" "MATCH ()-[r]->() RETURN count(r)")
echo "Graph A: $NODES_A nodes, $EDGES_A edges"

if [ $VECTOR = 1 ]; then
    say "Loading collections $COLLECTIONS into Milvus A (REST v2 on the stand-in)"
    node - "$MILVUSPORT_milvusA" "$ENTITIES" "$CHUNKS" "$RELATIONS" <<'JS' || fail "loading the collections failed"
const [port, entities, chunks, relations] = process.argv.slice(2).map(Number);
const call = async (path, body) => {
  const r = await fetch(`http://127.0.0.1:${port}/v2/vectordb/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await r.json();
  if (json.code !== 0) throw new Error(`${path}: ${JSON.stringify(json)}`);
  return json;
};
const dim = 32;
const vector = (seed) => Array.from({ length: dim }, (_, k) => Math.sin(seed * 31 + k) / 2);
(async () => {
  for (const [name, rows, prefix] of [['DocumentChunks', chunks, 'chunk-'], ['EntityDescriptions', entities, 'e'], ['RelationDescriptions', relations, 'r']]) {
    await call('collections/create', { dbName: 'default', collectionName: name, schema: { autoID: false, enableDynamicField: false, fields: [
      { fieldName: 'id', dataType: 'VarChar', isPrimary: true, elementTypeParams: { max_length: 64 } },
      { fieldName: 'content', dataType: 'VarChar', elementTypeParams: { max_length: 2048 } },
      { fieldName: 'vector', dataType: 'FloatVector', elementTypeParams: { dim } } ] },
      indexParams: [{ fieldName: 'vector', indexName: 'vector_idx', metricType: 'COSINE', indexType: 'HNSW', params: { M: 16, efConstruction: 64 } }] });
    for (let i = 0; i < rows; i += 200) {
      const data = [];
      for (let k = i; k < Math.min(rows, i + 200); k++)
        data.push({ id: prefix + k, content: `${name} row ${k}: a description of about three hundred characters would be here in production.`, vector: vector(k) });
      await call('entities/insert', { dbName: 'default', collectionName: name, data });
    }
    await call('collections/flush', { dbName: 'default', collectionName: name });
    console.log(`${name}: ${rows} rows`);
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
JS
fi

export S3_ACCESS_KEY=S3RVER S3_SECRET_KEY=S3RVER
GRAPH_A=(--falkordb "redis://127.0.0.1:$PORT_graphA")
GRAPH_B=(--falkordb "redis://127.0.0.1:$PORT_graphB")
VECTOR_A=(); VECTOR_B=(); COMPONENTS=graph
if [ $VECTOR = 1 ]; then
    COMPONENTS=graph,vector
    VECTOR_A=(--milvus-backup "http://127.0.0.1:$BACKUPPORT_milvusA" --s3 "http://127.0.0.1:$S3PORT_s3A" --s3-bucket a-bucket
              --s3-root backup --milvus "http://127.0.0.1:$MILVUSPORT_milvusA" --collections "$COLLECTIONS")
    VECTOR_B=(--milvus-backup "http://127.0.0.1:$BACKUPPORT_milvusB" --s3 "http://127.0.0.1:$S3PORT_s3B" --s3-bucket a-bucket
              --s3-root backup --milvus "http://127.0.0.1:$MILVUSPORT_milvusB" --collections "$COLLECTIONS")
fi
SET="$WORK/backups/$(date -u +%Y%m%dT%H%M%SZ)"

say "Backing up A ($COMPONENTS) into $SET"
"$CLI" backup "${GRAPH_A[@]}" --graph "$GRAPH" "${VECTOR_A[@]}" --components "$COMPONENTS" --profile "sandbox A" --out "$SET" --json -q >"$WORK/backup.json" \
    || fail "backup failed"

say "Packaging the set"
"$CLI" package "$SET" --json >"$WORK/package.json" || fail "package failed"
PACKAGE="$SET.zip"
[ -f "$PACKAGE" ] || fail "no package at $PACKAGE"
ls -l "$PACKAGE"

say "Restoring the package into the empty sandbox B"
"$CLI" restore "$PACKAGE" "${GRAPH_B[@]}" "${VECTOR_B[@]}" --components "$COMPONENTS" --json -q >"$WORK/restore.json" || fail "restore failed"

say "Verifying the package against sandbox B"
VERIFY_VECTOR=()
[ $VECTOR = 1 ] && VERIFY_VECTOR=(--milvus "http://127.0.0.1:$MILVUSPORT_milvusB" --collections "$COLLECTIONS")
"$CLI" verify "$PACKAGE" "${GRAPH_B[@]}" "${VERIFY_VECTOR[@]}" --components "$COMPONENTS" --json >"$WORK/verify.json" || fail "verification failed"

LIVE_VECTOR=()
[ $VECTOR = 1 ] && LIVE_VECTOR=(--milvus "http://127.0.0.1:$MILVUSPORT_milvusB")
say "Comparing the package with the live graph$( [ $VECTOR = 1 ] && echo " and collections") in B (diff --live)"
"$CLI" diff "$PACKAGE" --live "${GRAPH_B[@]}" "${LIVE_VECTOR[@]}" --json -q >"$WORK/diff.json" || fail "diff failed"
node -e 'const d=require(process.argv[1]); if(!d.identical){console.error(JSON.stringify({graphs:d.graphs.map(g=>({g:g.a,nodes:g.nodes,edges:g.edges})),collections:d.collections},null,1));process.exit(1)}' "$WORK/diff.json" \
    || fail "the restored data differs from the backup"

if "$CLI" list --help >/dev/null 2>&1; then
    say "The backups folder"
    "$CLI" list "$WORK/backups" --no-remember || fail "list failed"
fi

NODES_B=$(count "$PORT_graphB" "MATCH (n) RETURN count(n)")
EDGES_B=$(count "$PORT_graphB" "MATCH ()-[r]->() RETURN count(r)")
[ "$NODES_A" = "$NODES_B" ] && [ "$EDGES_A" = "$EDGES_B" ] || fail "counts differ: A $NODES_A/$EDGES_A, B $NODES_B/$EDGES_B"

say "Report"
node - "$WORK" "$VECTOR" <<'JS' || fail "the report found a problem"
const [work, vector] = [process.argv[2], process.argv[3] === '1'];
const read = (f) => require(`${work}/${f}`);
const backup = read('backup.json'), pack = read('package.json'), restore = read('restore.json'), verify = read('verify.json');
let ok = verify.ok === true && restore.ok === true;
console.log(`Backup set:   ${backup.set} (${backup.fileCount} files, ${backup.bytes} bytes, ${backup.elapsedMs} ms)`);
console.log(`Package:      ${pack.package} (${pack.entries} entries, ${pack.packageBytes} bytes, ${pack.storedEntries} stored as they are)`);
for (const g of verify.graphs) {
  console.log(`Graph ${g.source} -> ${g.target}: ${g.expected.nodes} nodes, ${g.expected.edges} edges in the backup; ` +
              `${g.actual.nodes} nodes, ${g.actual.edges} edges restored; fingerprint ${g.ok ? 'EQUAL' : 'DIFFERENT'}`);
  ok = ok && g.ok;
}
if (vector) {
  const collections = verify.collections || [];
  for (const c of collections) {
    console.log(`Collection ${c.name || c.target || JSON.stringify(c)}: ${c.expectedRows ?? c.expected ?? '?'} rows in the backup, ` +
                `${c.actualRows ?? c.actual ?? '?'} restored — ${(c.differences || []).length === 0 ? 'EQUAL' : 'DIFFERENT: ' + c.differences.join('; ')}`);
    ok = ok && (c.differences || []).length === 0;
  }
  if (collections.length !== 3) { console.log(`expected 3 collections in the verification, got ${collections.length}`); ok = false; }
}
console.log(ok ? 'Everything was restored and verified.' : 'PROBLEMS were found (see above).');
process.exit(ok ? 0 : 1);
JS

cat <<TEXT

================================================================================
 DEMO PASSED — on local stand-ins only (redis-server with $( [ -n "${FALKORDB_MODULE:-}" ] && echo "a real FalkorDB module" || echo "the FalkorDB stand-in" )$( [ $VECTOR = 1 ] && echo ", s3rver and the milvus-backup stand-in" || echo "; vector part skipped" )).
 Backup, package, restore into an empty second sandbox, verify and diff all agreed.
================================================================================
TEXT

if [ -n "${DEMO_THEN:-}" ]; then
    say "Running $DEMO_THEN with the sandboxes still up"
    export BMB_DEMO_WORK="$WORK" BMB_DEMO_SET="$SET" BMB_DEMO_PACKAGE="$PACKAGE" BMB_DEMO_GRAPH="$GRAPH" \
           BMB_DEMO_COLLECTIONS="$COLLECTIONS" BMB_DEMO_VECTOR="$VECTOR" \
           BMB_DEMO_FALKORDB_A="redis://127.0.0.1:$PORT_graphA" BMB_DEMO_FALKORDB_B="redis://127.0.0.1:$PORT_graphB"
    if [ $VECTOR = 1 ]; then
        export BMB_DEMO_MILVUS_BACKUP_A="http://127.0.0.1:$BACKUPPORT_milvusA" BMB_DEMO_MILVUS_BACKUP_B="http://127.0.0.1:$BACKUPPORT_milvusB" \
               BMB_DEMO_S3_A="http://127.0.0.1:$S3PORT_s3A" BMB_DEMO_S3_B="http://127.0.0.1:$S3PORT_s3B" \
               BMB_DEMO_MILVUS_A="http://127.0.0.1:$MILVUSPORT_milvusA" BMB_DEMO_MILVUS_B="http://127.0.0.1:$MILVUSPORT_milvusB"
    fi
    sh -c "$DEMO_THEN" || fail "$DEMO_THEN failed"
fi
