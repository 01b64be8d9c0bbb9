"""Threats: wishing, promising or calling for violence against someone.

Reports of violence ("the rocket attack killed a child") are news, not threats: every rule
needs a speaker's intent, a call to act, or a wish, aimed at a person.
"""
import re

from comments.screening.phases import cue_words, phrase_findings

GUIDELINE = "threat"
HARM = (r"(?:kill|murder|shoot|stab|hurt|batter|hunt down|burn|behead|strangle|choke|rape|slit|slaughter|"
        r"butcher|hang|lynch|execute|torture|gas|gut|torch|firebomb|bomb|blow up|burn down|beat the (?:shit|hell|crap) out of|beat up|string up)")
TARGET = (r"(?:the next \w+|you|ya|u|him|her|them|em|your|his|their|every|all|each|whoever|anyone|yourself|these people|"
          r"those people|that (?:man|woman|guy|bastard|traitor|pig|scum)|(?:that|this) (?:\w+ )?(?:journalist|reporter|editor|columnist|presenter|judge|minister|politician|mp|senator|councillor|mayor|president|governor|author|writer|cartoonist|activist|imam|rabbi|priest|bloke|rat|clown|idiot|family)s?|the (?:bastard|bastards|traitor|traitors|scum|"
          r"president|minister|prime minister|pm|mayor|judge|journalist|journalists|reporter|reporters|author|writer)|"
          r"the (?:\w+ )?(?:hall|office|offices|studio|studios|building|house|newsroom|station|mosque|synagogue|church|embassy|headquarters))")
