"""Flood control on posting: at most so many comments a minute from one address and from one email
address (django-ratelimit, counting in the default cache: Redis in production, shared by every web
process). When the cache cannot be reached, posting stays open: a comment is never refused because
the counter is down."""
import logging

from django.conf import settings
from django_ratelimit.core import is_ratelimited

from newsroom.client_address import client_ip

log = logging.getLogger(__name__)


def _address(group, request) -> str:
    return client_ip(request) or "unknown"


def _email(group, request) -> str:
    return request.POST.get("email", "").strip().lower()


def too_many_posts(request) -> bool:
    """Count this post and say whether its address or its email address is over the limit."""
    rates = settings.NEWSROOM["POST_RATES"]
    try:
        by_address = is_ratelimited(request, group="comments.post.address", key=_address, rate=rates["address"],
                                    method="POST", increment=True)
        by_email = bool(_email(None, request)) and is_ratelimited(
            request, group="comments.post.email", key=_email, rate=rates["email"], method="POST", increment=True)
    except Exception:  # the cache is down: let the comment through rather than lose it
        log.exception("flood control unavailable; the post is let through")
        return False
    return by_address or by_email
