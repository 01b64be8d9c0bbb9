"""The figures of the moderators' dashboard: how the queue and the decisions went over recent days.

Reads only, in a fixed number of queries whatever the number of comments (counts grouped by day
in the database; the decision times of the period, for the median and 90th percentile):
- the queue now (comments waiting, the oldest one's age) and at the end of each of the last days;
- comments posted and decided per day;
- the time from post to decision (median, 90th percentile);
- decisions per moderator, rejections per guideline;
- how well screening agreed with moderators, per guideline: of the comments it flagged for a
  guideline, how many were rejected for it (precision); of those rejected for it, how many it had
  flagged (recall). Only decided comments that were screened count.
"""
import math
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db.models import Count, Min, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from comments.guidelines import FLAG_THRESHOLD, GUIDELINE_LABELS
from comments.models import GUIDELINE_SCORE_FIELDS, Comment, Decision

DAYS = 14


@dataclass
class Agreement:
    guideline: str
    label: str
    flagged: int  # decided comments screening flagged for the guideline
    rejected: int  # decided comments rejected for it
    both: int

    @property
    def precision(self):
        return self.both / self.flagged if self.flagged else None

    @property
    def recall(self):
        return self.both / self.rejected if self.rejected else None


@dataclass
class Figures:
    days: list  # dates, oldest first
    waiting_now: int
    oldest_waiting: timedelta | None
    waiting_at_end_of: list  # per day
    posted: list  # per day
    approved: list  # per day
    rejected: list  # per day
    decision_median: timedelta | None
    decision_p90: timedelta | None
    by_moderator: list = field(default_factory=list)  # (name, approved, rejected), most decisions first
    by_guideline: list = field(default_factory=list)  # (label, rejections), most first
    agreement: list = field(default_factory=list)  # Agreement per guideline


def percentile(sorted_values: list, share: float):
    """The value below which `share` of the values lie (nearest rank), or None."""
    if not sorted_values:
        return None
    rank = min(max(math.ceil(share * len(sorted_values)), 1), len(sorted_values))
    return sorted_values[rank - 1]


def _per_day(queryset, field_name: str, days: list) -> list:
    counts = dict(queryset.annotate(day=TruncDate(field_name)).values("day").annotate(n=Count("id")).values_list("day", "n"))
    return [counts.get(day, 0) for day in days]


def moderation_figures(*, now=None, days: int = DAYS) -> Figures:
    now = now or timezone.now()
    today = timezone.localdate(now)
    dates = [today - timedelta(days=k) for k in range(days - 1, -1, -1)]
    start = timezone.make_aware(datetime.combine(dates[0], time.min))

    pending = Comment.objects.pending()
    now_row = pending.aggregate(n=Count("id"), oldest=Min("created_at"))
    posted = _per_day(Comment.objects.filter(created_at__gte=start), "created_at", dates)
    decisions = Decision.objects.filter(created_at__gte=start)
    approved = _per_day(decisions.filter(action=Decision.Action.APPROVE), "created_at", dates)
    rejected = _per_day(decisions.filter(action=Decision.Action.REJECT), "created_at", dates)

    # The queue at the end of each day: what waits now, less what was posted since, plus what was
    # decided since (counted back from today).
    waiting, waiting_at_end = now_row["n"], []
    for k in range(len(dates) - 1, -1, -1):
        waiting_at_end.append(waiting)
        waiting = waiting - posted[k] + approved[k] + rejected[k]
    waiting_at_end.reverse()

    waits = sorted(decided - posted_at for posted_at, decided in
                   decisions.values_list("comment__created_at", "created_at"))

    moderators = decisions.values("moderator__username").annotate(
        approved=Count("id", filter=Q(action=Decision.Action.APPROVE)),
        rejected=Count("id", filter=Q(action=Decision.Action.REJECT)),
    )
    by_moderator = sorted(((m["moderator__username"], m["approved"], m["rejected"]) for m in moderators),
                          key=lambda row: (-(row[1] + row[2]), row[0]))
    reasons = dict(decisions.filter(action=Decision.Action.REJECT).values("reason").annotate(n=Count("id"))
                   .values_list("reason", "n"))
    by_guideline = sorted(((Decision.Reason(reason).label, n) for reason, n in reasons.items()),
                          key=lambda row: (-row[1], str(row[0])))

    decided = Comment.objects.filter(decisions__created_at__gte=start, screened_at__isnull=False)
    counts = decided.aggregate(**{
        f"{g}_{kind}": Count("id", filter=condition)
        for g, score in GUIDELINE_SCORE_FIELDS.items()
        for kind, condition in (
            ("flagged", Q(**{f"{score}__gte": FLAG_THRESHOLD})),
            ("rejected", Q(decisions__reason=g)),
            ("both", Q(**{f"{score}__gte": FLAG_THRESHOLD}, decisions__reason=g)),
        )
    })
    agreement = [Agreement(g, str(GUIDELINE_LABELS[g]), counts[f"{g}_flagged"], counts[f"{g}_rejected"],
                           counts[f"{g}_both"]) for g in GUIDELINE_SCORE_FIELDS]

    return Figures(
        days=dates, waiting_now=now_row["n"],
        oldest_waiting=now - now_row["oldest"] if now_row["oldest"] else None,
        waiting_at_end_of=waiting_at_end, posted=posted, approved=approved, rejected=rejected,
        decision_median=percentile(waits, 0.5), decision_p90=percentile(waits, 0.9),
        by_moderator=by_moderator, by_guideline=by_guideline, agreement=agreement,
    )
