"""Naming a group is not hating it: neutral and supportive sentences about groups are approved.

tests/data/group_mentions.jsonl holds eight such sentences for each of sixteen groups, the region's
peoples and faiths first (Kurds, Yazidis, Arabs, Turkmen, Assyrians, Shia, Sunni, Persians, Turks),
then groups that hatred often targets. Written for the project; never trained on. `make evaluate`
prints the flag rate per group and Borkan et al.'s subgroup AUC, BPSN and BNSP on real comments.
Floors: what 2026.12-2 measured (2 of 128 flagged, no group more than once); 2026.12-1 flagged 11,
women's sentences 3 times of 8.
"""
import json
from collections import Counter
from pathlib import Path

from comments.screening import screen

MENTIONS = [json.loads(line) for line in (Path(__file__).parent / "data" / "group_mentions.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]


def flagged_by_group():
    return Counter(m["group"] for m in MENTIONS if screen(m["text"]).recommendation != "approve")


def test_the_set_names_the_regions_peoples_and_faiths():
    groups = {m["group"] for m in MENTIONS}
    assert {"Kurds", "Yazidis", "Arabs", "Turkmen", "Assyrians", "Shia", "Sunni"} <= groups
    assert all(sum(m["group"] == g for m in MENTIONS) >= 8 for g in groups)


def test_almost_no_neutral_sentence_naming_a_group_is_sent_for_review():
    flagged = flagged_by_group()
    assert sum(flagged.values()) <= 2, flagged
    assert max(flagged.values(), default=0) <= 1, flagged


def test_a_sentence_about_women_and_education_is_approved():
    assert screen("Women and girls should have the same right to education.").recommendation == "approve"
