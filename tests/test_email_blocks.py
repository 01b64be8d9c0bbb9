"""A moderator blocks an email address: its comments are still stored, each on record as rejected
by the block, never silently dropped; a block expires or is lifted, and stays on record."""
from datetime import timedelta

import pytest
from django.utils import timezone

from comments import services
from comments.models import Comment, Decision, EmailBlock

POST = {"author_name": "Spammy", "email": "Spammer@Example.org", "body": "Buy my course, link in bio."}


def post(client, article, **changes):
    return client.post(f"/articles/{article.slug}/comments/", {**POST, **changes})


@pytest.fixture
def block(moderator):
    return services.email_block_create(email="spammer@example.org", reason="Repeated adverts", moderator=moderator)


def test_a_comment_from_a_blocked_address_is_stored_and_recorded_as_rejected_by_the_block(client, article, block, moderator):
    response = post(client, article)

    assert response.status_code == 302  # the reader is answered as any other
    comment = Comment.objects.get()
    assert comment.body == POST["body"] and comment.status == Comment.Status.REJECTED
    decision = comment.decisions.get()
    assert decision.action == Decision.Action.REJECT and decision.moderator == moderator
    assert f"block #{block.pk}" in decision.note and "Repeated adverts" in decision.note


def test_it_never_reaches_the_queue_or_the_page(client, moderator_client, article, block):
    post(client, article)

    assert "Buy my course" not in moderator_client.get("/admin/comments/pendingcomment/").content.decode()
    assert "Buy my course" not in client.get(article.get_absolute_url()).content.decode()


def test_an_address_is_matched_whatever_its_case(client, article, block):
    post(client, article, email="SPAMMER@example.ORG")

    assert Comment.objects.get().status == Comment.Status.REJECTED


def test_other_addresses_are_not_affected(client, article, block):
    post(client, article, email="someone.else@example.org")

    assert Comment.objects.get().status == Comment.Status.PENDING


def test_an_expired_block_no_longer_applies(client, article, moderator):
    services.email_block_create(email="spammer@example.org", reason="Cooling off", moderator=moderator,
                                expires_at=timezone.now() - timedelta(minutes=1))
    post(client, article)

    assert Comment.objects.get().status == Comment.Status.PENDING


def test_a_lifted_block_no_longer_applies_and_what_it_rejected_stays_rejected(client, article, block, moderator):
    post(client, article)
    assert services.email_block_lift(block=block, moderator=moderator)
    assert not services.email_block_lift(block=block, moderator=moderator)  # once only

    post(client, article, body="A fair point about the bridge repairs.")

    statuses = dict(Comment.objects.values_list("body", "status"))
    assert statuses == {POST["body"]: "rejected", "A fair point about the bridge repairs.": "pending"}
    block.refresh_from_db()
    assert block.lifted_by == moderator and block.state(now=timezone.now()) == "lifted"


def test_a_block_needs_a_reason(moderator):
    with pytest.raises(ValueError):
        services.email_block_create(email="x@example.org", reason="  ", moderator=moderator)


def test_a_moderator_blocks_from_the_comment_page_with_a_reason_and_an_expiry(moderator_client, make_comment, moderator):
    comment = make_comment("Visit my shop for cheap watches.", email="watches@example.org")
    page = moderator_client.get(f"/admin/comments/pendingcomment/{comment.pk}/change/").content.decode()
    block_url = f"/admin/comments/emailblock/add/?email=watches%40example.org&amp;from_comment={comment.pk}"
    assert "Block this email address" in page and block_url in page

    form = moderator_client.get(block_url.replace("&amp;", "&")).content.decode()
    assert 'value="watches@example.org"' in form
    response = moderator_client.post(block_url.replace("&amp;", "&"), {
        "email": "watches@example.org", "reason": "Watch adverts", "expires_at_0": "2099-01-01", "expires_at_1": "12:00",
    })

    assert response.status_code == 302
    assert response["Location"] == f"/admin/comments/pendingcomment/{comment.pk}/change/", "back to the comment"
    block = EmailBlock.objects.get()
    assert (block.email, block.reason, block.created_by) == ("watches@example.org", "Watch adverts", moderator)
    assert block.expires_at.year == 2099
    page = moderator_client.get(f"/admin/comments/pendingcomment/{comment.pk}/change/").content.decode()
    assert "Blocked" in page and "Watch adverts" in page and "Block this email address" not in page


def test_a_block_without_a_reason_is_refused_in_the_admin(moderator_client):
    response = moderator_client.post("/admin/comments/emailblock/add/", {"email": "x@example.org", "reason": ""})

    assert response.status_code == 200 and not EmailBlock.objects.exists()


def test_a_moderator_lifts_a_block_and_it_stays_on_record(moderator_client, block):
    response = moderator_client.post("/admin/comments/emailblock/", {
        "action": "lift_selected", "_selected_action": [block.pk],
    })

    assert response.status_code == 302
    block.refresh_from_db()
    assert block.lifted_at is not None
    listing = moderator_client.get("/admin/comments/emailblock/").content.decode()
    assert "spammer@example.org" in listing and "lifted" in listing


def test_a_block_is_never_edited_or_deleted(moderator_client, block):
    moderator_client.post(f"/admin/comments/emailblock/{block.pk}/change/", {
        "email": "other@example.org", "reason": "changed"})
    response = moderator_client.post(f"/admin/comments/emailblock/{block.pk}/delete/", {"post": "yes"})

    block.refresh_from_db()
    assert (block.email, block.reason) == ("spammer@example.org", "Repeated adverts")
    assert response.status_code == 403 and EmailBlock.objects.count() == 1
