"""The moderators' workspace: the moderation queue, every comment, the decision log, blocked addresses.

Moderators read comments and decide on them; nobody edits them. Every approve and
reject goes through comments.services, which records the decision and refuses a
second one.
"""
import copy
from urllib.parse import urlencode

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.http import HttpResponseNotAllowed, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils import timezone
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from comments import charts, dashboard, queue_order, selectors, services
from comments.evidence import evidence_rows, highlight_evidence
from comments.guidelines import GUIDELINE_LABELS
from comments.models import Comment, CommunityGuidelines, Decision, EmailBlock, PendingComment


class FlaggedGuidelineFilter(admin.SimpleListFilter):
    title = _("flagged guideline")
    parameter_name = "flagged"

    def lookups(self, request, model_admin):
        return list(GUIDELINE_LABELS.items())

    def queryset(self, request, queryset):
        if self.value() in GUIDELINE_LABELS:
            return queryset.flagged_for(self.value())
        return queryset


class RecommendationFilter(admin.SimpleListFilter):
    title = _("screening recommends")
    parameter_name = "recommendation"

    def lookups(self, request, model_admin):
        return [*Comment.Recommendation.choices, ("unscreened", _("Not screened yet")),
                ("not_read", _("Not screened: language not read"))]

    def queryset(self, request, queryset):
        if self.value() == "unscreened":
            return queryset.filter(screened_at__isnull=True)
        if self.value() == "not_read":
            return queryset.not_read()
        if self.value() in Comment.Recommendation.values:
            return queryset.filter(recommendation=self.value())
        return queryset


class CommenterFilter(admin.SimpleListFilter):
    """First-time commenters (no other comment from their email address) or returning ones."""
    title = _("commenter")
    parameter_name = "commenter"

    def lookups(self, request, model_admin):
        return [("first_time", _("First-time commenter")), ("returning", _("Has commented before"))]

    def queryset(self, request, queryset):
        from django.db.models import Exists, OuterRef

        earlier = Comment.objects.filter(email=OuterRef("email")).exclude(pk=OuterRef("pk"))
        if self.value() == "first_time":
            return queryset.filter(~Exists(earlier))
        if self.value() == "returning":
            return queryset.filter(Exists(earlier))
        return queryset


def log_decision(modeladmin, request, comment, reason):
    """Show a decision in the comment's admin History too (the Decision row is the record)."""
    message = "Approved and published" if reason is None else f"Rejected: {Decision.Reason(reason).label}"
    modeladmin.log_change(request, comment, message)  # a Comment, not the queue's proxy: one history


def _decide_selected(modeladmin, request, queryset, *, reason=None):
    """Decisions are final, so a bulk action first shows what it will decide and asks to confirm."""
    if request.POST.get("confirmed") != "yes":
        return TemplateResponse(request, "admin/comments/confirm_decisions.html", {
            **modeladmin.admin_site.each_context(request),
            "title": _("Approve these comments?") if reason is None else _("Reject these comments?"),
            "comments": queryset.select_related("article"),
            "action": request.POST.get("action", ""),
            "reason_label": Decision.Reason(reason).label if reason else "",
            "opts": modeladmin.model._meta,
        })
    decided, refused = 0, 0
    for comment in Comment.objects.filter(pk__in=queryset.values("pk")).select_related("article"):
        try:
            if reason is None:
                services.comment_approve(comment=comment, moderator=request.user)
            else:
                services.comment_reject(comment=comment, moderator=request.user, reason=reason)
            log_decision(modeladmin, request, comment, reason)
            decided += 1
        except services.AlreadyDecided:
            refused += 1
    verb = _("approved") if reason is None else _("rejected")
    if decided:
        modeladmin.message_user(
            request, ngettext("%(n)d comment %(verb)s.", "%(n)d comments %(verb)s.", decided) % {"n": decided, "verb": verb},
            messages.SUCCESS,
        )
    if refused:
        modeladmin.message_user(
            request,
            ngettext(
                "%(n)d comment had already been decided and was left as it was.",
                "%(n)d comments had already been decided and were left as they were.",
                refused,
            ) % {"n": refused},
            messages.WARNING,
        )


