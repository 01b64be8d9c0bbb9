"""Profanity: swearing, with or without stars, digits, look-alike letters and stretched letters."""
from functools import lru_cache

import re

from comments.screening.lexicon import lexicon
from comments.screening.result import Finding

GUIDELINE = "profanity"
STRONG, MILD, FALLBACK = 0.9, 0.3, 0.6
# "f-ing", "f'in", "f***ing": the word abbreviated to its first letter.
ABBREVIATED = re.compile(r"\bf(?:[\-'*.]+|\*+)(?:ing|in|en|ed|ers?)\b|\bf\*{2,}(?=\W|$)|\bf[#@%&$*]{3}(?=\W|$)")


@lru_cache(maxsize=None)
def _fallback():
    """better-profanity's list, less ordinary news words and words other phases own."""
    from comments.screening.lexicon import Lexicon, read_list

    owned = set(read_list("never_flag.txt"))
    others = [lexicon(name) for name in ("vulgarity.txt", "slurs.txt", "insults.txt", "profanity.txt", "profanity_mild.txt")]
    kept = (w for w in read_list("better_profanity_wordlist.txt")
            if w not in owned and "-" not in w and not any(o.lookup(w) for o in others))
    return Lexicon(kept, inflect=False)


def check(doc):
    findings = []
    strong = lexicon("profanity.txt")
    claimed = set()
    for start, end, entry in strong.find(doc):
        findings.append(Finding(GUIDELINE, STRONG, start, end, f"profanity word list: {entry}"))
        claimed.add((start, end))
    for match in ABBREVIATED.finditer(doc.text):
        start, end = doc.span(match.start(), match.end())
        findings.append(Finding(GUIDELINE, 0.85, start, end, "abbreviated swear word"))
        claimed.add((start, end))
    for start, end, entry in lexicon("profanity_mild.txt").find(doc):
        findings.append(Finding(GUIDELINE, MILD, start, end, f"mild word list: {entry}"))
        claimed.add((start, end))
    fallback = [(start, end, entry) for start, end, entry in _fallback().find(doc) if (start, end) not in claimed]
    if fallback:
        # A slur or a crude word is another guideline's, even where better-profanity's list has a spelling of it.
        for other in ("slurs.txt", "vulgarity.txt"):
            claimed.update((start, end) for start, end, _ in lexicon(other).find(doc))
    for start, end, entry in fallback:
        if (start, end) not in claimed:
            findings.append(Finding(GUIDELINE, FALLBACK, start, end, f"better-profanity word list: {entry}"))
    return findings
