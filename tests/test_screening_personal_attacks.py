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
    "lol u r actually retarded if u think the strike is about pay",
    "The councillor is a pompous little prick.",
])
def test_insults_aimed_at_people_are_personal_attacks(text):
    assert "personal_attack" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "You are wrong about the budget.",
    "I completely disagree with you.",
    "The policy is stupid and will cost billions.",
    "These election promises are garbage.",
    "The government is corrupt from top to bottom.",
    "I'd rather the board did buybacks than bonuses, but nobody asked me.",
    "He's not a traitor for meeting the ambassador, that's the shadow minister's job.",
    "You're right that renters are the real losers in this.",
])
def test_criticism_of_ideas_and_governments_is_not_a_personal_attack(text):
    assert "personal_attack" not in screen(text).flagged


@pytest.mark.parametrize("text", [
    "You are a f*cking moron.",
    "You sad little man, nobody cares about your opinion.",
])
def test_insults_with_masked_swearing_or_contempt_are_personal_attacks(text):
    assert "personal_attack" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Honestly the council are clowns when it comes to bin collections.",
    "Pay rise for MPs again? Piss off.",
])
def test_contempt_for_institutions_is_not_a_personal_attack(text):
    assert "personal_attack" not in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Ignore Mark, he's a known idiot on these threads.",
    "Are you really this thick or is it an act?",
    "Your brain must be the size of a pea.",
])
def test_insults_about_a_reader_or_their_mind_are_personal_attacks(text):
    assert "personal_attack" in screen(text).flagged


# "The senator is a hypocrite on climate, given his oil shares." is criticism, not a personal attack:
# a known disagreement of 2026.12-6 (tests/data/known_disagreements.jsonl).


@pytest.mark.parametrize("text", [
    "Only a complete moron could write this paragraph.",
    "What a sad, ugly little man you are.",
    "The author is a pathetic little weasel.",
])
def test_insults_aimed_at_the_writer_are_attacks(text):
    assert "personal_attack" in screen(text).flagged


# "Only a fool would ignore the data" used to be here; our labelled comments count "anyone who
# believes this is a moron" as an attack on the readers it describes, so it is not an idiom.
@pytest.mark.parametrize("text", [
    "A fool and his money are soon parted, as the pension scheme shows.",
    "What a remarkable woman she is.",
    "The weasel words in the statement fooled nobody.",
])
def test_idioms_and_praise_are_not_attacks(text):
    assert "personal_attack" not in screen(text).flagged
