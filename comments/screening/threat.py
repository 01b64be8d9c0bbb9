"""Threats: wishing, promising or calling for violence against someone.

Reports of violence ("the rocket attack killed a child") are news, not threats: every rule
needs a speaker's intent, a call to act, or a wish, aimed at a person.
"""
import re

from comments.screening.phases import phrase_findings

GUIDELINE = "threat"
HARM = (r"(?:kill|murder|shoot|stab|hurt|batter|hunt down|burn|behead|strangle|choke|rape|slit|slaughter|"
        r"butcher|hang|lynch|execute|torture|gas|gut|beat the (?:shit|hell|crap) out of|beat up|string up)")
TARGET = (r"(?:the next \w+|you|ya|u|him|her|them|em|your|his|their|every|all|each|whoever|anyone|yourself|these people|"
          r"those people|that (?:man|woman|guy|bastard|traitor|pig|scum)|the (?:bastard|bastards|traitor|traitors|scum|"
          r"president|minister|prime minister|pm|mayor|judge|journalist|journalists|reporter|reporters|author|writer))")
RULES = [
    ("speaker's intent to harm", re.compile(
        rf"\b(?:i|we|i ?m|im|i am|we re|were|i ll|ill|we ll|my (?:brothers|friends|boys|men))\s+(?:will |shall |gonna |going to |am going to |are going to |re going to |ll |would |want to |wanna |m going to |m gonna |will personally |swear i ll |d )*(?:come and |come to |find you and |find and )?{HARM}\s+{TARGET}\b"), 0.9),
    ("call to harm someone", re.compile(
        rf"\b(?:someone|somebody|people|they|you|we|sb|anyone|the army|the people)\s+(?:should|ought to|need to|needs to|must|has to|have to|got to|gotta)\s+(?:just |really |finally |go and |go |come and )?{HARM}\s+{TARGET}\b"), 0.85),
    ("call to kill a named person", re.compile(
        r"\b(?:someone|somebody|people|they|you|we|anyone)\s+(?:should|ought to|need to|needs to|must|has to|have to|got to|gotta)\s+(?:just |really |finally |go and |go |come and )?(?:shoot|stab|hang|lynch|behead|strangle|torture|butcher|slaughter|murder|string up)\s+(?:that|the|this)\s+\w+"), 0.85),
    ("put a bullet in", re.compile(r"\b(?:put|pump|put a|a) (?:bullet|bullets|round|knife|blade) (?:in|into|through|between)\b"), 0.95),
    ("deserves to die", re.compile(
        r"\b(?:deserves?|deserved|deserving) (?:to (?:die|be (?:shot|killed|hanged|hung|lynched|executed|beaten|stabbed|burned|burnt|tortured))|a bullet|death|a beating)\b"), 0.8),
    ("wish of death or harm", re.compile(
        r"\b(?:hope|wish|pray)\s+(?:you|he|she|they|u|your family|your kids)(?:\s+and\s+(?:your|his|her|their)\s+(?:family|families|kids|children|friends))?\s+(?:all\s+)?(?:die|dies|get killed|gets killed|get shot|gets shot|burn|burns|rot|rots|get raped|gets raped|suffer|choke|drown|get hit)\b"), 0.85),
    ("should be killed", re.compile(
        r"\b(?:should|must|need to|ought to|needs to)\s+(?:all\s+)?be\s+(?:shot|hanged|hung|lynched|killed|murdered|burned|burnt|beheaded|tortured|gassed|exterminated|wiped out|strung up|put down)\b"), 0.75),
    ("knows where you live", re.compile(r"\b(?:i|we) know where (?:you|ya|u|your (?:kids|family|wife|children)) (?:live|lives|sleep|go to school)\b|\b(?:i|we) (?:know|have|got) your (?:home )?(?:address|kids school|number plate|license plate)\b"), 0.95),
    ("coming armed", re.compile(r"\b(?:i|we)\s*(?:m|am|are|re|ll|will)?\s*(?:be\s+)?(?:coming|come|going|go|turn up|show up)\s+(?:to|for|after)\s+(?:your|you|his|her|their)\b[^.!?]{0,30}\bwith\s+(?:a|my|our)\s+(?:gun|knife|bomb|rifle|machete|pistol|grenade|axe|friends)\b"), 0.9),
    ("family not safe", re.compile(r"\b(?:your|his|her|their)\s+(?:family|families|kids|children|wife|husband|mother|house|home)\s+(?:will not|won t|wont|will never|isn t|is not|are not|aren t)\s+be\s+safe\b|\b(?:your|his|her)\s+(?:family|kids|children)\s+(?:aren t|are not|isn t|is not)\s+safe\b"), 0.85),
    ("you will regret it", re.compile(r"\b(?:you|u)\s+(?:will|ll|are going to|re going to|gonna)\s+regret\s+(?:this|it|that|writing|saying|posting|publishing)\b"), 0.75),
    ("harm with the target inside", re.compile(r"\b(?:explodes?|blows? up|burns?(?: down)?|crash(?:es)?|goes up in flames)\s+with\s+(?:him|her|them|you|u)\s+(?:in|inside)\b"), 0.8),
    ("menacing warning", re.compile(
        r"\b(?:watch your back|you re (?:dead|next|finished)|you are (?:dead|next)|your days are numbered|you will pay|you ll pay|coming for you|come for you|see you soon\W+(?:traitor|rat)|sleep with one eye open|you ve been warned)\b"), 0.85),
    ("kill them all", re.compile(rf"\b{HARM} (?:them|em|'em|these people|the lot of them) all\b|\b{HARM} (?:every|each) (?:last )?one of (?:them|you)\b"), 0.9),
    ("promise to find and hurt", re.compile(
        r"\b(?:i|we)\s+(?:ll|will|m going to|am going to|are going to|re going to|gonna|m gonna|shall)\s+(?:find|get|catch|visit|track down)\s+(?:you|him|her|them|that \w+|the \w+|your \w+|this \w+)\s+and\s+(?:kill|hurt|break|beat|shoot|stab|smash|cut|burn|make (?:you|him|her|them) (?:pay|bleed|suffer))\b"), 0.9),
    ("violent harm to a body", re.compile(
        r"\b(?:break|snap|smash|crack|cut|slit|bash|cave) (?:his|her|your|their|ur|yer) (?:legs?|neck|bones|face|arms?|jaw|skull|head|throat|teeth)\b|"
        r"\b(?:blow|run|set|beat) (?:you|him|her|them|em|u) (?:up|over|on fire|to death|to a pulp)\b|"
        r"\b(?:six feet under|in the ground|in a body bag|in a coffin)\b"), 0.85),
    ("wish to be blown up or run over", re.compile(
        r"\b(?:hope|wish|pray)\s+(?:you|he|she|they|u)\s+(?:all\s+)?(?:gets?|are|is)\s+(?:blown up|run over|hanged|hung|shot|stabbed|beheaded|lynched|tortured|killed)\b|"
        r"\b(?:hope|wish)\s+(?:you|he|she|they|u)\s+(?:steps? on a mine|catch(?:es)? a bullet|never wakes? up|burn in hell)\b"), 0.85),
    ("death to", re.compile(r"\bdeath to (?!the (?:regime s )?(?:ceasefire|truce|peace))\w+"), 0.7),
    ("call to kill yourself", re.compile(r"\b(?:kill|hang|shoot) yourself\b|\bkys\b|\bgo (?:and )?die\b|\bdrop dead\b"), 0.85),
]


# Every rule above needs at least one of these words; a comment with none of them skips the patterns.
CUES = frozenset("""kill murder shoot stab hurt batter hunt burn behead strangle choke rape slit slaughter butcher hang
lynch execute torture gas gut beat string bullet bullets round knife blade deserve deserves deserved deserving hope
wish pray shot hanged find get catch visit track break snap smash crack cut bash cave blow run set six ground
body coffin hung lynched killed murdered burned burnt beheaded tortured gassed exterminated wiped strung put
know watch dead next finished days pay coming come see sleep warned death yourself kys die drop address regret
explode explodes blows crash crashes flames safe going go turn show""".split())


def check(doc):
    return list(phrase_findings(doc, GUIDELINE, RULES, cues=CUES))