@admin.action(permissions=["moderate"], description=_("Approve selected comments"))
def approve_selected(modeladmin, request, queryset):
    return _decide_selected(modeladmin, request, queryset)


def _reject_action(reason, label):
    def action(modeladmin, request, queryset):
        return _decide_selected(modeladmin, request, queryset, reason=reason)

    action.__name__ = f"reject_{reason}"
    return admin.action(permissions=["moderate"], description=_("Reject selected: %(label)s") % {"label": label})(action)


REJECT_ACTIONS = [_reject_action(value, label) for value, label in Decision.Reason.choices]


class ReadOnlyAdmin(admin.ModelAdmin):
    """A record nobody adds, edits or deletes in the admin: comments and decisions."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class CommentAdminBase(ReadOnlyAdmin):
    """Read-only views of comments with approve and reject as the only ways to act on them."""

    change_form_template = "admin/comments/comment_change_form.html"
    list_display = ("excerpt_column", "article_column", "author_name", "status", "recommendation_column", "flagged_column", "age")
    list_display_links = ("excerpt_column",)
    list_filter = ("status", RecommendationFilter, FlaggedGuidelineFilter, "article")
    list_select_related = ("article",)
    search_fields = ("author_name", "email", "body")
    ordering = ("created_at", "id")
    list_per_page = 50
    actions = [approve_selected, *REJECT_ACTIONS]
    fieldsets = (
        (_("The comment"), {"fields": ("article", "author_name", "email", "commenter_history_panel", "highlighted_body",
                                       "created_at", "ip_address")}),
        (_("Screening"), {"fields": ("recommendation", "language_column", "scores_table", "evidence_list", "screening_version", "screened_at")}),
        (_("Moderation"), {"fields": ("status", "decided_at", "decision_history")}),
    )
    readonly_fields = (
        "article", "author_name", "email", "commenter_history_panel", "highlighted_body", "created_at", "ip_address",
        "recommendation", "language_column", "scores_table", "evidence_list", "screening_version", "screened_at",
        "status", "decided_at", "decision_history",
    )

    def has_moderate_permission(self, request):
        return request.user.has_perm("comments.moderate_comment")

    class Media:
        css = {"all": ["css/moderation.css"]}

    @admin.display(description=_("comment"))
    def excerpt_column(self, obj):
        return obj.excerpt

    @admin.display(description=_("article"), ordering="article__headline")
    def article_column(self, obj):
        headline = obj.article.headline
        return headline if len(headline) <= 40 else headline[:39].rstrip() + "…"

    @admin.display(description=_("screening"), ordering="recommendation")
    def recommendation_column(self, obj):
        if not obj.is_screened:
            return format_html('<span class="quiet">{}</span>', _("not screened yet"))
        if not obj.language_read:
            return format_html('{} <span class="not-read">{}</span>', obj.get_recommendation_display(),
                               _("not screened: %(language)s") % {"language": obj.language_name})
        return obj.get_recommendation_display()

    @admin.display(description=_("language"))
    def language_column(self, obj):
        if not obj.is_screened or not obj.language:
            return "—"
        if obj.language_read:
            return obj.language_name
        return _("%(language)s: not read by the screening, so its scores say nothing") % {"language": obj.language_name}

    @admin.display(description=_("flagged"))
    def flagged_column(self, obj):
        return ", ".join(str(GUIDELINE_LABELS[g]).split(" (")[0] for g in obj.flagged_guidelines) or "—"

    @admin.display(description=_("age"), ordering="created_at")
    def age(self, obj):
        return naturaltime(obj.created_at)

    @admin.display(description=_("commenter's history"))
    def commenter_history_panel(self, obj):
        """The commenter's other comments (by email): counts, rejections by guideline, the latest few."""
        history = selectors.commenter_history(comment=obj)
        block = self.block_line(obj)
        if history["first_time"]:
            return format_html('{}<span class="first-time">{}</span>', block,
                               _("First-time commenter: no other comment from this email address."))
        reasons = ", ".join(f"{Decision.Reason(reason).label}: {n}" for reason, n in
                            sorted(history["rejected_for"].items(), key=lambda item: (-item[1], item[0])))
        summary = format_html(str(_("{} approved, {} rejected{}, {} waiting")), history["approved"], history["rejected"],
                              f" ({reasons})" if reasons else "", history["pending"])

        def outcome(comment):
            decision = next(iter(comment.decisions.all()), None)
            if decision and decision.reason:
                return f"{comment.get_status_display()}: {decision.get_reason_display()}"
            return comment.get_status_display()

        latest = format_html_join("", '<li><a href="{}">{}</a> <span class="quiet">on {}</span>: {}</li>', (
            (reverse("admin:comments_comment_change", args=[c.pk]), c.excerpt, c.article.headline, outcome(c))
            for c in history["latest"]))
        return format_html('{}<p class="commenter-summary">{}</p><ul class="commenter-latest">{}</ul>', block, summary, latest)

    def block_line(self, obj):
        """Whether the commenter's address is blocked now (and why), or a link to block it."""
        block = selectors.email_block_active(email=obj.email, now=timezone.now())
        if block is None:
            # The block form takes the moderator back to this comment once saved (EmailBlockAdmin.response_add).
            url = reverse("admin:comments_emailblock_add") + "?" + urlencode({"email": obj.email, "from_comment": obj.pk})
            return format_html('<p class="block-email"><a href="{}">{}</a></p>', url, _("Block this email address"))
        until = (_("until %(date)s") % {"date": date_format(localtime(block.expires_at), "j M Y, H:i T")}
                 if block.expires_at else _("until lifted"))
        return format_html('<p class="blocked-email"><a href="{}">{}</a>: {} ({})</p>',
                           reverse("admin:comments_emailblock_change", args=[block.pk]),
                           _("Blocked"), block.reason, until)

    @admin.display(description=_("comment"))
    def highlighted_body(self, obj):
        return format_html('<div class="comment-text" dir="auto">{}</div>',
                           highlight_evidence(obj.body, obj.evidence))

    @admin.display(description=_("scores"))
    def scores_table(self, obj):
        if not obj.is_screened:
            return _("Not screened yet.")
        rows = format_html_join(
            "", '<tr class="{}"><th>{}</th><td>{}</td></tr>',
            (("flagged" if g in obj.flagged_guidelines else "", GUIDELINE_LABELS[g], f"{score or 0.0:.2f}")
             for g, score in obj.scores.items()),
        )
        return format_html('<table class="scores">{}</table>', rows)

    @admin.display(description=_("evidence"))
    def evidence_list(self, obj):
        return format_html("<ul>{}</ul>", evidence_rows(obj.evidence, obj.body)) if obj.evidence else "—"

    @admin.display(description=_("decisions"))
    def decision_history(self, obj):
        decisions = obj.decisions.select_related("moderator")
        if not decisions:
            return "—"
        return format_html("<ul>{}</ul>", format_html_join(
            "", "<li>{} by {} on {}{}</li>",
            ((d.get_action_display(), d.moderator, date_format(localtime(d.created_at), "DATETIME_FORMAT"),
              f" ({d.get_reason_display()})" if d.reason else "") for d in decisions),
        ))

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path("dashboard/", self.admin_site.admin_view(self.dashboard_view), name="%s_%s_dashboard" % info),
            path("review/", self.admin_site.admin_view(self.review_view), name="%s_%s_review" % info),
            path("<path:object_id>/approve/", self.admin_site.admin_view(self.approve_view), name="%s_%s_approve" % info),
            path("<path:object_id>/reject/", self.admin_site.admin_view(self.reject_view), name="%s_%s_reject" % info),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        comment = Comment.objects.filter(pk=object_id).first() if str(object_id).isdigit() else None
        pending = comment is not None and comment.status == Comment.Status.PENDING
        filters = request.GET.get("_changelist_filters", "")
        next_url, previous_url = self._neighbour_urls(request, comment, filters) if pending else ("", "")
        extra_context = {
            **(extra_context or {}),
            "can_moderate": self.has_moderate_permission(request),
            "reject_reasons": Decision.Reason.choices,
            # Rejecting what screening flagged takes one click: its likeliest guideline is preselected.
            "suggested_reason": comment.likeliest_broken_guideline if comment else "",
            "changelist_filters": filters,
            "next_pending_url": next_url,
            "previous_pending_url": previous_url,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def dashboard_view(self, request):
        """The queue and the decisions over the last days, in charts and tables (comments/dashboard.py)."""
        if not request.user.has_perm("comments.view_comment"):
            raise PermissionDenied
        figures = dashboard.moderation_figures()
        labels = [date_format(day, "j M") for day in figures.days]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Moderation dashboard"),
            "figures": figures,
            "day_rows": list(zip(figures.days, figures.posted, figures.approved, figures.rejected, figures.waiting_at_end_of)),
            "queue_chart": charts.column_chart(_("Comments waiting at the end of each day"), labels,
                                               [(_("waiting"), charts.QUEUE, figures.waiting_at_end_of)]),
            "decisions_chart": charts.column_chart(_("Decisions per day"), labels, [
                (_("approved"), charts.APPROVED, figures.approved), (_("rejected"), charts.REJECTED, figures.rejected)]),
            "guidelines_chart": charts.bar_list(_("Rejections per guideline"), figures.by_guideline, colour=charts.REJECTED),
        }
        return TemplateResponse(request, "admin/comments/dashboard.html", context)

    def approve_view(self, request, object_id):
        return self._decision_view(request, object_id, reason=None)

    def reject_view(self, request, object_id):
        reason = request.POST.get("reason", "")
        if reason not in Decision.Reason.values:
            self.message_user(request, _("Choose which guideline the comment broke before rejecting it."), messages.ERROR)
            return HttpResponseRedirect(self._change_url(object_id))
        return self._decision_view(request, object_id, reason=reason, note=request.POST.get("note", "")[:500])

    def _decision_view(self, request, object_id, *, reason, note=""):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_moderate_permission(request):
            self.message_user(request, _("You do not have permission to approve or reject comments."), messages.ERROR)
            return HttpResponseRedirect(self._change_url(object_id))
        comment = get_object_or_404(Comment, pk=object_id)
        queue, ordering = self._queue(request, request.POST.get("_changelist_filters", ""))  # lazy: read after the decision
        anchor = queue_order.position(comment, ordering, now=timezone.now())  # before the decision changes it
        try:
            if reason is None:
                services.comment_approve(comment=comment, moderator=request.user)
                self.message_user(request, _("Comment #%(id)s approved and published.") % {"id": comment.pk}, messages.SUCCESS)
            else:
                services.comment_reject(comment=comment, moderator=request.user, reason=reason, note=note)
                self.message_user(request, _("Comment #%(id)s rejected.") % {"id": comment.pk}, messages.SUCCESS)
            log_decision(self, request, comment, reason)
        except services.AlreadyDecided as refused:
            # The comment has left the queue: show it where every comment is, with who decided it.
            self.message_user(request, str(refused), messages.WARNING)
            return HttpResponseRedirect(reverse("admin:comments_comment_change", args=[comment.pk]))
        return HttpResponseRedirect(self._next_url(request, queue, after=comment, anchor=anchor, ordering=ordering))

    def _change_url(self, object_id):
        return reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[object_id])

    def _queue(self, request, filters: str):
        """(the pending comments the queue page shows with `filters`, in its order; that order)."""
        queue_admin = self.admin_site._registry[PendingComment]
        as_queue = copy.copy(request)
        as_queue.method, as_queue.GET = "GET", QueryDict(filters)
        ordering = queue_admin.get_ordering(as_queue)
        if set(as_queue.GET) <= {QueueOrder.parameter_name}:  # sorted, not filtered: no change list needed
            return queue_admin.get_queryset(as_queue), ordering
        changelist = queue_admin.get_changelist_instance(as_queue)
        return changelist.get_queryset(as_queue), ordering

    def _queue_url(self, pk, filters: str) -> str:
        url = reverse("admin:comments_pendingcomment_change", args=[pk])
        return f"{url}?{urlencode({'_changelist_filters': filters})}" if filters else url

    def _neighbour_urls(self, request, comment, filters: str) -> tuple[str, str]:
        """The pages of the pending comments just after and just before this one in the queue's
        order, among those its filters show ("" where there is none)."""
        queue, ordering = self._queue(request, filters)
        anchor = queue_order.position(comment, ordering, now=timezone.now())
        urls = []
        for later in (True, False):
            neighbour = (queue.filter(queue_order.after(ordering, anchor, backwards=not later)).exclude(pk=comment.pk)
                         .order_by(*(ordering if later else queue_order.reversed_order(ordering)))
                         .values_list("pk", flat=True).first())
            urls.append(self._queue_url(neighbour, filters) if neighbour else "")
        return tuple(urls)

    def _next_url(self, request, queue, *, after, anchor, ordering):
        """The pending comment that followed `after` in the queue's order (`anchor`: its place there
        before the decision) among those the moderator's queue shows (its filters and search, as the
        queue page passed them on); else the first one left that the moderator skipped; else that queue."""
        filters = request.POST.get("_changelist_filters", "")
        remaining = queue.exclude(pk=after.pk)
        following = remaining.filter(queue_order.after(ordering, anchor)).values_list("pk", flat=True).first()
        if following is None:
            following = remaining.values_list("pk", flat=True).first()
        if following is None:
            changelist = reverse("admin:comments_pendingcomment_changelist")
            return f"{changelist}?{filters}" if filters else changelist
        return self._queue_url(following, filters)

    def review_view(self, request):
        """The first comment of the queue as its page shows it (`_changelist_filters`): where the
        moderator starts reviewing one comment at a time."""
        filters = request.GET.get("_changelist_filters", "")
        first = self._queue(request, filters)[0].values_list("pk", flat=True).first()
        if first is None:
            self.message_user(request, _("No comment is waiting for moderation."), messages.INFO)
            changelist = reverse("admin:comments_pendingcomment_changelist")
            return HttpResponseRedirect(f"{changelist}?{filters}" if filters else changelist)
        return HttpResponseRedirect(self._queue_url(first, filters))


