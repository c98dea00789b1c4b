#!/bin/bash
# All benchmarks (`make bench`): the graph backup/restore benchmark and the S3 transfer benchmark.
# Usage: bench/run.sh [build dir, default $BUILD_DIR (make passes it on) or build]; S3_BENCH_MIB / S3_BENCH_PARALLEL size the S3 run.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-${BUILD_DIR:-build}}
status=0
bash "$HERE/graph/run.sh" "$BUILD" || status=1
bash "$HERE/s3/run_bench.sh" "$BUILD" "${S3_BENCH_MIB:-1024}" "${S3_BENCH_PARALLEL:-4}" || status=1
exit $status
