#!/usr/bin/env python3
"""Replays a recorded FalkorDB session against redis-server + the stand-in (or the
real module when FALKORDB_MODULE is set) and compares the raw RESP reply bytes.

Only the differences listed in ../README.md ("Replay exemptions") are normalised."""
import argparse
import base64
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

TIME_RE = re.compile(rb"Query internal execution time: [0-9.]+ milliseconds")


def tree(data):
    """RESP bytes -> nested tuples that keep the exact wire type of every element."""
    def go(pos):
        t = data[pos:pos + 1]
        e = data.index(b"\r\n", pos)
        body = data[pos + 1:e]
        if t in (b"+", b"-", b":"):
            return (t, body), e + 2
        if t == b"$":
            n = int(body)
            if n < 0:
                return (t, None), e + 2
            return (t, data[e + 2:e + 2 + n]), e + 2 + n + 2
        if t == b"*":
            n = int(body)
            items, p = [], e + 2
            for _ in range(max(n, 0)):
                x, p = go(p)
                items.append(x)
            return (t, items if n >= 0 else None), p
        raise ValueError(t)
    v, end = go(0)
    assert end == len(data), "trailing bytes"
    return v


def dump(v):
    t, body = v
    if t in (b"+", b"-", b":"):
        return t + body + b"\r\n"
    if t == b"$":
        return b"$-1\r\n" if body is None else b"$%d\r\n%s\r\n" % (len(body), body)
    if body is None:
        return b"*-1\r\n"
    return b"*%d\r\n" % len(body) + b"".join(dump(x) for x in body)


PLACEHOLDER = (b"$", b"<normalised>")


def normalise(args, data):
    cmd = [a.upper() if i == 0 else a for i, a in enumerate(args)]
    v = tree(data)

    def fix_time(x):
        # exemption 1: the measured execution time
        if x[0] == b"$" and x[1] is not None and TIME_RE.fullmatch(x[1]):
            return (b"$", b"Query internal execution time: <t> milliseconds")
        if x[0] == b"*" and x[1] is not None:
            return (b"*", [fix_time(y) for y in x[1]])
        return x
    v = fix_time(v)
    if cmd[0] in ("GRAPH.QUERY", "GRAPH.RO_QUERY") and re.search(r"db\.indexes\(\)", args[2], re.I) and v[0] == b"*" and len(v[1]) == 3:
        # exemption 2: the RediSearch `info` column (internal RediSearch statistics)
        header = v[1][0][1]
        names = [h[1][1][1] if h[0] == b"*" else h[1] for h in header]
        if b"info" in names:
            col = names.index(b"info")
            for row in v[1][1][1]:
                row[1][col] = PLACEHOLDER
    if cmd[0] == "MODULE" and v[0] == b"*":
        # exemption 3: module path and load arguments
        for mod in v[1]:
            items = mod[1]
            for i in range(0, len(items) - 1, 2):
                if items[i][1] in (b"path", b"args"):
                    items[i + 1] = PLACEHOLDER
    return dump(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--module", required=True)
    ap.add_argument("--recording", required=True)
    ap.add_argument("--version", type=int, default=41609)
    ap.add_argument("-v", "--verbose", action="store_true")
    opts = ap.parse_args()

    real = os.environ.get("FALKORDB_MODULE")
    module = real or opts.module
    module_args = ["RESULTSET_SIZE", "10", "TIMEOUT", "1000", "MAX_QUEUED_QUERIES", "25"]
    if not real:
        module_args += ["STANDIN_VERSION", str(opts.version)]
    entries = [json.loads(line) for line in open(opts.recording, encoding="utf-8") if line.strip()]

    srv = harness.Server(module, module_args, password="pw")
    failures = 0
    try:
        conn = srv.connect()
        for i, entry in enumerate(entries):
            args = entry["args"]
            expected = base64.b64decode(entry["reply_b64"])
            got = conn.raw(args)
            e, g = normalise(args, expected), normalise(args, got)
            if e != g:
                failures += 1
                print("MISMATCH #%d %s" % (i, json.dumps(args, ensure_ascii=False)))
                print("  expected: %r" % e[:2000])
                print("  got:      %r" % g[:2000])
            elif opts.verbose:
                print("ok #%d %s" % (i, json.dumps(args, ensure_ascii=False)[:120]))
        conn.close()
    finally:
        srv.stop()
    print("%s: %d/%d replies match" % (os.path.basename(opts.recording), len(entries) - failures, len(entries)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
