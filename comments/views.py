from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from articles.selectors import article_get_published
from comments import flood, own_comments, same_origin, selectors, services
from comments.forms import CommentForm
from newsroom.client_address import client_ip


def render_article_page(request, *, article, form, status=200, refused_text=""):
    """The article with its comment section: guidelines, approved comments, and the form if comments are open."""
    if form is not None:
        # A refused post comes back at its error summary (the fragment of the form's action), not at
        # the top of the article with the errors far below: no JavaScript needed.
        form.helper.form_action = f"{article_comment_post_url(article)}#comment-errors"
    order = request.GET.get("order")
    order = order if order in selectors.COMMENT_ORDERS else selectors.OLDEST_FIRST
    comments = selectors.comment_page_approved(article=article, number=request.GET.get("comments"), order=order)
    context = {
        "article": article,
        "comments": comments,
        "order": order,
        "orders": selectors.COMMENT_ORDERS,
        "order_query": "" if order == selectors.OLDEST_FIRST else f"order={order}&",  # before "comments=N"
        "own_pending": selectors.comment_list_own_pending(article=article, ids=own_comments.comment_ids(request)),
        "guidelines": selectors.community_guidelines_current(),
        "form": form,
        "refused_text": refused_text,
    }
    return render(request, "articles/article_detail.html", context, status=status)


@require_http_methods(["GET", "HEAD"])
def comment_permalink(request, pk):
    """A published comment's lasting address: the page of comments that shows it now, at its anchor.
    A comment not (or no longer) published is not found, as on the article page."""
    comment = selectors.comment_get_published(pk=pk)
    if comment is None:
        raise Http404(_("No published comment has this number."))
    return redirect(comment.get_absolute_url())


def _form_kept(request) -> CommentForm:
    """A fresh form holding what the reader typed, for a post refused before it was read; a body is
    handed back up to the same length as a refused form's (CommentForm.ECHO_LIMIT_FACTOR)."""
    kept = {field: request.POST.get(field, "") for field in ("author_name", "email", "body")}
    kept["body"] = kept["body"][: CommentForm.ECHO_LIMIT_FACTOR * settings.NEWSROOM["COMMENT_MAX_LENGTH"]]
    return CommentForm(initial=kept)


def article_comment_post_url(article):
    return reverse("comments:post", kwargs={"slug": article.slug})


@csrf_exempt  # checked by where the post comes from instead (same_origin.py): the page sets no cookie
@require_http_methods(["GET", "POST"])
def comment_post(request, slug):
    article = article_get_published(slug=slug)
    if request.method == "GET":  # the address shown after a refused post, reloaded or bookmarked
        return redirect(f"{article.get_absolute_url()}#comment-form")
    if not same_origin.comes_from_this_site(request):
        messages.error(request, _("This comment was not sent from this site's page, so it was not posted. "
                                  "If you wrote it, post it again from the form below: your text is still in it."))
        return render_article_page(request, article=article, form=_form_kept(request), status=403)
    if not article.takes_comments:
        messages.error(request, _("Comments are closed on this article. Your comment was not posted."))
        return render_article_page(
            request, article=article, form=None, status=403, refused_text=request.POST.get("body", "")
        )
    if flood.too_many_posts(request):
        messages.error(request, _("You have posted several comments in a short time. Please wait a minute and post "
                                  "again: your comment is still in the form below."))
        return render_article_page(request, article=article, form=_form_kept(request), status=429)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return render_article_page(request, article=article, form=form, status=400)
    comment = services.comment_create(
        article=article,
        author_name=form.cleaned_data["author_name"],
        email=form.cleaned_data["email"],
        body=form.cleaned_data["body"],
        ip_address=client_ip(request),
    )
    messages.success(
        request,
        _("Thank you. Your comment has been received and will appear once a moderator approves it."),
    )
    response = redirect(f"{article.get_absolute_url()}?posted=1#comments")
    own_comments.remember(request, response, comment)
    return response
