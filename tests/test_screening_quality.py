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


@pytest.mark.parametrize("name, any_f1, max_clean_flagged, guideline_f1", [
    ("news_comments_dev.jsonl", 0.95, 0.03, 0.90),
    ("news_comments_tuning.jsonl", 0.95, 0.02, 0.88),
    ("news_comments_holdout.jsonl", 0.92, 0.05, 0.80),
    ("news_comments_unseen.jsonl", 0.90, 0.05, 0.70),
    ("news_comments_unseen8.jsonl", 0.92, 0.05, 0.75),   # tuned on after its blind measurement
    ("news_comments_unseen2.jsonl", 0.90, 0.05, 0.60),  # training data for the news models since 2026.11-4
    ("news_comments_unseen9.jsonl", 0.88, 0.05, 0.70),  # never trained on; measured blind four times, errors read after
    # never trained on, errors never read; since the 2026.11-10 retrain 6.5% of its acceptable comments are flagged (4.8% before)
    ("news_comments_unseen10.jsonl", 0.86, 0.07, 0.62),
    ("news_comments_unseen11.jsonl", 0.93, 0.04, 0.80),  # blind: measured once on the final 2026.11-4
    ("news_comments_unseen12.jsonl", 0.97, 0.03, 0.90),  # measured once blind on 2026.11-5, then trained on
    ("news_comments_unseen13.jsonl", 0.94, 0.03, 0.80),  # measured once blind on 2026.11-6, then tuned and trained on
    ("news_comments_unseen14.jsonl", 0.97, 0.02, 0.85),  # measured once blind on 2026.11-9, then tuned and trained on
    ("news_comments_unseen15.jsonl", 0.97, 0.02, 0.90),  # measured once blind on 2026.11-10, then tuned and trained on
    ("news_comments_unseen16.jsonl", 0.92, 0.05, 0.78),  # blind: four writers, measured once on 2026.11-12, errors not read
])
def test_quality_floors(name, any_f1, max_clean_flagged, guideline_f1):
    report = evaluate(rows(name), screen)
    assert report.any_violation.f1 >= any_f1, report.table()
    assert report.clean_flag_rate <= max_clean_flagged, report.table()
    for guideline, counts in report.per_guideline.items():
        assert counts.f1 >= guideline_f1, f"{guideline}\n{report.table()}"
