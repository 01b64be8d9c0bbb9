"""The article page follows the reader's system colours, and remembers the text size they chose."""
import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, VIEWPORTS
from tests.browser.test_accessibility import serious_violations

pytestmark = pytest.mark.browser


def root_font_size(page) -> float:
    return page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")


def test_a_reader_whose_system_is_dark_gets_dark_pages_that_still_read_well(chromium, live_server, article,
                                                                           make_comment, guidelines):
    make_comment("The timeline in the second paragraph is right.", name="Aram", status="approved")
    context = chromium.new_context(viewport=VIEWPORTS["phone"], base_url=live_server.url, color_scheme="dark")
    page = context.new_page()
    page.goto(article.get_absolute_url())

    expect(page.locator("html")).to_have_attribute("data-bs-theme", "dark")
    red, green, blue = page.evaluate(
        "getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)")
    assert red + green + blue < 150  # a dark background
    assert serious_violations(page) == []  # contrast holds in dark colours too
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "article-dark-phone.png", full_page=True)
    context.close()


def test_a_light_system_gets_light_pages(screen, article):
    screen.page.goto(article.get_absolute_url())
    expect(screen.page.locator("html")).to_have_attribute("data-bs-theme", "light")


def test_the_text_size_a_reader_chooses_is_kept_on_the_next_page(screen, article):
    page = screen.page
    page.goto(article.get_absolute_url())
    normal = root_font_size(page)

    page.get_by_role("button", name="Larger text").click()
    page.get_by_role("button", name="Larger text").click()
    larger = root_font_size(page)
    assert larger >= normal * 1.2
    screen.shot("article-larger-text")

    page.goto("/")
    assert root_font_size(page) == larger  # remembered across pages

    page.goto(article.get_absolute_url())
    page.get_by_role("button", name="Smaller text").click()
    assert normal < root_font_size(page) < larger
