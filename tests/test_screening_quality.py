"""Quality floors on our own news comments, so the classifier cannot silently get worse.

See tests/data/README.md for how each file has been used. Floors sit a little under what the
classifier measured when they were set. On the files never trained on (holdout, unseen9, unseen10,
unseen11, unseen16) they guard against regression; where a floor is under the issue's targets, it
is because the classifier measured under them there.
"""
import json
from pathlib import Path

import pytest

from comments.screening import screen
from comments.screening.evaluation import evaluate

DATA = Path(__file__).parent / "data"
NEVER_TRAINED_ON = {"news_comments_holdout.jsonl", "news_comments_unseen9.jsonl", "news_comments_unseen10.jsonl",
                    "news_comments_unseen11.jsonl", "news_comments_unseen16.jsonl"}


def rows(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_development_set_is_large_and_mostly_hard_negatives():
    everything = [r for name in ("news_comments_dev.jsonl", "news_comments_tuning.jsonl", "news_comments_holdout.jsonl",
                                 "news_comments_unseen.jsonl", "news_comments_unseen2.jsonl", "news_comments_training.jsonl",
                                 "news_comments_unseen9.jsonl", "news_comments_unseen10.jsonl",
                                 "news_comments_unseen11.jsonl", "news_comments_unseen12.jsonl",
                                 "news_comments_unseen13.jsonl", "news_comments_unseen14.jsonl",
                                 "news_comments_unseen15.jsonl", "news_comments_unseen16.jsonl") for r in rows(name)]
    assert len(everything) >= 300
    assert sum(1 for r in everything if not r["labels"]) / len(everything) >= 0.4


# Reset on 2026.12-2, when the screening began to average the rules with heads learnt from real
# comments, and again on 2026.12-6, when the heads began to decide most of whether a comment is
# flagged (pipeline.RANKING_RULES_SHARE) and learnt from length-normalised words: each floor of a
# file trained or tuned on is the figure measured then, less 0.02 (acceptable flagged: plus 0.02).
# The files never trained on (holdout, unseen9, unseen10, unseen11, unseen16) keep their 2026.12-2
# floors and the issue's, any-violation F1 0.80 and at most 6% of acceptable comments flagged.
# 2026.12-5 -> 2026.12-6, any-violation F1 / acceptable flagged / lowest guideline F1:
#   never trained on: holdout 0.943/3.0%/0.720 -> 0.968/1.5%/0.846, unseen9 0.923/0.8%/0.692 ->
#   0.928/0.8%/0.826, unseen10 0.907/2.4%/0.735 -> 0.884/3.2%/0.739, unseen11 0.933/1.3%/0.769 ->
#   0.926/1.3%/0.792, unseen16 0.911/2.0%/0.702 -> 0.917/2.0%/0.761;
#   trained on: dev 1.000/0.0%/0.829 -> 0.988/2.2%/0.927, tuning 0.995/0.3%/0.793 ->
#   0.989/0.9%/0.939, unseen 1.000/0%/0.750 -> 1.000/0%/0.923, unseen8 1.000/0%/0.762 ->
#   0.989/2.6%/0.909, unseen2 1.000/0%/0.833 -> 0.986/0%/0.909, unseen12 0.993/0%/0.787 ->
#   0.983/0%/0.963, unseen13 1.000/0%/0.828 -> 0.993/0%/0.939, unseen14 1.000/0%/0.938 ->
#   0.986/0%/0.912, unseen15 1.000/0%/0.845 -> 0.993/0%/0.960.
# The trade: on real comments the screening ranks better out of source (bench/results/loso-2026.12-6.md).
# Reset again on 2026.12-9, when the rules' share fell (pipeline.RANKING_RULES_SHARE 0.2 -> 0.1,
# RULES_SHARE 0.5 -> 0.3), where a file fell under its floor: the figure measured less 0.02 (flagged
# plus 0.02), never under the floors for the files never trained on. 2026.12-8 -> 2026.12-9:
#   never trained on: holdout 0.968/1.5%/0.846 -> 0.968/1.5%/0.815, unseen9 0.928/0.8%/0.826 ->
#   0.904/0.8%/0.780, unseen10 0.884/3.2%/0.739 -> 0.878/2.4%/0.683, unseen11 0.926/1.3%/0.792 ->
#   0.919/2.0%/0.769, unseen16 0.917/2.0%/0.761 -> 0.902/2.7%/0.747;
#   trained on: dev 0.988/2.2%/0.927 -> 0.988/2.2%/0.905, tuning 0.989/0.9%/0.939 -> 0.989/1.2%/0.923,
#   unseen8 0.989/2.6%/0.909 -> 0.989/2.6%/0.857, unseen2 0.986/0%/0.909 -> 0.941/2.2%/0.727,
#   unseen12 0.983/0%/0.963 -> 0.975/0%/0.943, unseen13 0.993/0%/0.939 -> 0.979/0.7%/0.920,
#   unseen14 0.986/0%/0.912 -> 0.980/0%/0.941, unseen15 0.993/0%/0.960 -> 0.973/0%/0.902.
# The trade: left out of their source, real comments are ranked better per guideline (gab_hate abuse
# 0.755 -> 0.811, threat 0.659 -> 0.696, personal attack 0.679 -> 0.710; stormfront abuse 0.794 -> 0.830;
# implicit_hate threat 0.708 -> 0.732) and for any violation (bench/results/loso-2026.12-9.md).
@pytest.mark.parametrize("name, any_f1, max_clean_flagged, guideline_f1", [
    ("news_comments_dev.jsonl", 0.96, 0.042, 0.88),
    ("news_comments_tuning.jsonl", 0.96, 0.032, 0.90),
    ("news_comments_holdout.jsonl", 0.93, 0.035, 0.70),   # never trained on
    ("news_comments_unseen.jsonl", 0.98, 0.02, 0.90),
    ("news_comments_unseen8.jsonl", 0.96, 0.046, 0.83),
    ("news_comments_unseen2.jsonl", 0.92, 0.042, 0.70),
    ("news_comments_unseen9.jsonl", 0.88, 0.028, 0.68),   # never trained on
    ("news_comments_unseen10.jsonl", 0.85, 0.052, 0.66),  # never trained on
    ("news_comments_unseen11.jsonl", 0.91, 0.033, 0.74),  # never trained on
    ("news_comments_unseen12.jsonl", 0.96, 0.02, 0.94),
    ("news_comments_unseen13.jsonl", 0.97, 0.02, 0.91),
    ("news_comments_unseen14.jsonl", 0.96, 0.02, 0.89),
    ("news_comments_unseen15.jsonl", 0.97, 0.02, 0.88),
    ("news_comments_unseen16.jsonl", 0.89, 0.04, 0.66),   # never trained on: four writers
])
def test_quality_floors(name, any_f1, max_clean_flagged, guideline_f1):
    if name in NEVER_TRAINED_ON:
        any_f1, max_clean_flagged = max(any_f1, 0.80), min(max_clean_flagged, 0.06)
    report = evaluate(rows(name), screen)
    assert report.any_violation.f1 >= any_f1, report.table()
    assert report.clean_flag_rate <= max_clean_flagged, report.table()
    for guideline, counts in report.per_guideline.items():
        assert counts.f1 >= guideline_f1, f"{guideline}\n{report.table()}"
