#!/usr/bin/env bash
# Run the load driver (techmatch-eval load) as its own JVM, separate from the API. All arguments go to it, e.g.
#   bench/load.sh --url http://127.0.0.1:18090 --api-key bench-load-key --clients 8 --duration 60 --csv runs.csv
# Classes: EVAL_CLASSES (default evaluation/target/classes) and the classpath file EVAL_CP
# (default evaluation/cp.txt, written by: ./mvnw -B -o -q -pl evaluation dependency:build-classpath -Dmdep.outputFile=cp.txt).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLASSES=${EVAL_CLASSES:-$ROOT/evaluation/target/classes}
CP_FILE=${EVAL_CP:-$ROOT/evaluation/cp.txt}
# Small heap and one GC thread: the driver shares the machine with the server it measures.
exec java -Xmx256m -XX:+UseSerialGC -cp "$CLASSES:$(cat "$CP_FILE")" io.techmatch.evaluation.cli.EvaluationCli load "$@"
