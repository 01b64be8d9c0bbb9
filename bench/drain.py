#!/usr/bin/env python3
"""Drain: N comments enqueued at once, the time until the workers have screened them all.

    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/drain.py            # 10,000; 1 then 2 workers
    REDIS_URL=... .venv/bin/python bench/drain.py --count 2000 --workers 1,2,4

Real stack, on a database of its own: it creates a PostgreSQL database (`newsroom_drain_<pid>`, on the
server of POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres), migrates it, stores the
comments (real people's comments from ../shared/datasets, else our own test comments), starts the
worker processes (each `celery worker --pool solo`: one process, as separate hosts would be) on a queue of its
own in REDIS_URL, enqueues every comment at once and polls the database until every comment is
screened. It then counts the screenings the workers logged, to show that the work spread across the
workers and that no comment was screened twice, and drops the database. It never touches another
queue or database.

Prints, per number of workers: comments, seconds from the first enqueue to the last screening,
comments per second, and screenings per worker.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
QUEUE = "drain-bench"
SUCCEEDED = re.compile(r"Task comments\.tasks\.screen_comment\[[^\]]+\] succeeded")


def texts(count: int) -> list[str]:
    """`count` comments: real ones from the shared data sets where present, else ours, repeated."""
    sys.path.insert(0, str(ROOT / "bench"))
    import real_data

    found = []
    for name in ("c3_globe", "toxic_spans", "gab_hate", "stormfront"):
        source = real_data.BY_NAME[name]
        if source.path.exists():
            found += [r["text"] for r in real_data.rows(source, split=None)[: count // 4 + 1]]
    if not found:
        for path in sorted((ROOT / "tests" / "data").glob("news_comments_*.jsonl")):
            found += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    return [found[i % len(found)] for i in range(count)]


def database_url(server: str, name: str) -> str:
    parts = urlsplit(server)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", "", ""))


def admin_sql(server: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(statement)


def start_workers(n: int, env: dict, logs: Path) -> list:
    workers = []
    for k in range(n):
        log = open(logs / f"worker-{k}.log", "w")
        workers.append((subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "celery"), "-A", "newsroom", "worker", "-Q", QUEUE, "--pool", "solo",
             "-n", f"drain{k}@%h", "--loglevel", "INFO", "--without-gossip", "--without-mingle", "--without-heartbeat"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT), log))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # ready when each has logged that it is
        if all("ready." in (logs / f"worker-{k}.log").read_text() for k in range(n)):
            return workers
        time.sleep(0.5)
    stop_workers(workers)
    sys.exit("drain: the workers did not start within 120 s; see their logs in " + str(logs))


def stop_workers(workers) -> None:
    for process, log in workers:
        process.terminate()
    for process, log in workers:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def run(count: int, n_workers: int, env: dict, logs: Path) -> dict:
    from comments.models import Comment
    from comments.tasks import screen_comment

    Comment.objects.all().delete()
    from articles.models import Article
    from django.utils import timezone

    article, _ = Article.objects.get_or_create(slug="drain-bench", defaults={
        "headline": "Drain benchmark", "body": "Comments for the drain benchmark.", "published_at": timezone.now()})
    Comment.objects.bulk_create([Comment(article=article, author_name="Reader", email=f"reader{i}@example.org",
                                         body=text[:2000]) for i, text in enumerate(texts(count))], batch_size=1000)
    ids = list(Comment.objects.values_list("pk", flat=True))
    workers = start_workers(n_workers, env, logs)
    try:
        started = time.monotonic()
        for pk in ids:
            screen_comment.apply_async((pk,), queue=QUEUE)
        enqueued = time.monotonic() - started
        waiting = count
        while waiting:
            time.sleep(0.25)
            waiting = Comment.objects.filter(screened_at__isnull=True).count()
            if time.monotonic() - started > 900:
                sys.exit(f"drain: {waiting} comments still unscreened after 900 s")
        elapsed = time.monotonic() - started
    finally:
        stop_workers(workers)
    per_worker = [len(SUCCEEDED.findall((logs / f"worker-{k}.log").read_text())) for k in range(n_workers)]
    return {"count": count, "workers": n_workers, "seconds": elapsed, "enqueue_seconds": enqueued,
            "per_worker": per_worker}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2", help="comma-separated numbers of worker processes")
    args = parser.parse_args(argv)
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        sys.exit("drain: set REDIS_URL (for example redis://127.0.0.1:6379/0): the benchmark needs a real broker")
    server = os.environ.get("POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    name = f"newsroom_drain_{os.getpid()}"
    admin_sql(server, f'CREATE DATABASE "{name}"')
    env = {**os.environ, "DATABASE_URL": database_url(server, name), "REDIS_URL": redis_url,
           "DJANGO_SETTINGS_MODULE": "newsroom.settings"}
    os.environ.update(env)
    try:
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections

        call_command("migrate", verbosity=0)
        print(f"Drain of {args.count:,} comments, each worker one process (--pool solo), "
              f"PostgreSQL and Redis on this machine ({os.cpu_count()} cores):")
        print("| workers | comments | seconds | comments/s | enqueue s | screenings per worker | screened twice |")
        print("|---:|---:|---:|---:|---:|---|---:|")
        with tempfile.TemporaryDirectory() as logs:
            for n in (int(w) for w in args.workers.split(",")):
                figures = run(args.count, n, env, Path(logs))
                twice = sum(figures["per_worker"]) - figures["count"]
                print(f"| {n} | {figures['count']:,} | {figures['seconds']:.1f} | "
                      f"{figures['count'] / figures['seconds']:,.0f} | {figures['enqueue_seconds']:.1f} | "
                      f"{' + '.join(map(str, figures['per_worker']))} | {twice} |", flush=True)
        connections.close_all()
    finally:
        admin_sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
