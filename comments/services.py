"""Every write to a comment goes through here: creation, screening results, decisions, blocks.

The moderation services are the one door for status changes. Each decision is a
conditional UPDATE ... WHERE status = 'pending' plus a Decision row, in one
transaction, so a comment can be decided once and only once.
"""
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article
from comments import selectors, tasks
from comments.models import GUIDELINE_SCORE_FIELDS, Comment, Decision, DecisionNotice, EmailBlock

log = logging.getLogger(__name__)


class CommentsClosed(Exception):
    """The article does not take comments."""


class AlreadyDecided(Exception):
    """The comment was approved or rejected before this decision arrived."""

    def __init__(self, comment):
        self.comment = comment
        super().__init__(_("Comment #%(id)s was already %(status)s; nothing was changed.")
                         % {"id": comment.pk, "status": comment.get_status_display().lower()})


def comment_create(*, article: Article, author_name: str, email: str, body: str, ip_address: str | None = None) -> Comment:
    """Store a new comment as pending and unscreened; screening is queued once the row is committed.

    The same comment sent again (a double click, a browser retrying) within
    NEWSROOM['REPOST_WINDOW'] is not stored twice: the first is returned. Posts on one article take
    a row lock on it first (PostgreSQL), so two copies arriving at once are still stored once."""
    if not article.takes_comments:
        raise CommentsClosed(_("Comments are closed on this article."))
    author_name, email = author_name.strip(), email.strip()
    with transaction.atomic():
        Article.objects.select_for_update().filter(pk=article.pk).exists()
        earlier = Comment.objects.filter(
            article=article, author_name=author_name, email__iexact=email, body=body,
            created_at__gte=timezone.now() - settings.NEWSROOM["REPOST_WINDOW"],
        ).order_by("pk").first()
        if earlier is not None:
            return earlier
        comment = Comment.objects.create(
            article=article, author_name=author_name, email=email, body=body, ip_address=ip_address
        )
        block = selectors.email_block_active(email=email, now=timezone.now())
        if block is not None:  # stored all the same, and on record as rejected by the block
            note = _("Rejected by block #%(id)s on this email address: %(reason)s") % {"id": block.pk, "reason": block.reason}
            _decide(comment=comment, moderator=block.created_by, action=Decision.Action.REJECT,
                    reason=Decision.Reason.OTHER, note=note[:500], notify=False)  # the note is for moderators
        transaction.on_commit(lambda: tasks.enqueue_screening(comment.pk))
    return comment


def email_block_create(*, email: str, reason: str, moderator, expires_at=None) -> EmailBlock:
    """Block an email address: its comments from now on are stored and rejected by the block."""
    if not reason.strip():
        raise ValueError("a block needs a reason")
    block = EmailBlock.objects.create(email=email, reason=reason.strip(), expires_at=expires_at, created_by=moderator)
    log.info("email block %s created by %s", block.pk, moderator)
    return block


def email_block_lift(*, block: EmailBlock, moderator) -> bool:
    """End a block now; False if it was already lifted. Comments it rejected stay rejected."""
    lifted = EmailBlock.objects.filter(pk=block.pk, lifted_at__isnull=True).update(
        lifted_at=timezone.now(), lifted_by=moderator
    )
    if lifted:
        block.refresh_from_db()
        log.info("email block %s lifted by %s", block.pk, moderator)
    return bool(lifted)


def comment_record_screening(*, comment_id: int, screening) -> bool:
    """Store a classifier result on a comment. Idempotent; returns False if the comment is gone."""
    scores = {field: screening.scores[g] for g, field in GUIDELINE_SCORE_FIELDS.items()}
    updated = Comment.objects.filter(pk=comment_id).update(
        **scores,
        evidence=[
            {"guideline": e.guideline, "start": e.start, "end": e.end, "rule": e.rule} for e in screening.evidence
        ],
        recommendation=screening.recommendation,
        screening_version=screening.version,
        language=screening.language,
        screened_at=timezone.now(),
    )
    return updated == 1


def comment_approve(*, comment: Comment, moderator) -> Decision:
    return _decide(comment=comment, moderator=moderator, action=Decision.Action.APPROVE, reason="", note="")


def comment_reject(*, comment: Comment, moderator, reason: str, note: str = "") -> Decision:
    if reason not in Decision.Reason.values:
        raise ValueError(f"unknown rejection reason {reason!r}; expected one of {Decision.Reason.values}")
    return _decide(comment=comment, moderator=moderator, action=Decision.Action.REJECT, reason=reason, note=note)


def _decide(*, comment, moderator, action, reason, note, notify=True) -> Decision:
    new_status = Comment.Status.APPROVED if action == Decision.Action.APPROVE else Comment.Status.REJECTED
    now = timezone.now()
    with transaction.atomic():
        won = Comment.objects.filter(pk=comment.pk, status=Comment.Status.PENDING).update(
            status=new_status, decided_at=now
        )
        if not won:
            raise AlreadyDecided(Comment.objects.get(pk=comment.pk))
        decision = Decision.objects.create(comment=comment, moderator=moderator, action=action, reason=reason, note=note)
        if notify and settings.NEWSROOM["NOTIFY_COMMENTERS"]:  # the commenter is told, by the worker
            notice = DecisionNotice.objects.create(decision=decision)
            transaction.on_commit(lambda: tasks.enqueue_notice(notice.pk))
    comment.status, comment.decided_at = new_status, now
    if hasattr(comment, "_loaded"):
        comment._loaded["status"] = new_status
    log.info("comment %s %s by %s", comment.pk, new_status, moderator)
    return decision