RULES = [
    ("speaker's intent to harm", re.compile(
        rf"\b(?:i|we|i ?m|im|i am|we re|were|i ll|ill|we ll|my (?:brothers|friends|boys|men))\s+(?:will |shall |gonna |going to |am going to |are going to |re going to |ll |would |want to |wanna |m going to |m gonna |will personally |personally |swear i ll |d )*(?:come and |come to |find you and |find and )?{HARM}\s+{TARGET}\b"), 0.9),
    ("call to harm someone", re.compile(
        rf"\b(?:someone|somebody|people|they|you|we|sb|anyone|the army|the people)\s+(?:should|ought to|need to|needs to|must|has to|have to|got to|gotta)\s+(?:just |really |finally |go and |go |come and )?{HARM}\s+{TARGET}\b"), 0.85),
    ("call to kill a named person", re.compile(
        r"\b(?:someone|somebody|people|they|you|we|anyone)\s+(?:should|ought to|need to|needs to|must|has to|have to|got to|gotta|will|ll|is going to|s going to|gonna)\s+(?:just |really |finally |go and |go |come and )?(?:shoot|stab|hang|lynch|behead|strangle|torture|butcher|slaughter|murder|string up)\s+(?:that|the|this)\s+\w+"), 0.85),
    ("put a bullet in", re.compile(r"\b(?:put|pump|put a|a) (?:bullet|bullets|round|knife|blade) (?:in|into|through|between)\b"), 0.95),
    ("deserves to die", re.compile(
        r"(?<!nobody )(?<!no one )(?<!no child )(?<!doesn t )(?<!does not )(?<!didn t )(?<!did not )(?<!no body )\b(?:deserves?|deserved|deserving) (?:to (?:die|be (?:shot|killed|hanged|hung|lynched|executed|beaten|stabbed|burned|burnt|tortured))|a bullet|death|a beating|a (?:good |proper |real )?(?:kicking|hiding|beating|smack in the (?:mouth|face)|punch in the (?:mouth|face)))\b"), 0.8),
    ("body to be maimed", re.compile(
        r"\b(?:needs?|deserves?|wants?|should have|ought to have)\s+(?:his|her|their|your)\s+(?:eyes|legs|arms|hands|head|teeth|kneecaps|skull|neck|face)\s+"
        r"(?:gouged out|broken|smashed|smashed in|kicked in|knocked out|caved in|cut off|ripped off|snapped|stamped on)\b"), 0.8),
    ("limbs to be broken", re.compile(
        r"\b(?:should|must|need to|needs to|ought to|deserve to|deserves to)\s+(?:all\s+)?have (?:his|her|their|your) (?:hands|legs|arms|fingers|knees|kneecaps|teeth|necks?|heads?) (?:broken|smashed|cut off|chopped off)\b"), 0.8),
    ("wish of death or harm", re.compile(
        r"\b(?:hope|wish|pray)\s+(?:you|he|she|they|u|your family|your kids)(?:\s+and\s+(?:your|his|her|their)\s+(?:family|families|kids|children|friends))?\s+(?:all\s+)?(?:die|dies|get killed|gets killed|get shot|gets shot|burn|burns|rot|rots|get raped|gets raped|suffer|choke|drown|get hit)\b"), 0.85),
    ("should be killed", re.compile(
        r"\b(?:should|must|need to|ought to|needs to)\s+(?:all\s+)?be\s+(?:(?:hunted down|rounded up|dragged out|lined up) and\s+)?(?:shot|hanged|hung|lynched|killed|murdered|burned|burnt|beheaded|tortured|gassed|exterminated|wiped out|strung up|put down|necklaced|castrated|kneecapped)\b"), 0.75),
    ("knows where you live", re.compile(r"\b(?:i|we) know where (?:you|ya|u|your (?:kids|family|wife|children)) (?:live|lives|sleep|go to school)\b|\b(?:i|we) (?:know|have|got) your (?:home )?(?:address|kids school|number plate|license plate)\b"), 0.95),
    ("coming armed", re.compile(r"\b(?:i|we)\s*(?:m|am|are|re|ll|will)?\s*(?:be\s+)?(?:coming|come|going|go|turn up|show up)\s+(?:to|for|after)\s+(?:your|you|his|her|their)\b[^.!?]{0,30}\bwith\s+(?:a|my|our)\s+(?:gun|knife|bomb|rifle|machete|pistol|grenade|axe|friends)\b"), 0.9),
    ("family not safe", re.compile(r"\b(?:your|his|her|their)\s+(?:family|families|kids|children|wife|husband|mother|house|home)\s+(?:will not|won t|wont|will never|isn t|is not|are not|aren t)\s+be\s+safe\b|\b(?:your|his|her)\s+(?:family|kids|children)\s+(?:aren t|are not|isn t|is not)\s+safe\b"), 0.85),
    ("you will regret it", re.compile(r"\b(?:you|u)\s+(?:will|ll|are going to|re going to|gonna)\s+regret\s+(?:this|it|that|writing|saying|posting|publishing)\b"), 0.75),
    ("harm with the target inside", re.compile(r"\b(?:explodes?|blows? up|burns?(?: down)?|crash(?:es)?|goes up in flames)\s+with\s+(?:him|her|them|you|u)\s+(?:in|inside)\b"), 0.8),
    ("menacing warning", re.compile(
        r"\b(?:watch your back|you re (?:dead|next|finished)|you are (?:dead|next)|your days are numbered|you will pay|you ll pay|coming for you|come for you|(?:coming|come) for (?:your|ur) (?:family|kids|children|wife|husband|home|house|mother|mum)|see what happens to (?:you|u|your \w+)|see you soon\W+(?:traitor|rat)|sleep with one eye open|you ve been warned)\b"), 0.85),
    ("kill them all", re.compile(rf"\b{HARM} (?:them|em|'em|these people|the lot of them) all\b|\b{HARM} (?:every|each) (?:last )?one of (?:them|you)\b"), 0.9),
    ("promise to find and hurt", re.compile(
        r"\b(?:i|we)\s+(?:ll|will|m going to|am going to|are going to|re going to|gonna|m gonna|shall)\s+(?:find|get|catch|visit|track down)\s+(?:you|him|her|them|that \w+|the \w+|your \w+|this \w+)\s+and\s+(?:kill|hurt|break|beat|shoot|stab|smash|cut|burn|make (?:you|him|her|them) (?:pay|bleed|suffer))\b"), 0.9),
    ("violent harm to a body", re.compile(
        r"\b(?:break|snap|smash|crack) every bone in (?:your|his|her|their|ur) body\b|"
        r"\b(?:break|snap|smash|crack|cut|slit|bash|cave) (?:his|her|your|their|ur|yer|(?:that|the|this) \w+ s) (?:legs?|neck|bones|face|arms?|jaw|skull|head|throat|teeth)\b|"
        r"\b(?:will|ll|gonna|going to|should|must|let s|lets|i d|want to|wanna|to)\s+(?:\w+\s+)?(?:blow|run|set|beat) (?:you|him|her|them|em|u) (?:up|over|on fire|to death|to a pulp)\b|"
        r"\b(?:six feet under|in the ground|in a body bag|in a coffin)\b"), 0.85),
    ("wish to be blown up or run over", re.compile(
        r"\b(?:hope|wish|pray)\s+(?:you|he|she|they|u)\s+(?:all\s+)?(?:gets?|are|is)\s+(?:blown up|run over|hanged|hung|shot|stabbed|beheaded|lynched|tortured|killed)\b|"
        r"\b(?:hope|wish)\s+(?:you|he|she|they|u)\s+(?:steps? on a mine|catch(?:es)? a bullet|never wakes? up|burn in hell)\b"), 0.85),
    ("death to", re.compile(r"\bdeath to (?!the (?:regime s )?(?:ceasefire|truce|peace))\w+"), 0.7),
    ("call to bomb or burn a place", re.compile(
        r"\b(?:someone|somebody|people|they|you|we|anyone)\s+(?:should|ought to|need to|needs to|must|has to|have to|got to|gotta)\s+(?:just |really |finally |go and |go |come and )?(?:bomb|firebomb|torch|burn down|blow up|burn|storm)\s+(?:that|the|this|their|his|her|your)\s+(?:\w+\s+)?(?:office|offices|house|home|building|newsroom|studio|paper|newspaper|station|mosque|synagogue|church|temple|school|place)\b"), 0.85),
    ("will find where you live", re.compile(
        r"\b(?:i|we)\s*(?:ll|will|m going to|am going to|are going to|re going to|gonna|m gonna|shall)\s+(?:find|find out|track down|get)\s+(?:out\s+)?where\s+(?:you|u|he|she|they|your \w+)\s+(?:live|lives|sleep|sleeps|work|works)\b"), 0.9),
    ("you will end up dead", re.compile(
        r"\b(?:you|u|he|she|they)\s+(?:will|ll|are going to|re going to|is going to|s going to|gonna)\s+(?:end up|wind up|be found)\s+(?:in a (?:ditch|box|river|body bag|coffin|grave|wheelchair)|dead|in the (?:river|morgue|ground|canal)|face down)\b"), 0.85),
    ("will not leave alive", re.compile(
        r"\b(?:won t|wont|will not|would not|wouldn t|never)\s+(?:leave|get out|walk out|walk away|make it (?:home|out)|come out|go home)\s+alive\b|\bnot (?:leave|get out|walk out) alive\b"), 0.9),
    ("hang from lamp posts", re.compile(
        r"\b(?:hang|string)\b(?:\s+\w+){0,6}?\s+from (?:the |a )?(?:nearest )?(?:lamp posts?|lampposts?|lamp post|trees?|bridges?|cranes?)\b"), 0.9),
    ("command to harm", re.compile(
        r"^(?:just |so |now |right |ok |okay )?(?:kill|shoot|hang|lynch|behead|stab|string up|execute|bomb|gas|torch)\s+(?:the |these |those |all the |all )?(?:traitors?|bastards?|scum|politicians|ministers|journalists|reporters|him|her|them|em|the lot|every one|all of them|judges?)\b"), 0.85),
    ("wish someone harms them", re.compile(
        r"\b(?:hope|wish|pray)\s+(?:someone|somebody|some \w+|they|the army|a drone)\s+(?:kills|shoots|bombs|burns|stabs|hangs|murders|blows up|runs over|nukes|beheads|lynches|torches|firebombs)\b"), 0.85),
    ("against the wall", re.compile(r"\b(?:put|stand|line)\s+(?:him|her|them|em|you|the \w+|these \w+|those \w+|all of them)\s+(?:up\s+)?against (?:a|the) wall\b"), 0.9),
    ("should be dragged out and beaten", re.compile(
        r"\b(?:should|must|need to|ought to|needs to|deserve to|deserves to)\s+(?:all\s+)?be\s+(?:dragged|taken|pulled|hauled)\s+(?:out back|out|outside|round the back|into the street|from \w+ \w+)\s+and\s+(?:beaten|shot|hanged|hung|lynched|stoned|flogged|whipped|killed|kicked)\b|"
        r"\b(?:should|must|need to|ought to|needs to)\s+(?:all\s+)?be\s+(?:beaten|flogged|whipped|stoned|beaten up|kneecapped)\b"), 0.8),
    ("veiled menace", re.compile(
        r"\b(?:meet me in a dark alley|in a dark alley|(?:start )?sleeping with the lights on|sleep with the lights on|(?:will|ll) be dealt with|your time will come|you will be next|you re going to get what s coming|get what s coming to (?:you|him|her|them)|deserves? (?:whatever|what) (?:is|s) coming (?:to )?(?:them|him|her|you)|(?:your|his|her) (?:home )?address is (?:public|out there|online|known)|when the time comes (?:you|they|he|she) (?:will|ll))\b"), 0.85),
    ("promise to hunt down", re.compile(r"\b(?:i|we)\s*(?:ll|will|m going to|am going to|are going to|re going to|gonna|m gonna|shall)\s+(?:hunt|track)\s+(?:you|u|him|her|them|em|\w+ \w+)\s+down\b"), 0.9),
    ("a lesson with a weapon", re.compile(r"\bteach\s+(?:\w+\s+){1,2}a lesson\b(?:\s+\w+){0,8}?\s+with (?:a|my|our|some) (?:baseball bat|bat|crowbar|hammer|knife|machete|brick|gun|fists|bullet|iron bar)\b"), 0.85),
    ("waiting for you", re.compile(r"\b(?:i|we)\s*(?:ll|will|m|am|are|re)\s+(?:be\s+)?waiting\s+(?:outside|for you|for u|at your|by your|behind)\b"), 0.8),
    ("belongs in a grave", re.compile(
        r"\b(?:you|u|he|she|they|(?:\w+ )?like (?:you|u|him|her|them))\s+(?:all\s+)?(?:belong|belongs|should be|ought to be|need to be|needs to be)\s+(?:all\s+)?in (?:a |the )?(?:mass grave|shallow grave|grave|body bag|coffin|morgue|ground)\b"), 0.85),
    ("will not live to see", re.compile(
        r"\b(?:you|u|(?:the|that|this|your) (?:editor|reporter|journalist|mayor|minister|judge|writer|author|presenter|councillor|bastard|traitor|rat))\s+(?:won t|wont|will not|aren t going to|isn t going to|are not going to|is not going to|won t live to|will not live to)\s+(?:see|live to see|make it to|see out)\s+(?:christmas|the new year|next year|the weekend|another birthday|next week|the summer|the spring|the election|the end of the (?:week|month|year))\b"), 0.8),
    ("armed and waiting", re.compile(
        r"\b(?:i|we)\s*(?:have|ve got|ve|got|own|keep)\s+(?:a|an|my|our|plenty of|enough)\s+(?:loaded\s+)?(?:rifle|gun|guns|shotgun|pistol|knife|machete|bullets|ammo|ammunition)\s+(?:and|with)\s+(?:the\s+|your\s+|a\s+|all the\s+)?(?:patience|time|address|list|aim|intention|name)\b"), 0.85),
    ("hanging wished", re.compile(
        r"\b(?:a |the )?short drop and a sudden stop\b|\bdance (?:at|on) the end of a rope\b|"
        r"\b(?:a |the )?(?:rope|noose) (?:round|around) (?:his|her|their|your) necks?\b"), 0.85),
    ("call to arm", re.compile(
        r"\b(?:bring|grab|take|get|fetch)\s+(?:a |your |the |some |our |their )?(?:baseball bats?|pitchforks?|machetes?|"
        r"crowbars?|iron bars?|nooses?)\b(?:\s+\w+){0,3}?\s+(?:to|and)\b"), 0.8),
    ("cracking skulls", re.compile(
        r"\b(?:crack|cracked|cracking|bust|busted|busting|smash|smashed|smashing)\s+(?:a few|some|their|more|his|her)\s+(?:skulls|heads|skull|head)\b(?!\s+together)"), 0.8),
    ("call to kill yourself", re.compile(r"\b(?:kill|hang|shoot) yourself\b|\bkys\b|\bgo (?:and )?die\b|\bdrop dead\b|\b(?:shut up|just|please) (?:and )?die\b|\bdie in a fire\b"), 0.85),
]


