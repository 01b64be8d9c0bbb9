"""Vulgarity: crude sexual and bodily language."""
import re

from comments.screening.lexicon import lexicon
from comments.screening.phases import phrase_findings
from comments.screening.result import Finding

GUIDELINE = "vulgarity"
RULES = [
    ("crude invitation", re.compile(r"\b(?:suck|lick|kiss|eat) my (?:dick|cock|balls|ass|arse|pussy|tits|d|c)\b"), 0.9),
    ("sexualised body", re.compile(r"\b(?:nice|great|fat|sexy|hot|her|his|that|juicy)\s+(?:ass|arse|butt|tits|boobs|rack)\b"), 0.85),
    ("oral sex slang", re.compile(r"\b(?:gives?|giving|give me|got) (?:good |great )?(?:head|a blowjob|a bj|a handjob)\b"), 0.85),
    ("flash", re.compile(r"\b(?:flash|show|get out) (?:your|her|us your|them) (?:boobs|tits|ass|arse|body|breasts)\b"), 0.85),
    ("crude sex", re.compile(r"\b(?:bang|shag|screw|tap|hump)\s+(?:her|him|them|that)\b"), 0.85),
    ("crude sexual phrase", re.compile(r"\b(?:blow me|jerk(?:ing)? off|get laid|go fuck|screw you|up your (?:ass|arse)|shove it up)\b"), 0.85),
]


CUES = frozenset("suck lick kiss eat blow jerk jerking get go screw up shove ass arse butt tits boobs rack bang shag tap hump gives give giving got head flash show out".split())


def check(doc):
    findings = [Finding(GUIDELINE, 0.85, s, e, f"vulgarity word list: {entry}") for s, e, entry in lexicon("vulgarity.txt").find(doc)]
    findings.extend(phrase_findings(doc, GUIDELINE, RULES, cues=CUES))
    return findings
