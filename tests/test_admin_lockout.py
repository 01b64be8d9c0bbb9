"""Brute force on the admin: repeated wrong passwords lock the address out (django-axes), even
against the right password, and a stored comment keeps the client's address from a trusted proxy only."""
import pytest
from django.test import RequestFactory

from newsroom.client_address import client_ip

LOGIN = "/admin/login/?next=/admin/"


def sign_in(client, password, address="198.51.100.7"):
    return client.post(LOGIN, {"username": "mod", "password": password}, REMOTE_ADDR=address)


def test_the_right_password_signs_a_moderator_in(client, moderator):
    assert sign_in(client, "correct horse battery").status_code == 302


def test_after_repeated_wrong_passwords_even_the_right_one_is_refused(client, moderator, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong guess").status_code == 200  # the form again, with its error
    assert sign_in(client, "wrong guess").status_code == 429  # the last failure allowed locks the address

    locked = sign_in(client, "correct horse battery")

    assert locked.status_code == 429
    assert b"Too many failed sign-in attempts" in locked.content
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still signed out


def test_a_lockout_holds_for_one_address_only(client, moderator, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "wrong guess", address="198.51.100.7")

    assert sign_in(client, "correct horse battery", address="203.0.113.20").status_code == 302


def test_a_successful_sign_in_forgets_earlier_mistakes(client, moderator, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "wrong guess")
    assert sign_in(client, "correct horse battery").status_code == 302
    client.logout()

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "wrong guess")
    assert sign_in(client, "correct horse battery").status_code == 302


@pytest.mark.parametrize("header_setting, meta, expected", [
    ("", {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6"}, "10.0.0.1"),  # no proxy: a header is a claim
    ("HTTP_X_REAL_IP", {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_REAL_IP": "203.0.113.5"}, "203.0.113.5"),
    ("HTTP_X_FORWARDED_FOR", {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.5"}, "203.0.113.5"),
    ("HTTP_X_REAL_IP", {"REMOTE_ADDR": "10.0.0.1"}, "10.0.0.1"),  # the proxy did not set it
])
def test_the_client_address_comes_from_the_configured_proxy_header_only(settings, header_setting, meta, expected):
    settings.CLIENT_IP_HEADER = header_setting
    request = RequestFactory().get("/", **meta)
    assert client_ip(request) == expected
