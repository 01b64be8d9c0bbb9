"""Personal attacks: insults aimed at a person — another commenter, the writer, anyone.

"You are wrong about the budget" argues; "you are an idiot" attacks. Insult words count only
when the sentence aims them at someone.
"""
import re
from functools import lru_cache

from comments.screening.lexicon import read_list
from comments.screening.phases import alternation, cue_words, phrase_findings
from comments.screening.result import Finding

GUIDELINE = "personal_attack"
ADJECTIVES = {"stupid", "dumb", "idiotic", "moronic", "brainless", "clueless", "pathetic", "ignorant", "deluded",
              "delusional", "thick", "gormless", "spineless", "worthless", "disgrace", "brain dead", "braindead"}
# Words that insult a person but also describe things ("the promises are garbage").
THINGS = {"garbage", "trash", "filth", "vermin", "rat", "snake", "pig", "pigs", "parasite", "sheep", "scum", "donkey"}
FILLER = (r"(?:\s+(?:and|are|re|r|such|just|an|a|the|absolute|complete|total|utter|bloody|pathetic|little|stupid|nothing|"
          r"but|so|really|clearly|obviously|actually|literally|genuinely|seriously|honestly|totally|being|big|fucking|freaking|damn|sad|old|ignorant|brainless|typical|"
          r"sorry|dumb|lying|useless|worthless|[a-z]*\*+[a-z*]*))*")


@lru_cache(maxsize=None)
def rules():
    insult = alternation("insults.txt")
    noun = alternation("insults.txt", exclude=ADJECTIVES | THINGS)
    return [
        ("insult aimed at 'you'", re.compile(rf"\b(?:you|u|ya|youre|ur)\b{FILLER}\s+{insult}s?\b"), 0.9),
        ("insult aimed at a named reader", re.compile(rf"^\s*(?:@\w+\s+)?{insult}s?\b(?!\s+(?:is|are|was|policy|plan|idea|law|\w+(?:ers|ists|ians|ents)\b))"), 0.6),
        ("'what an idiot'", re.compile(rf"\b(?:what|such)\s+(?:an?\s+)?(?:\w+\s+)?{noun}s?\b"), 0.7),
        ("called an insult", re.compile(rf"\b(?:is|are|was|were|be|being|(?:he|she) s|(?:you|they) re)\s+(?!not\b|never\b)(?:(?:an?|such an?|just an?|nothing but an?|a complete|a total|an absolute|an utter|a bunch of|a pack of)\s+(?:\w+\s+){{0,2}}|(?:\w+\s+)?){noun}s?\b"), 0.6),
        ("insulting 'your ...'", re.compile(rf"\b(?:your|ur|yer)\s+(?:stupid|idiotic|moronic|dumb|pathetic|ignorant|brainless|tiny|pea sized|little)\s+(?:brain|comment|comments|opinion|opinions|head|mind|mouth|face|take|post)\b"), 0.75),
        ("people called names", re.compile(rf"\b(?:these|those|typical|bunch of|pack of|load of|you)\s+(?:\w+\s+)?{noun}s?\b"), 0.7),
        ("'waste of space' and kin", re.compile(r"\b(?:disgrace (?:of|to) (?:a|the) human|waste of (?:space|oxygen|skin|air)|(?:sack|piece|bag|lump) of (?:shit|crap|garbage|trash|filth)|excuse for a (?:human|man|woman|journalist|reporter)|nobody cares what you think|no one cares what you think|(?:nobody|no one) cares about (?:your|you)|you sad (?:little )?(?:man|woman|boy|person|creature)|your brain (?:must be|is) (?:the size of|smaller than)|pea brain(?:ed)?|are you (?:really |just |actually |always )?(?:this |that |so )?(?:thick|stupid|dumb|dense|slow|brainless))\b"), 0.85),
        ("'absolute idiot of a ...'", re.compile(rf"\b(?:absolute|complete|total|utter|right|proper)\s+(?:\w+\s+)?{noun}\s+of\s+an?\s+\w+"), 0.75),
        ("'you're a joke'", re.compile(r"\b(?:you re|youre|you are|ur|u r)\s+(?:a|an)\s+(?:complete |total |absolute |utter |bloody |sad )?(?:joke|disgrace|embarrassment|laughing stock|waste)\b"), 0.75),
        ("insult 'like you'", re.compile(rf"\b{insult}s?\s+like\s+(?:you|u|yourself)\b"), 0.85),
        ("'only an idiot could'", re.compile(rf"\bonly (?:an?|some) (?:\w+\s+){{0,2}}?{noun}s? (?:could|would|can) (?:write|post|say|believe|think|type|publish|print) (?:this|that|such)\b"), 0.7),
        ("'what a sad little man you are'", re.compile(r"\bwhat (?:an? )?(?:\w+ )?(?:sad|ugly|pathetic|little|small|nasty|vile|stupid|horrible|miserable|bitter|sorry|disgusting|repulsive|thick|dim|silly|dumb|ignorant|hateful|petty) (?:\w+ )?(?:man|woman|person|creature|boy|girl|specimen|individual|people) (?:you are|you re|he is|she is|you must be)\b"), 0.75),
        ("the writer called names", re.compile(rf"\b(?:the|this|that) (?:author|writer|reporter|journalist|editor|columnist|presenter|commenter|poster)\s+(?:is|was)\s+(?:an?|such an?|just an?)\s+(?:\w+\s+){{0,2}}{noun}s?\b"), 0.75),
        ("'shut up' and kin", re.compile(r"\b(?:shut up|shut your (?:mouth|face|trap|gob)|get a (?:brain|life|clue)|nobody asked you|no one asked you|go back under your bridge|go crawl back|grow a brain|learn to read you|crawl back under|kill yourself|kys|get lost|go away|get out of here|shut the \w+ up|stop embarrassing yourself|nobody asked(?! me| us| the| for| whether| if| about| them| him| her))\b"), 0.8),
    ]


