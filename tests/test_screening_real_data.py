"""Floors on real people's comments, so that a regression on real text fails CI.

The screening is scored on the test splits of the shared data sets (../shared/datasets; never
trained on), every other row where a split is large, as `make evaluate` scores them. Each floor is
what the classifier measured when it was set, less 0.02 (a flag rate: plus 0.01); see AUC_FLOORS. Without the data
the test skips, unless REQUIRE_SHARED_DATA=1 (as in CI), when it fails.

In sample or not: since 2026.12-2 the heads learn from the training splits of every source here but
c3_globe, so these are in-source figures (test rows of sources trained on); the honest out-of-source
figures are `make evaluate --loso`'s. c3_globe is never trained on, but its figures were looked at
when the blend of rules and heads was chosen.
"""
import os
import sys
from functools import lru_cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import evaluate  # noqa: E402
import real_data  # noqa: E402

from comments.screening import screen  # noqa: E402

# (source, target, sample every n-th test row, ROC-AUC floor). Reset on 2026.12-6 to its figures
# (bench/results/evaluate-2026.12-6.md) less 0.02; the comment is what 2026.12-2 measured (its floor
# plus 0.02), then what 2026.11-12, the rules before the learnt heads, measured on the full split.
AUC_FLOORS = [
    ("gab_hate", "any", 2, 0.82),          # 2026.12-2: 0.76; 2026.11-12: 0.714
    ("implicit_hate", "any", 2, 0.71),     # 0.67; 0.628
    ("implicit_hate", "threat", 1, 0.81),  # 0.84; 0.654
    ("stormfront", "any", 1, 0.80),        # 0.71; 0.688
    ("mlma_en", "any", 1, 0.62),           # 0.62; 0.605
    ("sms_spam", "promotion", 1, 0.92),    # 0.96; 0.852
    ("youtube_spam", "promotion", 1, 0.96),  # 0.97; 0.983 (in source: the older promotion model learnt from it)
    ("davidson", "any", 2, 0.96),          # 0.98; 0.960 (in source)
    ("c3_globe", "any", 2, 0.67),          # 0.65; 0.605
]
NEWS_AGAINST_C3_FLOOR = 0.91   # toxic_spans posts against c3_globe's acceptable comments; 2026.12-2: 0.91; 2026.11-12: 0.819
# c3_globe's acceptable comments flagged for review: 2026.12-6 3.2% (+0.01), 2026.12-2 2.8%, 2026.11-12 7.3%.
# Raised from 0.038 on 2026.12-6: the heads decide most of the flag now, and rank real comments better.
C3_FLAGGED_CEILING = 0.042
# Span F1 of every evidence span on the toxic_spans test posts (SemEval-2021 task 5): 2026.12-8 0.577
# (the word model, spans.py), 2026.12-7 0.452 (the offensive head's heaviest words), 2026.12-4 0.252.
SPAN_F1_FLOOR = 0.557


def require_data():
    if not real_data.available():
        message = f"the shared data sets are not at {real_data.SHARED}"
        if os.environ.get("REQUIRE_SHARED_DATA") == "1":
            pytest.fail(message)
        pytest.skip(message)


@lru_cache(maxsize=None)
def scored(source: str, every: int):
    """[(row, any-violation score, {guideline: score}, recommendation)] for every n-th test row; the
    any-violation score as `make evaluate` takes it (real_data.any_guidelines)."""
    out = []
    among = real_data.any_guidelines(real_data.BY_NAME[source])
    for row in real_data.rows(real_data.BY_NAME[source])[::every]:
        result = screen(row["text"])
        out.append((row, max(result.scores[g] for g in among), result.scores, result.recommendation,
                    {i for e in result.evidence for i in range(e.start, e.end)}))
    return out


@pytest.mark.parametrize("source, target, every, floor", AUC_FLOORS, ids=[f"{s}-{t}" for s, t, _, _ in AUC_FLOORS])
def test_real_comments_are_ranked_at_least_as_well_as_when_the_floor_was_set(source, target, every, floor):
    require_data()
    rows = scored(source, every)
    if target == "any":
        pos = [s for r, s, *_ in rows if real_data.violates(r)]
    else:
        pos = [g[target] for r, _, g, *_ in rows if r["labels"] and target in r["labels"]]
    neg = [s if target == "any" else g[target] for r, s, g, *_ in rows if real_data.acceptable(r)]
    assert evaluate.roc_auc(pos, neg) >= floor


def test_toxic_news_comments_rank_above_ordinary_ones():
    require_data()
    toxic = [s for _, s, *_ in scored("toxic_spans", 1)]
    ordinary = [s for r, s, *_ in scored("c3_globe", 2) if real_data.acceptable(r)]
    assert evaluate.roc_auc(toxic, ordinary) >= NEWS_AGAINST_C3_FLOOR


def test_few_ordinary_news_comments_are_sent_for_review():
    require_data()
    ordinary = [decision for r, _, _, decision, _ in scored("c3_globe", 2) if real_data.acceptable(r)]
    assert sum(d != "approve" for d in ordinary) / len(ordinary) <= C3_FLAGGED_CEILING


def test_the_evidence_marks_the_words_that_people_marked_as_toxic():
    require_data()
    per_post = [evaluate.span_f1(marked, {i for start, end in row.get("spans") or () for i in range(start, end)})
                for row, *_, marked in scored("toxic_spans", 1)]
    assert sum(per_post) / len(per_post) >= SPAN_F1_FLOOR
