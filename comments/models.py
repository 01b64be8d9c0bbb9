"""Comments, the moderators' decisions on them, blocked email addresses, and the community guidelines text.

A comment's name, email, body and article never change after it is created, and its
status changes only through comments.services (comment_approve / comment_reject).
"""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from comments.guidelines import FLAG_THRESHOLD, GUIDELINE_LABELS
from comments.screening.language import READ as LANGUAGES_READ
from comments.screening.language import Language

IMMUTABLE_COMMENT_FIELDS = ("article_id", "author_name", "email", "body")
GUIDELINE_SCORE_FIELDS = {g: f"score_{g}" for g in GUIDELINE_LABELS}


class ImmutableCommentError(ValidationError):
    """Raised when code tries to edit a comment's text or move its status outside the services."""


class CommentQuerySet(models.QuerySet):
    def update(self, **kwargs):
        edited = {"article", *IMMUTABLE_COMMENT_FIELDS} & kwargs.keys()
        if edited:
            raise ImmutableCommentError(
                _("Comments are never edited (tried to change %(fields)s)."), params={"fields": ", ".join(sorted(edited))}
            )
        return super().update(**kwargs)

    def approved(self):
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self):
        return self.filter(status=Comment.Status.PENDING)

    def not_read(self):
        """Screened, but in a language the screening does not read: its scores mean nothing."""
        return self.filter(screened_at__isnull=False).exclude(language="").exclude(language__in=LANGUAGES_READ)

    def flagged_for(self, guideline):
        return self.filter(**{f"{GUIDELINE_SCORE_FIELDS[guideline]}__gte": FLAG_THRESHOLD})


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    class Recommendation(models.TextChoices):
        APPROVE = "approve", _("Approve")
        REVIEW = "review", _("Review")
        REJECT = "reject", _("Reject")

    article = models.ForeignKey(
        "articles.Article", on_delete=models.PROTECT, related_name="comments", verbose_name=_("article")
    )
    author_name = models.CharField(_("name"), max_length=80)
    email = models.EmailField(_("email"), help_text=_("Never shown to readers."))
    body = models.TextField(_("comment"), validators=[MaxLengthValidator(2000)])
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True, db_index=True)

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    # What the background screening found. screened_at is empty until it has run.
    screened_at = models.DateTimeField(_("screened at"), null=True, blank=True)
    screening_version = models.CharField(_("classifier version"), max_length=40, blank=True)
    recommendation = models.CharField(
        _("recommendation"), max_length=10, choices=Recommendation.choices, blank=True
    )
    score_profanity = models.FloatField(_("profanity score"), null=True, blank=True)
    score_vulgarity = models.FloatField(_("vulgarity score"), null=True, blank=True)
    score_threat = models.FloatField(_("threat score"), null=True, blank=True)
    score_personal_attack = models.FloatField(_("personal attack score"), null=True, blank=True)
    score_abuse = models.FloatField(_("abuse score"), null=True, blank=True)
    score_promotion = models.FloatField(_("promotion score"), null=True, blank=True)
    evidence = models.JSONField(_("evidence"), default=list, blank=True)
    language = models.CharField(
        _("language"), max_length=12, blank=True,
        help_text=_("As screening identified it (ISO 639 code); screening reads English only."),
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        permissions = [("moderate_comment", _("Can approve or reject comments"))]
        indexes = [
            models.Index(fields=["article", "status", "created_at"], name="comment_article_status"),
            models.Index(fields=["status", "created_at"], name="comment_queue"),
            models.Index(fields=["screened_at", "created_at"], name="comment_screening"),
        ]

    def __str__(self):
        return f"#{self.pk} by {self.author_name}: {self.excerpt}"

    def get_absolute_url(self):
        """Where readers see the comment: its own anchor, on the page of comments that shows it,
        once published; before that (or once rejected) it is not on the page, so the article's
        comment section."""
        if self.status != self.Status.APPROVED:
            return f"{self.article.get_absolute_url()}#comments"
        from comments.selectors import comment_page_number

        page = comment_page_number(self)
        query = f"?comments={page}" if page > 1 else ""
        return f"{self.article.get_absolute_url()}{query}#comment-{self.pk}"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded = {f: getattr(instance, f) for f in (*IMMUTABLE_COMMENT_FIELDS, "status") if f in field_names}
        return instance

    def save(self, *args, **kwargs):
        loaded = getattr(self, "_loaded", None)
        if loaded is not None and not self._state.adding:
            changed = sorted(f for f, v in loaded.items() if getattr(self, f) != v)
            if changed:
                raise ImmutableCommentError(
                    _("Comments are never edited and decided only through moderation (tried to change %(fields)s)."),
                    params={"fields": ", ".join(changed)},
                )
        super().save(*args, **kwargs)

    @property
    def excerpt(self):
        return self.body if len(self.body) <= 80 else self.body[:79].rstrip() + "…"

    @property
    def is_screened(self):
        return self.screened_at is not None

    @property
    def language_read(self):
        """False when screening ran but could not read the comment's language."""
        return not self.language or self.language in LANGUAGES_READ

    @property
    def language_name(self):
        return Language(self.language, 1.0).name if self.language else ""

    @property
    def scores(self):
        """{guideline: score} once screened, else {}."""
        if not self.is_screened:
            return {}
        return {g: getattr(self, field) for g, field in GUIDELINE_SCORE_FIELDS.items()}

    @property
    def likeliest_broken_guideline(self):
        """The flagged guideline with the highest score, or "" when none is flagged."""
        flagged = self.flagged_guidelines
        return max(flagged, key=lambda g: self.scores[g]) if flagged else ""

    @property
    def flagged_guidelines(self):
        return [g for g, s in self.scores.items() if s is not None and s >= FLAG_THRESHOLD]


class Decision(models.Model):
    """One moderator's approval or rejection of one comment. Append-only."""

    class Action(models.TextChoices):
        APPROVE = "approve", _("Approved")
        REJECT = "reject", _("Rejected")

    class Reason(models.TextChoices):
        PROFANITY = "profanity", GUIDELINE_LABELS["profanity"]
        VULGARITY = "vulgarity", GUIDELINE_LABELS["vulgarity"]
        THREAT = "threat", GUIDELINE_LABELS["threat"]
        PERSONAL_ATTACK = "personal_attack", GUIDELINE_LABELS["personal_attack"]
        ABUSE = "abuse", GUIDELINE_LABELS["abuse"]
        PROMOTION = "promotion", GUIDELINE_LABELS["promotion"]
        OTHER = "other", _("Other")

    comment = models.ForeignKey(Comment, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("comment"))
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="comment_decisions", verbose_name=_("moderator")
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    reason = models.CharField(
        _("guideline broken"), max_length=20, choices=Reason.choices, blank=True,
        help_text=_("Which guideline a rejected comment broke."),
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("decided at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(action="approve", reason="") | models.Q(action="reject") & ~models.Q(reason="")),
                name="decision_reject_has_reason",
            ),
        ]

    def __str__(self):
        return f"{self.get_action_display()} #{self.comment_id} by {self.moderator}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValidationError(_("Decisions are a permanent record and cannot be changed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("Decisions are a permanent record and cannot be deleted."))


