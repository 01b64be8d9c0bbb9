"""The Arabic pages in a real browser: the layout mirrors, and Arabic and English read in order."""
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_the_arabic_article_page_mirrors_and_posts_a_comment(screen, article, guidelines, make_comment):
    make_comment("Mixed text: the Peshmerga (پێشمەرگە) held the line near Kirkuk.", name="Karwan", status="approved")
    make_comment("قرأت التقرير كاملًا، وهو دقيق في أرقامه.", name="ليلى أحمد", status="approved")
    page = screen.page
    page.goto(f"/ar/articles/{article.slug}/")

    assert page.evaluate("document.documentElement.dir") == "rtl"
    expect(page.get_by_role("heading", name="أضف تعليقًا")).to_be_visible()
    width = page.viewport_size["width"]
    # Mirrored: the masthead's title sits at the right, and so does the start of the comment heading.
    title = page.locator(".masthead-title").bounding_box()
    assert title["x"] + title["width"] > width * 0.6
    heading = page.locator("#comments-heading").bounding_box()
    assert heading["x"] + heading["width"] > width * 0.6
    # An Arabic comment's text is right-aligned in its box; an English one stays left-aligned.
    arabic = page.locator(".comment-body", has_text="قرأت التقرير")
    english = page.locator(".comment-body", has_text="Mixed text")
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
    screen.shot("arabic-article")

    page.fill("#id_author_name", "دارا")
    page.fill("#id_email", "dara@example.org")
    page.fill("#id_body", "شكرًا على هذا التقرير الواضح.")
    expect(page.locator(".comment-counter")).to_contain_text("من")  # the counter speaks Arabic too
    page.click("#comment-form [type=submit]")

    expect(page.get_by_text("شكرًا لك. وصلنا تعليقك")).to_be_visible()
    expect(page.locator(".own-pending")).to_contain_text("بانتظار الإشراف")
    screen.shot("arabic-article-after-posting")
