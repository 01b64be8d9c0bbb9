"""Comments close by themselves some days after publication: per article, or by the site's default."""
from datetime import timedelta

from django.utils import timezone

from comments.models import Comment

VALID = {"author_name": "Layla", "email": "layla@example.org", "body": "A careful, fair report. Thank you."}


def test_an_article_past_its_closing_time_shows_no_form_and_refuses_a_post(client, make_article):
    old = make_article(published_at=timezone.now() - timedelta(days=8), comments_close_after_days=7)

    page = client.get(old.get_absolute_url()).content.decode()
    response = client.post(f"/articles/{old.slug}/comments/", VALID)

    assert "Comments are closed on this article." in page and 'id="comment-form"' not in page
    assert response.status_code == 403 and not Comment.objects.exists()


def test_before_its_closing_time_the_form_says_when_comments_close(client, make_article):
    fresh = make_article(published_at=timezone.now() - timedelta(days=2), comments_close_after_days=7)

    page = client.get(fresh.get_absolute_url()).content.decode()
    response = client.post(f"/articles/{fresh.slug}/comments/", VALID)

    assert "Comments close on" in page
    assert response.status_code == 302 and Comment.objects.count() == 1


def test_the_sites_default_applies_where_an_article_says_nothing(client, make_article, settings):
    settings.NEWSROOM = {**settings.NEWSROOM, "COMMENTS_CLOSE_AFTER_DAYS": 3}
    old = make_article(published_at=timezone.now() - timedelta(days=4))
    kept_open = make_article(published_at=timezone.now() - timedelta(days=4), comments_close_after_days=30)

    assert not old.takes_comments and kept_open.takes_comments
    assert "Comments are closed on this article." in client.get(old.get_absolute_url()).content.decode()


def test_without_a_default_or_a_setting_comments_stay_open(make_article, settings):
    settings.NEWSROOM = {**settings.NEWSROOM, "COMMENTS_CLOSE_AFTER_DAYS": None}
    old = make_article(published_at=timezone.now() - timedelta(days=400))

    assert old.comments_close_at is None and old.takes_comments


def test_an_editor_closing_comments_wins_over_a_later_closing_time(make_article):
    closed = make_article(comments_open=False, comments_close_after_days=30)

    assert not closed.takes_comments
