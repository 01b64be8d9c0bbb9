"""A comment's IP address is kept only as long as configured (default 30 days), then erased; the
comment itself is untouched."""
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from comments.models import Comment
from comments.tasks import erase_old_ip_addresses


def test_addresses_older_than_the_retention_are_erased_and_newer_ones_kept(make_comment, settings):
    old, recent = make_comment(body="An old comment."), make_comment(body="A recent comment.")
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - settings.NEWSROOM["IP_RETENTION"] - timedelta(hours=1))

    assert erase_old_ip_addresses() == 1

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.ip_address is None and old.body == "An old comment."
    assert recent.ip_address == "203.0.113.9"
    assert erase_old_ip_addresses() == 0  # nothing left to erase


def test_the_retention_is_configurable_and_the_command_does_the_same(make_comment, settings, capsys):
    settings.NEWSROOM = {**settings.NEWSROOM, "IP_RETENTION": timedelta(days=1)}
    comment = make_comment()
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(days=2))

    call_command("erase_old_ip_addresses")

    assert "erased 1 IP address(es)" in capsys.readouterr().out
    comment.refresh_from_db()
    assert comment.ip_address is None


def test_erasing_runs_daily_under_celery_beat(settings):
    assert settings.CELERY_BEAT_SCHEDULE["erase-old-ip-addresses"]["task"] == "comments.tasks.erase_old_ip_addresses"
