"""Crude-looking words and slurs in innocent use, shared by every phase that matches word lists.

Names ("Dick Cheney", "Philip K. Dick", "Moby-Dick", "Dick Van Dyke", "Dyke Road"), the farmyard
and the garden ("the cock crowed", "blue tits", "pussy willow"), blunders ("another cock-up"),
food, furniture and Latin ("spotted dick", "a knob of butter", "shag pile", "cum laude").
Kurdish honorifics before a name ("Kak Masoud", Sorani for "brother" or "Mr."), which a Kurdish
network's English-edition readers write every day, are not the South African "kak".
Capitals matter for names, so this reads the original text.
"""
import re

# Adding a use here? Every alternative must contain one of STEMS (below), or `anywhere` never tries it.
INNOCENT_USE = re.compile(
    r"(?:Dick|Cock|Willy|Fanny|Knob|Kak)\s+[A-Z][a-z]|(?<=[\w.,] )(?:Dick|Willy|Fanny)\b|\bMoby[- ]Dick\b|"
    r"\bVan Dyke\b|\bDyke (?:Road|Street|Lane|Avenue)\b|"
    r"(?i:\bcocks?\s+(?:crow|crowed|crows|crowing|fight|fighting|and bull)\b|"
    r"\b(?:the|a|old)\s+cock\s+(?:crow|crowed|crows|crowing|pheasant|sparrow|robin)\b|\b(?:cock|balls)[- ]?ups?\b|"
    r"\bspotted dick\b|\bcocker spaniels?\b|\bcock[- ]a[- ]leekie\b|\btit[- ]for[- ]tat\b|\bshag[- ]?pile\b|"
    r"\bpussy ?willows?\b|\b(?:magna |summa )?cum laude\b|\b(?:door|temperature|volume|control|gear|radio) ?knobs?\b|"
    r"\bknobs? of butter\b|\brevenge porn\b|\b(?:blue|coal|marsh|willow|crested|long[- ]tailed) tits?\b|"
    r"\bgreat tits? (?:and|nest\w*|on the (?:bird )?feeder|in (?:the|our) (?:garden|box|nest))|\b(?:and|of) great tits\b)")


# Every innocent use above holds one of these, in any case: without them the pattern cannot match,
# and looking for them costs a few microseconds where the pattern costs a hundred on a long comment.
STEMS = ("dick", "cock", "willy", "fanny", "knob", "kak", "dyke", "balls", "tit", "shag", "pussy", "cum", "porn")
# The four letters outside ASCII that a case-blind pattern reads as ASCII letters (the re module's
# documentation): read the same way before looking for the stems.
AS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def anywhere(doc) -> bool:
    """True when the comment has any innocent use at all (a cheap first check)."""
    text = doc.original
    folded = text.translate(AS_ASCII).lower()
    return any(stem in folded for stem in STEMS) and bool(INNOCENT_USE.search(text))


def covers(doc, start: int, end: int) -> bool:
    """True when the word at doc.original[start:end] is part of an innocent use."""
    text, position = doc.original, max(0, start - 12)
    while (match := INNOCENT_USE.search(text, position, end + 20)) and match.start() <= start:
        if start < match.end():
            return True
        position = match.start() + 1  # uses may overlap: "Dick Van Dyke" holds "Dick V..." and "Van Dyke"
    return False
