"""When a story breaks, a CDN or nginx serves the pages: no cookie on a reader's page, and the
comment form still refuses a post forged from another site (checked by origin, not by cookie)."""
import pytest
from django.test import Client

from comments.models import Comment

COMMENT = {"author_name": "Dana", "email": "dana@example.org", "body": "A fair report, thank you.", "website": ""}


@pytest.fixture
def browser():
    """A client that is held to CSRF checks, as a browser is."""
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize("url", ["/", "article"])
def test_a_readers_page_sets_no_cookie_and_may_be_kept_by_a_shared_cache(browser, article, url):
    response = browser.get(article.get_absolute_url() if url == "article" else url)

    assert response.status_code == 200
    assert not response.cookies
    assert "public" in response["Cache-Control"] and "max-age=30" in response["Cache-Control"]
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_a_comment_posted_from_the_sites_own_page_is_received(browser, article):
    response = browser.post(f"/articles/{article.slug}/comments/", COMMENT, HTTP_ORIGIN="http://testserver")

    assert response.status_code == 302
    assert Comment.objects.filter(body=COMMENT["body"]).exists()


@pytest.mark.parametrize("headers", [
    {"HTTP_ORIGIN": "https://attacker.example"},
    {"HTTP_REFERER": "https://attacker.example/page.html"},
    {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "cross-site"},
    {},
], ids=["other origin", "other referer", "cross-site fetch", "no origin said"])
def test_a_post_not_sent_from_the_site_is_refused_and_its_text_handed_back(browser, article, headers):
    response = browser.post(f"/articles/{article.slug}/comments/", COMMENT, **headers)

    assert response.status_code == 403
    assert not Comment.objects.exists()
    page = response.content.decode()
    assert "was not sent from this site" in page and COMMENT["body"] in page


@pytest.mark.parametrize("headers", [
    {"HTTP_REFERER": "http://testserver/articles/x/"},
    {"HTTP_ORIGIN": "null", "HTTP_SEC_FETCH_SITE": "same-origin"},
], ids=["referer only", "origin withheld, same-origin fetch"])
def test_a_browser_that_withholds_the_origin_is_still_believed_when_it_says_same_site(browser, article, headers):
    assert browser.post(f"/articles/{article.slug}/comments/", COMMENT, **headers).status_code == 302


def test_the_page_that_thanks_a_reader_is_theirs_alone(browser, article):
    response = browser.post(f"/articles/{article.slug}/comments/", COMMENT, HTTP_ORIGIN="http://testserver",
                            follow=True)

    assert "will appear once a moderator approves it" in response.content.decode()
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_the_admin_still_needs_djangos_csrf_token(browser, moderator):
    response = browser.post("/admin/login/", {"username": moderator.username, "password": "x"},
                            HTTP_ORIGIN="http://testserver")

    assert response.status_code == 403


def test_a_huge_post_refused_for_its_origin_is_not_echoed_whole(browser, article):
    response = browser.post(f"/articles/{article.slug}/comments/", {**COMMENT, "body": "x" * 1_000_000},
                            HTTP_ORIGIN="https://attacker.example")

    page = response.content.decode()
    assert response.status_code == 403
    assert "x" * 4000 in page and "x" * 4001 not in page  # twice the 2,000-character limit, as a refused form
