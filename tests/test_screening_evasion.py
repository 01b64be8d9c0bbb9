"""Evasion: normalisation sees through disguises, and evidence always points into what the reader wrote."""
import pytest

from comments.screening import screen
from comments.screening.normalise import Document


@pytest.mark.parametrize("disguised, word", [
    ("sh1t", "shit"), ("$h!t", "shit"), ("@ss", "ass"), ("f*ck", "f*ck"), ("ＦＵＣＫ", "fuck"),
    ("fu\u200bck", "fuck"), ("ѕhіt", "shit"), ("ιdιοt", "idiot"),
])
def test_disguised_words_are_read_as_the_word(disguised, word):
    assert Document(disguised).tokens[0].text == word


def test_spaced_letters_are_joined():
    assert "fuck" in {t.text for t in Document("who the f u c k cares").tokens}
    assert "shit" in {t.text for t in Document("s.h.i.t").tokens}


def test_numbers_stay_numbers():
    assert [t.text for t in Document("2,500 troops in 2021").tokens][:2] == ["2", "500"]


@pytest.mark.parametrize("text, expected", [
    ("Well ѕhіt, really?", "ѕhіt"),
    ("Ｙｏｕ are an ＩＤＩＯＴ", "ＩＤＩＯＴ"),
    ("fu\u200bck this", "fu\u200bck"),
    ("émigrés say: f*ck", "f*ck"),
])
def test_evidence_spans_point_into_the_original_text(text, expected):
    spans = [text[e.start:e.end] for e in screen(text).evidence]
    assert any(expected in span for span in spans), spans


def test_the_stored_text_is_never_changed_by_screening():
    text = "Ｙｏｕ are an ＩＤＩＯＴ"
    screen(text)
    assert text == "Ｙｏｕ are an ＩＤＩＯＴ"


@pytest.mark.parametrize("text, disguise", [
    ("What a fvcking joke of a policy.", "fvcking"),
    ("Motherf***ers in the cabinet ruined the economy.", "Motherf***ers"),
    ("Another tax on drivers, f*** this.", "f***"),
])
def test_masked_and_misspelt_swearing_is_profanity_with_the_disguise_as_evidence(text, disguise):
    result = screen(text)
    assert "profanity" in result.flagged
    assert disguise in [text[e.start:e.end] for e in result.evidence if e.guideline == "profanity"]


def test_a_hash_hiding_a_letter_is_seen_through_but_a_hashtag_is_not():
    text = "This is bulls#it and the reporter knows it."
    result = screen(text)
    assert "profanity" in result.flagged
    assert any(text[e.start:e.end] == "bulls#it" for e in result.evidence)
    assert "profanity" not in screen("Follow #news for the latest").flagged


@pytest.mark.parametrize("text, grawlix", [
    ("F(*k you Pierre!", "F(*k"),
    ("The minister can go f@#k himself.", "f@#k"),
    ("Shut up, you b!%ch.", "b!%ch"),
])
def test_a_run_of_symbols_hiding_letters_reads_as_the_masked_word(text, grawlix):
    result = screen(text)
    assert "profanity" in result.flagged
    assert grawlix in [text[e.start:e.end] for e in result.evidence if e.guideline == "profanity"]


@pytest.mark.parametrize("text", [
    "Turnout was 100% in AT&T's home town (per R&D figures), up 5%.",
    "Comment(s) on the x*y budget line are welcome.",
])
def test_symbols_that_mask_nothing_leave_the_comment_clean(text):
    assert screen(text).recommendation == "approve"


@pytest.mark.parametrize("text, guideline, held", [
    ("I will kiiiill you", "threat", "kiiiill"),
    ("Shooooot them all", "threat", "Shooooot"),
    ("you stupiiiiid moooron", "personal_attack", "stupiiiiid"),
])
def test_held_letters_do_not_hide_a_phrase(text, guideline, held):
    result = screen(text)
    assert guideline in result.flagged
    assert any(held in text[e.start:e.end] for e in result.evidence if e.guideline == guideline)


def test_a_held_letter_is_read_as_a_known_word_and_otherwise_left_alone():
    known = {"kill", "shoot", "shot", "www", "k"}
    assert [t.text for t in Document("kiiiill shooooot www kkk", known=known).tokens] == [
        "kill", "shoot", "www", "kkk"]


def test_a_doubled_letter_does_not_hide_a_threat():
    result = screen("I wiill kiill you")
    assert "threat" in result.flagged


def test_a_doubled_letter_is_undone_only_where_that_makes_a_known_word_of_an_unknown_one():
    known = {"will", "kill", "shiite", "shite", "moron"}
    words = [t.text for t in Document("wiill kiill Shiite moroon zzzz", known=known).tokens]
    assert words == ["will", "kill", "shiite", "moron", "zzzz"]


def test_real_words_are_not_read_as_shorter_crude_ones():
    for text in ("Shiite families in the city welcomed the new hospital.", "Rapping is his job and he is good at it."):
        assert screen(text).recommendation == "approve", text
