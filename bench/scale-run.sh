#!/usr/bin/env bash
# The scale measurements on one running API (see bench/scale-serve.sh): matches with the explanation of the top
# partner ("match-explain"), sequentially (1 client), then 8 and 32 concurrent clients, from a separate driver JVM.
# Appends to CSV (default bench-results/scale.csv) and prints the server's heap after the runs.
# Usage: bench/scale-run.sh PORT PATENTS SERVER_PID [DURATION_S] [CSV]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=$1; PATENTS=$2; SERVER_PID=$3; DURATION=${4:-60}; CSV=${5:-$ROOT/bench-results/scale.csv}
mkdir -p "$(dirname "$CSV")"
for CLIENTS in 1 8 32; do
  "$ROOT/bench/load.sh" --url "http://127.0.0.1:$PORT" --api-key bench-load-key --clients "$CLIENTS" \
    --warmup 15 --duration "$DURATION" --max-requests 50000 --mix match-explain=1 \
    --label "scale-$PATENTS" --patents "$PATENTS" --server-pid "$SERVER_PID" --csv "$CSV" \
    --json "$(dirname "$CSV")/scale-$PATENTS-c$CLIENTS.json" || echo "run with $CLIENTS clients had errors (exit $?)"
done
echo "server heap after the runs (jcmd $SERVER_PID GC.heap_info):"
jcmd "$SERVER_PID" GC.heap_info | sed -n '2,4p'
