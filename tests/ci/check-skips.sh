#!/usr/bin/env bash
# Fails when a test skipped a check for a reason other than the few listed here. Tests skip when a
# dependency is missing (the FalkorDB stand-in, node_modules, s3rver, ...); on a developer machine
# that is a hint, in `make test` and CI it would be a check silently counted as passing.
# Usage: check-skips.sh BUILD_DIR
set -euo pipefail
log="$1/Testing/Temporary/LastTest.log"
[ -f "$log" ] || { echo "check-skips: $log not found (run ctest first)" >&2; exit 1; }
allowed='no decimal-comma locale installed|set BMB_LARGE_TESTS=1|running as a user who can write into read-only folders'
unexpected=$(grep -E '^SKIP ' "$log" | grep -vE "$allowed" || true)
skipped=$(grep -cE '^SKIP ' "$log" || true)
if [ -n "$unexpected" ]; then
    echo "check-skips: these checks were skipped, so they did not run:" >&2
    echo "$unexpected" >&2
    exit 1
fi
echo "check-skips: ${skipped} allowed skip(s), no others."
