"""What the article pages read. Writes belong elsewhere."""
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404

from articles.models import Article
from comments.models import Comment


def article_list_published():
    """Published articles, newest first, each with `approved_comment_count`."""
    return Article.objects.published().annotate(
        approved_comment_count=Count("comments", filter=Q(comments__status=Comment.Status.APPROVED))
    ).only("headline", "slug", "standfirst", "published_at").order_by("-published_at", "-id")


def article_get_published(*, slug):
    return get_object_or_404(Article.objects.published(), slug=slug)
