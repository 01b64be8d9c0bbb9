"""Profanity: swearing, with or without stars, digits, look-alike letters and stretched letters."""

import re

from comments.screening import innocent_use
from comments.screening.lexicon import lexicon
from comments.screening.result import Finding
from comments.screening.thresholds import FLAG

GUIDELINE = "profanity"
STRONG, MILD = 0.9, 0.3
# "f-ing", "f'in", "f***ing": the word abbreviated to its first letter.
ABBREVIATED = re.compile(r"\bf(?:[\-'*.]+|\*+)(?:ing|in|en|ed|ers?)\b|\bf\*{2,}(?=\W|$)|\bf[#@%&$*]{3}(?=\W|$)")


# Every abbreviation above has an f followed by one of these (a cheap scan before the full one).
ABBREVIATION_HINT = re.compile(r"f[-'*.#@%&$]")

# "It's been pissing down all week": rain, not swearing.
RAIN = re.compile(r"\s+(?:it\s+)?down\b", re.IGNORECASE)


def check(doc):
    findings = []
    for start, end, entry in lexicon("profanity.txt").find(doc):
        if entry.startswith("piss") and RAIN.match(doc.original, end) or innocent_use.covers(doc, start, end):
            continue  # "pissing down" is rain; "Kak Masoud" is a Kurdish honorific
        findings.append(Finding(GUIDELINE, STRONG, start, end, f"profanity word list: {entry}"))
    for match in ABBREVIATED.finditer(doc.text) if ABBREVIATION_HINT.search(doc.text) else ():
        start, end = doc.span(match.start(), match.end())
        findings.append(Finding(GUIDELINE, 0.85, start, end, "abbreviated swear word"))
    for start, end, entry in lexicon("profanity_mild.txt").find(doc):
        findings.append(Finding(GUIDELINE, MILD, start, end, f"mild word list: {entry}"))
    return findings


def doubts_model(doc, rule_scores) -> bool:
    """The offensive model cannot tell swearing from slurs or crude words, nor a crude word from a
    name ("Dick Van Dyke"): when a word list has already named the comment abuse or vulgarity, or
    has found no swear word at all while a crude-looking word is in innocent use, the model's
    profanity guess only ranks."""
    if rule_scores["abuse"] >= FLAG["abuse"] or rule_scores["vulgarity"] >= FLAG["vulgarity"]:
        return True
    return rule_scores["profanity"] < FLAG["profanity"] and innocent_use.anywhere(doc)
