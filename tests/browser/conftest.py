"""A real browser (Debian's Chromium, driven by Playwright) against a live server.

Each test that takes `page` runs at a desktop and at a phone viewport. Screenshots go to
`test-artifacts/` on every run. Without Playwright or Chromium these tests are skipped, unless
REQUIRE_BROWSER=1 (as `.ci/run` sets), when they fail.
"""
import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
MODERATOR_PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def chromium():
    missing = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "Playwright is not installed (pip install -e '.[dev]')"
    if missing is None and not Path(CHROMIUM).exists():
        missing = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if missing:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(missing)
        pytest.skip(missing)
    # Playwright's synchronous API keeps an event loop in this thread; the test's own database calls
    # are synchronous all the same.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class Screen:
    """One browser tab at one viewport, with the page's address relative to the live server."""

    def __init__(self, context, viewport: str):
        self.context, self.viewport = context, viewport
        self.page = context.new_page()

    def shot(self, name: str):
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=ARTIFACTS / f"{name}-{self.viewport}.png", full_page=True)

    def new_tab(self) -> "Screen":
        return Screen(self.context, self.viewport)


@pytest.fixture(params=list(VIEWPORTS))
def screen(request, chromium, live_server, transactional_db):
    context = chromium.new_context(viewport=VIEWPORTS[request.param], base_url=live_server.url)
    context.set_default_timeout(10_000)
    yield Screen(context, request.param)
    context.close()


@pytest.fixture
def moderator_screen(chromium, live_server, moderator):
    """A second browser, logged in to the admin as a moderator (desktop)."""
    context = chromium.new_context(viewport=VIEWPORTS["desktop"], base_url=live_server.url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", moderator.username)
    page.fill("#id_password", MODERATOR_PASSWORD)
    page.press("#id_password", "Enter")  # by keyboard, as the keyboard-only moderator's test needs
    page.wait_for_url("**/admin/")
    yield Screen(context, "desktop")
    context.close()


@pytest.fixture
def guidelines(transactional_db):
    from comments.models import CommunityGuidelines

    return CommunityGuidelines.objects.create(
        summary="Comments are read by a moderator before they appear.\n\n"
                "No profanity, threats, personal attacks, vulgarity, abuse of any group, or promotion."
    )
