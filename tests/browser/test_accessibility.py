"""axe-core finds nothing serious or critical on the pages readers and moderators use."""
import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


def serious_violations(page) -> list[str]:
    results = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def test_the_home_page(screen, article):
    screen.page.goto("/")
    assert serious_violations(screen.page) == []


def test_an_article_with_comments_and_the_guidelines(screen, article, make_comment, guidelines):
    make_comment("The timeline in the second paragraph is right.", name="Aram", status="approved")
    make_comment("شكراً على هذا التقرير الدقيق.", name="ليلى", status="approved")
    screen.page.goto(article.get_absolute_url())
    screen.shot("article-with-comments-and-guidelines")
    assert serious_violations(screen.page) == []


def test_the_comment_form_with_errors(screen, article):
    page = screen.page
    page.goto(article.get_absolute_url())
    page.fill("#id_author_name", "Dara")
    page.fill("#id_email", "dara@example.org")
    page.fill("#id_body", "   ")
    page.click("#comment-form [type=submit]")
    page.wait_for_selector("#comment-errors")
    assert serious_violations(page) == []


def test_the_moderation_queue_and_a_comment_in_it(moderator_screen, make_comment):
    make_comment("Utter rubbish from a paid shill, as usual.")
    page = moderator_screen.page
    page.goto("/admin/comments/pendingcomment/")
    assert serious_violations(page) == []
    page.get_by_role("link", name="Utter rubbish from a paid shill").click()
    page.wait_for_selector(".decide")
    moderator_screen.shot("moderation-comment")
    assert serious_violations(page) == []


def test_the_moderation_dashboard(moderator_screen, make_comment, moderator):
    from comments import services

    for n, (body, reason) in enumerate([("You clown.", "personal_attack"), ("Buy watches.", "promotion"),
                                         ("A fair report.", None), ("Still waiting.", "wait")]):
        comment = make_comment(body)
        if reason is None:
            services.comment_approve(comment=comment, moderator=moderator)
        elif reason != "wait":
            services.comment_reject(comment=comment, moderator=moderator, reason=reason)
    page = moderator_screen.page
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto("/admin/comments/pendingcomment/dashboard/")

    assert page.locator("svg.chart").count() == 3
    assert page.locator("svg.chart rect").first.is_visible()
    assert errors == []  # nothing refused by the Content-Security-Policy
    moderator_screen.shot("moderation-dashboard")
    assert serious_violations(page) == []
