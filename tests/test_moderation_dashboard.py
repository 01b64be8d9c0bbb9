"""The moderators' dashboard: the queue and the decisions over the last 14 days, in charts and tables."""
from datetime import timedelta

import pytest
from django.utils import timezone

from comments import dashboard, services
from comments.models import Comment, Decision


def backdate(comment, **ago):
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(**ago))
    comment.refresh_from_db()


@pytest.fixture
def history(make_comment, moderator, django_user_model):
    """Three days of work by two moderators."""
    second = django_user_model.objects.create_user("second", password="x" * 20, is_staff=True)
    old = make_comment("Waiting since two days ago.")
    backdate(old, days=2)
    flagged = make_comment("You are an idiot.")
    Comment.objects.filter(pk=flagged.pk).update(screened_at=timezone.now(), score_personal_attack=0.9,
                                                  score_profanity=0.1)
    services.comment_reject(comment=flagged, moderator=moderator, reason="personal_attack")
    missed = make_comment("Buy cheap watches.")
    Comment.objects.filter(pk=missed.pk).update(screened_at=timezone.now(), score_promotion=0.2)
    services.comment_reject(comment=missed, moderator=second, reason="promotion")
    fine = make_comment("Good reporting.")
    Comment.objects.filter(pk=fine.pk).update(screened_at=timezone.now(), score_personal_attack=0.7)
    services.comment_approve(comment=fine, moderator=moderator)
    make_comment("Posted just now.")
    return moderator, second


def test_the_queue_now_and_at_the_end_of_each_day(history):
    figures = dashboard.moderation_figures()

    assert figures.waiting_now == 2
    assert figures.oldest_waiting >= timedelta(days=2)
    assert len(figures.days) == 14 and figures.days[-1] == timezone.localdate()
    assert figures.waiting_at_end_of[-1] == 2
    assert figures.waiting_at_end_of[-3] == 1  # two days ago, the old comment alone waited
    assert figures.waiting_at_end_of[0] == 0
    assert figures.posted[-1] == 4 and figures.posted[-3] == 1
    assert (figures.approved[-1], figures.rejected[-1]) == (1, 2)


def test_decisions_per_moderator_and_rejections_per_guideline(history):
    moderator, second = history
    figures = dashboard.moderation_figures()

    assert figures.by_moderator == [(moderator.username, 1, 1), (second.username, 0, 1)]
    assert sorted((str(label), n) for label, n in figures.by_guideline) == sorted(
        [(str(Decision.Reason.PERSONAL_ATTACK.label), 1), (str(Decision.Reason.PROMOTION.label), 1)])


def test_how_well_screening_agreed_with_the_moderators(history):
    agreement = {row.guideline: row for row in dashboard.moderation_figures().agreement}

    attack = agreement["personal_attack"]
    assert (attack.flagged, attack.rejected, attack.both) == (2, 1, 1)
    assert attack.precision == 0.5 and attack.recall == 1.0
    promotion = agreement["promotion"]
    assert (promotion.flagged, promotion.rejected, promotion.both) == (0, 1, 0)
    assert promotion.precision is None and promotion.recall == 0.0


def test_the_time_from_post_to_decision_median_and_90th_percentile():
    assert dashboard.percentile([], 0.5) is None
    values = list(range(1, 11))
    assert dashboard.percentile(values, 0.5) == 5 and dashboard.percentile(values, 0.9) == 9
    assert dashboard.percentile([7], 0.9) == 7


def test_the_dashboard_page_shows_charts_and_tables_to_moderators(moderator_client, history, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        response = moderator_client.get("/admin/comments/pendingcomment/dashboard/")

    page = response.content.decode()
    assert response.status_code == 200
    charts = [part.split("</svg>")[0] for part in page.split('<svg class="chart"')[1:]]
    assert len(charts) == 3 and not any("<script" in chart or "<style" in chart for chart in charts)
    assert "2 comments await moderation" in page and "the oldest has waited 2" in page
    assert "Personal attack" in page and "50%" in page and "100%" in page
    assert "median" in page


def test_the_admin_home_page_links_to_it(moderator_client):
    assert "/admin/comments/pendingcomment/dashboard/" in moderator_client.get("/admin/").content.decode()


def test_people_who_are_not_moderators_cannot_see_it(client, django_user_model):
    staff = django_user_model.objects.create_user("staff", password="x" * 20, is_staff=True)
    client.force_login(staff)

    assert client.get("/admin/comments/pendingcomment/dashboard/").status_code == 403
