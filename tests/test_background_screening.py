"""Every comment is screened in the background; none is lost when the broker or the worker is down."""
from datetime import timedelta

import pytest
from django.utils import timezone

from comments import screening, tasks
from comments.models import Comment
from newsroom.celery import app
from tests.conftest import drop_broker_connections

GUIDELINES = {"profanity", "vulgarity", "threat", "personal_attack", "abuse", "promotion"}


def test_a_posted_comment_is_screened_and_the_result_stored_on_it(client, article, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/articles/{article.slug}/comments/",
                    {"author_name": "A", "email": "a@example.org", "body": "Someone should put a bullet in him."})

    comment = Comment.objects.get()
    assert comment.screened_at is not None
    assert set(comment.scores) == GUIDELINES
    assert all(0.0 <= s <= 1.0 for s in comment.scores.values())
    assert comment.recommendation in {"approve", "review", "reject"}
    assert comment.screening_version == screening.CLASSIFIER_VERSION
    assert comment.status == Comment.Status.PENDING  # screening recommends; only moderators decide


def test_the_stored_evidence_names_guideline_span_and_rule(make_comment):
    comment = Comment.objects.get(pk=make_comment("Honestly, you are an idiot.").pk)

    assert "personal_attack" in comment.flagged_guidelines
    evidence = [e for e in comment.evidence if e["guideline"] == "personal_attack"]
    assert evidence and evidence[0]["rule"]
    assert "idiot" in comment.body[evidence[0]["start"]:evidence[0]["end"]]


def test_screening_the_same_comment_twice_stores_the_same_result(make_comment):
    comment = make_comment("Visit www.cheap-pills.example for deals")
    first = Comment.objects.get(pk=comment.pk)

    tasks.screen_comment(comment.pk)

    again = Comment.objects.get(pk=comment.pk)
    assert (again.scores, again.evidence, again.recommendation) == (first.scores, first.evidence, first.recommendation)


def test_screening_a_comment_that_no_longer_exists_does_nothing(db):
    assert tasks.screen_comment(987654) is None


def test_a_comment_posted_while_the_broker_is_down_is_kept_and_screened_later_by_the_sweep(
    client, article, django_capture_on_commit_callbacks
):
    previous = (app.conf.task_always_eager, app.conf.broker_url)
    app.conf.task_always_eager = False
    app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens there
    drop_broker_connections()
    try:
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            response = client.post(f"/articles/{article.slug}/comments/",
                                   {"author_name": "B", "email": "b@example.org", "body": "Posted during an outage."})
    finally:
        app.conf.task_always_eager, app.conf.broker_url = previous
        drop_broker_connections()

    assert response.status_code == 302
    assert len(callbacks) == 1  # the enqueue was attempted after commit, and failed
    comment = Comment.objects.get()
    assert comment.body == "Posted during an outage." and comment.screened_at is None

    assert tasks.sweep_unscreened() == 0  # too recent: the worker may still be on it
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(minutes=10))
    assert tasks.sweep_unscreened() == 1
    assert Comment.objects.get(pk=comment.pk).screened_at is not None


def test_the_sweep_leaves_screened_comments_alone(make_comment):
    comment = make_comment()
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(hours=1))

    assert tasks.sweep_unscreened() == 0


def test_the_screening_task_retries_with_backoff_and_acknowledges_late():
    task = tasks.screen_comment
    assert task.acks_late is True
    assert task.autoretry_for == (Exception,)
    assert task.retry_backoff and task.max_retries >= 5


def test_beat_sweeps_every_few_minutes(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["sweep-unscreened-comments"]
    assert entry["task"] == "comments.tasks.sweep_unscreened"
    assert entry["schedule"] <= timedelta(minutes=5)
