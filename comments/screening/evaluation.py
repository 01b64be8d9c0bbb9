"""How well the classifier agrees with labelled comments: precision, recall and F1 per guideline."""
from dataclasses import dataclass

from comments.screening.result import GUIDELINES


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None or r is not None else None)


@dataclass
class Report:
    rows: int
    clean: int
    clean_flagged: int
    per_guideline: dict
    any_violation: Counts

    @property
    def clean_flag_rate(self):
        return self.clean_flagged / self.clean if self.clean else 0.0

    def table(self) -> str:
        def fmt(x):
            return "    -" if x is None else f"{x:5.3f}"

        lines = [f"{'guideline':<16} {'support':>7} {'prec':>6} {'recall':>6} {'F1':>6}"]
        for name, c in [*self.per_guideline.items(), ("ANY violation", self.any_violation)]:
            lines.append(f"{name:<16} {c.tp + c.fn:>7} {fmt(c.precision):>6} {fmt(c.recall):>6} {fmt(c.f1):>6}")
        lines.append(f"clean comments flagged: {self.clean_flagged} of {self.clean} ({self.clean_flag_rate:.1%})")
        return "\n".join(lines)


def evaluate(rows, screen) -> Report:
    """Score `screen` against rows of {"text", "labels"}; a guideline counts as predicted when flagged."""
    per = {g: Counts() for g in GUIDELINES}
    any_violation, n, clean, clean_flagged = Counts(), 0, 0, 0
    for row in rows:
        n += 1
        flagged = set(screen(row["text"]).flagged)
        labels = set(row["labels"]) & set(GUIDELINES)
        for g in GUIDELINES:
            if g in flagged and g in labels:
                per[g].tp += 1
            elif g in flagged:
                per[g].fp += 1
            elif g in labels:
                per[g].fn += 1
        if labels and flagged:
            any_violation.tp += 1
        elif flagged:
            any_violation.fp += 1
        elif labels:
            any_violation.fn += 1
        if not row["labels"]:
            clean += 1
            clean_flagged += bool(flagged)
    return Report(n, clean, clean_flagged, per, any_violation)