# Every rule above needs at least one of these words; a comment with none of them skips the patterns.
CUES = frozenset("""eyes legs arms hands teeth kneecaps neck face skulls skull heads head necklaced castrated kneecapped broken smashed chopped kicking hiding beating smack punch drop rope noose bats bat pitchforks pitchfork machetes crowbar crowbars bars bar nooses kill murder shoot stab hurt batter hunt burn behead strangle choke rape slit slaughter butcher hang
lynch execute torture gas gut beat string bullet bullets round knife blade deserve deserves deserved deserving hope
wish pray shot hanged find get catch visit track break snap smash crack cut bash cave blow run set six ground
body coffin hung lynched killed murdered burned burnt beheaded tortured gassed exterminated wiped strung put
know watch dead next finished days pay coming come see sleep warned death yourself kys die drop address regret
explode explodes blows crash crashes flames safe going go turn show bomb firebomb torch storm where end wind found
leave alive lamp lampposts lamppost trees tree execute string bombs shoots kills burns stabs hangs murders nukes beheads
lynches torches firebombs wall dragged taken pulled hauled beaten flogged whipped stoned kneecapped alley lights
dealt time coming whatever address hunt track teach lesson waiting every bone throat fire grave graves morgue
christmas year weekend birthday week summer spring election month rifle gun guns shotgun pistol machete ammo ammunition""".split())


