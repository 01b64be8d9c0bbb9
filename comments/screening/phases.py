"""Helpers the guideline phases share: build findings from regex matches over the phrase text."""
import re

from comments.screening.lexicon import read_list
from comments.screening.normalise import Document
from comments.screening.result import Finding


def alternation(*names: str, exclude: set[str] = frozenset()) -> str:
    """A regex alternation of the entries of some word lists (longest first)."""
    words = {w for name in names for w in read_list(name)} - set(exclude)
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def cue_words(words_by_rule: dict) -> dict[str, frozenset]:
    """{rule name: the words, at least one of which every match of that rule contains}, from
    space-separated strings (or ready-made sets), for `phrase_findings(per_rule=...)`."""
    return {name: words if isinstance(words, frozenset) else frozenset(words.split())
            for name, words in words_by_rule.items()}


def phrase_findings(doc: Document, guideline: str, rules, *, cues: frozenset | None = None,
                    per_rule: dict[str, frozenset] | None = None):
    """Findings for every (name, compiled pattern, score) rule that matches the phrase text.

    `cues`: words at least one of which every rule needs; without any of them no pattern runs.
    `per_rule`: the same, for single rules; a rule whose words are all absent is skipped.
    """
    vocabulary = doc.vocabulary
    if cues is not None and cues.isdisjoint(vocabulary):
        return
    text = doc.phrase_text
    per_rule = per_rule or {}
    for name, pattern, score in rules:
        needed = per_rule.get(name)
        if needed is not None and needed.isdisjoint(vocabulary):
            continue
        first = pattern.search(text)  # most rules match nothing: one C call says so
        if first is None:
            continue
        for match in pattern.finditer(text, first.start()):
            start, end = doc.phrase_span(match.start(), match.end())
            yield Finding(guideline, score, start, end, name)
