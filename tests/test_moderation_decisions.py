"""Moderators approve or reject whole comments; every decision is recorded; nothing is decided twice."""
import pytest
from django.contrib.auth import get_user_model

from comments import services
from comments.models import Comment, Decision

QUEUE = "/admin/comments/pendingcomment/"


def test_approving_publishes_the_comment_and_records_who_decided(moderator_client, moderator, make_comment, client):
    comment = make_comment("Worth publishing.")

    response = moderator_client.post(f"{QUEUE}{comment.pk}/approve/")

    comment.refresh_from_db()
    assert response.status_code == 302
    assert comment.status == Comment.Status.APPROVED and comment.decided_at is not None
    decision = Decision.objects.get(comment=comment)
    assert (decision.action, decision.moderator, decision.reason) == ("approve", moderator, "")
    assert "Worth publishing." in client.get(comment.article.get_absolute_url()).content.decode()


def test_after_a_decision_the_moderator_goes_straight_to_the_next_pending_comment(moderator_client, make_comment):
    first, second = make_comment("First."), make_comment("Second.")

    response = moderator_client.post(f"{QUEUE}{first.pk}/approve/")
    assert response["Location"] == f"{QUEUE}{second.pk}/change/"

    response = moderator_client.post(f"{QUEUE}{second.pk}/approve/")
    assert response["Location"] == QUEUE


def test_rejecting_records_the_guideline_that_was_broken(moderator_client, moderator, make_comment):
    comment = make_comment("Visit my shop for cheap watches.")

    moderator_client.post(f"{QUEUE}{comment.pk}/reject/", {"reason": "promotion", "note": "advert"})

    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED
    decision = Decision.objects.get(comment=comment)
    assert (decision.action, decision.reason, decision.note, decision.moderator) == ("reject", "promotion", "advert", moderator)


def test_rejecting_without_naming_a_guideline_is_refused_and_changes_nothing(moderator_client, make_comment):
    comment = make_comment()

    response = moderator_client.post(f"{QUEUE}{comment.pk}/reject/", {"reason": ""}, follow=True)

    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    assert not Decision.objects.exists()
    assert "Choose which guideline the comment broke" in response.content.decode()


def test_a_stale_page_cannot_decide_a_comment_again(moderator_client, make_comment):
    comment = make_comment()
    other = get_user_model().objects.create_user("other-mod")
    services.comment_approve(comment=comment, moderator=other)  # someone else got there first

    response = moderator_client.post(f"{QUEUE}{comment.pk}/reject/", {"reason": "threat"}, follow=True)

    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert Decision.objects.filter(comment=comment).count() == 1
    page = response.content.decode()
    assert "was already approved; nothing was changed" in page
    assert response.redirect_chain[-1][0] == f"/admin/comments/comment/{comment.pk}/change/"
    assert "doesn’t exist" not in page and "doesn't exist" not in page
    assert "other-mod" in page  # the decision history says who got there first


def test_the_second_of_two_decisions_on_the_same_loaded_comment_is_refused(make_comment, moderator):
    comment = make_comment()
    seen_by_first = Comment.objects.get(pk=comment.pk)
    seen_by_second = Comment.objects.get(pk=comment.pk)

    services.comment_reject(comment=seen_by_first, moderator=moderator, reason="abuse")
    with pytest.raises(services.AlreadyDecided):
        services.comment_approve(comment=seen_by_second, moderator=moderator)

    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.REJECTED
    assert Decision.objects.count() == 1


def test_a_rejection_reason_must_be_a_guideline_or_other(make_comment, moderator):
    with pytest.raises(ValueError):
        services.comment_reject(comment=make_comment(), moderator=moderator, reason="bad vibes")
    assert not Decision.objects.exists()


def test_bulk_approve_decides_the_selected_comments(moderator_client, make_comment):
    a, b, c = make_comment("A"), make_comment("B"), make_comment("C")

    moderator_client.post(QUEUE, {"action": "approve_selected", "_selected_action": [a.pk, b.pk], "confirmed": "yes"})

    assert set(Comment.objects.approved().values_list("pk", flat=True)) == {a.pk, b.pk}
    assert Comment.objects.get(pk=c.pk).status == Comment.Status.PENDING
    assert Decision.objects.filter(action="approve").count() == 2


