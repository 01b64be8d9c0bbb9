"""A reader and a moderator, in a real browser: post, moderate, publish or reject, at desktop and phone width."""
import re

import pytest
from playwright.sync_api import expect

from comments.models import Comment

pytestmark = pytest.mark.browser


def post_comment(page, *, name="Layla Ahmed", email="layla@example.org", body="A careful, fair report. Thank you."):
    page.fill("#id_author_name", name)
    page.fill("#id_email", email)
    page.fill("#id_body", body)
    page.click("#comment-form [type=submit]")


def decide(moderator_screen, body: str, decision: str):
    """The moderator finds the comment in the queue, opens it and decides."""
    page = moderator_screen.page
    page.goto("/admin/comments/pendingcomment/")
    page.get_by_role("link", name=re.compile(re.escape(body[:30]))).first.click()
    if decision == "approve":
        page.click("button.approve")
    else:
        page.select_option("#reject-reason", "personal_attack")
        page.click("button.reject")
    expect(page.locator(".messagelist")).to_be_visible()


def test_a_reader_posts_a_moderator_approves_and_the_reader_then_sees_it(screen, moderator_screen, article):
    page = screen.page
    page.goto("/")
    screen.shot("home")
    page.get_by_role("link", name=article.headline).first.click()
    expect(page.get_by_role("heading", name=article.headline)).to_be_visible()

    body = "The figures in the third paragraph match the council's own report."
    post_comment(page, body=body)

    expect(page.get_by_text("will appear once a moderator approves it")).to_be_visible()
    expect(page.locator(".comment-list")).not_to_contain_text(body)
    expect(page.locator(".own-pending")).to_contain_text(body)  # to this reader alone, marked so
    expect(page.locator(".own-pending")).to_contain_text("Awaiting moderation")
    screen.shot("article-after-posting")
    moderator_screen.page.goto(article.get_absolute_url())  # another browser: not there
    expect(moderator_screen.page.locator("body")).not_to_contain_text(body)

    moderator_screen.page.goto("/admin/comments/pendingcomment/")
    moderator_screen.shot("moderation-queue")
    decide(moderator_screen, body, "approve")

    page.reload()
    expect(page.locator(".comment-list")).to_contain_text(body)
    expect(page.locator(".own-pending")).to_have_count(0)
    expect(page.locator(".comment-list")).to_contain_text("Layla Ahmed")
    expect(page.locator("body")).not_to_contain_text("layla@example.org")
    screen.shot("article-with-comment")


def test_a_rejected_comment_is_never_shown(screen, moderator_screen, article):
    page = screen.page
    page.goto(article.get_absolute_url())
    body = "You are a clueless hack and everyone at this paper knows it."
    post_comment(page, body=body)
    expect(page.get_by_text("will appear once a moderator approves it")).to_be_visible()

    decide(moderator_screen, body, "reject")

    page.reload()
    expect(page.locator("body")).not_to_contain_text(body)
    assert Comment.objects.get(body=body).status == "rejected"


def test_a_refused_post_keeps_the_typed_text_and_leads_to_the_errors(screen, article):
    page = screen.page
    page.goto(article.get_absolute_url())
    body = "My long considered view of the ceasefire, which I would hate to type again."
    page.fill("#id_author_name", "   ")
    page.fill("#id_email", "dara@example.org")
    page.fill("#id_body", body)
    page.click("#comment-form [type=submit]")

    summary = page.locator("#comment-errors")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Please give a name.")
    expect(summary).to_be_in_viewport()
    expect(page.locator("#id_body")).to_have_value(body)
    screen.shot("comment-form-with-errors")


def test_a_closed_article_shows_no_form(screen, make_article):
    closed = make_article(headline="Archive: the 1991 uprising", slug="archive-1991", comments_open=False)

    screen.page.goto(closed.get_absolute_url())

    expect(screen.page.get_by_text("Comments are closed on this article.")).to_be_visible()
    expect(screen.page.locator("#comment-form")).to_have_count(0)


def test_the_comment_box_counts_characters_and_a_long_paste_is_never_cut_silently(screen, article):
    page = screen.page
    page.goto(article.get_absolute_url())
    page.fill("#id_body", "Ten chars.")
    expect(page.locator("#id_body-counter")).to_have_text("10 of 2,000 characters")

    pasted = "A long and careful argument about the ceasefire. " * 50  # 2,450 characters
    page.fill("#id_author_name", "Dara")
    page.fill("#id_email", "dara@example.org")
    page.fill("#id_body", pasted)
    expect(page.locator("#id_body-counter")).to_contain_text("450 characters over the limit of 2,000")
    expect(page.locator("#id_body")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_body")).to_have_value(pasted)  # all of it: nothing cut
    screen.shot("comment-too-long")

    page.click("#comment-form [type=submit]")
    expect(page.locator("#comment-errors")).to_contain_text("at most 2000 characters; this one has 2449")
    assert page.locator("#id_body").input_value().strip() == pasted.strip()  # handed back whole
