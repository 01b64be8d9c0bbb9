"""Screening is honest about language: what it cannot read is never recommended for approval on zero scores.

The region's readers comment in Sorani and Kurmanji Kurdish, Arabic, Persian and Turkish as well as English;
the screening's word lists and models read English only.
"""
import json

import pytest
from django.core.management import call_command

from comments.screening import screen
from comments.screening.language import identify

QUEUE = "/admin/comments/pendingcomment/"

NOT_READ = [
    # (language, code, a reader's comment)
    ("Arabic", "ar", "أنت كاذب وغبي ولا تفهم شيئا عن السياسة"),
    ("Sorani Kurdish", "ckb", "تۆ درۆزنیت و هیچ لە سیاسەت تێناگەیت"),
    ("Persian", "fa", "تو دروغگو هستی و هیچ چیزی از سیاست نمی‌فهمی"),
    ("Turkish", "tr", "Sen bir yalancısın ve siyasetten hiçbir şey anlamıyorsun"),
    ("Kurmanji Kurdish", "ku", "Tu derewkerî û tu tiştekî ji siyasetê fêm nakî"),
]


@pytest.mark.parametrize("language, code, text", NOT_READ, ids=[n[0] for n in NOT_READ])
def test_an_insult_in_a_language_the_screening_does_not_read_is_not_recommended_for_approval(language, code, text):
    result = screen(text)

    assert result.language == code
    assert result.recommendation != "approve"


def test_a_short_kurmanji_insult_is_not_read_as_english_even_when_its_language_is_unsure():
    language = identify("Tu derewker î, şerm bike")

    assert not language.read
    assert screen("Tu derewker î, şerm bike").recommendation == "review"


@pytest.mark.parametrize("text", [
    "Masrour Barzani and Qubad Talabani met the delegation in Erbil on Monday.",
    "The road from Sulaymaniyah to Halabja reopened after the floods, good news for farmers.",
    "Kak Ahmed's bakery in Duhok has the best naan in the city.",
    "Thanks!",
    "Bravo",
    "Well said.",
])
def test_english_that_names_people_and_places_of_the_region_stays_english(text):
    result = screen(text)

    assert result.language == "en"
    assert result.recommendation == "approve"


def test_a_short_english_insult_is_still_read_as_english():
    assert identify("idiot").read


def test_english_swearing_inside_a_comment_in_another_language_is_still_scored():
    result = screen("أنت كاذب وغبي ولا تفهم شيئا, fuck you")

    assert result.scores["profanity"] >= 0.5


def test_prescreen_reports_the_language(capsys, monkeypatch):
    import io

    lines = [{"id": 1, "text": "هذا مقال ممتاز عن الانتخابات"}, {"id": 2, "text": "A fine article about the election."}]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(json.dumps(x) for x in lines)))
    call_command("prescreen")
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    assert [(o["language"], o["decision"]) for o in out] == [("ar", "review"), ("en", "approve")]


def test_the_queue_says_a_comment_was_not_screened_and_filters_on_it(moderator_client, make_comment):
    make_comment("هذا مقال ممتاز عن الانتخابات والحكومة الجديدة", name="Arabic reader")
    make_comment("A calm remark about the bridge.", name="English reader")

    page = moderator_client.get(QUEUE).content.decode()
    assert "not screened: Arabic" in page

    filtered = moderator_client.get(QUEUE + "?recommendation=not_read").content.decode()
    assert "Arabic reader" in filtered
    assert "English reader" not in filtered


def test_the_comment_page_names_the_language_it_could_not_read(moderator_client, make_comment):
    comment = make_comment("ئەم هەواڵە زۆر باشە، سوپاس بۆ ڕۆژنامەنووسەکان")

    page = moderator_client.get(f"/admin/comments/pendingcomment/{comment.pk}/change/").content.decode()

    assert "Kurdish (Sorani): not read by the screening" in page
    assert 'dir="auto"' in page
