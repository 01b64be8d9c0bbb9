"""A long discussion comes in pages: the article and the form stay near, and every comment keeps its address."""
from datetime import timedelta

import pytest
from django.utils import timezone

from comments.models import Comment


@pytest.fixture
def discussion(article, settings):
    """120 approved comments, "Comment 0" the oldest, 50 to a page."""
    settings.NEWSROOM = {**settings.NEWSROOM, "COMMENTS_PER_PAGE": 50}
    start = timezone.now() - timedelta(days=1)
    comments = Comment.objects.bulk_create(
        Comment(article=article, author_name=f"R{i}", email=f"r{i}@example.org", body=f"Comment {i}.",
                status="approved", created_at=start + timedelta(minutes=i))
        for i in range(120)
    )
    return comments


def shown(page: str) -> list[int]:
    import re

    return [int(n) for n in re.findall(r"<p>Comment (\d+)\.</p>", page)]


def test_a_page_shows_fifty_comments_oldest_first_and_counts_them_all(client, article, discussion):
    page = client.get(article.get_absolute_url()).content.decode()

    assert shown(page) == list(range(50))
    assert "120 comments" in page and "Page 1 of 3" in page
    assert 'href="?comments=2#comments"' in page and "Later comments" in page
    assert "Earlier comments" not in page


def test_the_last_page_holds_the_rest_and_links_back(client, article, discussion):
    page = client.get(article.get_absolute_url() + "?comments=3").content.decode()

    assert shown(page) == list(range(100, 120))
    assert 'href="?comments=2#comments"' in page and "Later comments" not in page


def test_readers_can_read_the_newest_first_and_page_on_in_that_order(client, article, discussion):
    first = client.get(article.get_absolute_url() + "?order=newest").content.decode()
    second = client.get(article.get_absolute_url() + "?order=newest&comments=2").content.decode()

    assert shown(first) == list(range(119, 69, -1))
    assert 'href="?order=newest&amp;comments=2#comments"' in first and "Older comments" in first
    assert shown(second) == list(range(69, 19, -1))


@pytest.mark.parametrize("query", ["?comments=999", "?comments=two", "?comments=-1", "?order=sideways"])
def test_a_page_number_or_order_that_makes_no_sense_still_gives_a_page_of_comments(client, article, discussion, query):
    response = client.get(article.get_absolute_url() + query)

    assert response.status_code == 200
    assert len(shown(response.content.decode())) in (20, 50)


def test_the_form_is_one_link_away_from_the_top_of_the_comments(client, article, discussion):
    page = client.get(article.get_absolute_url()).content.decode()

    assert page.index('href="#comment-form"') < page.index("<p>Comment 0.</p>") < page.index('id="comment-form"')


def test_a_comments_permalink_finds_it_on_whichever_page_shows_it(client, article, discussion):
    seventy_fifth = discussion[75]

    response = client.get(f"/comments/{seventy_fifth.pk}/")

    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}?comments=2#comment-{seventy_fifth.pk}"
    assert f"<p>Comment 75.</p>" in client.get(response["Location"]).content.decode()


def test_a_comment_not_published_has_no_permalink(client, make_comment):
    pending = make_comment("Still waiting for a moderator.")
    rejected = make_comment("Turned down.", status="rejected", reason="profanity")

    assert client.get(f"/comments/{pending.pk}/").status_code == 404
    assert client.get(f"/comments/{rejected.pk}/").status_code == 404
