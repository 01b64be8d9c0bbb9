"""With NEWSROOM_NOTIFY_COMMENTERS on, a commenter is emailed the decision on their comment, by the
worker, once; with it off (the default), nobody is emailed."""
import pytest
from django.core import mail

from comments import services, tasks
from comments.models import DecisionNotice


@pytest.fixture
def notify(settings):
    settings.NEWSROOM = {**settings.NEWSROOM, "NOTIFY_COMMENTERS": True, "SITE_URL": "https://news.example.org",
                         "SITE_NAME": "Riverton Daily"}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_an_approved_comments_author_is_told_it_is_published_with_a_link_to_it(
        notify, make_comment, moderator, django_capture_on_commit_callbacks):
    comment = make_comment("The budget table is clear. Thanks.", name="Dara", email="dara@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_approve(comment=comment, moderator=moderator)

    [email] = mail.outbox
    assert email.to == ["dara@example.org"]
    assert "is published" in email.subject and comment.article.headline in email.subject
    assert f"https://news.example.org{comment.article.get_absolute_url()}#comment-{comment.pk}" in email.body
    assert "Hello Dara" in email.body and "The budget table is clear. Thanks." in email.body
    assert DecisionNotice.objects.get().sent_at is not None


def test_a_rejected_comments_author_is_told_which_guideline_with_the_note_and_the_guidelines(
        notify, make_comment, moderator, django_capture_on_commit_callbacks):
    comment = make_comment("You are all idiots.", email="angry@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_reject(comment=comment, moderator=moderator, reason="personal_attack",
                                note="Please argue with the point, not the person.")

    [email] = mail.outbox
    assert "was not published" in email.subject
    assert "Personal attack" in email.body or "personal attack" in email.body.lower()
    assert "Please argue with the point, not the person." in email.body
    assert f"https://news.example.org{comment.article.get_absolute_url()}#guidelines" in email.body
    assert moderator.email not in email.body  # moderators stay anonymous


def test_nobody_is_emailed_when_the_setting_is_off(make_comment, moderator, django_capture_on_commit_callbacks, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_approve(comment=make_comment(), moderator=moderator)

    assert mail.outbox == [] and not DecisionNotice.objects.exists()


def test_a_blocked_address_is_not_emailed(notify, client, article, moderator, django_capture_on_commit_callbacks):
    services.email_block_create(email="spam@example.org", reason="Adverts", moderator=moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/articles/{article.slug}/comments/",
                    {"author_name": "S", "email": "spam@example.org", "body": "Cheap watches here."})

    assert mail.outbox == [] and not DecisionNotice.objects.exists()


def test_an_email_the_broker_never_got_is_sent_by_the_sweep_once(
        notify, make_comment, moderator, django_capture_on_commit_callbacks, monkeypatch, settings):
    from datetime import timedelta

    monkeypatch.setattr(tasks, "enqueue_notice", lambda notice_id: False)  # the broker was down
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_approve(comment=make_comment(), moderator=moderator)
    assert mail.outbox == [] and DecisionNotice.objects.get().sent_at is None

    settings.NEWSROOM = {**settings.NEWSROOM, "NOTICE_SWEEP_AFTER": timedelta(0)}
    assert tasks.sweep_unsent_notices() == 1
    assert tasks.sweep_unsent_notices() == 0

    assert len(mail.outbox) == 1 and DecisionNotice.objects.get().sent_at is not None


def test_sending_twice_sends_one_email(notify, make_comment, moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_approve(comment=make_comment(), moderator=moderator)

    assert tasks.send_decision_notice(DecisionNotice.objects.get().pk) is False
    assert len(mail.outbox) == 1
