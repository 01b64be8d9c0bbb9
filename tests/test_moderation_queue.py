"""Moderators work a queue in the admin: pending comments oldest first, with what screening found."""
import re

import pytest

from comments.models import Comment

QUEUE = "/admin/comments/pendingcomment/"
ALL = "/admin/comments/comment/"


def rows(response):
    return re.findall(r'<tr>.*?</tr>', response.content.decode(), flags=re.S)


def test_the_queue_lists_pending_comments_oldest_first(moderator_client, make_comment):
    make_comment("First pending comment.")
    make_comment("Approved one.", status="approved")
    make_comment("Second pending comment.")

    page = moderator_client.get(QUEUE).content.decode()

    assert page.index("First pending comment.") < page.index("Second pending comment.")
    assert "Approved one." not in page


def test_the_queue_shows_article_author_recommendation_flags_and_age(moderator_client, make_comment):
    make_comment("Buy cheap watches at www.cheap-watches.example, WhatsApp +44 7700 900123", name="Spammy Sam")

    [row] = [r for r in rows(moderator_client.get(QUEUE)) if "Spammy Sam" in r]

    assert "Rockets hit the Green Zone" in row
    assert re.search(r"<td[^>]*>(Reject|Review)</td>", row)
    assert "promotion" in row
    assert "ago" in row or "now" in row


def test_an_unscreened_comment_says_so(moderator_client, make_comment):
    comment = make_comment("Waiting for the worker.")
    Comment.objects.filter(pk=comment.pk).update(screened_at=None, recommendation="")

    page = moderator_client.get(QUEUE).content.decode()

    assert "not screened yet" in page


@pytest.mark.parametrize(
    "query, shown, hidden",
    [
        ("?recommendation=approve", "A calm remark about the bridge.", "You are an idiot"),
        ("?flagged=personal_attack", "You are an idiot", "A calm remark about the bridge."),
        ("?q=idiot", "You are an idiot", "A calm remark about the bridge."),
        ("?q=angry%40example.org", "You are an idiot", "A calm remark about the bridge."),
        ("?q=Calm+Carol", "A calm remark about the bridge.", "You are an idiot"),
    ],
)
def test_the_queue_filters_and_searches(moderator_client, make_comment, query, shown, hidden):
    make_comment("A calm remark about the bridge.", name="Calm Carol")
    make_comment("You are an idiot and a liar.", name="Angry Andy", email="angry@example.org")

    page = moderator_client.get(QUEUE + query).content.decode()

    assert shown in page
    assert hidden not in page


def test_the_queue_filters_by_article(moderator_client, make_comment, make_article):
    other = make_article(headline="Library reopens")
    make_comment("About the rockets.")
    make_comment("About the library.", on=other)

    page = moderator_client.get(f"{QUEUE}?article__id__exact={other.pk}").content.decode()

    assert "About the library." in page and "About the rockets." not in page


def test_all_comments_can_be_filtered_by_status(moderator_client, make_comment):
    make_comment("Approved comment.", status="approved")
    make_comment("Rejected comment.", status="rejected")

    page = moderator_client.get(ALL + "?status__exact=rejected").content.decode()

    assert "Rejected comment." in page and "Approved comment." not in page


def test_a_comment_page_shows_scores_and_highlights_the_evidence(moderator_client, make_comment):
    comment = make_comment("Honestly you are an idiot.")

    page = moderator_client.get(f"{QUEUE}{comment.pk}/change/").content.decode()

    assert "Personal attack" in page
    assert '<mark class="evidence evidence-personal_attack"' in page
    assert "Approve and publish" in page and "Reject" in page
    assert comment.email in page  # moderators may see the email; readers never do


def test_nothing_on_a_comment_page_is_editable(moderator_client, make_comment, admin_client):
    comment = make_comment("Text that stays as written.")

    for client in (moderator_client, admin_client):
        page = client.get(f"{ALL}{comment.pk}/change/").content.decode()
        assert '<textarea' not in page
        assert 'name="body"' not in page and 'name="email"' not in page and 'name="author_name"' not in page
        assert 'name="_save"' not in page
        client.post(f"{ALL}{comment.pk}/change/", {"body": "Edited!", "author_name": "X", "email": "x@example.org"})
    comment.refresh_from_db()
    assert comment.body == "Text that stays as written."


