"""Vulgarity: crude sexual and bodily language."""
import pytest

from comments.screening import screen


@pytest.mark.parametrize("text", [
    "The minister can suck my dick.",
    "Nice tits on the presenter.",
    "Go jerk off somewhere else.",
    "What a dickhead move.",
    "Send nudes.",
    "The whole inquiry is one long circle jerk between the judge and the barristers.",
    "Watching the debate was like watching a dog take a dump on the carpet.",
    "Anyone defending this strike can lick the sweat off my sack.",
    "Heard the captain got caught with his trousers down 🍆💦",
])
def test_crude_sexual_language_is_vulgar(text):
    assert "vulgarity" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "The breast cancer screening programme is being cut.",
    "Sexual violence in the camps must be investigated.",
    "Hancock and Dickens were both mentioned.",
    "The rapper's lawyer argued that lyrics are art, not confessions.",
    "Peach 🍑 season at the market, and the cobbler stall sold out.",
])
def test_plain_words_about_bodies_and_sex_in_the_news_are_not_vulgar(text):
    assert "vulgarity" not in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Dick Cheney's memoir says little about the war.",
    "The cock crowed at five and the village woke to the sirens.",
    "That was a cock and bull story from the spokesman.",
    "Cock-up after cock-up from the water company; the pumps were never serviced.",
    "The evacuation was a total balls-up.",
    "So the Cock and Bull on the corner is being knocked down for a car park.",
])
def test_names_farmyards_and_blunders_are_not_vulgar(text):
    assert "vulgarity" not in screen(text).flagged


def test_a_crude_word_is_still_vulgar_when_it_is_not_a_name():
    assert "vulgarity" in screen("The councillor is a dick.").flagged


@pytest.mark.parametrize("phrase", [
    "Dick Cheney", "Moby-Dick", "Dick Van Dyke", "Dyke Road", "the cock crowed", "blue tits", "pussy willow",
    "another cock-up", "spotted dick", "a knob of butter", "shag pile", "cum laude", "Kak Masoud",
    "revenge porn", "tit-for-tat", "cocker spaniel",
])
def test_every_innocent_use_passes_the_cheap_first_check(phrase):
    from comments.screening import innocent_use
    from comments.screening.normalise import Document

    assert innocent_use.anywhere(Document(f"Yesterday {phrase} was in the news."))
