#!/usr/bin/env bash
# In-process latency of matchNeed + explainAll (top 20, 3 paths each) next to its floor (the raw evidence search the
# matcher runs), on a graph and index built by bench/scale-load.sh. Not over HTTP: see bench/scale-run.sh for that.
# Usage: bench/match-latency.sh DATA_ROOT [QUERIES] [XMX]   e.g. bench/match-latency.sh /work/scale-runs/1m 200 4g
# Lexical (HanLP BM25) retrieval, as the scale index has no vectors; page cache 2 GB. Stop any API on DATA_ROOT first
# (one embedded DBMS per data directory).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=$1; QUERIES=${2:-200}; XMX=${3:-4g}
CP=$(mktemp)
(cd "$ROOT" && ./mvnw -B -q -pl matcher-core test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$CP")
echo "match latency on $DATA at $(git -C "$ROOT" rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"$XMX" -cp "$ROOT/matcher-core/target/test-classes:$ROOT/matcher-core/target/classes:$(cat "$CP")" \
  io.techmatch.core.match.bench.MatchLatencyBench --data "$DATA/data" "$QUERIES" false 2g
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$CP"
