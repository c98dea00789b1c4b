#!/bin/bash
# Upload and download the same generated backup-shaped folder through s3rver with bmb_s3_bench and
# with rclone, and print throughput and the ratio. Not part of CTest.
# Usage: bench/s3/run_bench.sh <build dir> [size MiB, default 1024] [parallel, default 4]
set -euo pipefail
BUILD=${1:?build dir}; SIZE_MIB=${2:-1024}; PAR=${3:-4}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BENCH=$(find "$BUILD" -name bmb_s3_bench -type f -executable | head -1)
WORK=$(mktemp -d /tmp/bmb-s3-bench.XXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
trap 'kill $S3PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

# Data: ~half the bytes in 64 MiB binlogs, the rest in 1 MiB..8 MiB files plus many tiny ones, and meta/.
mkdir -p "$WORK/data/meta" "$WORK/data/binlogs"
big=$(( SIZE_MIB / 2 / 64 )); [ $big -lt 1 ] && big=1
for i in $(seq 1 $big); do head -c $((64<<20)) /dev/urandom > "$WORK/data/binlog_big_$i"; done
rest=$(( SIZE_MIB - big * 64 )); i=0
while [ $rest -gt 0 ]; do m=$(( (i % 8) + 1 )); mkdir -p "$WORK/data/binlogs/insert_log/1/2/$((i/50))"
  head -c $((m<<20)) /dev/urandom > "$WORK/data/binlogs/insert_log/1/2/$((i/50))/$i"; rest=$((rest - m)); i=$((i+1)); done
for j in $(seq 1 300); do head -c $((RANDOM % 4096 + 1)) /dev/urandom > "$WORK/data/binlogs/delta_$j"; done
for f in backup_meta collection_meta partition_meta segment_meta full_meta; do echo '{}' > "$WORK/data/meta/$f.json"; done
FILES=$(find "$WORK/data" -type f | wc -l); BYTES=$(du -sb "$WORK/data" | cut -f1)

node --openssl-legacy-provider "$SRC/node_modules/s3rver/bin/s3rver.js" -d "$WORK/s3" -a 127.0.0.1 -p $PORT \
  --configure-bucket bench --no-vhost-buckets --silent & S3PID=$!
for _ in $(seq 50); do (echo > /dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.2; done

export S3_ACCESS_KEY=S3RVER S3_SECRET_KEY=S3RVER
export RCLONE_CONFIG_S3B_TYPE=s3 RCLONE_CONFIG_S3B_PROVIDER=Other RCLONE_CONFIG_S3B_ENDPOINT=http://127.0.0.1:$PORT \
  RCLONE_CONFIG_S3B_ACCESS_KEY_ID=S3RVER RCLONE_CONFIG_S3B_SECRET_ACCESS_KEY=S3RVER RCLONE_CONFIG_S3B_FORCE_PATH_STYLE=true \
  RCLONE_CONFIG_S3B_REGION=us-east-1
# The AWS SDK inside rclone fails on a custom CA bundle with its own transport; plain http needs none.
unset AWS_CA_BUNDLE
t() { local s=$(date +%s.%N); "$@" > "$WORK/last.log" 2>&1 || { cat "$WORK/last.log"; exit 1; }; echo "$(date +%s.%N) - $s" | bc; }
ours_up=$(t "$BENCH" upload "http://127.0.0.1:$PORT/bench/ours" b1 "$WORK/data" $PAR)
ours_down=$(t "$BENCH" download "http://127.0.0.1:$PORT/bench/ours" b1 "$WORK/ours_down" $PAR)
rc_up=$(t rclone copy --transfers $PAR --s3-upload-cutoff 64M --s3-chunk-size 16M "$WORK/data" s3b:bench/rclone/b1)
# --fast-list: s3rver mis-pages delimiter listings (common prefixes vs max-keys), which makes rclone
# silently skip whole folders without it.
rc_down=$(t rclone copy --fast-list --transfers $PAR "s3b:bench/rclone/b1" "$WORK/rclone_down")
diff -r "$WORK/data" "$WORK/ours_down" || { echo "bmb copy differs"; exit 1; }
diff -r "$WORK/data" "$WORK/rclone_down" || { echo "rclone copy differs"; exit 1; }
mib=$(echo "$BYTES / 1048576" | bc -l)
printf "data: %d files, %.0f MiB, %d parallel transfers, s3rver 3.7.1 on 127.0.0.1\n" $FILES $mib $PAR
printf "%-10s %12s %12s %12s %12s %8s\n" op bmb_s \"bmb_MiB/s\" rclone_s \"rclone_MiB/s\" ratio
for op in up down; do eval o=\$ours_$op r=\$rc_$op
  printf "%-10s %12.1f %12.1f %12.1f %12.1f %8.2f\n" $op $o $(echo "$mib/$o" | bc -l) $r $(echo "$mib/$r" | bc -l) $(echo "$r/$o" | bc -l); done
echo "ratio = rclone time / bmb time (>1: bmb faster)"
