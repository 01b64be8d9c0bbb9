"""Words a comment quotes to report or condemn them are mentioned, not used: the learnt models read
such a quotation as one token (`<quoted>`), and learn what a reported quotation is worth."""
import pytest

from comments.screening import model
from comments.screening.normalise import Document
from comments.screening.reported_speech import reported_quotations


def words(text):
    return model.model_words(Document(text, known=model.known_words()))


@pytest.mark.parametrize("text, quoted", [
    ('The MP called migrants "vermin" on radio.', '"vermin"'),
    ("Protesters chanted “death to the council” outside.", "“death to the council”"),
    ("He wrote 'go home' on the wall.", "'go home'"),
    ("Calling her a ‘witch’ is disgusting.", "‘witch’"),
])
def test_a_quotation_with_a_reporting_or_condemning_word_beside_it_is_reported(text, quoted):
    start = text.index(quoted)
    assert reported_quotations(text) == [(start, start + len(quoted))]


@pytest.mark.parametrize("text", [
    'These "refugees" are invaders.',  # scare quotes: the commenter's own words
    "The council's plan is the mayor's idea.",  # apostrophes are no quotation
    "Nothing quoted at all.",
])
def test_scare_quotes_and_apostrophes_are_not_reported_speech(text):
    assert reported_quotations(text) == []


def test_the_models_read_a_reported_quotation_as_one_token_and_the_rest_as_words():
    assert words('The MP called migrants "vermin" on radio.') == ["the", "mp", "called", "migrants", "<quoted>", "on", "radio"]
    assert words("Migrants are vermin.") == ["migrants", "are", "vermin"]


def test_a_quotation_holding_a_link_is_read_as_words_and_the_link_as_a_link():
    assert words('He said "see bbc.co.uk/news" yesterday.') == ["he", "said", "see", "<newslink>", "yesterday"]
