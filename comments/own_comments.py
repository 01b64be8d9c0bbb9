"""A reader's own comments awaiting moderation, shown to that reader alone.

After a post, the reader's browser keeps a signed cookie naming the comments it sent (the last
OWN_COMMENTS_KEPT, for OWN_COMMENTS_DAYS). The article page shows those that are still pending, marked
as awaiting moderation; nobody else sees them, and a forged or tampered cookie names nothing. A page
that shows them is that reader's own, never kept by a shared cache (`articles.views.shared_cache`).
Once a moderator decides, an approved comment appears among the others and a rejected one is gone.
"""
from django.conf import settings

COOKIE_NAME = "newsroom_own_comments"
SALT = "comments.own_comments"
OWN_COMMENTS_KEPT = 20
OWN_COMMENTS_DAYS = 30


def comment_ids(request) -> list[int]:
    """The comment ids this browser sent, newest last; [] without a cookie or with a bad signature."""
    value = request.get_signed_cookie(COOKIE_NAME, default="", salt=SALT, max_age=OWN_COMMENTS_DAYS * 86_400)
    return [int(part) for part in value.split(",") if part.isdigit()][-OWN_COMMENTS_KEPT:]


def has_own_comments(request) -> bool:
    return COOKIE_NAME in request.COOKIES


def remember(request, response, comment) -> None:
    """Add `comment` to the comments this browser sent."""
    ids = [i for i in comment_ids(request) if i != comment.pk] + [comment.pk]
    response.set_signed_cookie(
        COOKIE_NAME, ",".join(map(str, ids[-OWN_COMMENTS_KEPT:])), salt=SALT,
        max_age=OWN_COMMENTS_DAYS * 86_400, httponly=True, samesite="Lax", secure=settings.SESSION_COOKIE_SECURE,
    )
