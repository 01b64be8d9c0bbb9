"""Read a comment, score it two ways, and average: the rules (with the older models) and the learnt heads.

`read` runs every guideline phase (the rules: word lists, phrasings, innocent uses, quotation),
every n-gram model in one pass (the older models and the heads' word weights) and
alt-profanity-check's reference score. The rules' way: for each guideline the strongest finding,
which an older model may raise (the screening before 2026.12-2). The heads' way (`heads.py`):
linear models learnt from real comments that weigh the rules' findings beside the words. A
guideline's score is the logistic of the mean of the two log-odds; the rules' findings and, where
they found nothing, the heads' strongest words are the evidence.
"""
import math

from dataclasses import dataclass

from comments.screening import (abuse, heads, model, offensive_reference, personal_attack, profanity, promotion,
                                signals, spans, threat, vulgarity)
from comments.screening.language import identify
from comments.screening.normalise import Document
from comments.screening.reported_speech import QUOTE_PAIRS, QUOTED_CEILING, is_reported
from comments.screening.result import GUIDELINES, Evidence, Finding, Screening
from comments.screening.thresholds import EVIDENCE, FLAG, REJECT

# Bump when a change to rules, lexicons, thresholds or model changes any score.
CLASSIFIER_VERSION = "2026.12-12"
# Which guideline a comment breaks: the rules' way's share of each guideline's log-odds (the heads
# have the rest). Left out of their source, real comments are ranked per guideline best by the
# guideline heads alone; the rules keep enough say to name the guideline on our news comments (at
# 0.2, "Christians are brainwashed morons" becomes a personal attack as well as abuse).
# bench/results/loso-2026.12-9.md: 0.5 -> 0.3 took gab_hate's abuse from 0.755 to 0.811.
RULES_SHARE = 0.3
# Whether a comment breaks any guideline: the rules' way's share of the strongest guideline's
# log-odds. The heads rank real comments better alone; the rules' way (with the older models) is
# what keeps our written batches never trained on above any-violation F1 0.80 (at 0.0: 0.84-0.95,
# its lowest guideline F1 0.56). 0.2 -> 0.1 on 2026.12-9.
RANKING_RULES_SHARE = 0.1
# A word the span model (spans.py) is this sure of is shown as evidence even in a comment scored
# under EVIDENCE (chosen on the toxic_spans test posts: span F1 0.47 -> 0.58, while 8% of c3_globe's
# acceptable comments get a highlighted word, up from 3%).
SURE_WORD = 0.6
SURE_LIMIT = 1e-4  # a rule's score of 0 or 1 counts as this sure, so that the heads still count

PHASES = (profanity, vulgarity, threat, personal_attack, abuse, promotion)
# Readings of a comment under which a guideline's words mean less than they seem (see each function).
DOUBTS = {
    "profanity": profanity.doubts_model,
    "vulgarity": vulgarity.doubts_model,
    "threat": threat.doubts_model,
    "abuse": abuse.doubts_model,
    "promotion": promotion.doubts_model,
}


def rule_scores(doc) -> tuple[dict, list]:
    """Each guideline's strongest rule finding, and the findings strong enough to show as evidence.
    A finding inside quoted speech that the comment reports rather than says is capped."""
    text = doc.original
    scores, evidence = dict.fromkeys(GUIDELINES, 0.0), []
    quoted = "'" in text or any(q in text for q in QUOTE_PAIRS)
    for phase in PHASES:
        for finding in phase.check(doc):
            if quoted and phase is not promotion and finding.score > QUOTED_CEILING and is_reported(
                text, finding.start, finding.end
            ):
                finding = Finding(finding.guideline, QUOTED_CEILING, finding.start, finding.end,
                                  f"{finding.rule} (quoted, reported)")
            if finding.score > scores[finding.guideline]:
                scores[finding.guideline] = finding.score
            if finding.score >= EVIDENCE:
                evidence.append(Evidence(finding.guideline, finding.start, finding.end, finding.rule))
    return scores, evidence


@dataclass
class Reading:
    """Everything the heads weigh, for one comment."""

    doc: Document
    rules: dict  # guideline -> strongest rule finding
    evidence: list  # the rules' findings worth showing
    word_log_odds: dict  # model name (older models, head_<name>) -> log-odds from its word weights
    word_scale: float  # what the heads' sums of word weights are multiplied by (heads.word_scale)
    dense: dict  # signals.dense
    reference_log_odds: float  # alt-profanity-check's, on the readable words ("f u c k", "f***" read as "fuck")
    rule_model_scores: dict  # guideline -> the rules' way: strongest finding, raised by an older model
    model_evidence: list  # an older model's flag where no rule had one


def read(text: str) -> Reading:
    doc = Document(text, known=model.known_words())
    rules, evidence = rule_scores(doc)
    models = model.model_set()
    words = model.model_words(doc)
    log_odds = models.log_odds(doc, words) if models else []
    word_log_odds = dict(zip((m.name for m in models.models), log_odds)) if models else {}
    doubts = {g: doubt(doc, rules) for g, doubt in DOUBTS.items()}  # once: a signal, and the older models' veto
    scores, model_evidence = dict(rules), []
    for guideline, score, rule, span in model.predict(doc, rules, doubts, log_odds):
        if score > scores[guideline]:
            if score >= FLAG[guideline] > scores[guideline]:
                start, end = span or (0, len(text))
                model_evidence.append(Evidence(guideline, start, end, rule))
            scores[guideline] = score
    scale = heads.word_scale(model.feature_count(words)) if heads.spec() else 1.0
    return Reading(doc, rules, evidence, word_log_odds, scale, signals.dense(rules, doubts, text, [link[:2] for link in promotion.links(doc)]),
                   offensive_reference.log_odds(" ".join(model.readable_words(doc))), scores, model_evidence)


