"""The real stack: PostgreSQL stores, Redis carries, a real Celery worker screens, a moderator sees the result.

Skipped without DATABASE_URL (PostgreSQL) and REDIS_URL; CI sets both and REQUIRE_REAL_STACK=1, which turns
a missing service into a failure.
"""
import threading
import time

import pytest
from django.db import connection
from celery.contrib.testing.worker import start_worker

from comments import services
from comments.models import Comment, Decision
from newsroom.celery import app

pytestmark = pytest.mark.realstack


def wait_for(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def celery_worker(real_stack):
    """A real worker thread consuming from the Redis at REDIS_URL."""
    app.conf.task_always_eager = False
    app.control.purge()
    with start_worker(app, pool="solo", concurrency=1, perform_ping_check=False, loglevel="WARNING",
                      shutdown_timeout=30) as worker:
        yield worker


def test_a_real_worker_screens_a_posted_comment_and_the_moderator_sees_its_scores(
    celery_worker, client, article, moderator
):
    assert connection.vendor == "postgresql"

    response = client.post(f"/articles/{article.slug}/comments/", {
        "author_name": "Stack Tester", "email": "stack@example.org",
        "body": "Great deals on watches, visit www.cheap-watches.example and WhatsApp +44 7700 900123",
    })
    assert response.status_code == 302
    comment = Comment.objects.get()

    assert wait_for(lambda: Comment.objects.filter(pk=comment.pk, screened_at__isnull=False).exists()), \
        "the worker did not screen the comment within 30 s"

    comment.refresh_from_db()
    assert "promotion" in comment.flagged_guidelines
    client.force_login(moderator)
    page = client.get(f"/admin/comments/pendingcomment/{comment.pk}/change/").content.decode()
    assert "Commercial or personal promotion" in page and '<mark class="evidence' in page


def test_two_moderators_deciding_at_the_same_moment_on_postgresql_only_one_wins(real_stack, make_comment, django_user_model):
    comment = make_comment()
    first = django_user_model.objects.create_user("first")
    second = django_user_model.objects.create_user("second")
    barrier = threading.Barrier(2)
    outcomes = []

    def decide(moderator, approve):
        from django.db import connections

        seen = Comment.objects.get(pk=comment.pk)
        barrier.wait()
        try:
            if approve:
                services.comment_approve(comment=seen, moderator=moderator)
            else:
                services.comment_reject(comment=seen, moderator=moderator, reason="other")
            outcomes.append("won")
        except services.AlreadyDecided:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=decide, args=(first, True)), threading.Thread(target=decide, args=(second, False))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert sorted(outcomes) == ["refused", "won"]
    assert Decision.objects.filter(comment=comment).count() == 1