@lru_cache(maxsize=None)
def cues() -> frozenset:
    """Every rule needs an insult word or one of the fixed phrases' words."""
    insults = read_list("insults.txt")
    return frozenset(insults + [w + "s" for w in insults] + "absolute complete total utter right proper joke disgrace embarrassment re youre are pea brain brained shut get nobody no grow learn crawl kill kys go your ur yer piss sod bugger brain these those typical bunch pack load you disgrace waste excuse sack piece bag lump stop asked only what author writer reporter journalist editor columnist presenter commenter poster".split())


@lru_cache(maxsize=None)
def vocative():
    """An insult thrown at the end of a sentence: "..., loser." """
    return re.compile(rf"[,;:\-]\s*(?:you\s+)?(?:\w+\s+)?{alternation('insults.txt', exclude=THINGS)}s?\s*[.!?]*\s*$")


# Bodies, not people: "the council are clowns" is harsh criticism of an institution, not an attack.
INSTITUTION = re.compile(r"\b(?:council|councils|government|governments|ministry|department|committee|board|party|"
                         r"cabinet|parliament|senate|congress|police|club|management|regime|administration|"
                         r"opposition|civil service|authorities|authority|establishment|bbc|media|nhs|eu|un)$")


def _said_of_an_institution(doc, finding) -> bool:
    """True when 'called an insult' names an institution: "... the council are clowns"."""
    before = [t.text for t in doc.words if t.end <= finding.start]
    if not before:
        return False
    # A whole group called names is abuse's business ("Christians are morons"), not an attack on a person.
    return bool(INSTITUTION.search(before[-1])) or before[-1] in _groups() or " ".join(before[-2:]) in _groups()


@lru_cache(maxsize=None)
def _groups() -> frozenset:
    return frozenset(read_list("groups.txt"))


RULE_CUES = cue_words({
    "insult 'like you'": "like",
    "'only an idiot could'": "only",
    "'what a sad little man you are'": "what",
    "the writer called names": "author writer reporter journalist editor columnist presenter commenter poster",
    "insulting 'your ...'": "your ur yer",
    "'you're a joke'": "joke disgrace embarrassment laughing waste",
    "'waste of space' and kin": "disgrace waste sack piece bag lump excuse cares sad brain pea thick stupid dumb "
                                "dense slow brainless",
    "'shut up' and kin": "shut get asked go grow learn crawl kill kys stop",
})


@lru_cache(maxsize=None)
def insult_words() -> frozenset:
    """Every word of every insult, and the plurals of the one-word ones: the rules built on the
    insult list need one of them."""
    entries = read_list("insults.txt")
    return frozenset([w for e in entries for w in e.split()] + [e + "s" for e in entries if " " not in e])


INSULT_LED = ("insult aimed at 'you'", "insult aimed at a named reader", "'what an idiot'", "called an insult",
              "people called names", "'absolute idiot of a ...'")


@lru_cache(maxsize=None)
def per_rule_cues() -> dict:
    return {**RULE_CUES, **{name: insult_words() for name in INSULT_LED}}


def check(doc):
    # Spaced-out or starred words ("a m o r o n", "twat*") hide the insult from the word check.
    disguised = doc.has_spaced_words or "*" in doc.text
    findings = [f for f in phrase_findings(doc, GUIDELINE, rules(), cues=cues(), per_rule=RULE_CUES if disguised else per_rule_cues())
                if not (f.rule == "called an insult" and _said_of_an_institution(doc, f))]
    for match in (vocative().finditer(doc.text) if disguised or not insult_words().isdisjoint(doc.vocabulary) else ()):
        start, end = doc.span(match.start() + 1, match.end())
        findings.append(Finding(GUIDELINE, 0.7, start, end, "insult thrown at the reader"))
    return findings
