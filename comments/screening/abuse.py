"""Abuse: slurs and hatred of people for their race, ethnicity, nationality, religion, sex or sexuality.

Naming a group is news; attacking people for belonging to it is abuse. A slur quoted to
condemn it ("calling him a 'wetback' is racist") is discussed, not used, and scores low.
"""
import re
from functools import lru_cache

from comments.screening import innocent_use
from comments.screening.lexicon import lexicon, read_list
from comments.screening.phases import alternation, cue_words, phrase_findings
from comments.screening.result import Finding

GUIDELINE = "abuse"
# Nouns that call people vermin ("African vermin", "Turkana savages").
VERMIN = ("vermin", "savages", "animals", "rats", "cockroaches", "parasites", "scum", "filth", "invaders", "leeches",
          "monkeys", "apes", "subhumans")
USED, MENTIONED = 0.9, 0.3
QUOTES = "\"'“”‘’«»`"
# Words that say a slur is being discussed, not used. Plain disgust is not among them: "f*ggots
# parading in front of children, disgusting" uses the slur; and "offensive" is also a military word.
CONDEMNING = re.compile(r"\b(?:racist|racism|slur|slurs|bigot|bigoted|bigotry|homophobic|homophobia|sexist|sexism|"
                        r"xenophobic|hateful|condemn|condemned|the word|"
                        r"the term|called (?:him|her|them|me|us) an?|calling (?:him|her|them|people) an?|n word)\b")
