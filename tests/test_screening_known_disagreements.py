"""Sentences where the screening disagrees with its specification, listed with the reason rather than deleted.

Each line of tests/data/known_disagreements.jsonl is a sentence that a specification test stated,
the verdict the test expected, the test it came from, and why the screening does otherwise. This
test checks that each is still a disagreement: when a change to the screening fixes one, it fails,
and the sentence goes back to the test it came from.
"""
import json
from pathlib import Path

import pytest

from comments.screening import screen

KNOWN = [json.loads(line) for line in (Path(__file__).parent / "data" / "known_disagreements.jsonl")
         .read_text(encoding="utf-8").splitlines() if line.strip()]


def agrees(result, expected) -> bool:
    return (all(g in result.flagged for g in expected.get("flagged", ()))
            and not any(g in result.flagged for g in expected.get("not_flagged", ())))


@pytest.mark.parametrize("case", KNOWN, ids=[c["text"][:40] for c in KNOWN])
def test_each_known_disagreement_is_listed_with_its_origin_and_reason_and_still_holds(case):
    assert case["from"] and len(case["why"]) > 40
    assert not agrees(screen(case["text"]), case["expected"]), (
        f"fixed: move {case['text']!r} back to {case['from']} and drop it from known_disagreements.jsonl")
