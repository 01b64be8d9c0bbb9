"""Where a comment stands in the moderation queue's order, and which comment comes after it.

The queue is sorted by priority by default, or by age (`admin.QueueOrder`); after a decision the
moderator goes to the comment that follows in that same order, among the comments the queue's
filters show. "Follows" compares the sort keys themselves, so it costs one indexed query whatever
the queue's length, and a comment decided by someone else meanwhile is simply not there.
"""
from django.db.models import Q

from comments import selectors
from comments.models import Comment


def position(comment, ordering, *, now) -> dict:
    """{field: value} of `comment`'s sort keys (`ordering`, as the queue sorts: "-priority", "id"...),
    computed as the queue computes them."""
    fields = [key.lstrip("-") for key in ordering]
    annotated = selectors.comment_queue_with_priority(Comment.objects.filter(pk=comment.pk), now=now)
    return annotated.values(*fields).get()


def after(ordering, anchor: dict, *, backwards: bool = False) -> Q:
    """A filter for the rows that come after `anchor` in `ordering` (before it, `backwards`)."""
    condition = Q(pk__in=[])
    equal_so_far = Q()
    for key in ordering:
        field = key.lstrip("-")
        descending = key.startswith("-") != backwards
        step = Q(**{f"{field}__{'lt' if descending else 'gt'}": anchor[field]})
        condition |= equal_so_far & step
        equal_so_far &= Q(**{field: anchor[field]})
    return condition


def reversed_order(ordering) -> tuple:
    return tuple(key[1:] if key.startswith("-") else f"-{key}" for key in ordering)
