"""The classifier's interface: six scores, evidence, a recommendation and a version, deterministically."""
import pytest

from comments.screening import CLASSIFIER_VERSION, GUIDELINES, Evidence, Screening, screen
from comments.screening.thresholds import FLAG, REJECT


def test_every_guideline_gets_a_score_between_0_and_1():
    result = screen("You are an idiot, buy watches at www.watches.example")
    assert isinstance(result, Screening)
    assert tuple(result.scores) == GUIDELINES
    assert all(0.0 <= s <= 1.0 for s in result.scores.values())


def test_an_empty_comment_is_clean():
    result = screen("")
    assert set(result.scores.values()) == {0.0}
    assert result.recommendation == "approve" and result.evidence == () and result.flagged == ()


def test_screening_is_deterministic():
    text = "Hope you burn, you clown. WhatsApp +44 7700 900123"
    assert screen(text) == screen(text)


def test_the_result_carries_the_classifier_version():
    assert screen("hello").version == CLASSIFIER_VERSION


@pytest.mark.parametrize("text", [
    "Thanks for the report.", "Anyone tried a side hustle?", "I will kill you.", "You are an idiot.",
    "Buy followers cheap at www.fastfollow.example", "The minister lied again, shameful.", "What a load of crap.",
])
def test_recommendation_follows_the_thresholds(text):
    result = screen(text)
    if any(result.scores[g] >= REJECT[g] for g in result.scores):
        assert result.recommendation == "reject"
    elif any(result.scores[g] >= FLAG[g] for g in result.scores):
        assert result.recommendation == "review"
    else:
        assert result.recommendation == "approve"
    assert result.flagged == tuple(g for g in result.scores if result.scores[g] >= FLAG[g])


def test_a_clear_threat_is_recommended_for_rejection_and_thanks_for_approval():
    assert screen("I will kill you.").recommendation == "reject"
    assert screen("Thanks for the report.").recommendation == "approve"


def test_evidence_names_guideline_span_and_rule():
    result = screen("You are an idiot.")
    assert all(isinstance(e, Evidence) and e.rule and e.start < e.end for e in result.evidence)
    assert result.to_dict()["evidence"][0].keys() == {"guideline", "start", "end", "rule"}
    assert result.to_dict()["decision"] == result.recommendation


def test_the_classifier_is_a_plain_library_without_django():
    import pathlib

    package = pathlib.Path(screen.__code__.co_filename).parent
    for module in package.glob("*.py"):
        assert "django" not in module.read_text(), module.name
