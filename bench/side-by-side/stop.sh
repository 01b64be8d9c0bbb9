#!/usr/bin/env bash
# Stop the gunicorn that start.sh started, by its PID.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PEER_BENCH=${PEER_BENCH:-$(cd "$HERE/../../../shared/peer-bench" && pwd)}
. "$PEER_BENCH/lib.sh"
STATE=${NEWSROOM_BENCH_STATE:-/tmp/newsroom-bench}/state-${DATABASE:-sqlite}
bench_stop_pid "$STATE/gunicorn.pid" gunicorn