DEHUMANISING = (r"(?:animals|vermin|rats|cockroaches|parasites|savages|subhuman|subhumans|dogs|pigs|apes|monkeys|filth|"
                r"scum|trash|garbage|a disease|a plague|a cancer|an infestation|invaders|inferior|evil|dirty|terrorists|"
                r"rapists|criminals|backward|primitive|not human|a virus|breeding like rabbits|thieves|all thieves|"
                r"(?:genetically|naturally|biologically) (?:\w+ )?(?:inferior|stupid|violent|less \w+|lazy|criminal)|"
                r"less intelligent|less human|stupider|too stupid|a disease|diseased|a stain|filthy|lazy|thieving|"
                r"(?:disease|germ|dirt|crime|lice|flea) (?:carrying|ridden|spreading) \w+|leeches|useless eaters|"
                r"brainwashed|drunken \w+|drunks|greedy|violent|a danger to (?:children|kids|society|our \w+)|a threat to (?:children|kids|our \w+)|(?:all )?(?:morons|idiots|imbeciles|retards)|behind (?:every|all the|all) (?:war|wars|crises|crisis|attacks?))")


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
        ("send a group back", re.compile(rf"\b(?:send|ship|kick|throw|deport)\s+(?:all\s+|every\s+(?:last\s+|single\s+)?|each\s+)?(?:the\s+|these\s+|those\s+|of the\s+)?{group}\s+(?:back|out|home)\b"), 0.8),
        ("conspiracy about a group", re.compile(rf"\b{group}\s+(?:secretly\s+)?(?:control|controls|run|runs|own|owns)\s+(?:the\s+|all\s+the\s+)?(?:media|banks|world|government|money|hollywood|press|country)\b"), 0.85),
        ("go back to your country", re.compile(r"\bgo back (?:to|where) (?:your|their|you|they) (?:own )?(?:country|countries|came from|belong|desert|jungle|caves?)\b"), 0.85),
        ("women's place", re.compile(r"\bwomen\s+(?:belong in the kitchen|should (?:stay|be kept) (?:at home|in the kitchen|quiet|silent)|(?:are|r) (?:too emotional|inferior|property|only good for)|can t (?:think|lead|drive|do politics))|\b(?:get|go) back (?:in|to) the kitchen\b|\bmake me a sandwich\b|\bwomen(?:\s+in\s+\w+)?\b(?:\s+\w+){0,8}?\s+(?:they\s+)?should (?:stay|be kept|stay at) (?:at )?home\b"), 0.85),
        ("sexuality called a sickness", re.compile(rf"\b(?:gays|gay men|homosexuals|gay people|lesbians|trans people|transgender people|homosexuality|being gay)\s+(?:are|is|r)\s+(?:all\s+)?(?:sick|diseased|an abomination|perverts|perverted|unnatural|mentally ill|groomers|paedophiles|pedophiles|a sin|disgusting|a disease|a mental illness|a sickness|an illness|a disorder|curable)\b"), 0.9),
        ("group to be kept away", re.compile(
            rf"\b{group}\s+(?:shouldn t|should not|must not|mustn t|can t|cannot|should never)\s+be\s+(?:allowed|let|trusted|permitted)\s+(?:near|around|to|in|with)\b"), 0.85),
        ("place of worship to be attacked", re.compile(
            r"\b(?:hope|wish|should|must|need to|needs to|let s|lets|gonna|going to|will|ll)\b(?:\s+\w+){0,4}?\s+(?:burn|burns|bomb|bombs|torch|torches|blow up|blows up|firebomb|firebombs)\s+(?:down\s+)?(?:the\s+|every\s+|all\s+|that\s+|their\s+|a\s+)?(?:mosques?|synagogues?|churches|church|temples?|gurdwaras?)\b"), 0.85),
        ("deport a whole group", re.compile(rf"\b(?:deport|expel|ban|intern)\s+(?:all|every(?: last| single)?|the lot of)\s+(?:the\s+|these\s+|those\s+)?{group}\b"), 0.85),
        ("group breeding like vermin", re.compile(rf"\b(?:{group}|these people|those people)\s+(?:breed|multiply|spread|swarm|reproduce)\s+like\s+(?:rats|rabbits|cockroaches|vermin|flies|insects|locusts|animals)\b"), 0.9),
        ("group with a slurring adjective", re.compile(rf"\b(?:typical|lazy|dirty|thieving|filthy|smelly|stinking|greedy|drunken|savage|inbred|scrounging)\s+(?:\w+\s+)?(?:{group}|tribes?|race)\b"), 0.8),
        ("ban a religion", re.compile(r"\bban (?:islam|judaism|the koran|the quran|all mosques|mosques|synagogues|all muslims|muslims|all jews|jews)\b"), 0.8),
        ("death to a group", re.compile(rf"\bdeath to (?:all\s+)?(?:the\s+)?{group}\b"), 0.95),
        ("never trust a group", re.compile(rf"\bnever trust (?:a|an|any|the|them)\s+{group}\b"), 0.85),
        ("every member of a group called a criminal", re.compile(
            rf"\b(?:every|each|any)\s+(?:single\s+)?{group}\b[^.!?]{{0,40}}?\b(?:is|s)\s+(?:a|an|just a|just an)\s+"
            r"(?:terrorist|criminal|rapist|thief|parasite|animal|savage|scrounger|invader|paedophile|pedophile|groomer|"
            r"liability|threat|suicide bomber|jihadi)s?\b"), 0.85),
        ("people called vermin", re.compile(
            r"\b(?:african|arab|muslim|jewish|mexican|indian|pakistani|romanian|polish|somali|nigerian|afghan|"
            r"syrian|kurdish|turkish|chinese|gypsy|roma|immigrant|migrant|refugee|islamic|christian|hindu|sikh|gay|tribal|foreign)\s+"
            rf"(?:{'|'.join(VERMIN)})\b"), 0.85),
        ("no group wanted", re.compile(rf"\b(?:no more|ban all|keep out|kick out|get rid of all|get rid of the)\s+(?:the\s+)?{group}\b"), 0.7),
    ]


@lru_cache(maxsize=None)
def group_names() -> frozenset:
    """Every one-word name of a group in groups.txt ("muslims", "women", "kurd")."""
    return frozenset(entry for entry in read_list("groups.txt") if " " not in entry)


@lru_cache(maxsize=None)
def cues() -> frozenset:
    """Every group rule needs a group's name or one of its fixed phrases' words."""
    words = {w for entry in read_list("groups.txt") for w in entry.split()}
    return frozenset(words | set("typical lazy dirty thieving filthy smelly stinking greedy drunken savage inbred scrounging ban islam judaism koran quran back kitchen sandwich homosexuality being death mosque mosques synagogue synagogues church churches temple temples gurdwara gurdwaras".split()) | set(VERMIN))


