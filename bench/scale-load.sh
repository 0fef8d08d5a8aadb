#!/usr/bin/env bash
# Generate the synthetic graph at one size, load it into a fresh embedded Neo4j with the graph-loader, build the
# lexical (BM25-only) evidence index, and record times, disk use and peak heap in $OUT/load-figures.txt.
# Usage: bench/scale-load.sh PATENTS OUT_DIR [LOADER_XMX]   e.g. bench/scale-load.sh 1000000 /work/scale-runs/1m 4g
# Sizes follow the issue's ratio: orgs = patents/10, needs = patents/100. Runs the loader's runnable jar
# (graph-loader/target/techmatch-loader.jar, built by `./mvnw -B -q -DskipTests package`).
set -euo pipefail
PATENTS=$1; OUT=$2; XMX=${3:-4g}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ORGS=$((PATENTS / 10)); NEEDS=$((PATENTS / 100))
mkdir -p "$OUT/lib"
# A private copy of the loader jar: a rebuild during a long load must not rewrite the jar it runs from.
cp "$ROOT/graph-loader/target/techmatch-loader.jar" "$OUT/lib/"
FIG="$OUT/load-figures.txt"
export TECHMATCH_DATA_DIR="$OUT/data"
run() { # name, then the loader arguments; GC log per step, max RSS via /usr/bin/time
  local name=$1; shift
  local t0; t0=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$OUT/$name.maxrss-kb" \
    java -Xmx"$XMX" -Xlog:gc:file="$OUT/$name.gc.log" -jar "$OUT/lib/techmatch-loader.jar" "$@" \
    > "$OUT/$name.out" 2> "$OUT/$name.err" || echo "$name exit $?" >> "$FIG"
  local t1; t1=$(date +%s.%N)
  # peak heap after GC and before GC from the unified GC log ("Pause ... 123M->45M(512M)")
  local peak; peak=$(grep -oE '[0-9]+M->[0-9]+M' "$OUT/$name.gc.log" | tr -d 'M' | tr '>' ' ' | tr -d '-' \
    | awk '{ if ($1 > m) m = $1 } END { print m + 0 }')
  printf '%s: %.1f s, max RSS %s MB, peak heap (before GC) %s MB, load average %s\n' "$name" \
    "$(echo "$t1 - $t0" | bc)" "$(( $(cat "$OUT/$name.maxrss-kb") / 1024 ))" "$peak" "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$FIG"
}
echo "synthetic graph: $PATENTS patents, $ORGS orgs, $NEEDS needs, seed 1; loader at $(git -C "$ROOT" rev-parse --short HEAD); started $(date -u +%FT%TZ)" > "$FIG"
[ -f "$OUT/synthetic/04-needs.jsonl" ] && [ -n "${REUSE_SYNTHETIC:-}" ] || \
run generate generate-synthetic --orgs "$ORGS" --patents "$PATENTS" --needs "$NEEDS" --seed 1 --out "$OUT/synthetic"
run load load canonical "$OUT/synthetic" --batch-size 5000 --no-progress --rejects "$OUT"
run reindex reindex --no-dense
run status status
echo "  loader summary: $(grep -oE 'read [0-9]+, created.*' "$OUT/load.out" | tail -1)" >> "$FIG"
echo "  index build: $(grep -oE 'rebuilt from the graph.*' "$OUT/reindex.out" | tail -1)" >> "$FIG"
echo "disk: graph $(du -sm "$TECHMATCH_DATA_DIR/neo4j" | cut -f1) MB, lexical index $(du -sm "$TECHMATCH_DATA_DIR/index" | cut -f1) MB, synthetic input $(du -sm "$OUT/synthetic" | cut -f1) MB" >> "$FIG"
echo "finished $(date -u +%FT%TZ)" >> "$FIG"