HARM_WORDS = frozenset("""kill murder shoot stab hurt batter hunt burn behead strangle choke rape slit slaughter butcher hang
lynch execute torture gas gut torch firebomb bomb blow beat string""".split())

# The rules also need one of their own words (checked against the comment's words, which
# is far cheaper than running the pattern).
RULE_CUES = cue_words({
    "deserves to die": "deserve deserves deserved deserving",
    "limbs to be broken": "broken smashed cut chopped",
    "body to be maimed": "eyes legs arms hands head teeth kneecaps skull neck face",
    "kill them all": "all one",
    "violent harm to a body": "bone legs leg neck bones face arms arm jaw skull head throat teeth up over "
                              "fire death pulp under ground bag coffin",
    "belongs in a grave": "grave body coffin morgue ground",
    "veiled menace": "alley lights dealt time next coming address",
    "call to kill yourself": "yourself kys die dead",
    "hang from lamp posts": "hang string",
    "will not leave alive": "alive",
    "you will end up dead": "end wind found",
    "will not live to see": "see make",
    "menacing warning": "watch dead next finished days pay coming come see sleep warned",
    "a lesson with a weapon": "lesson",
    "waiting for you": "waiting",
    "armed and waiting": "rifle gun guns shotgun pistol knife machete bullets ammo ammunition",
    "against the wall": "wall",
    "family not safe": "safe",
    "you will regret it": "regret",
    "death to": "death",
    "knows where you live": "where address number license school",
    "put a bullet in": "bullet bullets round knife blade",
    "speaker's intent to harm": HARM_WORDS,
    "call to harm someone": HARM_WORDS,
    "call to kill a named person": "shoot stab hang lynch behead strangle torture butcher slaughter murder string",
    "wish of death or harm": "hope wish pray",
    "wish to be blown up or run over": "hope wish pray",
    "wish someone harms them": "hope wish pray",
    "should be killed": "shot hanged hung lynched killed murdered burned burnt beheaded tortured gassed exterminated "
                        "wiped strung put necklaced castrated kneecapped",
    "coming armed": "gun knife bomb rifle machete pistol grenade axe friends",
    "harm with the target inside": "explode explodes blow blows burn burns crash crashes goes",
    "promise to find and hurt": "find get catch visit track",
    "call to bomb or burn a place": "bomb firebomb torch burn blow storm",
    "will find where you live": "find track get",
    "command to harm": "kill shoot hang lynch behead stab string execute bomb gas torch",
    "should be dragged out and beaten": "dragged taken pulled hauled beaten flogged whipped stoned kneecapped",
    "promise to hunt down": "hunt track",
    "hanging wished": "drop rope noose",
    "cracking skulls": "skulls heads skull head",
    "call to arm": "bats bat pitchforks pitchfork machetes machete crowbar crowbars bars bar noose nooses",
})


