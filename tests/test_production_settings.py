"""The application gunicorn serves refuses the public default secret key and DEBUG; `make run` and
the tests keep their embedded defaults."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def start_wsgi(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.update(env)
    return subprocess.run([sys.executable, "-c", "import newsroom.wsgi"], cwd=ROOT, env=clean,
                          capture_output=True, text=True, timeout=60)


def test_gunicorn_refuses_to_start_without_a_secret_key_of_its_own():
    started = start_wsgi()
    assert started.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in started.stderr


def test_gunicorn_refuses_to_start_with_debug_on():
    started = start_wsgi(DJANGO_SECRET_KEY="a-long-random-key-for-this-test-only-0123456789", DJANGO_DEBUG="true")
    assert started.returncode != 0
    assert "DJANGO_DEBUG is on" in started.stderr


def test_gunicorn_starts_with_a_secret_key_and_debug_off():
    started = start_wsgi(DJANGO_SECRET_KEY="a-long-random-key-for-this-test-only-0123456789")
    assert started.returncode == 0, started.stderr


@pytest.mark.parametrize("key, debug, problems", [
    ("django-insecure-newsroom-local-only-set-DJANGO_SECRET_KEY-in-production", False, 1),
    ("a-long-random-key", True, 1),
    ("a-long-random-key", False, 0),
])
def test_unsafe_settings_are_named(settings, key, debug, problems):
    from newsroom.production import unsafe_settings

    settings.SECRET_KEY, settings.DEBUG = key, debug
    assert len(unsafe_settings(settings)) == problems


def test_make_run_still_serves_with_the_embedded_defaults(settings):
    from django.core.servers.basehttp import get_internal_wsgi_application

    settings.SECRET_KEY = settings.INSECURE_DEFAULT_SECRET_KEY
    assert callable(get_internal_wsgi_application())  # what runserver loads: no refusal


def test_django_deploy_check_reports_nothing_with_the_readmes_production_settings():
    production = {
        "DJANGO_SECRET_KEY": "a-long-random-key-for-this-test-only-0123456789-abcdefghijklmnop",
        "DJANGO_ALLOWED_HOSTS": "news.example.org", "DJANGO_CSRF_TRUSTED_ORIGINS": "https://news.example.org",
        "DJANGO_SECURE_COOKIES": "true", "DJANGO_SECURE_SSL_REDIRECT": "true", "DJANGO_BEHIND_HTTPS_PROXY": "true",
        "DJANGO_SECURE_HSTS_SECONDS": "31536000", "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
        "DJANGO_SECURE_HSTS_PRELOAD": "true",
    }
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    checked = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], cwd=ROOT,
                             env={**clean, **production}, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "System check identified no issues" in checked.stdout


@pytest.mark.parametrize("url, kept, checked", [
    ("postgres://postgres@127.0.0.1:5432/test", "60", "True"),
    ("sqlite:////tmp/newsroom-settings-test.sqlite3", "0", "False"),
])
def test_database_connections_are_reused_by_default_on_postgresql(url, kept, checked):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    clean.update(DATABASE_URL=url, DJANGO_SETTINGS_MODULE="newsroom.settings")
    shown = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings as s; d = s.DATABASES['default']; "
                               "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"],
        cwd=ROOT, env=clean, capture_output=True, text=True, timeout=60)
    assert shown.stdout.split() == [kept, checked], shown.stderr
