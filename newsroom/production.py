"""What a public deployment must not run with, checked when the WSGI application starts.

`make run` (runserver) and the tests may use the embedded defaults; gunicorn, which serves the
public, loads `newsroom/wsgi.py`, and that refuses to start with the public default secret key
(anyone could forge sessions and signed cookies with it) or with DEBUG on (tracebacks with
settings for every visitor).
"""
from django.core.exceptions import ImproperlyConfigured


def unsafe_settings(settings) -> list[str]:
    problems = []
    if not settings.SECRET_KEY or settings.SECRET_KEY == settings.INSECURE_DEFAULT_SECRET_KEY:
        problems.append("DJANGO_SECRET_KEY is not set: the built-in key is public. Set a long random one, e.g. "
                        "python -c 'import secrets; print(secrets.token_urlsafe(50))'")
    if settings.DEBUG:
        problems.append("DJANGO_DEBUG is on: every error page would show the settings and the code to visitors")
    return problems


def refuse_unsafe_settings(settings) -> None:
    problems = unsafe_settings(settings)
    if problems:
        raise ImproperlyConfigured("Newsroom will not serve the public like this:\n- " + "\n- ".join(problems))
