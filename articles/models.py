from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_at__isnull=False, published_at__lte=timezone.now())


class Article(models.Model):
    headline = models.CharField(_("headline"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    standfirst = models.CharField(
        _("standfirst"), max_length=400, blank=True, help_text=_("The one or two sentences under the headline.")
    )
    byline = models.CharField(_("byline"), max_length=120, blank=True)
    dateline = models.CharField(_("dateline"), max_length=120, blank=True, help_text=_("Where the story was filed."))
    body = models.TextField(_("body"), help_text=_("Plain text; a blank line starts a new paragraph."))
    published_at = models.DateTimeField(
        _("published at"), null=True, blank=True, db_index=True, help_text=_("Empty: a draft that readers cannot see.")
    )
    comments_open = models.BooleanField(_("comments open"), default=True)
    comments_close_after_days = models.PositiveSmallIntegerField(
        _("close comments after (days)"), null=True, blank=True,
        help_text=_("Comments close by themselves this many days after publication. Empty: the site's default "
                    "(NEWSROOM_COMMENTS_CLOSE_AFTER_DAYS), or never if it has none."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def is_published(self):
        return self.published_at is not None and self.published_at <= timezone.now()

    @property
    def comments_close_at(self):
        """When comments close by themselves (COMMENTS_CLOSE_AFTER_DAYS after publication), or None."""
        days = self.comments_close_after_days
        if days is None:
            days = settings.NEWSROOM["COMMENTS_CLOSE_AFTER_DAYS"]
        if days is None or self.published_at is None:
            return None
        return self.published_at + timedelta(days=days)

    @property
    def takes_comments(self):
        """Open to new comments now: switched on, and not past the closing time."""
        closes = self.comments_close_at
        return self.comments_open and (closes is None or timezone.now() < closes)

    @property
    def paragraphs(self):
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]
