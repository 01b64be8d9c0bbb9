"""Promotion: adverts, money offers, contact numbers and "follow my channel".

A link to a news source or a public reference is a citation, not promotion; any other link
alone is a weak signal that becomes a flag beside selling words.
"""
import re
from functools import lru_cache

from comments.screening.lexicon import read_list
from comments.screening.phases import cue_words
from comments.screening.result import Finding

GUIDELINE = "promotion"
# A link to an unknown site is worth a moderator's glance but, alone, not a flag.
LINK_ALONE = 0.45
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')]+|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|net|org|io|biz|info|shop|store|xyz|ly|co|me|tv|online|site|club|top|link|click|app|us|uk|ru|cc|to|gl)\b(?:/[^\s<>\"')]*)?")
TOP_LEVEL_DOMAIN = re.compile(r"\.(?:com|net|org|io|biz|info|shop|store|xyz|ly|co|me|tv|online|site|club|top|link|click|app|"
                              r"us|uk|ru|cc|to|gl)\b")
RULES = [
    ("contact number", re.compile(r"\b(?:whatsapp|whats app|watsapp|telegram|viber|signal|call|text|sms|contact|dm|inbox|reach)\b[^\n]{0,25}?\+?\d[\d \-().]{7,}\d"), 0.95),
    ("phone number", re.compile(r"(?<![\w.])\+\d[\d \-().]{8,}\d\b"), 0.6),
    ("channel or page plug", re.compile(r"\b(?:subscribe to|sub to|check out|checkout|visit|follow|like|watch|listen to|view)\s+(?:my|our|me on|us on)\b(?:\s+\w+){0,3}?\s*\b(?:channel|video|videos|page|blog|site|website|profile|music|song|songs|cover|covers|account|instagram|insta|tiktok|youtube|twitter|facebook|playlist|podcast|shop|store|store|stream|art|book|mixtape)?"), 0.85),
    ("please subscribe", re.compile(r"\b(?:please|pls|plz)\s+(?:subscribe|sub|like and subscribe|follow me|share my)\b|\bsubscribe (?:to me|for more|back)\b|\bsub4sub\b|\bfollow (?:me|back) on\b"), 0.85),
    ("money offer", re.compile(r"(?:\b(?:earn|make|making|made|earning|get|win)\b[^.\n]{0,20}?(?:[$£€]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:dollars|pounds|euros|usd))\s*(?:a|per|every|each|/)\s*(?:day|week|hour|month|daily))|\b(?:make|earn) (?:money|cash|income) (?:from home|online|fast|easily)\b|\b(?:i|we|you|now i|now we)\s+(?:earn|make|made|earned)\s+(?:over\s+|up to\s+)?[$£€]?\d[\d,.]*k?\s*(?:monthly|weekly|daily|a month|a week|a day|per month|per week|per day)\b"), 0.9),
    ("money brag with invitation", re.compile(r"\b(?:i|we)\s+(?:made|make|earned|earn|am making|m making)\s+[$£€]?\s?\d[\d,.]*k?\b[^.!?\n]{0,40}(?:online|from home|from my phone|with this|trading|ask me how|dm me|message me|contact me|link)"), 0.85),
    ("work from home offer", re.compile(r"\b(?:work(?:ing)? from home|home based (?:job|business)|be your own boss|passive income|financial freedom|side hustle)\b"), 0.6),
    ("crypto, forex or betting", re.compile(r"\b(?:forex|binary options?|crypto (?:signals|trading|investment|profits?)|bitcoin (?:investment|trading|mining|profits?|doubling)|trading signals|betting tips|sure odds|fixed matches|casino bonus|free spins|account manager|investment (?:platform|manager|opportunity))\b"), 0.85),
    ("sales pitch", re.compile(r"\b(?:buy now|order now|shop now|limited (?:time )?offer|discount code|promo code|coupon code|use code|click (?:here|the link|my link|link)|link in (?:my )?bio|free followers|cheap (?:watches|pills|viagra|loans?|followers)|best prices?|lowest prices?|for sale|dm me for|100% (?:free|guaranteed)|special offer|visit (?:our|my) (?:shop|store|website|site)|\d{1,2} ?% off (?:with|using|at|everything|all|today|this|now|sitewide|storewide|your)|(?:with|use) (?:the )?code [a-z]+\d+|\d+[k]? (?:followers|likes|subscribers|views) for [$£€]? ?\d+)\b"), 0.85),
    ("link written out", re.compile(r"\b[a-z0-9][a-z0-9\-]{2,}\s*(?:\(dot\)|\[dot\]|\bdot\b)\s*(?:com|net|org|io|co uk|shop|xyz|bet|biz|info|online)\b"), 0.8),
    ("link shortener", re.compile(r"\b(?:bit\.ly|tinyurl\.com|amzn\.to|goo\.gl|tiny\.cc|ow\.ly|is\.gd|cutt\.ly|rebrand\.ly|linktr\.ee|t\.me|wa\.me)/\S+"), 0.6),
    ("betting or dating offer", re.compile(r"\b(?:free (?:[$£€]\s?\d+ )?(?:bet|bets|bonus)|(?:[$£€]\s?\d+|deposit|welcome|sign[ -]?up) bonus|hot singles|single (?:women|ladies|girls|moms|mums) (?:in|near) your|(?:meet|date) (?:sexy|hot|local) (?:women|girls|singles))\b"), 0.85),
    ("selling my own work", re.compile(r"\b(?:buy|order|get|grab|download|pre ?order)\s+(?:it|my \w+|a copy|your copy|the book)\s+(?:on|at|from)\s+(?:amazon|ebay|etsy|my (?:site|website|shop|store)|gumroad|patreon)\b|\bmy (?:new |latest |first )?(?:book|album|single|ebook|course|app|ep) (?:is )?(?:out|available|released)\b"), 0.85),
    ("contact me off-site", re.compile(r"\b(?:dm|message|contact|text|inbox|add|hit) me (?:up )?(?:on|via|at|through) (?:telegram|whatsapp|instagram|insta|snapchat|snap|signal|wechat|kik|discord|facebook|fb)\b|\bget rich (?:quick|fast|with|from)\b"), 0.85),
    ("adult subscription plug", re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?(?:onlyfans|only fans|fansly|patreon|gofundme|go fund me|ko-fi|substack|cashapp|cash app|venmo|paypal)\b|\bgofund\.me/"), 0.85),
    ("too good to be true", re.compile(r"\bdouble your (?:money|bitcoin|btc|crypto|investment|income|cash)\b|\bguaranteed (?:returns|profits?|income|winnings)\b"), 0.9),
    ("business plug", re.compile(r"\b(?:our|my) (?:restaurant|shop|store|salon|cafe|bakery|business|company|firm|agency|clinic|gym|bar) (?:is|has|now|opens|offers)\b[^\n]{0,80}?(?:come (?:and )?(?:try|visit|see)|visit us|book now|call us|order|at [a-z0-9\-]+\.[a-z])|\bcome (?:and )?(?:try|visit) (?:us|our)\b"), 0.85),
    ("follow a handle", re.compile(r"\bfollow @\w+"), 0.8),
    ("messaging handle", re.compile(r"\b(?:telegram|whatsapp|instagram|insta|snapchat|signal|wechat|kik|discord)\s*(?:on\s+|at\s+)?(?::\s*)?@\w{3,}"), 0.85),
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
    """(start, end, host, is_news_source) for every link in the comment, spans in the original text (once per document)."""
    try:
        return doc.__dict__["_links"]
    except KeyError:
        found = doc.__dict__["_links"] = _links(doc)
        return found


def _links(doc) -> list[tuple[int, int, str, bool]]:
    found = []
    text = doc.text
    if "." not in text or not ("://" in text or "www." in text or TOP_LEVEL_DOMAIN.search(text)):
        return found  # every link the pattern knows has a scheme, www. or a known ending
    for match in URL.finditer(doc.text):
        url = match.group().rstrip(".,;:!?")
        host = _domain(url)
        start, end = doc.span(match.start(), match.start() + len(url))
        found.append((start, end, host, _is_news(host)))
    return found


# The promotion model flags on its own only when the comment also addresses or sells: a first
# person, an imperative to act, money, a link or a number. "Subscribers to the newspaper can read
# the investigation online" shares spam's vocabulary but sells nothing.
SELLING_WORDS = frozenset("""my me our us i im check visit subscribe sub follow join click call contact dm message inbox
text whatsapp telegram free earn earned earning money cash buy order sale cheap win bonus www http https channel video
please plz pls link bio offer discount like comment share thumbs see look new fb facebook instagram youtube twitter
you your u subscribed""".split())


def has_selling_cue(doc) -> bool:
    return not SELLING_WORDS.isdisjoint(doc.vocabulary) or "." in doc.text and bool(links(doc)) or any(
        c.isdigit() for c in doc.text)


# Words at least one of which a rule needs (None: the rule needs a digit, a money sign, an @ or a slash);
# a rule whose words are all absent is skipped, which keeps the phase cheap on ordinary comments.
RULE_CUES = {
    "channel or page plug": "subscribe sub check checkout visit follow like watch listen view",
    "please subscribe": "please pls plz subscribe sub4sub follow",
    "work from home offer": "work working home boss passive financial side",
    "crypto, forex or betting": "forex binary crypto bitcoin trading betting sure fixed casino free account investment",
    "sales pitch": "buy order shop limited discount promo coupon use click link free cheap best lowest sale dm 100 "
                   "special visit off code followers likes subscribers views",
    "link written out": "dot",
    "betting or dating offer": "free bonus deposit welcome sign signup hot single meet date",
    "selling my own work": "buy order get grab download pre preorder my",
    "contact me off-site": "dm message contact text inbox add hit get",
    "adult subscription plug": "my our gofund",
    "too good to be true": "double guaranteed",
    "business plug": "our my come",
    "follow a handle": "follow",
    "messaging handle": "telegram whatsapp instagram insta snapchat signal wechat kik discord",
    "link shortener": "bit ly tinyurl amzn goo gl tiny cc ow is cutt rebrand linktr ee t me wa",
    "money offer": "make making made earn earning get win",
}
RULE_CUES = cue_words(RULE_CUES)
# Words checked as substrings of the text rather than as its words, because a number glued to
# them ("whatsapp+4477...") changes how the word is tokenised.
RULE_SUBSTRINGS = {
    "contact number": ("whats", "watsapp", "telegram", "viber", "signal", "call", "text", "sms", "contact", "dm", "inbox", "reach"),
    "money brag with invitation": ("made", "make", "earn", "making"),
}
# Characters a rule's every match contains; a rule whose character is absent is skipped.
RULE_CHARACTERS = {"messaging handle": "@", "phone number": "+", "money sign figures": "$£€", "link shortener": "/", "contact number": "0123456789",
                   "money brag with invitation": "0123456789"}


@lru_cache(maxsize=None)
def _rules():
    return [(name, pattern, score, RULE_CUES.get(name), frozenset(RULE_CHARACTERS.get(name, "")) or None,
             RULE_SUBSTRINGS.get(name))
            for name, pattern, score in RULES]


def check(doc):
    text, findings = doc.text, []
    strong = False
    vocabulary = doc.vocabulary
    present = frozenset(text)  # the characters of the comment, for the rules that need one
    for name, pattern, score, cues, characters, substrings in _rules():
        if cues is not None and cues.isdisjoint(vocabulary):
            continue
        if characters is not None and characters.isdisjoint(present):
            continue
        if substrings is not None and not any(w in text for w in substrings):
            continue
        first = pattern.search(text)
        if first is None:
            continue
        for match in pattern.finditer(text, first.start()):
            start, end = doc.span(match.start(), match.end())
            findings.append(Finding(GUIDELINE, score, start, end, name))
            strong = strong or score >= 0.8
    for start, end, host, is_news in links(doc):
        if is_news:
            continue
        findings.append(Finding(GUIDELINE, 0.9 if strong else LINK_ALONE, start, end, f"link to {host}"))
    return findings


# Words that introduce a link as a source: "more background at", "the full report is on".
CITING_WORDS = frozenset("""background report reports article piece analysis timeline source sources details data study
according published figures inquiry transcript statement guide explainer coverage reporting""".split())
LINK_WORDS = frozenset("www http https".split())


def cites_a_source(doc) -> bool:
    """True when a link is introduced as a source and nothing but the link itself reads as selling."""
    vocabulary = doc.vocabulary
    return (not CITING_WORDS.isdisjoint(vocabulary) and SELLING_WORDS.isdisjoint(vocabulary - LINK_WORDS)
            and not any(c.isdigit() for c in doc.text))


def doubts_model(doc, rule_scores) -> bool:
    """The promotion model flags alone only when the comment also addresses or sells
    (`has_selling_cue`), and not when it only cites a source (`cites_a_source`)."""
    return not has_selling_cue(doc) or cites_a_source(doc)
