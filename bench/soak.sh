#!/usr/bin/env bash
# Ten minutes at 50 concurrent clients on the match / explanation / search mix, against a running API on loopback
# (start one with bench/scale-serve.sh). Bounded in time (30 s warm-up + 600 s) and in requests (200,000).
# Samples the load average every 30 s next to the figures, since the machine may be shared.
# Usage: bench/soak.sh PORT SERVER_PID PATENTS [OUT_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=$1; SERVER_PID=$2; PATENTS=$3; OUT=${4:-$ROOT/bench-results}
mkdir -p "$OUT"
( while kill -0 "$SERVER_PID" 2> /dev/null; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 30; done ) \
  > "$OUT/soak-loadavg.txt" &
SAMPLER=$!
trap 'kill $SAMPLER 2> /dev/null' EXIT
"$ROOT/bench/load.sh" --url "http://127.0.0.1:$PORT" --api-key bench-load-key --clients 50 --warmup 30 --duration 600 \
  --max-requests 200000 --timeout 60 --mix match=40,explain=20,evidence=25,needs=15 \
  --label "soak-$PATENTS" --patents "$PATENTS" --server-pid "$SERVER_PID" \
  --csv "$OUT/soak.csv" --json "$OUT/soak-$PATENTS.json"
