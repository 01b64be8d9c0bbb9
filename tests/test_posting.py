"""A reader posts a comment: it is kept, it waits for a moderator, and bad input is explained."""
import pytest
from comments.models import Comment

VALID = {"author_name": "Layla", "email": "layla@example.org", "body": "A careful, fair report. Thank you."}


def post_url(article):
    return f"/articles/{article.slug}/comments/"


def test_a_valid_comment_is_stored_as_pending_and_the_reader_is_sent_back_to_the_article(client, article):
    response = client.post(post_url(article), VALID, REMOTE_ADDR="198.51.100.7")

    assert response.status_code == 302
    assert response["Location"] == f"/articles/{article.slug}/?posted=1#comments"
    comment = Comment.objects.get()
    assert (comment.author_name, comment.email, comment.body) == ("Layla", "layla@example.org", VALID["body"])
    assert comment.status == Comment.Status.PENDING
    assert comment.article == article
    assert comment.ip_address == "198.51.100.7"


def test_after_posting_the_reader_is_told_the_comment_awaits_moderation_and_it_is_not_published(client, article):
    response = client.post(post_url(article), VALID, follow=True)

    page = response.content.decode()
    assert "will appear once a moderator approves it" in page
    assert "0 comments" in page
    published = page[page.index('<ol class="comment-list'):]
    assert VALID["body"] not in published  # shown only as the reader's own, awaiting moderation


def test_every_field_is_required_and_each_missing_one_is_named(client, article):
    response = client.post(post_url(article), {"author_name": "", "email": "", "body": ""})

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"author_name", "email", "body"}
    assert Comment.objects.count() == 0


def test_an_invalid_post_keeps_what_the_reader_typed(client, article):
    typed = {"author_name": "Dara", "email": "not-an-email", "body": "My long considered view of the ceasefire."}

    response = client.post(post_url(article), typed)

    page = response.content.decode()
    assert response.status_code == 400
    assert "Enter a valid email address." in page
    assert 'value="Dara"' in page
    assert "My long considered view of the ceasefire." in page
    assert Comment.objects.count() == 0


def test_a_comment_longer_than_2000_characters_is_refused_with_its_length(client, article):
    response = client.post(post_url(article), {**VALID, "body": "x" * 2001})

    assert response.status_code == 400
    assert "at most 2000 characters; this one has 2001" in response.content.decode()
    assert Comment.objects.count() == 0


def test_a_comment_of_exactly_2000_characters_is_accepted(client, article):
    assert client.post(post_url(article), {**VALID, "body": "y" * 2000}).status_code == 302
    assert len(Comment.objects.get().body) == 2000


def test_blank_text_is_not_a_comment(client, article):
    response = client.post(post_url(article), {**VALID, "author_name": "   ", "body": " \n  "})

    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"author_name", "body"}


def test_a_filled_honeypot_marks_the_post_as_a_bot_and_nothing_is_stored(client, article):
    response = client.post(post_url(article), {**VALID, "website": "http://spam.example"})

    assert response.status_code == 400
    assert Comment.objects.count() == 0
    page = response.content.decode()
    assert "Your comment could not be posted. Please try again." in page
    assert "must be left empty" not in page  # nothing tells the bot which field gave it away
    assert not response.context["form"].has_error("website")


def test_a_huge_refused_comment_is_not_echoed_back_whole(client, article):
    huge = "word " * 200_000  # a megabyte

    response = client.post(post_url(article), {**VALID, "body": huge})

    assert response.status_code == 400
    assert Comment.objects.count() == 0
    page = response.content.decode()
    assert "this one has 1,000,000" in page or "this one has 1000000" in page
    assert len(page) < 60_000  # the page, and at most twice the limit of the text
    assert huge[:4000] in page  # the start comes back to be shortened


def test_an_article_with_comments_closed_shows_no_form(client, make_article):
    closed = make_article(comments_open=False)

    page = client.get(closed.get_absolute_url()).content.decode()

    assert "Comments are closed on this article." in page
    assert 'id="comment-form"' not in page


def test_a_post_to_a_closed_article_is_refused_clearly_and_hands_the_text_back(client, make_article):
    closed = make_article(comments_open=False)

    response = client.post(post_url(closed), {**VALID, "body": "Words I do not want to lose."})

    page = response.content.decode()
    assert response.status_code == 403
    assert "Comments are closed on this article. Your comment was not posted." in page
    assert "Words I do not want to lose." in page
    assert Comment.objects.count() == 0


