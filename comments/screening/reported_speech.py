"""Reported speech: words quoted to report or condemn them are news, not the commenter's own.

'Protesters chanted "death to America"' reports a threat; 'He called her a "whore" on
television' condemns an insult. A finding inside quotation marks with a reporting or condemning
word nearby is kept as evidence but scored below the flag.
"""
import re

# Straight single quotes are left out: they are far more often apostrophes ("council's").
QUOTE_PAIRS = {'"': '"', "“": "”", "‘": "’", "«": "»"}
REPORTING = re.compile(
    r"\b(?:said|says|say|chanted|chant|shouted|shouting|called|calling|call|wrote|writes|tweeted|posted|quoted|"
    r"reported|reports|according|claimed|claims|statement|slogan|slogans|graffiti|sign|banner|word|term|"
    r"phrase|words|talk|rhetoric|language|remarks|comments|chants|heard|told|yelled|yells|yelling|screams|screaming|shouts|screamed|writing|written|painted|sprayed|scrawled|daubed|harassment|abuse|abusive|"
    r"insult|insults|slur|racist|sexist|homophobic|disgusting|disgraceful|shameful|unacceptable|offensive|condemn\w*|apologi[sz]e)\b",
    re.IGNORECASE,
)
QUOTED_CEILING = 0.4


# A straight single quote opens a quotation only after a space or an opening bracket, and closes
# one only before a space or punctuation: "the phrase 'go home' was shouted" but not "council's".
SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))'[^'\n]{2,200}?'(?=[\s.,;:!?)\]]|$)")


# A quotation of at most 200 characters between a pair of marks, on one line.
QUOTATION = re.compile(r'"[^"\n]{1,200}"|“[^”\n]{1,200}”|«[^»\n]{1,200}»|‘[^’\n]{1,200}’')
QUOTE_MARKS = frozenset('"“«‘\'')


def reported_quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included, with a reporting or condemning word within 60
    characters outside it: words the comment mentions rather than uses ('The MP called migrants
    "vermin" on radio'). The learnt models read each as one token (`model.model_words`)."""
    if not QUOTE_MARKS.intersection(text):
        return []
    found = [m.span() for m in QUOTATION.finditer(text)]
    if "'" in text:
        found += [m.span() for m in SINGLE_QUOTED.finditer(text)]
    return sorted((start, end) for start, end in found
                  if REPORTING.search(text[max(0, start - 60):start] + " " + text[end:end + 60]))


def _quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(opening, closing) positions of the quotation marks around text[start:end], if any."""
    position, quote = max((text.rfind(q, 0, start + 1), q) for q in QUOTE_PAIRS)
    if position >= 0:
        closing = text.find(QUOTE_PAIRS[quote], max(end - 1, position + 1))
        if closing >= 0:
            return position, closing
    if "'" in text:
        for m in SINGLE_QUOTED.finditer(text):
            if m.start() <= start and end <= m.end():
                return m.start(), m.end() - 1
    return None


def is_reported(text: str, start: int, end: int) -> bool:
    """True when text[start:end] sits inside a pair of quotation marks and a reporting word is near."""
    found = _quotation(text, start, end)
    if found is None:
        return False
    position, closing = found
    outside = text[max(0, position - 60):position] + " " + text[closing + 1:closing + 61]
    return bool(REPORTING.search(outside))
