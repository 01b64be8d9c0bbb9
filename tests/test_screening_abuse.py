"""Abuse: slurs and hatred of groups. Naming a group is news; quoting a slur to condemn it is not abuse."""
import pytest

from comments.screening import screen


@pytest.mark.parametrize("text", [
    "Refugees are vermin.",
    "All Arabs are terrorists.",
    "Go back to your own country.",
    "Women belong in the kitchen.",
    "Gays are sick.",
    "These ragheads should be kicked out.",
    "Muslims should all be deported.",
    "Just another tranny.",
    "The n1gger next door.",
])
def test_slurs_and_group_hatred_are_abuse(text):
    assert "abuse" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Kurds, Arabs and Turkmen live side by side in Kirkuk.",
    "Muslims and Christians prayed together in Mosul.",
    "As a gay man I rarely see our lives reported.",
    "Refugees from Syria rebuilt whole neighbourhoods.",
    "Women make up a third of the new parliament.",
    'The MP called migrants "vermin" on radio; that language is disgusting.',
    'Shouting "faggot" at a footballer is homophobic abuse.',
    "Using the word paki about a colleague is racist.",
])
def test_neutral_mentions_and_condemned_quotes_are_not_abuse(text):
    assert "abuse" not in screen(text).flagged


def test_a_quoted_slur_is_still_shown_to_the_moderator_as_evidence():
    text = 'Shouting "faggot" at a footballer is homophobic abuse.'
    result = screen(text)
    assert any(e.guideline == "abuse" and text[e.start:e.end] == "faggot" for e in result.evidence)
