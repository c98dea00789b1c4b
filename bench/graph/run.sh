#!/bin/bash
# The standard graph benchmark: 20k and 200k nodes (2 edges per node) without vectors, then 5k nodes
# with 768-dimension vecf32 embeddings on every entity. Prints markdown tables (bench/graph/README.md).
# Uses the FalkorDB stand-in unless FALKORDB_MODULE=/path/falkordb.so is set. Not part of CTest.
# Usage: bench/graph/run.sh [build dir, default $BUILD_DIR or build]
set -euo pipefail
BUILD=${1:-${BUILD_DIR:-build}}
BENCH=$(find "$BUILD" -name bench_graph -type f -executable | head -1)
[ -n "$BENCH" ] || { echo "bench_graph not found under $BUILD (cmake --build $BUILD --target bench_graph)" >&2; exit 1; }
echo "## $(date -u +%FT%TZ) $(nproc) cores, $(uname -m); $BENCH"
"$BENCH" --nodes 20000,200000 --edges-per-node 2 --naive 2000
"$BENCH" --nodes 5000 --edges-per-node 2 --vectors 768 --naive 2000
