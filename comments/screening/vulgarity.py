"""Vulgarity: crude sexual and bodily language."""
import re
from functools import lru_cache

from comments.screening import innocent_use
from comments.screening.lexicon import lexicon
from comments.screening.phases import cue_words, phrase_findings
from comments.screening.result import Finding

GUIDELINE = "vulgarity"
FALLBACK = 0.6
RULES = [
    ("crude invitation", re.compile(r"\b(?:suck|lick|kiss|eat)(?: \w+){0,4}? my (?:hairy |fat |big |sweaty |saggy )?(?:dick|cock|balls|ass|arse|pussy|tits|sack|ballsack|nutsack|knob|bollocks|d|c)\b"), 0.9),
    ("sexualised body", re.compile(r"\b(?:nice|great|fat|sexy|hot|her|his|that|juicy)\s+(?:ass|arse|butt|tits|boobs|rack)\b"), 0.85),
    ("oral sex slang", re.compile(r"\b(?:gives?|giving|give me|got) (?:good |great )?(?:head|a blowjob|a bj|a handjob)\b"), 0.85),
    ("flash", re.compile(r"\b(?:flash|show|get out) (?:your|her|us your|them) (?:boobs|tits|ass|arse|body|breasts)\b"), 0.85),
    ("crude sex", re.compile(r"\b(?:bang|shag|screw|tap|hump)\s+(?:her|him|them|that)\b|\bwould(?: totally| definitely| def)? (?:bang|shag|smash|hump|screw) (?:her|him|the \w+|that \w+)"), 0.85),
    ("sex for promotion", re.compile(r"\bon (?:her|his|their) knees (?:under|for|in) (?:his|her|the|their) (?:desk|boss|office)|\b(?:slept|sleeping|shagged|sucked) (?:her|his|their) way (?:to|into|up)\b|\bmy (?:onlyfans|only fans|fansly)\b"), 0.85),
    ("leering", re.compile(r"\b(?:see|saw|seen|show|showing|flash|flashing) (?:her|his|their) (?:knickers|underwear|panties|bra|nipples|thong|crotch)\b|\bwhere the sun (?:doesn t|don t|does not|never) shine[s]?\b"), 0.85),
    ("crude sexual phrase", re.compile(r"\b(?:blow me|jerk(?:s|ing|ed)? off|wank(?:s|ing|ed)? (?:off|over)|(?:good|great|dirty|wild|bad) in bed|get laid|go fuck|screw you|up (?:your|the|his|her) (?:ass|arse)|shove it up|take it up the)\b"), 0.85),
]


CUES = frozenset("see saw seen showing flashing where sun would knees slept sleeping shagged sucked my jerks jerked wank wanks wanking bed take suck lick kiss eat blow jerk jerking get go screw up shove ass arse butt tits boobs rack bang shag tap hump gives give giving got head flash show out".split())


# Each rule also needs one of its own words.
RULE_CUES = cue_words({
    "crude invitation": "suck lick kiss eat",
    "sexualised body": "ass arse butt tits boobs rack",
    "oral sex slang": "head blowjob bj handjob",
    "flash": "boobs tits ass arse body breasts",
    "crude sex": "bang shag screw tap hump smash",
    "sex for promotion": "knees way onlyfans only fansly",
    "leering": "knickers underwear panties bra nipples thong crotch sun",
    "crude sexual phrase": "blow jerk jerks jerking jerked wank wanks wanking wanked bed laid fuck screw ass arse shove take",
})


@lru_cache(maxsize=None)
def _fallback():
    """better-profanity's list, less ordinary news words and the words our own lists already know.

    What is left is mostly crude sexual slang, so it counts as vulgarity."""
    from comments.screening.lexicon import Lexicon, read_list

    owned = set(read_list("never_flag.txt"))
    others = [lexicon(name) for name in ("vulgarity.txt", "slurs.txt", "insults.txt", "profanity.txt", "profanity_mild.txt")]
    kept = (w for w in read_list("better_profanity_wordlist.txt")
            if w not in owned and "-" not in w and not any(o.lookup(w) for o in others))
    return Lexicon(kept, inflect=False)


# Emoji that stand for sex: the aubergine or the peach beside droplets, a tongue, a smirk, a wink,
# eyes or each other. Either one alone is just food ("four eggplants 🍆🍆 from the market").
SEXUAL_FRUIT = ("\U0001F346", "\U0001F351")
WINKS = frozenset("\U0001F4A6\U0001F445\U0001F60F\U0001F609\U0001F440\U0001F346\U0001F351")


def _sexual_emoji(text: str):
    for fruit in SEXUAL_FRUIT:
        position = text.find(fruit)
        if position >= 0 and any(c in WINKS and c != fruit for c in text):
            yield Finding(GUIDELINE, 0.7, position, position + 1, "sexual emoji")
            return


def check(doc):
    text = doc.original
    findings = list(_sexual_emoji(text)) if "\U0001F346" in text or "\U0001F351" in text else []
    findings += [Finding(GUIDELINE, 0.85, s, e, f"vulgarity word list: {entry}") for s, e, entry in lexicon("vulgarity.txt").find(doc)]
    findings.extend(phrase_findings(doc, GUIDELINE, RULES, cues=CUES, per_rule=RULE_CUES))
    fallback = list(_fallback().find(doc))
    if fallback:
        # A slur is abuse's and a swear word profanity's, even where better-profanity's list has a
        # spelling of it ("f*ck" fits its "fack").
        claimed = {(start, end) for name in ("slurs.txt", "profanity.txt", "profanity_mild.txt")
                   for start, end, _ in lexicon(name).find(doc)}
        findings.extend(Finding(GUIDELINE, FALLBACK, start, end, f"better-profanity word list: {entry}")
                        for start, end, entry in fallback if (start, end) not in claimed)
    return [f for f in findings if not innocent_use.covers(doc, f.start, f.end)]


def doubts_model(doc, rule_scores) -> bool:
    """A vulgarity-model guess on a comment whose only crude-looking words are names, farmyard words
    or blunders ("Dick Cheney's memoir", "a total balls-up") is not a flag."""
    if not innocent_use.anywhere(doc):
        return False
    return all(innocent_use.covers(doc, start, end) for start, end, _ in lexicon("vulgarity.txt").find(doc))
