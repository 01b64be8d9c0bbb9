"""What screening returns: a score per guideline, the evidence behind it, and a recommendation."""
from dataclasses import dataclass, field

GUIDELINES = ("profanity", "vulgarity", "threat", "personal_attack", "abuse", "promotion")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason for a score: the guideline, the span of the ORIGINAL text, and the rule or model that fired."""

    guideline: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Finding:
    """A phase's partial verdict: how strongly one span breaks one guideline."""

    guideline: str
    score: float
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Screening:
    scores: dict
    evidence: tuple
    recommendation: str
    version: str
    flagged: tuple = field(default=())

    def to_dict(self) -> dict:
        return {
            "scores": dict(self.scores),
            "decision": self.recommendation,
            "evidence": [
                {"guideline": e.guideline, "start": e.start, "end": e.end, "rule": e.rule} for e in self.evidence
            ],
        }
