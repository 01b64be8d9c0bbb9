"""Template tags for the moderators' admin pages."""
from django import template

from comments.models import Comment

register = template.Library()


@register.simple_tag
def pending_comment_count() -> int:
    """How many comments await a moderator's decision."""
    return Comment.objects.pending().count()
