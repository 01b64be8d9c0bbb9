"""Helpers the guideline phases share: build findings from regex matches over the phrase text."""
import re

from comments.screening.lexicon import read_list
from comments.screening.normalise import Document
from comments.screening.result import Finding


def alternation(*names: str, exclude: set[str] = frozenset()) -> str:
    """A regex alternation of the entries of some word lists (longest first)."""
    words = {w for name in names for w in read_list(name)} - set(exclude)
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def phrase_findings(doc: Document, guideline: str, rules, *, cues: frozenset | None = None):
    """Findings for every (name, compiled pattern, score) rule that matches the phrase text.

    `cues`: words at least one of which every rule needs; without any of them no pattern runs.
    """
    if cues is not None and cues.isdisjoint(doc.vocabulary):
        return
    text = doc.phrase_text
    for name, pattern, score in rules:
        for match in pattern.finditer(text):
            start, end = doc.phrase_span(match.start(), match.end())
            yield Finding(guideline, score, start, end, name)
