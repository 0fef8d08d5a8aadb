#!/usr/bin/env bash
# Start the API jar on a loaded data directory (dense retrieval off, demo loading off) with a fixed heap, a GC log and
# one load-test API key without a practical rate limit; wait until it answers. Prints the PID.
# Usage: bench/scale-serve.sh DATA_ROOT XMX [PORT]   e.g. bench/scale-serve.sh /work/scale-runs/100k 1g 18090
# DATA_ROOT is the folder given to bench/scale-load.sh (the graph is DATA_ROOT/data/neo4j, the index DATA_ROOT/data/index).
# LOAD_DEMO=true loads the built-in demo dataset into an empty graph (for the soak on the demo dataset).
# The key is "bench-load-key" (its SHA-256 below); it exists only for loopback measurements.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=$1; XMX=$2; PORT=${3:-18090}
PAGE_CACHE=${PAGE_CACHE:-512m}
LOG="$DATA/api-$XMX-$PORT"
nohup java -Xmx"$XMX" -Xms"$XMX" -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath="$DATA" -Xlog:gc:file="$LOG.gc.log" \
  -jar "${API_JAR:-$ROOT/api/target/techmatch-api.jar}" \
  --server.port="$PORT" \
  --techmatch.neo4j.data-dir="$DATA/data/neo4j" --techmatch.index.dir="$DATA/data/index" \
  --techmatch.neo4j.bolt-port=0 --techmatch.neo4j.page-cache-size="$PAGE_CACHE" \
  --techmatch.index.dense=false --techmatch.demo.load-when-empty="${LOAD_DEMO:-false}" \
  --techmatch.security.api-keys[0].name=bench-load --techmatch.security.api-keys[0].role=broker \
  --techmatch.security.api-keys[0].sha256=$(printf %s bench-load-key | sha256sum | cut -d' ' -f1) \
  --techmatch.security.api-keys[0].requests-per-minute=100000000 \
  > "$LOG.out" 2>&1 &
PID=$!
echo "$PID" > "$LOG.pid"
for _ in $(seq 1 300); do
  if curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; then
    echo "$PID"; exit 0
  fi
  kill -0 "$PID" 2> /dev/null || { echo "API exited; see $LOG.out" >&2; tail -20 "$LOG.out" >&2; exit 1; }
  sleep 2
done
echo "API not healthy after 600 s; see $LOG.out" >&2; exit 1
