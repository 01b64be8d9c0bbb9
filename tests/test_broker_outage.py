"""Redis down while readers post: each post is stored and answered as usual, only the first waits
for the broker, and the comments are sent to screening once Redis is back.

Runs against a Redis server this test starts on a free port and stops (never the shared one).
Skipped when redis-server is not installed, unless REQUIRE_REAL_STACK=1 (as in CI).
"""
import os
import shutil
import socket
import subprocess
import time
from datetime import timedelta

import pytest
import redis

from comments import tasks
from comments.models import Comment
from newsroom.celery import app
from tests.conftest import drop_broker_connections


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OwnRedis:
    def __init__(self):
        self.port = free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def queued(self) -> int:
        return redis.Redis(port=self.port).llen("celery")


@pytest.fixture
def own_redis(settings):
    if shutil.which("redis-server") is None:
        if os.environ.get("REQUIRE_REAL_STACK") == "1":
            pytest.fail("redis-server is required (REQUIRE_REAL_STACK=1) but not installed")
        pytest.skip("redis-server is not installed")
    server = OwnRedis()
    server.start()
    previous = (app.conf.broker_url, app.conf.task_always_eager)
    app.conf.broker_url = f"redis://127.0.0.1:{server.port}/0"
    app.conf.task_always_eager = False
    drop_broker_connections()
    tasks.BROKER.worked()
    settings.NEWSROOM = {**settings.NEWSROOM, "BROKER_PAUSE": timedelta(seconds=60),
                         "SCREENING_SWEEP_AFTER": timedelta(0)}
    yield server
    server.stop()
    app.conf.broker_url, app.conf.task_always_eager = previous
    drop_broker_connections()
    tasks.BROKER.worked()


def post(client, article, n):
    return client.post(f"/articles/{article.slug}/comments/", {
        "author_name": f"Reader {n}", "email": f"reader{n}@example.org",
        "body": f"Comment number {n}: the council should publish the flood report.",
    })


def test_posts_during_a_redis_outage_are_stored_answered_and_screened_once_it_is_back(
    own_redis, client, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, article, 0).status_code == 302
    assert own_redis.queued() == 1  # Redis up: the comment went to the queue

    own_redis.stop()
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        first = post(client, article, 1)
    first_took = time.monotonic() - started
    started = time.monotonic()
    for n in range(2, 8):
        with django_capture_on_commit_callbacks(execute=True):
            assert post(client, article, n).status_code == 302
    rest_took = time.monotonic() - started

    assert first.status_code == 302
    assert "appear once a moderator approves it" in client.get(first["Location"]).content.decode()
    assert Comment.objects.count() == 8
    assert Comment.objects.filter(screened_at__isnull=True).count() == 8
    # Only the first post after the failure tried the broker: the six after it together took less
    # than that one attempt's connection timeout.
    assert rest_took < max(first_took, app.conf.broker_connection_timeout)

    own_redis.start()
    tasks.BROKER.worked()  # the pause is over (as it is after NEWSROOM_BROKER_PAUSE_SECONDS)
    assert tasks.sweep_unscreened() == 8
    assert own_redis.queued() == 8  # every unscreened comment is on its way to the worker