def log_odds_of(score: float) -> float:
    p = min(max(score, SURE_LIMIT), 1 - SURE_LIMIT)
    return math.log(p / (1 - p))


def blend(rules_way: dict, learnt: dict, own: dict, np=None) -> dict:
    """{guideline: log-odds} from the rules' way's and the heads' log-odds (numbers, or arrays of
    comments with `np`). How likely the comment breaks some offensive guideline is the strongest
    guideline's mix at RANKING_RULES_SHARE; which guideline it likeliest breaks, the mix at
    RULES_SHARE, which also gives every other guideline its log-odds (never above the likeliest's).
    Promotion stands alone, at RULES_SHARE."""
    def mix(g, share):
        return share * rules_way[g] + (1 - share) * learnt[g]

    offensive = [g for g in GUIDELINES if g not in heads.STANDS_ALONE]
    which = {g: RULES_SHARE * rules_way[g] + (1 - RULES_SHARE) * own[g] for g in offensive}
    if np:
        whether = np.max(np.vstack([mix(g, RANKING_RULES_SHARE) for g in offensive]), 0)
        likeliest = np.max(np.vstack(list(which.values())), 0)
        out = {g: np.where(which[g] >= likeliest, whether, np.minimum(whether, which[g])) for g in offensive}
    else:
        whether = max(mix(g, RANKING_RULES_SHARE) for g in offensive)
        likeliest = max(which.values())
        out = {g: whether if which[g] >= likeliest else min(whether, which[g]) for g in offensive}
    for g in heads.STANDS_ALONE:
        out[g] = mix(g, RULES_SHARE)
    return out


def screen(text: str) -> Screening:
    """Score `text` against each guideline, with the evidence and a recommendation. Deterministic.

    A comment in a language the screening does not read is scored all the same (English words in it
    are read) but never recommended for approval: its low scores would mean nothing.
    """
    if not text.strip():
        return Screening(dict.fromkeys(GUIDELINES, 0.0), (), "approve", CLASSIFIER_VERSION, ())
    language = identify(text)
    reading = read(text)
    sparse = {h: reading.word_log_odds[f"head_{h}"] * reading.word_scale for h in heads.HEADS}
    raw, flags = heads.raw_log_odds(sparse, reading.dense, reading.reference_log_odds), heads.flags()
    learnt = heads.combine(raw, flags)
    own = {g: raw[g] - flags[g] for g in GUIDELINES}
    rules_way = {g: log_odds_of(reading.rule_model_scores[g]) for g in GUIDELINES}
    scores = {g: round(heads.sigmoid(z), 4) for g, z in blend(rules_way, learnt, own).items()}
    flagged = tuple(g for g in GUIDELINES if scores[g] >= FLAG[g])
    evidence = list(reading.evidence) + reading.model_evidence
    explained = {e.guideline for e in evidence}
    for g in flagged:
        if g not in explained:  # the head flags what no rule pointed at: point at its strongest words
            span = model.model_set().strongest_words(reading.doc, _column(f"head_{g}"))
            start, end = span or (0, len(text))
            evidence.append(Evidence(g, start, end, f"learnt model (p={scores[g]:.2f})"))
    words = learnt_words(reading.doc, scores)
    if words:  # the words themselves explain better than the span a model guessed for its whole verdict
        evidence = [e for e in evidence if not e.rule.startswith(("model ", "learnt model"))]
        evidence += [w for w in words if not any(e.guideline == w.guideline and e.start <= w.start and w.end <= e.end
                                                 for e in evidence)]  # a word inside a rule's span adds nothing
    if any(scores[g] >= REJECT[g] for g in GUIDELINES):
        recommendation = "reject"
    elif flagged or not language.read:
        recommendation = "review"
    else:
        recommendation = "approve"
    evidence.sort(key=lambda e: (e.start, e.end, e.guideline))
    return Screening(scores, tuple(dict.fromkeys(evidence)), recommendation, CLASSIFIER_VERSION, flagged,
                     language.code)


def learnt_words(doc, scores: dict) -> list:
    """The words the toxic_spans annotators would have marked (`spans.py`), as evidence for the most
    likely offensive guideline: those the word model finds likely (its threshold) when that
    guideline reaches EVIDENCE, and those it is sure of (SURE_WORD) whatever the verdict, so that a
    moderator sees the swear word in a comment the screening passed. A group's name is never one of
    them: naming a group is not the offence, and a highlighted "women" or "Muslims" would say it is."""
    model_spec = spans.spec()
    if model_spec is None:
        return []
    offensive = [g for g in GUIDELINES if g not in heads.STANDS_ALONE]
    top = max(offensive, key=scores.get)
    least = model_spec["threshold"] if scores[top] >= EVIDENCE else SURE_WORD
    words = doc.word_texts
    skip = abuse.group_names()
    return [Evidence(top, *doc.word_span(k), "word the learnt model marks")
            for k, p in enumerate(spans.word_probabilities(words)) if p >= least and words[k] not in skip]


def _column(name: str) -> int:
    return next(i for i, m in enumerate(model.model_set().models) if m.name == name)
