"""alt-profanity-check's model, read from the installed package, scores as the package does, without its per-call cost."""
import pytest
from profanity_check import predict_prob

from comments.screening.offensive_reference import log_odds, probability

TEXTS = [
    "",
    "You are a complete idiot and everyone knows it.",
    "The council approved the flood defences after a year of delays.",
    "shut the fuck up you worthless piece of shit",
    "Shoot first, ask questions later: the headline says it all about the army's record.",
    "ئەم هەواڵە زۆر خەمناکە",
    "LOL!!! idiot idiot idiot",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_reference_probability_equals_the_package(text):
    assert probability(text) == pytest.approx(float(predict_prob([text])[0]), abs=1e-9)


def test_log_odds_are_bounded_for_certain_texts():
    assert -10 < log_odds("") < 10
    assert log_odds("fuck fuck fuck shit") > 0 > log_odds("The bridge reopened on Monday.")
