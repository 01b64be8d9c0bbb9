"""A reader sees their own comment awaiting moderation, marked so; nobody else does."""
from django.test import Client

from comments import own_comments, services
from comments.models import Comment

POST = {"author_name": "Rezan", "email": "rezan@example.org", "body": "The bridge repairs took far too long."}


def post(client, article, **changes):
    return client.post(f"/articles/{article.slug}/comments/", {**POST, **changes})


def own_section(page: str) -> str:
    if 'class="own-pending' not in page:
        return ""
    return page[page.index('class="own-pending'):page.index('<ol class="comment-list')]


def test_the_reader_who_posted_sees_their_comment_marked_as_awaiting_moderation(client, article):
    post(client, article)

    page = client.get(article.get_absolute_url()).content.decode()

    mine = own_section(page)
    assert POST["body"] in mine and "Awaiting moderation" in mine and "Only you can see it" in mine
    assert "0 comments" in page
    assert "rezan@example.org" not in page


def test_another_reader_does_not_see_it(client, article):
    post(client, article)

    page = Client().get(article.get_absolute_url()).content.decode()

    assert POST["body"] not in page


def test_a_page_showing_a_readers_own_comment_is_never_kept_by_a_shared_cache(client, article):
    post(client, article)
    client.cookies.pop("messages", None)

    response = client.get(article.get_absolute_url())

    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_a_forged_cookie_shows_nothing(client, article, make_comment):
    someone_else = make_comment("Somebody else's words, still pending.")
    client.cookies[own_comments.COOKIE_NAME] = str(someone_else.pk)

    page = client.get(article.get_absolute_url()).content.decode()

    assert "Somebody else's words" not in page


def test_once_approved_it_is_shown_once_among_the_published_comments(client, article, moderator):
    post(client, article)
    services.comment_approve(comment=Comment.objects.get(), moderator=moderator)

    page = client.get(article.get_absolute_url()).content.decode()

    assert own_section(page) == ""
    assert page.count(POST["body"]) == 1 and "1 comment" in page


def test_once_rejected_it_is_no_longer_shown(client, article, moderator):
    post(client, article)
    services.comment_reject(comment=Comment.objects.get(), moderator=moderator, reason="other")

    page = client.get(article.get_absolute_url()).content.decode()

    assert POST["body"] not in page


def test_each_comment_the_reader_sent_is_shown_on_its_own_article_only(client, article, make_article):
    other = make_article(slug="another-story")
    post(client, article)
    post(client, other, body="A second thought, on another story.")
    post(client, article, body="And one more on the first story.")

    first = own_section(client.get(article.get_absolute_url()).content.decode())
    second = own_section(client.get(other.get_absolute_url()).content.decode())

    assert POST["body"] in first and "one more on the first story" in first and "second thought" not in first
    assert "second thought" in second and POST["body"] not in second
    assert "Only you can see them" in first


def test_the_cookie_is_http_only_and_names_the_last_comments_only(client, article):
    for n in range(own_comments.OWN_COMMENTS_KEPT + 3):
        response = post(client, article, body=f"Comment number {n} on the repairs.")

    cookie = response.cookies[own_comments.COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    request = client.get(article.get_absolute_url()).wsgi_request
    newest = [c.pk for c in Comment.objects.order_by("pk")][-own_comments.OWN_COMMENTS_KEPT:]
    assert own_comments.comment_ids(request) == newest