class QueueOrder(admin.SimpleListFilter):
    """How the queue is sorted (read by ModerationQueueAdmin.get_ordering); priority by default."""

    title = _("order")
    parameter_name = "order"
    ORDERINGS = {
        "priority": ("-priority", "created_at", "id"),
        "oldest": ("created_at", "id"),
        "newest": ("-created_at", "-id"),
    }

    def lookups(self, request, model_admin):
        return [("oldest", _("Oldest first")), ("newest", _("Newest first"))]

    def choices(self, changelist):
        yield {"selected": self.value() in (None, "priority"), "query_string": changelist.get_query_string(remove=[self.parameter_name]),
               "display": _("Priority: likeliest violations and longest waits first")}
        for value, label in self.lookup_choices:
            yield {"selected": self.value() == value, "display": label,
                   "query_string": changelist.get_query_string({self.parameter_name: value})}

    def queryset(self, request, queryset):
        return queryset  # the order is applied by get_ordering


@admin.register(PendingComment)
class ModerationQueueAdmin(CommentAdminBase):
    list_display = ("excerpt_column", "article_column", "author_name", "recommendation_column", "flagged_column", "age")
    list_filter = (QueueOrder, RecommendationFilter, FlaggedGuidelineFilter, CommenterFilter, "article")

    def get_queryset(self, request):
        # Annotated before ordering: the default order is by that annotation.
        pending = self.model._default_manager.get_queryset().filter(status=Comment.Status.PENDING)
        return selectors.comment_queue_with_priority(pending, now=timezone.now()).order_by(*self.get_ordering(request))

    def get_ordering(self, request):
        return QueueOrder.ORDERINGS.get(request.GET.get(QueueOrder.parameter_name), QueueOrder.ORDERINGS["priority"])