def test_there_is_no_way_to_add_or_delete_comments_in_the_admin(admin_client, make_comment):
    comment = make_comment()

    assert admin_client.get(f"{ALL}add/").status_code == 403
    assert admin_client.post(f"{ALL}{comment.pk}/delete/", {"post": "yes"}).status_code == 403
    assert "delete_selected" not in admin_client.get(ALL).content.decode()
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_the_queue_and_a_comment_page_cost_the_same_number_of_queries_for_20_or_2000_pending(moderator_client, article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_with(n):
        Comment.objects.bulk_create(
            Comment(article=article, author_name=f"R{i}", email=f"r{i}@example.org", body=f"Pending {i}")
            for i in range(n - Comment.objects.count())
        )
        middle = Comment.objects.order_by("id")[n // 2].pk
        counts = []
        for page in (QUEUE, f"{QUEUE}{middle}/change/"):
            moderator_client.get(page)  # warm the session and permission caches
            with CaptureQueriesContext(connection) as captured:
                assert moderator_client.get(page).status_code == 200
            counts.append(len(captured))
        return counts

    assert queries_with(20) == queries_with(2000)


def test_the_comment_page_lists_a_score_for_every_guideline(moderator_client, make_comment):
    comment = make_comment("Honestly you are an idiot.")

    page = moderator_client.get(f"{QUEUE}{comment.pk}/change/").content.decode()

    assert page.count("<tr") >= 6
    assert re.search(r'<tr class="flagged"><th>Personal attack</th><td>[01]\.\d\d</td></tr>', page)
    assert re.search(r'<tr class=""><th>Threat</th><td>0\.[0-4]\d</td></tr>', page)  # scored, not flagged


def test_the_admin_home_page_says_how_many_comments_await_moderation(moderator_client, make_comment):
    make_comment("First pending comment.")
    make_comment("Second pending comment.")
    make_comment("Already published.", status="approved")

    page = moderator_client.get("/admin/").content.decode()

    assert "2 comments await moderation" in page
    assert 'href="/admin/comments/pendingcomment/"' in page


def test_times_on_a_comment_page_carry_their_time_zone(moderator_client, make_comment):
    comment = make_comment("You are a brainless idiot.", status="rejected", reason="personal_attack")

    page = moderator_client.get(f"{ALL}{comment.pk}/change/").content.decode()

    assert re.search(r"\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC", page)  # posted at, and the decision history
    assert page.count(" UTC") >= 2


def test_the_queue_puts_likely_violations_repeat_offenders_and_long_waits_first(moderator_client, make_comment):
    from datetime import timedelta

    from django.utils import timezone

    make_comment("A calm remark about the bridge.", name="Calm new")
    waited = make_comment("Another calm remark about the bridge.", name="Waited two days")
    Comment.objects.filter(pk=waited.pk).update(created_at=timezone.now() - timedelta(days=2))
    make_comment("An old remark of theirs.", email="repeat@example.org", status="rejected", reason="abuse")
    make_comment("A calm remark about the budget.", name="Repeat offender", email="repeat@example.org")
    make_comment("You are a brainless idiot and a liar.", name="Obvious attack")

    page = moderator_client.get(QUEUE).content.decode()
    order = [page.index(name) for name in ("Obvious attack", "Waited two days", "Repeat offender", "Calm new")]
    assert order == sorted(order), "priority: likeliest violation, then the long wait, then the repeat offender"

    oldest = moderator_client.get(QUEUE + "?order=oldest").content.decode()
    assert oldest.index("Waited two days") < oldest.index("Calm new") < oldest.index("Obvious attack")
    newest = moderator_client.get(QUEUE + "?order=newest").content.decode()
    assert newest.index("Obvious attack") < newest.index("Calm new") < newest.index("Waited two days")
