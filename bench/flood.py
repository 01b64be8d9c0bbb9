#!/usr/bin/env python3
"""Flood: thousands of posts from concurrent clients against the real stack; nothing may be lost.

    .venv/bin/python bench/flood.py                  # 2,000 posts from 20 clients
    .venv/bin/python bench/flood.py --outage         # the same, with Redis stopped halfway, then started again

Everything is its own: a PostgreSQL database (`newsroom_flood_<pid>` on POSTGRES_URL's server, default
postgres://postgres@127.0.0.1:5432/postgres), a Redis server on a free port (so that stopping it
stops nobody else's), gunicorn (2 sync workers) behind which the clients claim addresses through
X-Real-IP as a trusted proxy would set it, and one Celery worker with beat (the sweep re-enqueues
what the broker never got). Flood control and the minimum time to post keep their defaults.

The clients: 19 readers, each posting from addresses of its own (10 posts an address: under the
limit) with a new email per post, and one flooder posting everything from one address and one
email. Each client draws the article page once (its form stamp) and waits out the minimum time to
post, as a person would, then posts as fast as it is answered. With --outage, a page reader counts
page views while Redis is down.

Prints: posts accepted (302), refused by flood control (429), any other answer (must be 0), lost
(accepted but not in the database: must be 0), unscreened at the end (must be 0), posts/s, and the
seconds from the last post until every accepted comment was screened; with --outage, posts/s and
page views/s while Redis was down.
"""
import argparse
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import drain  # noqa: E402  (its database helpers and real comments)

