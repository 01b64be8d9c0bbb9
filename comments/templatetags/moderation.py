"""Template tags for the moderators' admin pages."""
from django import template

from comments.models import Comment

register = template.Library()


@register.simple_tag
def pending_comment_count() -> int:
    """How many comments await a moderator's decision."""
    return Comment.objects.pending().count()


@register.filter
def duration(delta) -> str:
    """A time span in words, to two units: "3 hours, 5 minutes" (Django's timesince, translated)."""
    from django.utils import timezone
    from django.utils.timesince import timesince

    if delta is None:
        return ""
    now = timezone.now()
    return timesince(now - delta, now)
