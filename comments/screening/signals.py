"""What the rules and the older models say about a comment, as numbers a learnt model can weigh.

The older n-gram models (trained on Davidson and on our own comments) are not signals: the heads
learn from the same rows themselves, and a model's in-sample score on its own training rows would
teach the heads to trust it too much.

The guideline heads (`heads.py`) learn how much each of these is worth beside the comment's words,
instead of letting the strongest rule set the score: a rule that fires on "crap" in a news comment
counts for what real comments say it is worth.

Signals, by name:
- `rule:<guideline>`: the strongest rule finding for the guideline (0 to 1; a quoted, reported
  finding counts at its capped strength), and `rule_strong:<guideline>` when it reaches REJECT;
- `doubt:<guideline>`: a reading under which a guideline's words mean less than they seem (an
  everyday idiom for threat, a name for vulgarity, a cited source for promotion, a claim
  attributed to a report for abuse: each guideline module's `doubts_model`).
"""
from comments.screening.thresholds import REJECT


def dense(rule_scores: dict, doubts: dict) -> dict:
    """{signal name: value} from the rules' scores and the doubts."""
    out = {f"doubt:{g}": 1.0 if doubted else 0.0 for g, doubted in doubts.items()}
    for g, score in rule_scores.items():
        out[f"rule:{g}"] = score
        out[f"rule_strong:{g}"] = 1.0 if score >= REJECT[g] else 0.0
    return out