def check(doc):
    return list(phrase_findings(doc, GUIDELINE, RULES, cues=CUES, per_rule=RULE_CUES))


# Violent words in everyday idioms: "kill the bill", "shoot me an email", "nobody deserves to die".
# Where one of these is the comment's only violent language, the threat model's guess is not a flag.
IDIOMS = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|shoot(?:s|ing)?|shot) (?:the|this|that|a|their|his|her|our) (?:bill|deal|motion|amendment|"
    r"idea|proposal|plan|plans|story|scheme|project|momentum|buzz|mood|vibe|debate|reform|policy|budget|merger|law|"
    r"levy|tax|taxes|hike|rise|cuts|fees|toll|charge|march|parade|festival|protest|campaign|career|chances|hopes|"
    r"rumour|rumor|question|lights?|engine|messenger)\b|"
    r"\b(?:killing|killed|smashing|smashed|nailed|nailing|crushing|crushed) it\b|"
    r"\bshoot (?:me|us|you|u|him|her|them) (?:an?|the) (?:email|message|text|line|dm|note|call)\b|"
    r"\b(?:nobody|no one|no child|no person|no human|no journalist|noone) (?:deserves|deserved|should have) to die\b|"
    r"\b(?:wait and )?see what happens (?:to|with|in|at) (?:the|this|that|our|their) \w+|"
    r"\bkiller (?:goal|app|argument|line|feature|point|blow|instinct|heels|tune|deal)\b|"
    r"\b(?:bombed|bombing) at the box office\b|\bmurder(?:ed|s)? (?:that|the|this) (?:song|tune|track|chorus|cover)\b|"
    r"\b(?:shot|shoot|shooting|shoots) (?:clays|clay pigeons|pheasants?|grouse|rabbits|hoops|baskets|a goal|at goal|"
    r"from distance|the breeze|photos?|pictures?|video|a film|the film|footage)\b")
VIOLENT_WORDS = frozenset("kill kills killed killing shoot shoots shot shooting die bomb bombed bombing murder murdered "
                          "murders smash smashed crush crushed killer dead death".split())


def innocent_reading(doc) -> bool:
    """True when every violent word of the comment sits inside one of the everyday IDIOMS."""
    text = doc.phrase_text
    spans = [m.span() for m in IDIOMS.finditer(text)]
    if not spans:
        return False
    position = 0
    for word in doc.word_texts:
        if word in VIOLENT_WORDS and not any(s <= position < e for s, e in spans):
            return False
        position += len(word) + 1
    return True


def doubts_model(doc, rule_scores) -> bool:
    """A threat-model guess whose only violent words are everyday idioms is not a flag."""
    return innocent_reading(doc)
