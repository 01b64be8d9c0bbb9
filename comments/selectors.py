"""What pages, tasks and the admin read about comments."""
from django.conf import settings

from comments.models import Comment, CommunityGuidelines

PUBLIC_COMMENT_FIELDS = ("id", "article_id", "author_name", "body", "created_at")


def comment_list_approved(*, article) -> list[Comment]:
    """The approved comments of an article, oldest first, with only the fields a public page may show."""
    return list(Comment.objects.approved().filter(article=article).only(*PUBLIC_COMMENT_FIELDS).order_by("created_at", "id"))


def community_guidelines_current() -> CommunityGuidelines | None:
    return CommunityGuidelines.objects.order_by("-created_at", "-id").first()


def comment_text_for_screening(*, comment_id: int) -> str | None:
    return Comment.objects.filter(pk=comment_id).values_list("body", flat=True).first()


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
