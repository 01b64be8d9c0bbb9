"""How `make evaluate` measures the screening on real data: splits, recall at a flag rate, span F1."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import evaluate  # noqa: E402
import real_data  # noqa: E402


def test_sets_without_a_split_field_hold_out_every_fifth_running_number():
    assert real_data.split_of({"id": "davidson-0"}) == "test"
    assert real_data.split_of({"id": "davidson-15"}) == "test"
    assert real_data.split_of({"id": "davidson-16"}) == "train"
    assert real_data.split_of({"id": "yt-01-005-z13abc"}) == "test"
    assert real_data.split_of({"id": "yt-01-006-z13abc"}) == "train"


def test_a_split_field_wins_over_the_running_number():
    assert real_data.split_of({"id": "gab_hate-5", "split": "train"}) == "train"


def test_rows_with_null_labels_count_for_any_violation_only_by_their_toxic_flag():
    assert real_data.violates({"labels": None, "toxic": True})
    assert real_data.acceptable({"labels": None, "toxic": False})
    assert not real_data.acceptable({"labels": None, "toxic": True})
    assert real_data.acceptable({"labels": []}) and not real_data.violates({"labels": []})
    assert real_data.violates({"labels": ["abuse"]})


def test_recall_is_read_where_at_most_five_percent_of_acceptable_rows_are_flagged():
    acceptable = [i / 100 for i in range(100)]  # 0.00 … 0.99: the cut is 0.94, so 5 of 100 lie above it
    assert sum(s > 0.94 for s in acceptable) == 5
    assert evaluate.recall_at_share([0.2, 0.5, 0.95, 0.99], acceptable) == 0.5
    assert evaluate.recall_at_share([], acceptable) is None


def test_ties_with_the_acceptable_rows_do_not_count_as_found():
    assert evaluate.recall_at_share([0.0, 0.0], [0.0] * 100) == 0.0


def test_span_f1_follows_semeval_2021_task_5():
    assert evaluate.span_f1(set(), set()) == 1.0
    assert evaluate.span_f1({1, 2}, set()) == 0.0
    assert evaluate.span_f1(set(), {1, 2}) == 0.0
    assert evaluate.span_f1({1, 2, 3, 4}, {3, 4}) == 2 * 0.5 * 1.0 / 1.5


def test_every_source_names_only_guidelines_of_the_screening():
    from comments.screening import GUIDELINES

    for source in real_data.SOURCES:
        assert set(source.guidelines) <= set(GUIDELINES), source.name


def test_any_violation_leaves_out_promotion_where_the_source_did_not_annotate_it():
    from comments.screening import GUIDELINES

    assert real_data.any_guidelines(real_data.BY_NAME["sms_spam"]) == GUIDELINES
    assert "promotion" not in real_data.any_guidelines(real_data.BY_NAME["gab_hate"])
    assert set(real_data.any_guidelines(real_data.BY_NAME["gab_hate"])) == set(GUIDELINES) - {"promotion"}
    assert "promotion" not in real_data.any_guidelines(real_data.BY_NAME["toxic_spans"])