def test_a_bulk_decision_is_shown_and_confirmed_before_anything_is_decided(moderator_client, make_comment):
    a, b = make_comment("First of two."), make_comment("Second of two.")

    page = moderator_client.post(QUEUE, {"action": "reject_threat", "_selected_action": [a.pk, b.pk]}).content.decode()

    assert not Decision.objects.exists()
    assert "First of two." in page and "Second of two." in page and "Decisions are final" in page
    assert 'name="confirmed" value="yes"' in page and "Threat" in page


def test_bulk_reject_records_the_chosen_guideline(moderator_client, make_comment):
    a, b = make_comment("A"), make_comment("B")

    moderator_client.post(QUEUE, {"action": "reject_vulgarity", "_selected_action": [a.pk, b.pk], "confirmed": "yes"})

    assert list(Decision.objects.order_by().values_list("action", "reason").distinct()) == [("reject", "vulgarity")]
    assert Comment.objects.filter(status="rejected").count() == 2


def test_bulk_actions_leave_already_decided_comments_alone_and_say_so(moderator_client, make_comment):
    done = make_comment("Already approved.", status="approved")
    fresh = make_comment("Fresh.")

    response = moderator_client.post(
        "/admin/comments/comment/", {"action": "reject_other", "_selected_action": [done.pk, fresh.pk], "confirmed": "yes"},
        follow=True,
    )

    assert Comment.objects.get(pk=done.pk).status == Comment.Status.APPROVED
    assert Comment.objects.get(pk=fresh.pk).status == Comment.Status.REJECTED
    assert "1 comment had already been decided" in response.content.decode()


def test_the_decision_log_lists_every_decision_and_cannot_be_edited(moderator_client, make_comment, admin_client):
    make_comment("Kept.", status="approved")
    make_comment("Dropped.", status="rejected", reason="threat")

    page = moderator_client.get("/admin/comments/decision/").content.decode()

    assert "Kept." in page and "Dropped." in page and "Threat" in page
    decision = Decision.objects.first()
    assert admin_client.get("/admin/comments/decision/add/").status_code == 403
    assert admin_client.post(f"/admin/comments/decision/{decision.pk}/delete/", {"post": "yes"}).status_code == 403
    assert 'name="_save"' not in admin_client.get(f"/admin/comments/decision/{decision.pk}/change/").content.decode()


def test_a_decision_record_cannot_be_changed_or_deleted_in_code(make_comment):
    make_comment(status="approved")
    decision = Decision.objects.get()

    decision.reason = "threat"
    with pytest.raises(Exception, match="cannot be changed"):
        decision.save()
    with pytest.raises(Exception, match="cannot be deleted"):
        decision.delete()


def test_the_reject_form_preselects_the_guideline_screening_flagged_most_strongly(moderator_client, make_comment):
    flagged = make_comment("You are a brainless idiot and a liar.")
    clean = make_comment("A calm remark about the bridge.")
    assert flagged.__class__.objects.get(pk=flagged.pk).likeliest_broken_guideline == "personal_attack"

    page = moderator_client.get(f"{QUEUE}{flagged.pk}/change/").content.decode()
    assert '<option value="personal_attack" selected>' in page

    page = moderator_client.get(f"{QUEUE}{clean.pk}/change/").content.decode()
    assert '<option value="" selected>' in page
    assert "selected>" not in page.split('<option value="" selected>')[1].split("</select>")[0]


def test_the_comment_page_offers_keys_and_knows_the_next_and_previous_pending_comments(moderator_client, make_comment):
    first, middle, last = make_comment("First."), make_comment("Middle."), make_comment("Last.")

    oldest_first = "_changelist_filters=order%3Doldest"  # by age: the three differ in screening score

    page = moderator_client.get(f"{QUEUE}{middle.pk}/change/?{oldest_first}").content.decode()

    assert "js/moderation-keys.js" in page and "<kbd>a</kbd>" in page
    assert f'data-next-url="{QUEUE}{last.pk}/change/?{oldest_first}"' in page
    assert f'data-previous-url="{QUEUE}{first.pk}/change/?{oldest_first}"' in page
    assert 'data-decide="approve"' in page and 'data-decide="reject"' in page


def test_after_a_decision_next_stays_within_the_queue_the_moderator_filtered(moderator_client, make_comment, make_article):
    other = make_article(headline="Another story", slug="another-story")
    first = make_comment("First on this story.")
    make_comment("In between, on another story.", on=other)
    third = make_comment("Second on this story.")
    filters = f"article__id__exact={first.article_id}"

    page = moderator_client.get(f"{QUEUE}{first.pk}/change/?_changelist_filters={filters.replace('=', '%3D')}").content.decode()
    assert f'name="_changelist_filters" value="{filters}"' in page

    response = moderator_client.post(f"{QUEUE}{first.pk}/approve/", {"_changelist_filters": filters})
    assert response["Location"].startswith(f"{QUEUE}{third.pk}/change/")

    response = moderator_client.post(f"{QUEUE}{third.pk}/approve/", {"_changelist_filters": filters})
    assert response["Location"] == f"{QUEUE}?{filters}"  # nothing left in that queue


