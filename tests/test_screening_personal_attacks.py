"""Personal attacks: insults aimed at a person. Disagreement, however sharp, is not an attack."""
import pytest

from comments.screening import screen


@pytest.mark.parametrize("text", [
    "You are an idiot.",
    "You're a liar and a coward.",
    "Shut up, nobody asked you.",
    "What an idiot this writer is.",
    "@Karwan you absolute clown, learn to read.",
    "Your stupid comment proves nothing.",
    "Y0u are such an 1d1ot.",
    "The reporter is a complete imbecile.",
])
def test_insults_aimed_at_people_are_personal_attacks(text):
    assert "personal_attack" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "You are wrong about the budget.",
    "I completely disagree with you.",
    "The policy is stupid and will cost billions.",
    "This decision is idiotic.",
    "These election promises are garbage.",
    "The government is corrupt from top to bottom.",
])
def test_criticism_of_ideas_and_governments_is_not_a_personal_attack(text):
    assert "personal_attack" not in screen(text).flagged
