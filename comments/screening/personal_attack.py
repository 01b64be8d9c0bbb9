"""Personal attacks: insults aimed at a person — another commenter, the writer, anyone.

"You are wrong about the budget" argues; "you are an idiot" attacks. Insult words count only
when the sentence aims them at someone.
"""
import re
from functools import lru_cache

from comments.screening.lexicon import read_list
from comments.screening.phases import alternation, phrase_findings
from comments.screening.result import Finding

GUIDELINE = "personal_attack"
ADJECTIVES = {"stupid", "dumb", "idiotic", "moronic", "brainless", "clueless", "pathetic", "ignorant", "deluded",
              "delusional", "thick", "gormless", "spineless", "worthless", "disgrace", "brain dead", "braindead"}
# Words that insult a person but also describe things ("the promises are garbage").
THINGS = {"garbage", "trash", "filth", "vermin", "rat", "snake", "pig", "pigs", "parasite", "sheep", "scum", "donkey"}
FILLER = (r"(?:\s+(?:and|are|re|r|such|just|an|a|the|absolute|complete|total|utter|bloody|pathetic|little|stupid|nothing|"
          r"but|so|really|clearly|obviously|being|big|fucking|freaking|damn|sad|old|ignorant|brainless|typical|"
          r"sorry|dumb|lying|useless|worthless))*")


@lru_cache(maxsize=None)
def rules():
    insult = alternation("insults.txt")
    noun = alternation("insults.txt", exclude=ADJECTIVES | THINGS)
    return [
        ("insult aimed at 'you'", re.compile(rf"\b(?:you|u|ya|youre|ur)\b{FILLER}\s+{insult}s?\b"), 0.9),
        ("insult aimed at a named reader", re.compile(rf"^\s*(?:@\w+\s+)?{insult}s?\b(?!\s+(?:is|are|was|policy|plan|idea|law))"), 0.6),
        ("'what an idiot'", re.compile(rf"\b(?:what|such)\s+(?:an?\s+)?(?:\w+\s+)?{noun}s?\b"), 0.7),
        ("called an insult", re.compile(rf"\b(?:is|are|was|were|be|being)\s+(?:an?|such an?|just an?|nothing but an?|a complete|a total|an absolute|an utter|a bunch of|a pack of)?\s*(?:\w+\s+)?{noun}s?\b"), 0.6),
        ("insulting 'your ...'", re.compile(rf"\b(?:your|ur|yer)\s+(?:stupid|idiotic|moronic|dumb|pathetic|ignorant|brainless|tiny|pea sized|little)\s+(?:brain|comment|comments|opinion|opinions|head|mind|mouth|face|take|post)\b"), 0.75),
        ("people called names", re.compile(rf"\b(?:these|those|typical|bunch of|pack of|load of|you)\s+(?:\w+\s+)?{noun}s?\b"), 0.7),
        ("'waste of space' and kin", re.compile(r"\b(?:disgrace (?:of|to) (?:a|the) human|waste of (?:space|oxygen|skin|air)|(?:sack|piece|bag|lump) of (?:shit|crap|garbage|trash|filth)|excuse for a (?:human|man|woman|journalist|reporter)|nobody cares what you think|no one cares what you think)\b"), 0.85),
        ("insult 'like you'", re.compile(rf"\b{insult}s?\s+like\s+(?:you|u|yourself)\b"), 0.85),
        ("'shut up' and kin", re.compile(r"\b(?:shut up|shut your (?:mouth|face|trap|gob)|get a (?:brain|life|clue)|nobody asked you|no one asked you|go back under your bridge|go crawl back|grow a brain|learn to read you|crawl back under|kill yourself|kys|get lost|go away|piss off|sod off|bugger off|get out of here|shut the \w+ up|stop embarrassing yourself|nobody asked)\b"), 0.8),
    ]


@lru_cache(maxsize=None)
def cues() -> frozenset:
    """Every rule needs an insult word or one of the fixed phrases' words."""
    insults = read_list("insults.txt")
    return frozenset(insults + [w + "s" for w in insults] + "shut get nobody no grow learn crawl kill kys go your ur yer piss sod bugger brain these those typical bunch pack load you disgrace waste excuse sack piece bag lump stop asked".split())


@lru_cache(maxsize=None)
def vocative():
    """An insult thrown at the end of a sentence: "..., loser." """
    return re.compile(rf"[,;:\-]\s*(?:you\s+)?(?:\w+\s+)?{alternation('insults.txt', exclude=THINGS)}s?\s*[.!?]*\s*$")


def check(doc):
    findings = list(phrase_findings(doc, GUIDELINE, rules(), cues=cues()))
    for match in vocative().finditer(doc.text):
        start, end = doc.span(match.start() + 1, match.end())
        findings.append(Finding(GUIDELINE, 0.7, start, end, "insult thrown at the reader"))
    return findings
