"""The moderator is shown the words that make a comment offensive, as people who marked toxic words would mark them."""
import pytest

from comments.screening import screen, spans


def highlighted(text: str) -> set[str]:
    return {text[e.start:e.end].lower() for e in screen(text).evidence if e.rule == "word the learnt model marks"}


def marked(sentence: str) -> set[str]:
    words = sentence.lower().split()
    return {w for w, p in zip(words, spans.word_probabilities(words)) if p >= spans.spec()["threshold"]}


@pytest.fixture(autouse=True)
def word_model():
    if spans.spec() is None:
        pytest.skip("models/spans.json is built by make train")


def test_the_insults_are_marked_and_the_rest_of_the_comment_is_not():
    assert marked("the minister is a pathetic idiot and everyone in this town knows it") == {"pathetic", "idiot"}


def test_where_no_rule_points_the_marked_words_are_the_evidence():
    assert highlighted("What a stupid, moronic policy from these clowns.") >= {"stupid", "moronic"}


def test_an_ordinary_comment_has_no_marked_words():
    assert highlighted("The council should publish the budget before the vote, not after it.") == set()


def test_a_word_the_model_has_never_seen_whole_is_judged_by_its_parts():
    assert marked("moronically budgeting") == {"moronically"}  # "moronically" is not in its training posts
