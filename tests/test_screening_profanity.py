"""Profanity: swearing is flagged however it is spelled; ordinary words that contain it are not."""
import pytest

from comments.screening import screen


@pytest.mark.parametrize("text", [
    "This is fucking ridiculous.",
    "What a load of shit.",
    "F*ck the lot of them.",
    "Total bullsh1t.",
    "Absolute sh!t reporting.",
    "Who the f u c k approved this?",
    "This is fuuuuucking unbelievable.",
    "What the ѕhіt is going on?",          # Cyrillic look-alikes
    "What the sh\u200bit is going on?",    # a zero-width space inside the word
    "FUCK THIS",
    "Dem politician a pure bumbaclot.",
])
def test_swearing_is_flagged_however_it_is_spelled(text):
    assert "profanity" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "I grew up in Scunthorpe and moved to Sussex.",
    "The assassination attempt failed, according to the analysis.",
    "We had a cocktail party for the volunteers.",
    "The class of 2020 never graduated.",
    "The shiitake farm employs forty people.",
    "The cockpit voice recorder was found.",
    "Dickens wrote about debtors' prisons.",
])
def test_innocent_words_with_profane_letters_inside_are_not_flagged(text):
    assert screen(text).scores["profanity"] < 0.5


def test_mild_words_are_noted_as_evidence():
    # that they are not flagged is a known disagreement of 2026.12-6 (tests/data/known_disagreements.jsonl)
    result = screen("Damn, what a hell of a week.")
    assert {e.rule for e in result.evidence} >= {"mild word list: damn", "mild word list: hell"}


@pytest.mark.parametrize("text", [
    "Sniper fire killed two medics in the besieged city yesterday.",
    "Heroin and meth seizures rose again, the customs report says.",
    "The clinic no longer prescribes valium for anxiety.",
])
def test_news_words_that_better_profanity_lists_are_not_profanity(text):
    assert screen(text).scores["profanity"] < 0.5


def test_a_slur_is_abuse_not_also_profanity():
    flagged = screen("Faggots like him shouldn't teach kids.").flagged
    assert "abuse" in flagged
    assert "profanity" not in flagged


def test_the_kurdish_honorific_kak_before_a_name_is_not_the_south_african_swear_word():
    assert screen("Kak Ahmed's bakery in Duhok has the best naan in the city.").scores["profanity"] < 0.5
    assert "profanity" in screen("That is a load of kak, man.").flagged
