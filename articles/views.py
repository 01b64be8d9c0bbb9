from django.conf import settings
from django.core.paginator import Paginator
from django.contrib.messages.storage.cookie import CookieStorage
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from articles.selectors import article_get_published, article_list_published
from comments import own_comments
from comments.forms import CommentForm
from comments.views import render_article_page


def article_list(request):
    paginator = Paginator(article_list_published(), settings.NEWSROOM["ARTICLES_PER_PAGE"])
    page = paginator.get_page(request.GET.get("page"))
    return shared_cache(request, render(request, "articles/article_list.html", {"page_obj": page}))


def article_detail(request, slug):
    article = article_get_published(slug=slug)
    form = CommentForm() if article.takes_comments else None
    return shared_cache(request, render_article_page(request, article=article, form=form))


def shared_cache(request, response):
    """Let a CDN or nginx keep a public page for PUBLIC_PAGE_MAX_AGE seconds: it sets no cookie (the
    comment form needs no CSRF cookie: comments/same_origin.py). A page showing a reader their own
    message ("your comment was received") or their own comments awaiting moderation is theirs alone."""
    if CookieStorage.cookie_name in request.COOKIES or own_comments.has_own_comments(request):
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=settings.NEWSROOM["PUBLIC_PAGE_MAX_AGE"])
    return response