@admin.register(Comment)
class CommentAdmin(CommentAdminBase):
    ordering = ("-created_at", "-id")


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "action", "reason", "moderator", "comment_excerpt", "note")
    list_filter = ("action", "reason", "moderator")
    list_select_related = ("comment", "moderator")
    search_fields = ("comment__body", "comment__author_name", "note")
    date_hierarchy = "created_at"
    # The moderator is shown by name, not linked: moderators may not open user accounts (403).
    fields = ("comment", "action", "reason", "note", "moderator_name", "created_at")
    readonly_fields = fields

    @admin.display(description=_("comment"))
    def comment_excerpt(self, obj):
        return obj.comment.excerpt

    @admin.display(description=_("moderator"), ordering="moderator__username")
    def moderator_name(self, obj):
        return obj.moderator.get_username() if obj.moderator else "—"


@admin.register(CommunityGuidelines)
class CommunityGuidelinesAdmin(admin.ModelAdmin):
    list_display = ("__str__", "created_at")

    def has_delete_permission(self, request, obj=None):
        return False


class BlockStateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return (("active", _("In force")), ("ended", _("Expired or lifted")))

    def queryset(self, request, queryset):
        active = EmailBlock.objects.active(now=timezone.now())
        if self.value() == "active":
            return queryset.filter(pk__in=active)
        if self.value() == "ended":
            return queryset.exclude(pk__in=active)
        return queryset