def _quoted_or_condemned(doc, start, end) -> bool:
    before, after = doc.original[max(0, start - 1):start], doc.original[end:end + 1]
    if before and after and before in QUOTES and after in QUOTES:
        return True
    window = doc.original[max(0, start - 80):end + 80].lower().replace("-", " ")
    return bool(CONDEMNING.search(window))


# Rules whose match starts with a group's name: tried only where a group is named (one scan finds
# those places), rather than scanned over the whole comment each.
GROUP_LED = frozenset({"group called subhuman", "group to be expelled or harmed", "group called subhuman later in the sentence",
                       "conspiracy about a group", "group to be kept away"})
RULE_CUES = cue_words({
    "group breeding like vermin": "breed multiply spread swarm reproduce",
    "ban a religion": "ban",
    "death to a group": "death",
    "deport a whole group": "deport expel ban intern",
    "send a group back": "send ship kick throw deport",
    "go back to your country": "back",
    "women's place": "women kitchen sandwich",
    "sexuality called a sickness": "gays gay homosexuals lesbians trans transgender homosexuality being",
    "place of worship to be attacked": "mosque mosques synagogue synagogues churches church temple temples gurdwara "
                                       "gurdwaras",
    "no group wanted": "more ban keep kick rid",
    "people called vermin": frozenset(VERMIN),
    "never trust a group": "trust",
    "every member of a group called a criminal": "every each any",
    "group with a slurring adjective": "typical lazy dirty thieving filthy smelly stinking greedy drunken savage "
                                       "inbred scrounging",
})


@lru_cache(maxsize=None)
def group_name():
    return re.compile(rf"\b{alternation('groups.txt')}\b")


@lru_cache(maxsize=None)
def _split_rules():
    led = [r for r in rules() if r[0] in GROUP_LED]
    return led, [r for r in rules() if r[0] not in GROUP_LED]


def _group_led_findings(doc):
    led, _ = _split_rules()
    text = doc.phrase_text
    places = [m.start() for m in group_name().finditer(text)]
    for name, pattern, score in led:
        for place in places:
            match = pattern.match(text, place)
            if match:
                start, end = doc.phrase_span(match.start(), match.end())
                yield Finding(GUIDELINE, score, start, end, name)


def check(doc):
    findings = []
    for start, end, entry in lexicon("slurs.txt").find(doc):
        if innocent_use.covers(doc, start, end):  # "Dick Van Dyke"
            findings.append(Finding(GUIDELINE, MENTIONED, start, end, f"a name, not a slur: {entry}"))
        elif _quoted_or_condemned(doc, start, end):
            findings.append(Finding(GUIDELINE, MENTIONED, start, end, f"slur quoted or condemned: {entry}"))
        else:
            findings.append(Finding(GUIDELINE, USED, start, end, f"slur word list: {entry}"))
    if not cues().isdisjoint(doc.vocabulary):
        findings.extend(_group_led_findings(doc))
        findings.extend(phrase_findings(doc, GUIDELINE, _split_rules()[1], per_rule=RULE_CUES))
    return findings


# A claim about a group that the comment attributes to a report, a study or an official is
# reported, not asserted: "Immigrants are a drain on the NHS, says a report."
ATTRIBUTION = re.compile(
    r"\b(?:says?|said|claims?|claimed|argues?|argued|finds|found|suggests?|suggested|concludes?|concluded|according to)\s+"
    r"(?:a |an |the |one |this |that |new |last year s |the latest )?(?:\w+ )?(?:report|study|survey|poll|paper|think tank|"
    r"review|audit|inquiry|minister|ministry|government|spokesman|spokeswoman|spokesperson|economists?|researchers?|"
    r"analysis|figures|data|census|academics?|professor|office|commission|committee)\b")


def attributed_claim(doc) -> bool:
    """True when the comment attributes what it says to a report, a study or an official."""
    return bool(ATTRIBUTION.search(doc.phrase_text))


def doubts_model(doc, rule_scores) -> bool:
    """An abuse-model guess on a claim the comment attributes to a report or official is not a flag."""
    return attributed_claim(doc)