def test_drafts_take_no_comments(client, make_article):
    draft = make_article(published_at=None)

    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.post(post_url(draft), VALID).status_code == 404
    assert Comment.objects.count() == 0


def test_opening_the_posting_address_leads_back_to_the_articles_form(client, article):
    response = client.get(post_url(article))  # the address a browser shows after a refused post

    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}#comment-form"
    assert client.put(post_url(article)).status_code == 405


@pytest.mark.parametrize("field, message", [
    ("author_name", "Please give a name."),
    ("body", "Please write a comment."),
    ("email", "Please give an email address. It is never shown."),
])
def test_a_field_of_spaces_gets_its_own_message(client, article, field, message):
    response = client.post(post_url(article), {**VALID, field: "   "})

    assert response.status_code == 400
    assert message in response.content.decode()


def test_the_form_is_protected_by_csrf(article):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(post_url(article), VALID).status_code == 403
    assert Comment.objects.count() == 0


@pytest.mark.parametrize("name", [
    "Adm\u202eoobab",       # right-to-left override: shows as "Admbaboo" reversed
    "Reader\u2066x",        # an isolate left open
    "Zero\u200bwidth",      # a zero-width space
    "Tab\tname",
    "\ufeffBOM",
])
def test_a_name_with_invisible_or_direction_changing_characters_is_refused_clearly(client, article, name):
    response = client.post(post_url(article), {**VALID, "author_name": name})

    assert response.status_code == 400
    assert "Names cannot contain invisible or direction-changing characters" in response.content.decode()
    assert Comment.objects.count() == 0


def test_a_persian_name_with_its_zero_width_non_joiner_is_accepted(client, article):
    name = "\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627"  # Mohammad-Reza, joined as Persian writes it
    assert client.post(post_url(article), {**VALID, "author_name": name}).status_code == 302
    assert Comment.objects.get().author_name == name


@pytest.mark.parametrize("body, message", [
    ("Fine words\x00 and a NUL.", "Null characters are not allowed."),
    ("A bell\x07 rings.", "control characters (such as NUL)"),
    ("Escape\x1b[31m red", "control characters (such as NUL)"),
])
def test_a_comment_with_control_characters_is_refused_clearly(client, article, body, message):
    response = client.post(post_url(article), {**VALID, "body": body})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert Comment.objects.count() == 0


def test_a_comment_keeps_its_direction_marks_exactly(client, article):
    body = "Quote: \u202bهذا نص\u202c and back to English.\nSecond line\twith a tab."
    assert client.post(post_url(article), {**VALID, "body": body}).status_code == 302
    assert Comment.objects.get().body == body


def test_the_same_comment_sent_twice_is_stored_once_with_the_same_answer(client, article):
    first = client.post(post_url(article), VALID)
    again = client.post(post_url(article), VALID)  # a double click, or the browser retrying

    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"]
    assert Comment.objects.count() == 1


def test_the_same_words_from_another_reader_or_later_are_a_new_comment(client, article, settings):
    from datetime import timedelta

    client.post(post_url(article), VALID)
    client.post(post_url(article), {**VALID, "author_name": "Someone else", "email": "else@example.org"})
    assert Comment.objects.count() == 2

    Comment.objects.update(created_at=Comment.objects.first().created_at - timedelta(minutes=11))
    client.post(post_url(article), VALID)
    assert Comment.objects.count() == 3


def test_a_refused_post_comes_back_at_a_summary_of_its_errors_linked_to_the_fields(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'action="{post_url(article)}#comment-errors"' in page  # the browser lands on the summary

    response = client.post(post_url(article), {**VALID, "author_name": " ", "email": "not-an-email"})

    refused = response.content.decode()
    assert response.status_code == 400
    assert 'id="comment-errors"' in refused and 'role="alert"' in refused
    assert '<a class="alert-link" href="#id_author_name">Please give a name.</a>' in refused
    assert 'href="#id_email"' in refused
    assert VALID["body"] in refused  # the text is kept


def test_a_line_break_counts_as_one_character_as_the_reader_sees_it(client, article, settings):
    settings.NEWSROOM = {**settings.NEWSROOM, "COMMENT_MAX_LENGTH": 30}
    body = "First line.\r\nSecond line.\r\nEnd."  # 29 characters on screen, 31 as sent

    response = client.post(post_url(article), {**VALID, "body": body})

    assert response.status_code == 302
    assert Comment.objects.get().body == "First line.\nSecond line.\nEnd."
