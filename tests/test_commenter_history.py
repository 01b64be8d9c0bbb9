"""Beside every comment the moderator sees what the commenter (by email) has posted before."""


def comment_page(client, comment) -> str:
    return client.get(f"/admin/comments/pendingcomment/{comment.pk}/change/").content.decode()


def test_a_first_time_commenter_is_marked_as_such(moderator_client, make_comment):
    comment = make_comment("My first word here.", email="new@example.org")

    assert "First-time commenter" in comment_page(moderator_client, comment)


def test_a_regulars_record_shows_counts_rejections_by_guideline_and_the_latest_outcomes(moderator_client, make_comment):
    email = "regular@example.org"
    make_comment("A fair point about the budget.", email=email, status="approved")
    make_comment("Another fair point, on the roads.", email=email, status="approved")
    make_comment("You absolute clown.", email=email, status="rejected", reason="personal_attack")
    make_comment("Buy cheap watches at my shop.", email=email, status="rejected", reason="promotion")
    make_comment("Someone else's view.", email="other@example.org", status="rejected", reason="profanity")
    current = make_comment("What about the schools?", email=email)

    page = comment_page(moderator_client, current)

    assert "First-time commenter" not in page
    assert "2 approved, 2 rejected (" in page and ", 0 waiting" in page
    assert "Personal attack: 1" in page and "Commercial or personal promotion: 1" in page
    assert "Profanity" not in page.split('class="commenter-summary"')[1].split("</ul>")[0]  # not theirs
    assert "You absolute clown." in page and "Rejected: " in page
    assert "What about the schools?" in page  # the comment itself, shown once in its own place


def test_the_history_never_reaches_a_public_page(client, article, make_comment):
    make_comment("Approved words.", email="regular@example.org", status="approved")

    page = client.get(article.get_absolute_url()).content.decode()

    assert "First-time commenter" not in page and "commenter-summary" not in page


def test_a_long_record_costs_no_more_queries_than_a_short_one(moderator_client, make_comment):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(email, earlier):
        for i in range(earlier):
            make_comment(f"Comment {i} from {email}.", email=email, status="approved" if i % 2 else "rejected",
                         reason="profanity")
        current = make_comment("And one more.", email=email)
        with CaptureQueriesContext(connection) as captured:
            assert moderator_client.get(f"/admin/comments/pendingcomment/{current.pk}/change/").status_code == 200
        return len(captured)

    assert queries_for("busy@example.org", 30) == queries_for("quiet@example.org", 2)


def test_the_queue_can_show_only_first_time_or_only_returning_commenters(moderator_client, make_comment):
    make_comment("An old approved comment.", email="regular@example.org", status="approved")
    make_comment("The regular again.", email="regular@example.org")
    make_comment("Hello from a newcomer.", email="newcomer@example.org")
    queue = "/admin/comments/pendingcomment/"

    first_time = moderator_client.get(queue, {"commenter": "first_time"}).content.decode()
    returning = moderator_client.get(queue, {"commenter": "returning"}).content.decode()

    assert "Hello from a newcomer." in first_time and "The regular again." not in first_time
    assert "The regular again." in returning and "Hello from a newcomer." not in returning
