"""The classifier's interface: six scores, evidence, a recommendation and a version, deterministically."""
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


def test_recommendation_follows_the_thresholds():
    clean, borderline, bad = screen("Thanks for the report."), screen("Anyone tried a side hustle?"), screen("I will kill you.")
    assert clean.recommendation == "approve"
    assert borderline.recommendation == "review" and FLAG["promotion"] <= borderline.scores["promotion"] < REJECT["promotion"]
    assert bad.recommendation == "reject"


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
