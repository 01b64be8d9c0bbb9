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
                                signals, threat, vulgarity)
from comments.screening.language import identify
from comments.screening.normalise import Document
from comments.screening.reported_speech import QUOTE_PAIRS, QUOTED_CEILING, is_reported
from comments.screening.result import GUIDELINES, Evidence, Finding, Screening
from comments.screening.thresholds import EVIDENCE, FLAG, REJECT

# Bump when a change to rules, lexicons, thresholds or model changes any score.
CLASSIFIER_VERSION = "2026.12-5"
RULES_SHARE = 0.5  # the rules' way's share of a guideline's log-odds; the heads have the rest
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
    dense: dict  # signals.dense
    reference_log_odds: float  # alt-profanity-check's
    rule_model_scores: dict  # guideline -> the rules' way: strongest finding, raised by an older model
    model_evidence: list  # an older model's flag where no rule had one


def read(text: str) -> Reading:
    doc = Document(text, known=model.known_words())
    rules, evidence = rule_scores(doc)
    models = model.model_set()
    log_odds = models.log_odds(doc) if models else []
    word_log_odds = dict(zip((m.name for m in models.models), log_odds)) if models else {}
    doubts = {g: doubt(doc, rules) for g, doubt in DOUBTS.items()}  # once: a signal, and the older models' veto
    scores, model_evidence = dict(rules), []
    for guideline, score, rule, span in model.predict(doc, rules, doubts, log_odds):
        if score > scores[guideline]:
            if score >= FLAG[guideline] > scores[guideline]:
                start, end = span or (0, len(text))
                model_evidence.append(Evidence(guideline, start, end, rule))
            scores[guideline] = score
    return Reading(doc, rules, evidence, word_log_odds, signals.dense(rules, doubts),
                   offensive_reference.log_odds(text), scores, model_evidence)


def log_odds_of(score: float) -> float:
    p = min(max(score, SURE_LIMIT), 1 - SURE_LIMIT)
    return math.log(p / (1 - p))


def blend(rule_model_log_odds: float, heads_log_odds: float) -> float:
    return RULES_SHARE * rule_model_log_odds + (1 - RULES_SHARE) * heads_log_odds


def screen(text: str) -> Screening:
    """Score `text` against each guideline, with the evidence and a recommendation. Deterministic.

    A comment in a language the screening does not read is scored all the same (English words in it
    are read) but never recommended for approval: its low scores would mean nothing.
    """
    if not text.strip():
        return Screening(dict.fromkeys(GUIDELINES, 0.0), (), "approve", CLASSIFIER_VERSION, ())
    language = identify(text)
    reading = read(text)
    sparse = {h: reading.word_log_odds[f"head_{h}"] for h in heads.HEADS}
    learnt = heads.combine(heads.raw_log_odds(sparse, reading.dense, reading.reference_log_odds), heads.flags())
    scores = {g: round(heads.sigmoid(blend(log_odds_of(reading.rule_model_scores[g]), learnt[g])), 4)
              for g in GUIDELINES}
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
        evidence = [e for e in evidence if not e.rule.startswith(("model ", "learnt model"))] + words
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
    """The words the offensive head weighs most (heads.evidence_weight), as evidence for the most
    likely offensive guideline when that reaches EVIDENCE: what to look at in a long comment."""
    threshold = heads.evidence_weight()
    offensive = [g for g in GUIDELINES if g not in heads.STANDS_ALONE]
    top = max(offensive, key=scores.get)
    if threshold is None or scores[top] < EVIDENCE:
        return []
    spans = model.model_set().heavy_words(doc, _column(f"head_{heads.OFFENSIVE}"), threshold)
    return [Evidence(top, start, end, "word the learnt model weighs") for start, end in spans]


def _column(name: str) -> int:
    return next(i for i, m in enumerate(model.model_set().models) if m.name == name)
