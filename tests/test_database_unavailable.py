"""The database refusing connections: the reader gets a clear 503 page, no stack trace, and a comment
being posted is handed back, not half-written."""
import socket
from contextlib import contextmanager
from unittest import mock

import pytest
from django.db import OperationalError, connection

from comments.models import Comment

pytestmark = pytest.mark.django_db(transaction=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def database_refusing_connections():
    """On PostgreSQL, the default database pointed at a port where nothing listens: a real refused
    connection. SQLite has no server to refuse (and its in-memory test database cannot be closed and
    reopened), so there every query raises the error SQLite gives for a file it cannot open."""
    if connection.vendor != "postgresql":
        refused = OperationalError("unable to open database file")
        with mock.patch.object(connection, "cursor", side_effect=refused):
            yield
        return
    saved = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(free_port()))
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


def test_an_article_page_answers_503_with_a_plain_message(client, article):
    url = article.get_absolute_url()
    with database_refusing_connections():
        response = client.get(url)

    page = response.content.decode()
    assert response.status_code == 503 and response["Retry-After"] == "60"
    assert "temporarily unavailable" in page and "Traceback" not in page and "OperationalError" not in page


def test_a_comment_posted_meanwhile_is_handed_back_and_nothing_is_stored(client, article):
    body = "My considered view of the bridge repairs, which I do not want to lose."
    with database_refusing_connections():
        response = client.post(f"/articles/{article.slug}/comments/",
                               {"author_name": "Dara", "email": "dara@example.org", "body": body})

    assert response.status_code == 503
    assert body in response.content.decode() and "Your comment was not posted" in response.content.decode()
    assert Comment.objects.count() == 0  # the database answers again: nothing half-written


def test_the_site_answers_normally_once_the_database_is_back(client, article):
    with database_refusing_connections():
        assert client.get("/").status_code == 503

    assert client.get("/").status_code == 200
