"""A post sent at once after its form was drawn, or without the form's stamp, is a script's: refused
with the honeypot's words, which name no check, and the typed text handed back."""
import re
import time

from comments import time_to_post
from comments.models import Comment

TYPED = {"author_name": "Shirin", "email": "shirin@example.org", "body": "A measured reply about the water supply."}


def drawn_form_stamp(client, article) -> str:
    page = client.get(article.get_absolute_url()).content.decode()
    return re.search(r'name="rendered" value="([^"]+)"', page).group(1)


def post(client, article, **fields):
    return client.post(f"/articles/{article.slug}/comments/", {**TYPED, **fields})


def test_the_form_carries_a_signed_stamp_of_when_it_was_drawn(client, article):
    stamp = drawn_form_stamp(client, article)

    assert 0 <= time_to_post.seconds_since(stamp) < 5
    assert 'type="hidden" name="rendered"' in client.get(article.get_absolute_url()).content.decode()


def test_a_post_sent_at_once_is_refused_without_naming_the_check_and_keeps_the_text(client, article, time_to_post_checked):
    response = post(client, article, rendered=drawn_form_stamp(client, article))

    page = response.content.decode()
    assert response.status_code == 400
    assert "Your comment could not be posted. Please try again." in page
    assert "rendered" not in re.sub(r'<input type="hidden" name="rendered"[^>]*>', "", page).split("<main", 1)[-1]
    assert TYPED["body"] in page
    assert not Comment.objects.exists()


def test_a_post_without_a_stamp_or_with_a_forged_one_is_refused(client, article, time_to_post_checked):
    forged = f"{int(time.time()) - 60}:not-signed-here"

    assert post(client, article).status_code == 400
    assert post(client, article, rendered=forged).status_code == 400
    assert not Comment.objects.exists()


def test_a_post_sent_after_the_reader_had_the_form_a_while_is_accepted(client, article, time_to_post_checked, monkeypatch):
    stamp = drawn_form_stamp(client, article)
    later = time.time() + time_to_post_checked + 1
    monkeypatch.setattr(time_to_post.time, "time", lambda: later)

    assert post(client, article, rendered=stamp).status_code == 302
    assert Comment.objects.count() == 1


def test_a_refused_form_is_drawn_again_with_a_fresh_stamp_so_the_reader_can_post_again(client, article, time_to_post_checked):
    response = post(client, article, rendered="garbage")

    fresh = re.search(r'name="rendered" value="([^"]+)"', response.content.decode()).group(1)
    assert time_to_post.seconds_since(fresh) is not None
