"""What screening returns: a score per guideline, the evidence behind it, and a recommendation."""
from dataclasses import dataclass, field
from typing import NamedTuple

GUIDELINES = ("profanity", "vulgarity", "threat", "personal_attack", "abuse", "promotion")


class Evidence(NamedTuple):
    """One reason for a score: the guideline, the span of the ORIGINAL text, and the rule or model that fired."""

    guideline: str
    start: int
    end: int
    rule: str


class Finding(NamedTuple):
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
    language: str = "en"  # the comment's language (language.py); only "en" is read by the screening

    def to_dict(self) -> dict:
        return {
            "scores": dict(self.scores),
            "decision": self.recommendation,
            "language": self.language,
            "evidence": [
                {"guideline": e.guideline, "start": e.start, "end": e.end, "rule": e.rule} for e in self.evidence
            ],
        }