def test_a_comments_history_shows_its_decision_whichever_list_it_was_opened_from(moderator_client, make_comment):
    comment = make_comment("To be rejected.")
    moderator_client.post(f"{QUEUE}{comment.pk}/reject/", {"reason": "threat"})

    queue_page = moderator_client.get(f"/admin/comments/comment/{comment.pk}/change/").content.decode()
    assert f'href="/admin/comments/comment/{comment.pk}/history/"' in queue_page
    history = moderator_client.get(f"/admin/comments/comment/{comment.pk}/history/").content.decode()
    assert "Rejected: Threat" in history and "mod" in history


def queue_order(client) -> list[int]:
    """The ids of the pending comments in the order the queue page lists them."""
    import re

    page = client.get(QUEUE).content.decode()
    return [int(pk) for pk in dict.fromkeys(re.findall(r'href="/admin/comments/pendingcomment/(\d+)/change/', page))]


def test_after_a_decision_the_next_comment_is_the_next_in_the_queues_priority_order(moderator_client, make_comment):
    make_comment("A calm remark about the bridge.")
    make_comment("You are a brainless idiot and a liar.")
    make_comment("A calm remark about the budget.")
    make_comment("Buy cheap watches at watches-for-less.example today!")
    top, second, third, fourth = queue_order(moderator_client)
    assert Comment.objects.get(pk=top).body == "You are a brainless idiot and a liar."  # priority: likeliest violation first

    response = moderator_client.post(f"{QUEUE}{second}/approve/")  # the moderator skipped the top one
    assert response["Location"] == f"{QUEUE}{third}/change/"

    response = moderator_client.post(f"{QUEUE}{third}/approve/")
    assert response["Location"] == f"{QUEUE}{fourth}/change/"


def test_next_and_previous_keep_the_queues_chosen_order_and_filters(moderator_client, make_comment):
    first, second, third = make_comment("First."), make_comment("Second."), make_comment("Third.")
    newest_first = "order=newest"

    page = moderator_client.get(f"{QUEUE}{second.pk}/change/", {"_changelist_filters": newest_first})

    assert page.context["next_pending_url"] == f"{QUEUE}{first.pk}/change/?_changelist_filters=order%3Dnewest"
    assert page.context["previous_pending_url"] == f"{QUEUE}{third.pk}/change/?_changelist_filters=order%3Dnewest"
    response = moderator_client.post(f"{QUEUE}{third.pk}/approve/", {"_changelist_filters": newest_first})
    assert response["Location"] == f"{QUEUE}{second.pk}/change/?_changelist_filters=order%3Dnewest"


def test_after_the_last_comment_in_order_the_moderator_is_taken_to_a_comment_they_skipped(moderator_client, make_comment):
    skipped, last = make_comment("Skipped for now."), make_comment("The last one.")

    response = moderator_client.post(f"{QUEUE}{last.pk}/approve/")

    assert response["Location"] == f"{QUEUE}{skipped.pk}/change/"


def test_reviewing_one_at_a_time_starts_at_the_top_of_the_queue_as_filtered(moderator_client, make_comment):
    make_comment("A calm remark about the bridge.")
    attack = make_comment("You are a brainless idiot and a liar.")
    newest = make_comment("A calm remark about the budget.")

    assert moderator_client.get(f"{QUEUE}review/")["Location"] == f"{QUEUE}{attack.pk}/change/"
    by_age = moderator_client.get(f"{QUEUE}review/", {"_changelist_filters": "order=newest"})
    assert by_age["Location"] == f"{QUEUE}{newest.pk}/change/?_changelist_filters=order%3Dnewest"
    queue_page = moderator_client.get(QUEUE, {"order": "newest"}).content.decode()
    assert f'href="{QUEUE}review/?_changelist_filters=order%3Dnewest"' in queue_page


def test_reviewing_an_empty_queue_says_so(moderator_client):
    response = moderator_client.get(f"{QUEUE}review/", follow=True)

    assert response.redirect_chain[-1][0] == QUEUE
    assert "No comment is waiting for moderation." in response.content.decode()
