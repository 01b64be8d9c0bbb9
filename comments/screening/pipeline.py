"""Run every guideline phase over a comment; for each guideline the strongest finding sets the score."""
from comments.screening import abuse, model, personal_attack, profanity, promotion, threat, vulgarity
from comments.screening.language import identify
from comments.screening.normalise import Document
from comments.screening.reported_speech import QUOTE_PAIRS, QUOTED_CEILING, is_reported
from comments.screening.result import GUIDELINES, Evidence, Finding, Screening
from comments.screening.thresholds import EVIDENCE, FLAG, REJECT

# Bump when a change to rules, lexicons, thresholds or model changes any score.
CLASSIFIER_VERSION = "2026.12-1"

PHASES = (profanity, vulgarity, threat, personal_attack, abuse, promotion)
# Readings of a comment under which a guideline's model may not flag on its own (see each function).
MODEL_DOUBTS = {
    "profanity": profanity.doubts_model,
    "vulgarity": vulgarity.doubts_model,
    "threat": threat.doubts_model,
    "abuse": abuse.doubts_model,
    "promotion": promotion.doubts_model,
}


def screen(text: str) -> Screening:
    """Score `text` against each guideline, with the evidence and a recommendation. Deterministic.

    A comment in a language the screening does not read is scored all the same (English words in it
    are read) but never recommended for approval: its low scores would mean nothing.
    """
    scores = dict.fromkeys(GUIDELINES, 0.0)
    if not text.strip():
        return Screening(scores, (), "approve", CLASSIFIER_VERSION, ())
    language = identify(text)
    doc = Document(text, known=model.known_words())
    evidence = []
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
    for guideline, score, rule, span in model.predict(doc, scores, MODEL_DOUBTS):
        if score > scores[guideline]:
            # A model that flags what no rule flagged is the evidence; where a rule already
            # flagged it, the rule's words are the explanation and the model only adds weight.
            if score >= FLAG[guideline] > scores[guideline]:
                start, end = span or (0, len(text))
                evidence.append(Evidence(guideline, start, end, rule))
            scores[guideline] = score
    scores = {g: round(s, 4) if 0.0 <= s <= 1.0 else min(max(s, 0.0), 1.0) for g, s in scores.items()}
    flagged = tuple(g for g in GUIDELINES if scores[g] >= FLAG[g])
    if any(scores[g] >= REJECT[g] for g in GUIDELINES):
        recommendation = "reject"
    elif flagged:
        recommendation = "review"
    elif not language.read:
        recommendation = "review"
    else:
        recommendation = "approve"
    evidence.sort(key=lambda e: (e.start, e.end, e.guideline))
    return Screening(scores, tuple(dict.fromkeys(evidence)), recommendation, CLASSIFIER_VERSION, flagged,
                     language.code)
