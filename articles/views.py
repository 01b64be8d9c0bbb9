from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render

from articles.selectors import article_get_published, article_list_published
from comments.forms import CommentForm
from comments.views import render_article_page


def article_list(request):
    paginator = Paginator(article_list_published(), settings.NEWSROOM["ARTICLES_PER_PAGE"])
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "articles/article_list.html", {"page_obj": page})


def article_detail(request, slug):
    article = article_get_published(slug=slug)
    form = CommentForm() if article.comments_open else None
    return render_article_page(request, article=article, form=form)
