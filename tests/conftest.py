import os
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import Article
from comments import services
from comments.management.commands.setup_moderators import moderators_group


@pytest.fixture(autouse=True)
def _static_files_without_manifest(settings):
    """Templates resolve {% static %} without running collectstatic first."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _screening_in_process(request):
    """Screen in the request, as the embedded default does, except in tests that use the real worker."""
    from newsroom.celery import app

    if request.node.get_closest_marker("realstack"):
        yield
        return
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


def drop_broker_connections():
    """Make the Celery app connect afresh to whatever broker_url now says (tests that move it)."""
    import kombu.pools

    from newsroom.celery import app

    app._pool = None
    app.amqp._producer_pool = None
    kombu.pools.reset()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: a request to /ar/ leaves Arabic active in
    its thread, and reverse() (get_absolute_url) would then give /ar/ addresses to the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _no_flood_control(settings):
    """Tests post many comments from one address; flood control is on only where a test asks for it
    (the `flood_control` fixture), with a counter of its own. Likewise the minimum time to post
    (comments/time_to_post.py): tests post at once, and `time_to_post_checked` turns it on."""
    settings.RATELIMIT_ENABLE = False
    settings.NEWSROOM = {**settings.NEWSROOM, "MIN_SECONDS_TO_POST": 0}


@pytest.fixture
def time_to_post_checked(settings):
    settings.NEWSROOM = {**settings.NEWSROOM, "MIN_SECONDS_TO_POST": 3}
    return 3


@pytest.fixture
def flood_control(settings):
    settings.RATELIMIT_ENABLE = True
    settings.CACHES = {**settings.CACHES,
                       "flood-test": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "flood-test"}}
    settings.RATELIMIT_USE_CACHE = "flood-test"
    from django.core.cache import caches

    caches["flood-test"].clear()
    return settings.NEWSROOM["POST_RATES"]


@pytest.fixture(autouse=True)
def _broker_not_paused():
    """Each test starts with the broker breaker closed (comments/tasks.py: BrokerBreaker)."""
    from comments import tasks

    tasks.BROKER.worked()
    yield
    tasks.BROKER.worked()


@pytest.fixture
def make_article(db):
    counter = iter(range(1, 10_000))

    def make(**overrides):
        n = next(counter)
        fields = {
            "headline": f"Council budget vote number {n}",
            "slug": f"council-budget-vote-{n}",
            "standfirst": "Councillors argued for six hours.",
            "byline": "A. Reporter",
            "dateline": "RIVERTON",
            "body": "First paragraph.\n\nSecond paragraph.",
            "published_at": timezone.now() - timedelta(hours=n),
            **overrides,
        }
        return Article.objects.create(**fields)

    return make


@pytest.fixture
def article(make_article):
    return make_article(headline="Rockets hit the Green Zone", slug="rockets-green-zone")


@pytest.fixture
def make_comment(db, article, django_capture_on_commit_callbacks):
    """A comment as a reader would post it (pending, screened once committed), optionally decided by a moderator."""

    emails = (f"reader{n}@example.org" for n in range(1, 100_000))  # each call a new post, not a repost

    def make(body="I think the council got this one right.", *, on=None, name="Reader", email=None,
             status="pending", reason="other", ip_address="203.0.113.9"):
        email = email or next(emails)
        with django_capture_on_commit_callbacks(execute=True):
            comment = services.comment_create(
                article=on or article, author_name=name, email=email, body=body, ip_address=ip_address
            )
        if status != "pending":
            decider = get_user_model().objects.get_or_create(username="fixture-moderator")[0]
            if status == "approved":
                services.comment_approve(comment=comment, moderator=decider)
            else:
                services.comment_reject(comment=comment, moderator=decider, reason=reason)
        return comment

    return make


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user("mod", "mod@example.org", "correct horse battery", is_staff=True)
    user.groups.add(moderators_group())
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def real_stack_available() -> str | None:
    """None when PostgreSQL and Redis are configured and reachable, else why not."""
    from django.conf import settings
    from django.db import connection

    if connection.vendor != "postgresql":
        return "DATABASE_URL does not point at PostgreSQL"
    if not settings.REDIS_URL:
        return "REDIS_URL is not set"
    import redis

    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        return f"Redis at REDIS_URL is unreachable: {error}"
    return None


@pytest.fixture
def real_stack(transactional_db):
    """Skip (or fail, with REQUIRE_REAL_STACK=1 as in CI) unless PostgreSQL and Redis are there."""
    missing = real_stack_available()
    if missing:
        if os.environ.get("REQUIRE_REAL_STACK") == "1":
            pytest.fail(f"real stack required but unavailable: {missing}")
        pytest.skip(f"real stack unavailable: {missing}")
