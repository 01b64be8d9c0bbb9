"""How long the reader had the form: a signed stamp of when it was drawn, sent back with the post.

A person reads, types and posts; a script posts at once, or without ever drawing the form. A post
sent sooner than NEWSROOM["MIN_SECONDS_TO_POST"] after its form was drawn, or with no stamp this
site signed, is refused with the same words as the honeypot's, which name neither check. A stamp
never expires: a page a CDN cached for a while only makes it older.
"""
import time

from django.core import signing

SALT = "comments.time-to-post"


def stamp() -> str:
    """The signed time now, for the form's hidden field."""
    return signing.Signer(salt=SALT).sign(str(int(time.time())))


def seconds_since(value: str | None) -> float | None:
    """Seconds since `value` was stamped, or None when it is missing or not signed by this site."""
    try:
        return time.time() - int(signing.Signer(salt=SALT).unsign(value or ""))
    except (signing.BadSignature, ValueError):
        return None


def too_quick(value: str | None, minimum: float) -> bool:
    """True when the post came sooner than `minimum` seconds after its form was drawn, or with no
    valid stamp. A minimum of 0 turns the check off."""
    if minimum <= 0:
        return False
    elapsed = seconds_since(value)
    return elapsed is None or elapsed < minimum
