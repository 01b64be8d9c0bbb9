#!/usr/bin/env bash
# Start Newsroom for the side-by-side benchmark (../shared/peer-bench contract).
# Resets the benchmark articles, starts gunicorn (2 sync workers, DEBUG off) on a free
# loopback port, and prints the path of the target JSON as the last line.
# Env: DATABASE (sqlite|postgres), PEER_BENCH (../shared/peer-bench), BENCH_WORKERS (2).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export PEER_BENCH=${PEER_BENCH:-$(cd "$ROOT/../shared/peer-bench" && pwd)}
. "$PEER_BENCH/lib.sh"
DATABASE=${DATABASE:-sqlite}
STATE=${NEWSROOM_BENCH_STATE:-/tmp/newsroom-bench}/state-$DATABASE
mkdir -p "$STATE"
if [ -f "$STATE/gunicorn.pid" ] && kill -0 "$(cat "$STATE/gunicorn.pid")" 2>/dev/null; then
  echo "already running (pid $(cat "$STATE/gunicorn.pid")); run stop.sh first" >&2; exit 1
fi
[ -x "$ROOT/.venv/bin/gunicorn" ] || make -C "$ROOT" install >&2

case "$DATABASE" in
  sqlite) export DATABASE_URL="sqlite:///$STATE/db.sqlite3" ;;
  postgres)
    export DATABASE_URL=${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/newsroom_bench}
    psql "${DATABASE_URL%/*}/postgres" -tAc "select 1 from pg_database where datname='${DATABASE_URL##*/}'" | grep -q 1 \
      || psql "${DATABASE_URL%/*}/postgres" -c "create database ${DATABASE_URL##*/}" >&2 ;;
  *) echo "DATABASE must be sqlite or postgres" >&2; exit 2 ;;
esac
unset REDIS_URL   # the embedded default: screening runs in-process, in the POST request
export DJANGO_DEBUG=false DJANGO_STATIC_ROOT="$STATE/static" DATABASE_CONN_MAX_AGE=0
# Every benchmark post comes from one loopback address: flood control would answer nearly all 429.
export NEWSROOM_POST_RATE_PER_ADDRESS=1000000/s NEWSROOM_POST_RATE_PER_EMAIL=1000000/s
# The load tool posts its form at once, as a script does: the minimum time to post is off here.
export NEWSROOM_MIN_SECONDS_TO_POST=0
# gunicorn refuses the built-in secret key (newsroom/production.py): a random one per benchmark run
export DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')}
{
  echo "export DATABASE_URL='$DATABASE_URL' DJANGO_DEBUG=false DJANGO_STATIC_ROOT='$STATE/static'"
  echo "export DJANGO_SECRET_KEY='$DJANGO_SECRET_KEY'"
  echo "export DATABASE_CONN_MAX_AGE=0 PEER_BENCH='$PEER_BENCH'; unset REDIS_URL"
  echo "export NEWSROOM_POST_RATE_PER_ADDRESS=1000000/s NEWSROOM_POST_RATE_PER_EMAIL=1000000/s NEWSROOM_MIN_SECONDS_TO_POST=0"
} >"$STATE/env.sh"

cd "$ROOT"
.venv/bin/python manage.py migrate --noinput -v 0
.venv/bin/python manage.py collectstatic --noinput -v 0
.venv/bin/python "$HERE/seed.py"

PORT=${PORT:-$(bench_free_port)}
: >"$STATE/gunicorn.log"
bench_start_gunicorn "$ROOT/.venv" "$ROOT" newsroom.wsgi:application "$PORT" "$STATE/gunicorn.log" "$STATE/gunicorn.pid"
if ! bench_wait_http "http://127.0.0.1:$PORT/articles/bench-n50/" 60 >&2; then
  cat "$STATE/gunicorn.log" >&2; bench_stop_pid "$STATE/gunicorn.pid" gunicorn; exit 1
fi
echo "gunicorn pid $(cat "$STATE/gunicorn.pid") on 127.0.0.1:$PORT ($DATABASE)" >&2

python3 - "$STATE/target.json" "$PORT" "$DATABASE" "${BENCH_WORKERS:-2}" <<'PY'
import json, sys
path, port, db, workers = sys.argv[1:]
json.dump({
    "name": f"newsroom ({db})",
    "base_url": f"http://127.0.0.1:{port}",
    "get": {"N=50": {"path": "/articles/bench-n50/", "expect": "50 comments</h2>"},
            "N=500": {"path": "/articles/bench-n500/", "expect": "500 comments</h2>"}},
    "post": {"path": "/articles/bench-post/", "form_action": "/comments/", "ok_status": "302",
             "ok_location": "bench-post/?posted=1",
             "fields": ["author_name=Bench Reader {uid}", "email=reader.{uid}@example.org", "body={text}", "website="]},
    "notes": f"gunicorn {workers} sync workers, DEBUG off, {db}, CONN_MAX_AGE 0, no page cache; "
             "no Redis: each new comment is screened in-process inside the POST request",
}, open(path, "w"), indent=1)
PY
echo "$STATE/target.json"
