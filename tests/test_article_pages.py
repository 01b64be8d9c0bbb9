"""Readers find the news: the front page lists published articles; an article page carries the story and its comments."""
from datetime import timedelta

from django.utils import timezone

from comments.models import CommunityGuidelines


def test_the_front_page_lists_published_articles_newest_first(client, make_article):
    make_article(headline="Older story", published_at=timezone.now() - timedelta(days=2))
    make_article(headline="Newer story", published_at=timezone.now() - timedelta(hours=1))
    make_article(headline="Draft story", published_at=None)
    make_article(headline="Embargoed story", published_at=timezone.now() + timedelta(days=1))

    page = client.get("/").content.decode()

    assert page.index("Newer story") < page.index("Older story")
    assert "Draft story" not in page and "Embargoed story" not in page


def test_the_front_page_shows_date_standfirst_and_links_to_each_article(client, make_article):
    article = make_article(headline="Bridge reopens", standfirst="Traffic flows again after a year.")

    page = client.get("/").content.decode()

    assert f'href="{article.get_absolute_url()}"' in page
    assert "Traffic flows again after a year." in page
    assert article.published_at.strftime("%Y") in page


def test_the_front_page_is_paginated(client, make_article, settings):
    settings.NEWSROOM = {**settings.NEWSROOM, "ARTICLES_PER_PAGE": 2}
    for n in range(5):
        make_article(headline=f"Story {n}")

    first = client.get("/").content.decode()
    last = client.get("/?page=3").content.decode()

    assert "Page 1 of 3" in first and "Story 0" in first and "Story 4" not in first
    assert "Story 4" in last
    assert client.get("/?page=999").status_code == 200  # out of range shows the last page


def test_an_article_page_has_headline_byline_dateline_date_and_body(client, make_article):
    article = make_article(headline="Flood walls approved", byline="Amira Collins", dateline="RIVERTON",
                           body="Councillors voted on Thursday.\n\nWork starts in spring.")

    page = client.get(article.get_absolute_url()).content.decode()

    for text in ("Flood walls approved", "Amira Collins", "RIVERTON", "Councillors voted on Thursday.",
                 "Work starts in spring.", article.published_at.strftime("%Y")):
        assert text in page
    assert page.count("<p>") >= 2


def test_an_unknown_article_is_not_found(client, db):
    assert client.get("/articles/no-such-story/").status_code == 404


def test_the_comment_section_states_the_community_guidelines(client, article):
    page = client.get(article.get_absolute_url()).content.decode()

    for rule in ("profanity", "threats", "personal attacks", "vulgarity", "sexism, racism, homophobia or xenophobia",
                 "commercial or personal promotion", "moderator", "never change what you write"):
        assert rule in page


def test_the_operator_changes_the_guidelines_without_a_code_change(client, article):
    CommunityGuidelines.objects.create(summary="Be kind.\n\nNo adverts.")

    page = client.get(article.get_absolute_url()).content.decode()

    assert "Be kind." in page and "No adverts." in page


def test_the_form_asks_for_name_email_and_comment_and_says_the_email_is_never_shown(client, article):
    page = client.get(article.get_absolute_url()).content.decode()

    assert "Post a comment" in page
    for field in ('name="author_name"', 'name="email"', 'name="body"'):
        assert field in page
    assert "Never shown on the site." in page
    assert 'data-limit="2000"' in page  # counted as the reader types (tests/browser)
    textarea = page[page.index("<textarea"):page.index("</textarea>")]
    assert "maxlength" not in textarea  # a browser would cut a long paste short without a word


def test_bootstrap_is_served_by_the_site_itself_not_a_cdn(client, article):
    page = client.get(article.get_absolute_url()).content.decode()

    assert '<link rel="stylesheet" href="/static/bootstrap/css/bootstrap.min.css">' in page
    assert "cdn" not in page.lower() and "https://" not in page