class DecisionNotice(models.Model):
    """An email telling a commenter that their comment was published or not (when the site sends
    them: NEWSROOM['NOTIFY_COMMENTERS']). Made with the decision, in its transaction, and sent by a
    Celery task; one still unsent is sent by the sweep, so a broker outage loses none."""

    decision = models.OneToOneField(Decision, on_delete=models.PROTECT, related_name="notice", verbose_name=_("decision"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("decision email")
        verbose_name_plural = _("decision emails")

    def __str__(self):
        return f"email on decision #{self.decision_id}"


class EmailBlockQuerySet(models.QuerySet):
    def active(self, *, now):
        """Blocks in force at `now`: not lifted, and not expired."""
        return self.filter(lifted_at__isnull=True).filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))


class EmailBlock(models.Model):
    """A moderator's block on an email address. Comments from it are still stored, and each is
    recorded as rejected by the block (comments.services.comment_create); nothing is dropped. A block
    ends when it expires or is lifted, and stays on record either way."""

    email = models.EmailField(_("email address"), db_index=True, help_text=_("Matched whatever its case."))
    reason = models.CharField(_("reason"), max_length=300, help_text=_("Recorded on every comment the block rejects."))
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True,
                                      help_text=_("Leave empty to block until a moderator lifts it."))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="email_blocks",
                                   verbose_name=_("blocked by"))
    created_at = models.DateTimeField(_("blocked at"), auto_now_add=True)
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)
    lifted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True,
                                  blank=True, verbose_name=_("lifted by"))

    objects = EmailBlockQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("blocked email address")
        verbose_name_plural = _("blocked email addresses")

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    def state(self, *, now) -> str:
        if self.lifted_at is not None:
            return "lifted"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return "active"


class CommunityGuidelines(models.Model):
    """The guidelines text shown above every comment section. The newest version is shown."""

    summary = models.TextField(
        _("summary"), help_text=_("Shown above the comment form. Plain text; a blank line starts a new paragraph.")
    )
    created_at = models.DateTimeField(_("published at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        get_latest_by = "created_at"
        verbose_name = _("community guidelines")
        verbose_name_plural = _("community guidelines")

    def __str__(self):
        return f"Community guidelines of {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def paragraphs(self):
        return [p.strip() for p in self.summary.split("\n\n") if p.strip()]


class PendingComment(Comment):
    """The moderation queue: the same comments, seen as the pending ones oldest first."""

    class Meta:
        proxy = True
        ordering = ["created_at", "id"]
        verbose_name = _("comment awaiting moderation")
        verbose_name_plural = _("moderation queue")
