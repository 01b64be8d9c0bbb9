"""Cross-site request forgery protection for the comment form without a cookie.

Django's CSRF protection needs a `csrftoken` cookie on every reader's article page, and a page that
sets a cookie cannot be served from a shared cache (a CDN, nginx) when a story breaks. The comment
form is anonymous, so it checks instead where the post comes from, as browsers tell it: the
`Origin` header (sent with every form POST by current browsers), else the `Referer`, must be this
site or one of CSRF_TRUSTED_ORIGINS, and `Sec-Fetch-Site`, where sent, must not say "cross-site".
A post that says neither where it comes from is refused. (OWASP's "verifying origin with standard
headers".) The admin keeps Django's own token.
"""
from urllib.parse import urlsplit

from django.conf import settings


def _origin_of(url: str) -> str | None:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else None


def comes_from_this_site(request) -> bool:
    """Whether the browser says the request was sent from one of this site's pages. Django's test
    client is trusted as Django's own CSRF check trusts it, unless it enforces CSRF checks."""
    if getattr(request, "_dont_enforce_csrf_checks", False):
        return True
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site == "same-origin":  # no page can forge this header
        return True
    if fetch_site == "cross-site":
        return False
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        origin = _origin_of(request.headers.get("Referer", ""))
    if origin is None:
        return False
    allowed = {f"{request.scheme}://{request.get_host()}".lower(),
               *(o.lower() for o in settings.CSRF_TRUSTED_ORIGINS)}
    return origin.lower() in allowed
