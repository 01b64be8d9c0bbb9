"""Promotion: adverts, money offers, contact numbers and "follow my channel".

A link to a news source or a public reference is a citation, not promotion; any other link
alone is a weak signal that becomes a flag beside selling words.
"""
import re
from functools import lru_cache

from comments.screening.lexicon import read_list
from comments.screening.result import Finding

GUIDELINE = "promotion"
# A link to an unknown site is worth a moderator's glance but, alone, not a flag.
LINK_ALONE = 0.45
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')]+|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|net|org|io|biz|info|shop|store|xyz|ly|co|me|tv|online|site|club|top|link|click|app|us|uk|ru|cc)\b(?:/[^\s<>\"')]*)?")
RULES = [
    ("contact number", re.compile(r"\b(?:whatsapp|whats app|watsapp|telegram|viber|signal|call|text|sms|contact|dm|inbox|reach)\b[^\n]{0,25}?\+?\d[\d \-().]{7,}\d"), 0.95),
    ("phone number", re.compile(r"(?<![\w.])\+\d[\d \-().]{8,}\d\b"), 0.6),
    ("channel or page plug", re.compile(r"\b(?:subscribe to|sub to|check out|checkout|visit|follow|like|watch|listen to|view)\s+(?:my|our|me on|us on)\b(?:\s+\w+){0,3}?\s*\b(?:channel|video|videos|page|blog|site|website|profile|music|song|songs|cover|covers|account|instagram|insta|tiktok|youtube|twitter|facebook|playlist|podcast|shop|store|store|stream|art|book|mixtape)?"), 0.85),
    ("please subscribe", re.compile(r"\b(?:please|pls|plz)\s+(?:subscribe|sub|like and subscribe|follow me|share my)\b|\bsubscribe (?:to me|for more|back)\b|\bsub4sub\b|\bfollow (?:me|back) on\b"), 0.85),
    ("money offer", re.compile(r"(?:\b(?:earn|make|making|made|earning|get|win)\b[^.\n]{0,20}?(?:[$£€]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:dollars|pounds|euros|usd))\s*(?:a|per|every|each|/)\s*(?:day|week|hour|month|daily))|\b(?:make|earn) (?:money|cash|income) (?:from home|online|fast|easily)\b"), 0.9),
    ("money brag with invitation", re.compile(r"\b(?:i|we)\s+(?:made|make|earned|earn|am making|m making)\s+[$£€]?\s?\d[\d,.]*k?\b[^.!?\n]{0,40}(?:online|from home|from my phone|with this|trading|ask me how|dm me|message me|contact me|link)"), 0.85),
    ("work from home offer", re.compile(r"\b(?:work(?:ing)? from home|home based (?:job|business)|be your own boss|passive income|financial freedom|side hustle)\b"), 0.6),
    ("crypto, forex or betting", re.compile(r"\b(?:forex|binary options?|crypto (?:signals|trading|investment|profits?)|bitcoin (?:investment|trading|mining|profits?|doubling)|trading signals|betting tips|sure odds|fixed matches|casino bonus|free spins|account manager|investment (?:platform|manager|opportunity))\b"), 0.85),
    ("sales pitch", re.compile(r"\b(?:buy now|order now|shop now|limited (?:time )?offer|discount code|promo code|coupon code|use code|click (?:here|the link|my link|link)|link in (?:my )?bio|free followers|cheap (?:watches|pills|viagra|loans?|followers)|best prices?|lowest prices?|for sale|dm me for|100% (?:free|guaranteed)|special offer|visit (?:our|my) (?:shop|store|website|site))\b"), 0.85),
    ("money sign figures", re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d+)?\s?(?:k\b)?(?:\s*(?:a|per)\s*(?:day|week|hour))"), 0.7),
]


@lru_cache(maxsize=None)
def news_domains() -> frozenset:
    return frozenset(read_list("news_sources.txt"))


def _domain(url: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url).split("/")[0].split(":")[0]
    return host


def _is_news(host: str) -> bool:
    parts = host.split(".")
    return any(".".join(parts[i:]) in news_domains() for i in range(len(parts) - 1))


def links(doc) -> list[tuple[int, int, str, bool]]:
    """(start, end, host, is_news_source) for every link in the comment, spans in the original text."""
    found = []
    for match in URL.finditer(doc.text):
        url = match.group().rstrip(".,;:!?")
        host = _domain(url)
        start, end = doc.span(match.start(), match.start() + len(url))
        found.append((start, end, host, _is_news(host)))
    return found


def check(doc):
    text, findings = doc.text, []
    strong = False
    for name, pattern, score in RULES:
        for match in pattern.finditer(text):
            start, end = doc.span(match.start(), match.end())
            findings.append(Finding(GUIDELINE, score, start, end, name))
            strong = strong or score >= 0.8
    for start, end, host, is_news in links(doc):
        if is_news:
            continue
        findings.append(Finding(GUIDELINE, 0.9 if strong else LINK_ALONE, start, end, f"link to {host}"))
    return findings
