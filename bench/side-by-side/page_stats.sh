#!/usr/bin/env bash
# page_stats.sh OUTDIR TARGET_JSON: SQL queries and in-process CPU ms of the article page at N=50 and N=500.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
STATE=${NEWSROOM_BENCH_STATE:-/tmp/newsroom-bench}/state-${DATABASE:-sqlite}
. "$STATE/env.sh"
mkdir -p "$1"
cd "$ROOT"
DJANGO_SETTINGS_MODULE=newsroom.settings .venv/bin/python "$PEER_BENCH/django_queries.py" \
  --project-dir . --page N=50=/articles/bench-n50/ --page N=500=/articles/bench-n500/ \
  --count-regex 'class="comment"' --time-reps 30 \
  --json-out "$1/queries.json" --merge-into "$2" | tee "$1/queries.txt"