@admin.register(EmailBlock)
class EmailBlockAdmin(admin.ModelAdmin):
    """Block an address (with a reason, and an expiry if wanted), see every block, lift one. A block is
    a record: it is never edited or deleted, only lifted."""

    list_display = ("email", "reason", "state_column", "expires_at", "blocked_by", "created_at", "lifted_at")
    list_filter = (BlockStateFilter,)
    search_fields = ("email", "reason")
    actions = ["lift_selected"]
    fields = ("email", "reason", "expires_at")
    record_fields = ("email", "reason", "expires_at", "blocked_by", "created_at", "lifted_at", "lifted_by_name")

    def get_fields(self, request, obj=None):
        return self.record_fields if obj else self.fields

    def get_readonly_fields(self, request, obj=None):
        return self.record_fields if obj else ()

    def has_delete_permission(self, request, obj=None):
        return False

    def get_changeform_initial_data(self, request):
        return {"email": request.GET.get("email", "")}

    def response_add(self, request, obj, post_url_continue=None):
        """Back to the comment the block was made from (its page in the queue while it waits), so the
        moderator goes on deciding it; else the list of blocks."""
        pk = request.GET.get("from_comment", "")
        comment = Comment.objects.filter(pk=pk).first() if pk.isdigit() else None
        if comment is None:
            return super().response_add(request, obj, post_url_continue)
        self.message_user(request, _("%(email)s is blocked. Its comments from now on are recorded as rejected.")
                          % {"email": obj.email}, messages.SUCCESS)
        model = "pendingcomment" if comment.status == Comment.Status.PENDING else "comment"
        return HttpResponseRedirect(reverse(f"admin:comments_{model}_change", args=[comment.pk]))

    def save_model(self, request, obj, form, change):
        if change:
            return  # a block is never edited
        block = services.email_block_create(email=obj.email, reason=obj.reason, expires_at=obj.expires_at,
                                            moderator=request.user)
        obj.pk, obj.email, obj.created_by, obj.created_at = block.pk, block.email, block.created_by, block.created_at

    @admin.display(description=_("state"))
    def state_column(self, obj):
        return {"active": _("in force"), "expired": _("expired"), "lifted": _("lifted")}[obj.state(now=timezone.now())]

    # Shown by name, not linked: moderators may not open user accounts.
    @admin.display(description=_("blocked by"), ordering="created_by__username")
    def blocked_by(self, obj):
        return obj.created_by.get_username()

    @admin.display(description=_("lifted by"))
    def lifted_by_name(self, obj):
        return obj.lifted_by.get_username() if obj.lifted_by else "—"

    @admin.action(permissions=["change"], description=_("Lift the selected blocks"))
    def lift_selected(self, request, queryset):
        lifted = sum(services.email_block_lift(block=block, moderator=request.user) for block in queryset)
        self.message_user(request, ngettext("%(count)d block lifted.", "%(count)d blocks lifted.", lifted)
                          % {"count": lifted}, messages.SUCCESS)
