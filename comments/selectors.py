"""What pages, tasks and the admin read about comments."""
from django.conf import settings
from django.core.paginator import Page, Paginator

from articles.models import Article
from comments.models import Comment, CommunityGuidelines, EmailBlock

PUBLIC_COMMENT_FIELDS = ("id", "article_id", "author_name", "body", "created_at")


OLDEST_FIRST, NEWEST_FIRST = "oldest", "newest"
COMMENT_ORDERS = {OLDEST_FIRST: ("created_at", "id"), NEWEST_FIRST: ("-created_at", "-id")}


def comment_page_approved(*, article, number, order: str = OLDEST_FIRST) -> Page:
    """One page (COMMENTS_PER_PAGE) of an article's approved comments, oldest or newest first, with
    only the fields a public page may show: two queries (the count and the page) whatever the
    number of comments. A page number out of range or not a number gives the nearest page."""
    comments = (Comment.objects.approved().filter(article=article).only(*PUBLIC_COMMENT_FIELDS)
                .order_by(*COMMENT_ORDERS.get(order, COMMENT_ORDERS[OLDEST_FIRST])))
    return Paginator(comments, settings.NEWSROOM["COMMENTS_PER_PAGE"]).get_page(number)


def comment_list_own_pending(*, article, ids: list[int]) -> list[Comment]:
    """Those of `ids` (a reader's own comments: comments/own_comments.py) still awaiting moderation on
    this article, oldest first, with only the public fields. No query without ids."""
    if not ids:
        return []
    return list(Comment.objects.pending().filter(article=article, pk__in=ids).only(*PUBLIC_COMMENT_FIELDS)
                .order_by("created_at", "id"))


def comment_get_published(*, pk: int) -> Comment | None:
    """An approved comment on a published article, or None."""
    return (Comment.objects.approved().filter(pk=pk, article__in=Article.objects.published())
            .select_related("article").first())


def comment_page_number(comment: Comment) -> int:
    """Which page, oldest first, shows this approved comment (for its permalink)."""
    from django.db.models import Q

    earlier = Comment.objects.approved().filter(article_id=comment.article_id).filter(
        Q(created_at__lt=comment.created_at) | Q(created_at=comment.created_at, id__lt=comment.pk)
    ).count()
    return earlier // settings.NEWSROOM["COMMENTS_PER_PAGE"] + 1


def community_guidelines_current() -> CommunityGuidelines | None:
    return CommunityGuidelines.objects.order_by("-created_at", "-id").first()


def comment_text_for_screening(*, comment_id: int) -> str | None:
    return Comment.objects.filter(pk=comment_id).values_list("body", flat=True).first()


COMMENTER_HISTORY_SHOWN = 5


def commenter_history(*, comment: Comment) -> dict:
    """What a moderator should know of the commenter (by email) beside one of their comments: how
    many of their other comments were approved and rejected, the rejections by guideline, the last
    few with their outcomes, and whether this is their first comment. Three queries."""
    from django.db.models import Count

    others = Comment.objects.filter(email=comment.email).exclude(pk=comment.pk)
    counts = {(row["status"], row["decisions__reason"]): row["n"] for row in
              others.values("status", "decisions__reason").annotate(n=Count("id")).order_by()}
    rejected_for = {}
    for (status, reason), n in counts.items():
        if status == Comment.Status.REJECTED:
            rejected_for[reason or "other"] = rejected_for.get(reason or "other", 0) + n
    return {
        "approved": sum(n for (status, _), n in counts.items() if status == Comment.Status.APPROVED),
        "rejected": sum(rejected_for.values()),
        "pending": sum(n for (status, _), n in counts.items() if status == Comment.Status.PENDING),
        "rejected_for": rejected_for,
        "first_time": not counts,
        "latest": list(others.select_related("article").prefetch_related("decisions")
                       .order_by("-created_at", "-id")[:COMMENTER_HISTORY_SHOWN]),
    }


def email_block_active(*, email: str, now) -> EmailBlock | None:
    """The block in force on this email address (whatever its case), if any. Blocks store their
    address in lower case (EmailBlock.save), so the lookup uses the email index."""
    return EmailBlock.objects.active(now=now).filter(email=email.strip().lower()).order_by("created_at").first()


def comment_ids_awaiting_screening(*, before, limit: int = 1000) -> list[int]:
    """Comments posted more than SCREENING_SWEEP_AFTER before `before` and still unscreened."""
    cutoff = before - settings.NEWSROOM["SCREENING_SWEEP_AFTER"]
    return list(
        Comment.objects.filter(screened_at__isnull=True, created_at__lt=cutoff)
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )


def comment_decisions_for_dataset():
    """(comment id, body, action, reason) for every decided comment, oldest first, streamed."""
    from comments.models import Decision

    return (
        Decision.objects.order_by("created_at", "id")
        .values_list("comment_id", "comment__body", "action", "reason")
        .iterator(chunk_size=2000)
    )


# How much the commenter's past rejections and the time a comment has waited add to its priority
# (the strongest screening score, 0 to 1, is the rest).
PRIORITY_PER_PAST_REJECTION = 0.2
PRIORITY_PAST_REJECTIONS_COUNTED = 3
PRIORITY_FOR_WAITING = ((24, 0.3), (4, 0.15))  # (hours waited at least, added)


def comment_queue_with_priority(queryset, *, now):
    """`queryset` annotated with `priority`: the strongest guideline score (an unscreened comment
    counts as 1: never as clean), plus a share for each of the commenter's rejected comments, plus
    a share for having waited long. Obvious violations and long-waiting comments come first."""
    from datetime import timedelta

    from django.db.models import Count, F, FloatField, IntegerField, OuterRef, Subquery, Value
    from django.db.models import Case, When
    from django.db.models.functions import Coalesce, Greatest, Least

    from comments.models import GUIDELINE_SCORE_FIELDS

    strongest = Greatest(*(Coalesce(F(field), Value(1.0)) for field in GUIDELINE_SCORE_FIELDS.values()),
                         output_field=FloatField())
    rejections = Subquery(
        Comment.objects.filter(email=OuterRef("email"), status=Comment.Status.REJECTED)
        .order_by().values("email").annotate(n=Count("pk")).values("n")[:1],
        output_field=IntegerField(),
    )
    waiting = Case(
        *(When(created_at__lte=now - timedelta(hours=hours), then=Value(share)) for hours, share in PRIORITY_FOR_WAITING),
        default=Value(0.0), output_field=FloatField(),
    )
    past = Least(Coalesce(rejections, Value(0)), Value(PRIORITY_PAST_REJECTIONS_COUNTED)) * Value(PRIORITY_PER_PAST_REJECTION)
    return queryset.annotate(priority=strongest + past + waiting)