STAMP = re.compile(r'name="rendered" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"flood: nothing answered on port {port} within {seconds:.0f} s")


class Redis:
    """A Redis server of the benchmark's own, which can be stopped and started again on its port."""

    def __init__(self, port: int, logs: Path):
        self.port, self.logs, self.process = port, logs, None

    def start(self):
        binary = shutil.which("redis-server")
        if not binary:
            sys.exit("flood: redis-server is not installed")
        self.process = subprocess.Popen([binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                         "--appendonly", "no"], stdout=open(self.logs / "redis.log", "a"),
                                        stderr=subprocess.STDOUT)
        wait_for_port(self.port)

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None


class Client(threading.Thread):
    """Posts `count` comments; `address_of(n)` and `email_of(n)` say who post n claims to be."""

    def __init__(self, port, slug, texts, address_of, email_of, answers, min_wait):
        super().__init__(daemon=True)
        self.port, self.slug, self.texts = port, slug, texts
        self.address_of, self.email_of, self.answers, self.min_wait = address_of, email_of, answers, min_wait
        self.times = []

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        connection.request("GET", f"/articles/{self.slug}/", headers={"X-Real-IP": self.address_of(0)})
        page = connection.getresponse().read().decode()
        stamp = STAMP.search(page).group(1)
        time.sleep(self.min_wait)
        origin = f"http://127.0.0.1:{self.port}"
        for n, text in enumerate(self.texts):
            body = urlencode({"author_name": f"Reader {n}", "email": self.email_of(n), "body": text[:2000],
                              "website": "", "rendered": stamp})
            connection.request("POST", f"/articles/{self.slug}/comments/", body=body, headers={
                "Content-Type": "application/x-www-form-urlencoded", "Origin": origin, "Referer": f"{origin}/",
                "X-Real-IP": self.address_of(n)})
            response = connection.getresponse()
            response.read()
            self.answers.append((response.status, response.getheader("Location") or ""))
            self.times.append(time.monotonic())


class PageReader(threading.Thread):
    """Reads the article page again and again; keeps (time, status) of each view."""

    def __init__(self, port, slug):
        super().__init__(daemon=True)
        self.port, self.slug, self.views, self.stopped = port, slug, [], threading.Event()

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        while not self.stopped.is_set():
            connection.request("GET", f"/articles/{self.slug}/")
            response = connection.getresponse()
            response.read()
            self.views.append((time.monotonic(), response.status))


def run(args, env, logs: Path, redis: Redis) -> None:
    from articles.models import Article
    from comments.models import Comment
    from django.conf import settings
    from django.utils import timezone

    slug = "flood-bench"
    Article.objects.create(slug=slug, headline="Flood benchmark", body="Comments for the flood benchmark.",
                           published_at=timezone.now())
    port = free_port()
    gunicorn = subprocess.Popen([str(ROOT / ".venv" / "bin" / "gunicorn"), "newsroom.wsgi:application", "--workers", "2",
                                 "--bind", f"127.0.0.1:{port}", "--access-logfile", "-"], cwd=ROOT, env=env,
                                stdout=open(logs / "gunicorn.log", "w"), stderr=subprocess.STDOUT)
    worker = subprocess.Popen([str(ROOT / ".venv" / "bin" / "celery"), "-A", "newsroom", "worker", "-B", "--pool", "solo",
                               "--loglevel", "INFO", "-s", str(logs / "beat-schedule")], cwd=ROOT, env=env,
                              stdout=open(logs / "worker.log", "w"), stderr=subprocess.STDOUT)
    try:
        wait_for_port(port)
        texts = drain.texts(args.posts)
        per_client = args.posts // args.clients
        answers = []
        minimum = settings.NEWSROOM["MIN_SECONDS_TO_POST"] + 0.5
        clients = [Client(port, slug, texts[k * per_client:(k + 1) * per_client],
                          (lambda n, k=k: f"10.{k}.{n // 10}.1"), (lambda n, k=k: f"reader{k}.{n}@example.org"),
                          answers, minimum) for k in range(args.clients - 1)]
        clients.append(Client(port, slug, texts[(args.clients - 1) * per_client:args.clients * per_client],
                              lambda n: "10.250.0.1", lambda n: "flooder@example.org", answers, minimum))
        reader = PageReader(port, slug)
        started = time.monotonic()
        for client in clients:
            client.start()
        outage = None
        if args.outage:
            reader.start()
            while len(answers) < args.posts // 2:
                time.sleep(0.05)
            redis.stop()
            down = time.monotonic()
            time.sleep(args.outage_seconds)
            redis.start()
            outage = (down, time.monotonic())
        for client in clients:
            client.join()
        ended = time.monotonic()
        reader.stopped.set()
        statuses = Counter(status for status, _ in answers)
        accepted = statuses[302]
        stored = Comment.objects.count()
        waited = ended
        while Comment.objects.filter(screened_at__isnull=True).exists() and time.monotonic() - ended < args.drain_limit:
            time.sleep(0.5)
            waited = time.monotonic()
        unscreened = Comment.objects.filter(screened_at__isnull=True).count()
        posting = ended - started - minimum
        print(f"| posts | clients | accepted (302) | refused (429) | other answers | lost | unscreened | posts/s | "
              f"drain after last post (s) |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        other = sum(n for status, n in statuses.items() if status not in (302, 429))
        print(f"| {len(answers):,} | {args.clients} | {accepted:,} | {statuses[429]:,} | {other} | {accepted - stored} | "
              f"{unscreened} | {len(answers) / posting:,.0f} | {waited - ended:.1f} |")
        if other:
            print(f"other answers: {dict(statuses)}")
        if outage:
            down, up = outage
            posts_down = sum(1 for c in clients for t in c.times if down <= t <= up)
            views_down = [s for t, s in reader.views if down <= t <= up]
            views_up = [s for t, s in reader.views if t < down]
            print(f"\nRedis down for {up - down:.1f} s: {posts_down / (up - down):,.0f} posts/s and "
                  f"{len(views_down) / (up - down):,.0f} page views/s (answers {dict(Counter(views_down))}); "
                  f"before it: {len(views_up) / max(down - started, 1e-9):,.0f} page views/s.")
    finally:
        for process in (gunicorn, worker):
            process.terminate()
        for process in (gunicorn, worker):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--outage", action="store_true", help="stop Redis halfway, start it again after --outage-seconds")
    parser.add_argument("--outage-seconds", type=float, default=10)
    parser.add_argument("--drain-limit", type=float, default=300, help="give up waiting for the screening after this")
    args = parser.parse_args(argv)
    server = os.environ.get("POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    name = f"newsroom_flood_{os.getpid()}"
    with tempfile.TemporaryDirectory() as directory:
        logs = Path(directory)
        redis = Redis(free_port(), logs)
        redis.start()
        drain.admin_sql(server, f'CREATE DATABASE "{name}"')
        env = {**os.environ, "DATABASE_URL": drain.database_url(server, name),
               "REDIS_URL": f"redis://127.0.0.1:{redis.port}/0", "DJANGO_SETTINGS_MODULE": "newsroom.settings",
               "DJANGO_DEBUG": "false", "DJANGO_CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
               "NEWSROOM_SCREENING_SWEEP_AFTER_SECONDS": "5",
               "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or os.urandom(32).hex(),
               "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost", "DJANGO_STATIC_ROOT": str(logs / "static")}
        os.environ.update(env)
        try:
            sys.path.insert(0, str(ROOT))
            import django

            django.setup()
            from django.core.management import call_command
            from django.db import connections

            call_command("migrate", verbosity=0)
            call_command("collectstatic", interactive=False, verbosity=0)
            print(f"Flood of {args.posts:,} posts from {args.clients} clients: gunicorn (2 workers), PostgreSQL, "
                  f"Redis and one worker on this machine ({os.cpu_count()} cores)"
                  f"{', Redis stopped halfway' if args.outage else ''}.\n")
            run(args, env, logs, redis)
            connections.close_all()
        finally:
            redis.stop()
            drain.admin_sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if os.environ.get("FLOOD_KEEP_LOGS"):
                shutil.copytree(logs, os.environ["FLOOD_KEEP_LOGS"], dirs_exist_ok=True)


if __name__ == "__main__":
    main()
