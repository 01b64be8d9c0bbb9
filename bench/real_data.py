"""The real labelled data sets in ../shared/datasets, read the same way by every bench script.

A *source* is one data set, or one language of a multilingual set (`mlma_en`, `mpold_ar`). Each
knows which guidelines its annotators marked (a guideline they did not annotate is never scored
on it), and which rows are its test split:
- the `split` field where the set has one;
- otherwise (davidson, youtube_spam) the rows whose id suffix is divisible by 5, as
  ../shared/datasets/README.md defines.

A row is *acceptable* when its labels are `[]`, or null with `toxic: false`; it *violates* when it
has labels or `toxic: true`. Rows with `labels: null` count for "any violation" only.
"""
import json
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Beside the project (../shared/datasets), or wherever NEWSROOM_SHARED_DATA says.
SHARED = Path(os.environ.get("NEWSROOM_SHARED_DATA") or ROOT.parent / "shared" / "datasets")


@dataclass(frozen=True)
class Source:
    name: str
    file: str
    guidelines: tuple
    lang: str | None = None
    note: str = ""

    @property
    def path(self) -> Path:
        return SHARED / self.file


SOURCES = (
    Source("davidson", "davidson/davidson.jsonl", ("profanity", "abuse"),
           note="alt-profanity-check was trained on all of it: its figures here are in sample"),
    Source("youtube_spam", "youtube_spam/youtube_spam.jsonl", ("promotion",)),
    Source("sms_spam", "sms_spam/sms_spam.jsonl", ("promotion",)),
    Source("gab_hate", "gab_hate/gab_hate.jsonl", ("profanity", "threat", "personal_attack", "abuse")),
    Source("implicit_hate", "implicit_hate/implicit_hate.jsonl", ("threat", "abuse")),
    Source("stormfront", "stormfront/stormfront.jsonl", ("abuse",)),
    Source("mlma_en", "mlma/mlma.jsonl", ("personal_attack", "abuse"), lang="en"),
    Source("mlma_fr", "mlma/mlma.jsonl", ("personal_attack", "abuse"), lang="fr"),
    Source("mlma_ar", "mlma/mlma.jsonl", ("personal_attack", "abuse"), lang="ar"),
    Source("mpold_ar", "mpold/mpold.jsonl", ("profanity", "abuse"), lang="ar"),
    Source("jigsaw_tr", "jigsaw_multilingual_val/jigsaw_multilingual_val.jsonl", (), lang="tr"),
    Source("jigsaw_es", "jigsaw_multilingual_val/jigsaw_multilingual_val.jsonl", (), lang="es"),
    Source("jigsaw_it", "jigsaw_multilingual_val/jigsaw_multilingual_val.jsonl", (), lang="it"),
    Source("toxic_spans", "toxic_spans/toxic_spans.jsonl", (),
           note="every post is toxic: scored against c3_globe's acceptable comments"),
    Source("c3_globe", "c3_globe/c3_globe.jsonl", (),
           note="CC BY-NC-SA: for measuring only, never for training a shipped model"),
)
BY_NAME = {s.name: s for s in SOURCES}


def any_guidelines(source: Source) -> tuple:
    """The guidelines an "any violation" score takes the highest of, on this source: all six where
    its annotators marked promotion, else all but promotion. A source that did not annotate
    promotion calls its spam acceptable (Gab's "acceptable" posts hold car-donation and
    essay-writing adverts), so a promotion flag there is no false alarm. Every other guideline is
    kept even where the source did not annotate it: its annotators' "offensive" or "hateful" spans
    several of ours."""
    from comments.screening import GUIDELINES

    return GUIDELINES if "promotion" in source.guidelines else offensive_guidelines()


def offensive_guidelines() -> tuple:
    from comments.screening import GUIDELINES

    return tuple(g for g in GUIDELINES if g != "promotion")


def available() -> bool:
    return SHARED.is_dir()


def _id_suffix_split(row_id: str) -> str:
    """davidson-N and yt-NN-RRR-...: test when the running number is divisible by 5."""
    parts = row_id.split("-")
    number = parts[2] if row_id.startswith("yt-") else parts[-1]
    return "test" if int(number) % 5 == 0 else "train"


def split_of(row: dict) -> str:
    return row.get("split") or _id_suffix_split(row["id"])


_FILES: dict = {}


def _read(path: Path) -> list:
    if path not in _FILES:
        with open(path, encoding="utf-8") as handle:
            _FILES[path] = [json.loads(line) for line in handle if line.strip()]
    return _FILES[path]


def rows(source: Source, split: str | None = "test") -> list:
    """The source's rows of one split (None: every row), in file order."""
    return [
        r for r in _read(source.path)
        if (source.lang is None or r.get("lang") == source.lang) and (split is None or split_of(r) == split)
    ]


def violates(row: dict) -> bool:
    return bool(row["labels"]) or (row["labels"] is None and bool(row.get("toxic")))


def acceptable(row: dict) -> bool:
    return row["labels"] == [] or (row["labels"] is None and row.get("toxic") is False)
