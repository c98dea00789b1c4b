#!/usr/bin/env python3
"""Product-shape checks for the FalkorDB stand-in (also runnable against the real
module: set FALKORDB_MODULE=/path/to/falkordb.so; the STANDIN_* knobs are then skipped)."""
import argparse
import math
import os
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402
from harness import Error  # noqa: E402

failures = []


def check(cond, what):
    if cond:
        print("ok   " + what)
    else:
        print("FAIL " + what)
        failures.append(what)


def stats(reply):
    return {s.split(": ")[0]: s.split(": ")[1] for s in reply[-1]}


def rows(reply):
    return reply[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--module", required=True)
    opts = ap.parse_args()
    real = os.environ.get("FALKORDB_MODULE")
    module = real or opts.module
    srv = harness.Server(module, ["RESULTSET_SIZE", "10000", "TIMEOUT", "1000", "MAX_QUEUED_QUERIES", "25"], password="pw")
    try:
        run(srv, standin=not real)
    finally:
        srv.stop()
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


def run(srv, standin):
    c = srv.connect()
    q = lambda *a: c.call("GRAPH.QUERY", "g", *a, "--compact")
    ro = lambda *a: c.call("GRAPH.RO_QUERY", "g", *a, "--compact")

    # --- AUTH comes from Redis itself
    r = c.call("GRAPH.LIST")
    check(isinstance(r, Error) and str(r).startswith("NOAUTH"), "NOAUTH before AUTH")
    r = c.call("AUTH", "nope")
    check(isinstance(r, Error) and str(r).startswith("WRONGPASS"), "WRONGPASS on a bad password")
    check(c.call("AUTH", "pw") == "OK", "AUTH pw")

    # --- RO_QUERY on a missing key
    r = ro("MATCH (n) RETURN count(n)")
    check(isinstance(r, Error) and str(r) == "ERR Invalid graph operation on empty key", "RO_QUERY on a missing key")

    # --- node import shape (multi label, vecf32, point, date)
    r = q("CYPHER rows=[[{name:'a', n:1}, [0.25,1.5], [51.5,-0.12], '2020-01-02'],[{name:'b', x:null}, [1.0,2.0], [1.0,2.0], '1999-12-31']] "
          "UNWIND $rows AS r CREATE (n:`A`:`B`) SET n = r[0], n.`emb` = vecf32(r[1]), "
          "n.`home` = point({latitude: r[2][0], longitude: r[2][1]}), n.`day` = date(r[3]) RETURN ID(n)")
    check(not isinstance(r, Error) and [x[0][1] for x in rows(r)] == [0, 1], "node import returns ids 0,1: %r" % (r,))
    check(stats(r).get("Nodes created") == "2" and stats(r).get("Labels added") == "2", "node import stats")
    r = q("CYPHER rows=[[{}]] UNWIND $rows AS r CREATE (n) SET n = r[0] RETURN ID(n)")
    check(rows(r) == [[[3, 2]]], "unlabeled node import")
    r = ro("MATCH (n) WHERE ID(n) = 0 RETURN n")
    node = rows(r)[0][0]
    check(node[0] == 8 and node[1][0] == 0 and node[1][1] == [0, 1], "node 0 has both labels")
    props = {p[0]: (p[1], p[2]) for p in node[1][2]}
    check(props.get(2) == (12, ["0.25", "1.5"]), "vecf32 property code 12: %r" % (props.get(2),))
    check(props.get(3) == (11, ["51.5", "-0.119999997317791"]), "point property float32 %%.15g: %r" % (props.get(3),))
    check(props.get(4) == (14, 1577923200), "date property code 14 (epoch seconds): %r" % (props.get(4),))
    r = ro("MATCH (n) WHERE ID(n) = 1 RETURN keys(n)")
    check(rows(r)[0][0] == [6, [[2, "name"], [2, "emb"], [2, "home"], [2, "day"]]], "null in SET n = map is skipped: %r" % (rows(r),))

    # --- edge import shape
    r = q("CYPHER rows=[[0,1,{since:2020}],[1,0,{}],[0,0,{w:0.5}],[0,1,{since:1}]] UNWIND $rows AS r WITH r[0] AS s, r[1] AS d, r[2] AS p "
          "MATCH (a) WHERE ID(a) = s MATCH (b) WHERE ID(b) = d CREATE (a)-[e:`KNOWS`]->(b) SET e = p RETURN ID(e)")
    check([x[0][1] for x in rows(r)] == [0, 1, 2, 3], "edge import returns ids 0..3: %r" % (r,))
    check(stats(r).get("Relationships created") == "4", "edge import stats")

    # --- explain: the WITH projection gives an id seek
    plan = c.call("GRAPH.EXPLAIN", "g", "CYPHER rows=[[0,1,{}]] UNWIND $rows AS r WITH r[0] AS s, r[1] AS d, r[2] AS p MATCH (a) WHERE ID(a) = s MATCH (b) WHERE ID(b) = d CREATE (a)-[e:`KNOWS`]->(b) SET e = p RETURN ID(e)")
    check(any("NodeByIdSeek" in l for l in plan), "EXPLAIN edge import uses NodeByIdSeek: %r" % (plan,))

    # --- counts and bounds
    check(rows(ro("MATCH (n) RETURN count(n)")) == [[[3, 3]]], "count(n)")
    check(rows(ro("MATCH ()-[e]->() RETURN count(e)")) == [[[3, 4]]], "count(e)")
    check(rows(ro("MATCH (n) RETURN max(ID(n))")) == [[[3, 2]]], "max(ID(n))")
    check(rows(ro("MATCH (n:`A`) RETURN count(n)")) == [[[3, 2]]], "label count")
    check(rows(ro("MATCH ()-[e:`KNOWS`]->() RETURN count(e)")) == [[[3, 4]]], "type count")

    # --- paging
    r = ro("CYPHER lo=0 hi=10000 MATCH (n) WHERE ID(n) >= $lo AND ID(n) < $hi RETURN n")
    check([x[0][1][0] for x in rows(r)] == [0, 1, 2], "node page")
    r = ro("CYPHER lo=0 hi=10000 MATCH (a)-[e]->(b) WHERE ID(a) >= $lo AND ID(a) < $hi RETURN e")
    got = sorted(x[0][1][0] for x in rows(r))
    check(got == [0, 1, 2, 3], "edge page returns every edge once: %r" % (got,))
    r = ro("CYPHER a=0 lo=0 hi=10000 MATCH (a)-[e]->(b) WHERE ID(a) = $a AND ID(e) >= $lo AND ID(e) < $hi RETURN e")
    check(sorted(x[0][1][0] for x in rows(r)) == [0, 2, 3], "hub page by ID(e)")
    r = ro("CYPHER a=0 lo=1 hi=3 MATCH (a)-[e]->(b) WHERE ID(a) = $a AND ID(e) >= $lo AND ID(e) < $hi RETURN e")
    check([x[0][1][0] for x in rows(r)] == [2], "hub page by ID(e) range")

    # --- exact doubles
    q("CYPHER rows=[[0, 0.1]] UNWIND $rows AS r WITH r[0] AS i, r[1] AS v MATCH (n) WHERE ID(n) = i SET n.`score` = v, n.`arr` = [1, 2, 0.3]")
    x = 0.1
    e = math.floor(math.log(abs(x)) / math.log(2))
    s = 60 - e
    r = ro("CYPHER rows=[[0,[%d,%d,%d,%d]]] UNWIND $rows AS r WITH r[0] AS i, r[1] AS s MATCH (n) WHERE ID(n) = i "
           "RETURN i, [toInteger(n.`score` * pow(2.0, s[0]) * pow(2.0, s[1])), toInteger(n.`arr`[2] * pow(2.0, s[2]) * pow(2.0, s[3]))]"
           % (s // 2, s - s // 2, s // 2 + 1, s - s // 2))
    m = rows(r)[0][1][1][0][1]
    check(math.ldexp(m, -s) == 0.1, "exact double recipe reproduces 0.1 bit for bit (%d)" % m)
    q("CYPHER rows=[[0, 0.7]] UNWIND $rows AS r WITH r[0] AS i, r[1] AS v MATCH (x)-[e]->() WHERE ID(e) = i SET e.`w` = v")
    r = ro("CYPHER rows=[[0,0,[%d,%d]]] UNWIND $rows AS r WITH r[0] AS a, r[1] AS i, r[2] AS s MATCH (x)-[e]->() WHERE ID(x) = a AND ID(e) = i "
           "RETURN i, [toInteger(e.`w` * pow(2.0, s[0]) * pow(2.0, s[1]))]" % (30, 31))
    check(rows(r) and math.ldexp(rows(r)[0][1][1][0][1], -61) == 0.7, "edge exact double recipe: %r" % (rows(r),))
    r = q("CYPHER rows=[[1, 1.0]] UNWIND $rows AS r WITH r[0] AS i, r[1] AS v MATCH (n) WHERE ID(n) = i SET n.`k` = v / 0.0")
    r = ro("MATCH (n) WHERE ID(n) = 1 RETURN n.k, typeof(n.k), typeof(n.day), typeof(n.emb)")
    check(rows(r) == [[[5, "inf"], [2, "Float"], [2, "Date"], [2, "Vectorf32"]]], "inf stored, typeof names: %r" % (rows(r),))

    # --- merge shapes (idempotent)
    for attempt in (1, 2):
        r = q("CYPHER rows=[['key1', {name:'a'}],['key2', {name:'b'}]] UNWIND $rows AS r MERGE (n:`L` {`_bmb_key`: r[0]}) SET n = r[1], n.`_bmb_key` = r[0] RETURN ID(n)")
        check([x[0][1] for x in rows(r)] == [3, 4], "merge node attempt %d ids: %r" % (attempt, r))
        check(stats(r).get("Nodes created") == ("2" if attempt == 1 else None), "merge node attempt %d creates %s" % (attempt, "2" if attempt == 1 else "nothing"))
        r = q("CYPHER rows=[[3,4,'k',{w:1}]] UNWIND $rows AS r WITH r[0] AS s, r[1] AS d, r[2] AS k, r[3] AS p MATCH (a) WHERE ID(a) = s "
              "MATCH (b) WHERE ID(b) = d MERGE (a)-[e:`T` {`_bmb_key`: k}]->(b) SET e = p, e.`_bmb_key` = k RETURN ID(e)")
        check(rows(r) == [[[3, 4]]], "merge edge attempt %d: %r" % (attempt, r))
    r = q("CYPHER rows=[[null]] UNWIND $rows AS r MERGE (n:`L` {`_bmb_key`: r[0]}) RETURN ID(n)")
    check(isinstance(r, Error) and str(r) == "Cannot merge node using null property value", "merge with null property")

    # --- invalid values, rollback
    r = q("CREATE (:Bad {l: [1, null]})")
    check(isinstance(r, Error) and "primitive types" in str(r), "array with null rejected")
    r = q("CYPHER rows=[[{m:{a:1}}]] UNWIND $rows AS r CREATE (n:`Z`) SET n = r[0]")
    check(isinstance(r, Error) and "primitive types" in str(r), "map property rejected")
    check(rows(ro("MATCH (n) RETURN count(n)")) == [[[3, 5]]], "failed writes rolled back")

    # --- write through RO_QUERY
    r = ro("CREATE ()")
    check(isinstance(r, Error) and str(r) == "graph.RO_QUERY is to be executed only on read-only queries", "write via RO_QUERY")

    # --- keys
    check(c.call("TYPE", "g") == "graphdata", "TYPE g is graphdata")
    check(c.call("GRAPH.LIST") == ["g"], "GRAPH.LIST")
    check(c.call("GRAPH.COPY", "g", "g2") == "OK", "GRAPH.COPY")
    a = ro("MATCH (n) RETURN n ORDER BY ID(n)")
    b = c.call("GRAPH.RO_QUERY", "g2", "MATCH (n) RETURN n ORDER BY ID(n)", "--compact")
    check(rows(a) == rows(b), "copy has identical ids and values")
    dump = c.call("DUMP", "g2")
    check(dump is not None, "DUMP works")
    check(c.call("DEL", "g2") == 1, "DEL graph key")
    check(sorted(c.call("GRAPH.LIST")) == ["g"], "GRAPH.LIST after DEL")

    # --- id reuse (LIFO)
    q("MATCH (n) WHERE ID(n) = 3 DETACH DELETE n")
    q("MATCH (n) WHERE ID(n) = 4 DETACH DELETE n")
    r = q("CREATE (n) RETURN ID(n)")
    check(rows(r) == [[[3, 4]]], "most recently deleted id reused first")

    # --- constraints
    r = c.call("GRAPH.CONSTRAINT", "CREATE", "g", "UNIQUE", "NODE", "A", "PROPERTIES", "1", "name")
    check(isinstance(r, Error) and str(r) == "missing supporting exact-match index", "unique needs a range index")
    q("CREATE INDEX FOR (n:A) ON (n.name)")
    check(c.call("GRAPH.CONSTRAINT", "CREATE", "g", "UNIQUE", "NODE", "A", "PROPERTIES", "1", "name") == "PENDING", "unique constraint PENDING")
    time.sleep(0.1)
    r = q("CREATE (:A {name: 'a'})")
    check(isinstance(r, Error) and str(r) == "unique constraint violation on node of type A", "unique violation")

    # --- RESULTSET_SIZE truncation (silent)
    check(c.call("GRAPH.CONFIG", "SET", "RESULTSET_SIZE", "2") == "OK", "CONFIG SET RESULTSET_SIZE")
    check(c.call("GRAPH.CONFIG", "GET", "RESULTSET_SIZE") == ["RESULTSET_SIZE", 2], "CONFIG GET RESULTSET_SIZE")
    r = ro("CYPHER lo=0 hi=10000 MATCH (n) WHERE ID(n) >= $lo AND ID(n) < $hi RETURN n")
    check(len(rows(r)) == 2, "page truncated to RESULTSET_SIZE without error")
    c.call("GRAPH.CONFIG", "SET", "RESULTSET_SIZE", "-1")
    check(c.call("GRAPH.CONFIG", "GET", "RESULTSET_SIZE") == ["RESULTSET_SIZE", -1], "unlimited reads back as -1")

    # --- TIMEOUT applies to reads only (legacy TIMEOUT)
    if standin:
        q("UNWIND range(1, 300) AS i CREATE (:Slow {i: i})")
        c.call("GRAPH.CONFIG", "SET", "TIMEOUT", "100", "STANDIN_ROW_DELAY_US", "2000")
        r = ro("MATCH (n:Slow) RETURN count(n)")
        check(isinstance(r, Error) and str(r) == "Query timed out", "slow read times out: %r" % (r,))
        r = ro("MATCH (n:Slow) RETURN count(n)", "timeout", "0")
        check(rows(r) == [[[3, 300]]], "per-query timeout 0 disables the legacy TIMEOUT")
        r = q("MATCH (n:Slow) SET n.j = 1")
        check(not isinstance(r, Error) and stats(r).get("Properties set") == "300", "slow write is not subject to TIMEOUT: %r" % (r,))
        c.call("GRAPH.CONFIG", "SET", "TIMEOUT_DEFAULT", "100")
        r = q("MATCH (n:Slow) SET n.j = 2")
        check(isinstance(r, Error) and str(r) == "Query timed out", "with TIMEOUT_DEFAULT writes time out too")
        check(rows(ro("MATCH (n:Slow) WHERE n.j = 1 RETURN count(n)", "timeout", "5000")) == [[[3, 300]]], "timed-out write rolled back")
        c.call("GRAPH.CONFIG", "SET", "TIMEOUT_DEFAULT", "0", "TIMEOUT", "1000", "STANDIN_ROW_DELAY_US", "0")
    c.close()


if __name__ == "__main__":
    sys.exit(main())
