"""Abuse: slurs and hatred of people for their race, ethnicity, nationality, religion, sex or sexuality.

Naming a group is news; attacking people for belonging to it is abuse. A slur quoted to
condemn it ("calling him a 'wetback' is racist") is discussed, not used, and scores low.
"""
import re
from functools import lru_cache

from comments.screening.lexicon import lexicon, read_list
from comments.screening.phases import alternation, phrase_findings
from comments.screening.result import Finding

GUIDELINE = "abuse"
USED, MENTIONED = 0.9, 0.3
QUOTES = "\"'“”‘’«»`"
CONDEMNING = re.compile(r"\b(?:racist|racism|slur|slurs|bigot|bigoted|bigotry|homophobic|homophobia|sexist|sexism|"
                        r"xenophobic|hateful|offensive|unacceptable|disgusting|shameful|condemn|condemned|the word|"
                        r"the term|called (?:him|her|them|me|us) an?|calling (?:him|her|them|people) an?|n word)\b")
DEHUMANISING = (r"(?:animals|vermin|rats|cockroaches|parasites|savages|subhuman|subhumans|dogs|pigs|apes|monkeys|filth|"
                r"scum|trash|garbage|a disease|a plague|a cancer|an infestation|invaders|inferior|evil|dirty|terrorists|"
                r"rapists|criminals|backward|primitive|not human|a virus|breeding like rabbits)")


@lru_cache(maxsize=None)
def rules():
    group = alternation("groups.txt")
    return [
        ("group called subhuman", re.compile(
            rf"\b{group}\s+(?:are|r|is)\s+(?:all\s+|just\s+|nothing but\s+|a bunch of\s+|like\s+|basically\s+|no better than\s+)*{DEHUMANISING}\b"), 0.9),
        ("group to be expelled or harmed", re.compile(
            rf"\b{group}\s+(?:should|must|need to|ought to|have to)\s+(?:all\s+)?(?:be\s+)?(?:deported|expelled|exterminated|gassed|wiped out|eradicated|sterilised|sterilized|locked up|shot|hanged|killed|die|go back|get out|be thrown out|thrown out|kicked out|removed from (?:our|this) country)\b"), 0.9),
        ("group called subhuman later in the sentence", re.compile(
            rf"\b{group}\b[^.!?]{{0,60}}?\b(?:they|they re|they are|theyre|these people are|those people are)\s+(?:all\s+|just\s+|nothing but\s+)*{DEHUMANISING}\b"), 0.85),
        ("send a group back", re.compile(rf"\b(?:send|ship|kick|throw)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?{group}\s+(?:back|out)\b"), 0.8),
        ("conspiracy about a group", re.compile(rf"\b{group}\s+(?:secretly\s+)?(?:control|controls|run|runs|own|owns)\s+(?:the\s+|all\s+the\s+)?(?:media|banks|world|government|money|hollywood|press|country)\b"), 0.85),
        ("go back to your country", re.compile(r"\bgo back (?:to|where) (?:your|their|you|they) (?:own )?(?:country|countries|came from|belong|desert|jungle|caves?)\b"), 0.85),
        ("women's place", re.compile(r"\bwomen\s+(?:belong in the kitchen|should (?:stay|be kept) (?:at home|in the kitchen|quiet|silent)|(?:are|r) (?:too emotional|inferior|property|only good for)|can t (?:think|lead|drive|do politics))|\b(?:get|go) back (?:in|to) the kitchen\b|\bmake me a sandwich\b"), 0.85),
        ("sexuality called a sickness", re.compile(rf"\b(?:gays|homosexuals|gay people|lesbians|trans people|transgender people|homosexuality|being gay)\s+(?:are|is|r)\s+(?:all\s+)?(?:sick|diseased|an abomination|perverts|perverted|unnatural|mentally ill|groomers|paedophiles|pedophiles|a sin|disgusting)\b"), 0.9),
        ("death to a group", re.compile(rf"\bdeath to (?:all\s+)?(?:the\s+)?{group}\b"), 0.95),
        ("no group wanted", re.compile(rf"\b(?:no more|ban all|keep out|kick out|get rid of all|get rid of the)\s+(?:the\s+)?{group}\b"), 0.7),
    ]


@lru_cache(maxsize=None)
def cues() -> frozenset:
    """Every group rule needs a group's name or one of its fixed phrases' words."""
    words = {w for entry in read_list("groups.txt") for w in entry.split()}
    return frozenset(words | set("back kitchen sandwich homosexuality being death".split()))


def _quoted_or_condemned(doc, start, end) -> bool:
    before, after = doc.original[max(0, start - 1):start], doc.original[end:end + 1]
    if before and after and before in QUOTES and after in QUOTES:
        return True
    window = doc.original[max(0, start - 80):end + 80].lower().replace("-", " ")
    return bool(CONDEMNING.search(window))


def check(doc):
    findings = []
    for start, end, entry in lexicon("slurs.txt").find(doc):
        if _quoted_or_condemned(doc, start, end):
            findings.append(Finding(GUIDELINE, MENTIONED, start, end, f"slur quoted or condemned: {entry}"))
        else:
            findings.append(Finding(GUIDELINE, USED, start, end, f"slur word list: {entry}"))
    findings.extend(phrase_findings(doc, GUIDELINE, rules(), cues=cues()))
    return findings
