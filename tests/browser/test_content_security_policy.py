"""No page of the site or of the moderation admin needs an inline script or style: the strict
Content-Security-Policy blocks nothing the pages use."""
import pytest

pytestmark = pytest.mark.browser


def refused_by_policy(page, visit) -> list[str]:
    refused = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    visit()
    page.wait_for_load_state("load")
    return refused


def test_the_readers_pages_break_nothing_under_the_policy(screen, article, make_comment, guidelines):
    make_comment("The timeline in the second paragraph is right.", status="approved")
    page = screen.page

    def visit():
        page.goto("/")
        page.goto(article.get_absolute_url())
        page.get_by_role("button", name="Larger text").click()  # its script ran
        page.fill("#id_author_name", "Dara")
        page.fill("#id_email", "dara@example.org")
        page.fill("#id_body", "   ")
        page.click("#comment-form [type=submit]")
        page.wait_for_selector("#comment-errors")

    assert refused_by_policy(page, visit) == []
    assert page.locator("#id_body-counter").count() == 1  # the counter's script ran as well


def test_the_moderators_pages_break_nothing_under_the_policy(moderator_screen, make_comment):
    make_comment("Utter rubbish from a paid shill, as usual.")
    page = moderator_screen.page

    def visit():
        page.goto("/admin/")
        page.goto("/admin/comments/pendingcomment/")
        page.get_by_role("link", name="Utter rubbish from a paid shill").click()
        page.wait_for_selector(".decide")
        page.keyboard.press("r")  # the moderation keys' script runs: r focuses the guideline

    assert refused_by_policy(page, visit) == []


def test_a_page_says_the_policy(client, article):
    policy = client.get(article.get_absolute_url())["Content-Security-Policy"]

    assert "script-src 'self'" in policy and "style-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_a_script_slipped_into_a_page_would_not_run(screen, article):
    page = screen.page
    page.goto(article.get_absolute_url())

    refused = refused_by_policy(page, lambda: page.evaluate(
        """document.body.insertAdjacentHTML('beforeend', '<img src="/nothing" onerror="window.ran = true">')"""))
    page.wait_for_timeout(300)

    assert page.evaluate("window.ran === undefined")
    assert refused  # the browser says the policy stopped it
