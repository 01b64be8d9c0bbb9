"""Threats: promising, wishing or calling for violence against someone — not reporting it."""
import pytest

from comments.screening import screen


@pytest.mark.parametrize("text", [
    "Someone should put a bullet in him.",
    "I will kill you if I see you.",
    "I know where you live, reporter.",
    "Whoever wrote this deserves to be shot.",
    "Hope you and your family burn.",
    "Watch your back, journalist.",
    "Kill them all.",
    "I'll stab the next politician who lies to me.",
])
def test_threats_are_flagged(text):
    assert "threat" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "The rocket attack killed a child.",
    "The airstrike killed at least twelve civilians.",
    "They shot the protesters and the police did nothing.",
    "Executions in Iran have doubled this year.",
    "The hostage was beheaded on video in 2014.",
    "Suicide bombings have fallen sharply since 2017.",
    "We will beat them at the ballot box.",
    "Those responsible should be arrested and tried.",
])
def test_news_about_violence_is_not_a_threat(text):
    assert "threat" not in screen(text).flagged


def test_a_threat_is_recommended_for_rejection_with_its_words_as_evidence():
    text = "Someone should put a bullet in him."
    result = screen(text)
    assert result.recommendation == "reject"
    [evidence] = [e for e in result.evidence if e.guideline == "threat"]
    assert text[evidence.start:evidence.end] == "put a bullet in"
