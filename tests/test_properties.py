"""Properties that hold for any input (hypothesis): screening never fails and points inside the text,
and no post makes the comment view answer 500."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comments.screening import GUIDELINES, screen

ANY_TEXT = st.text(max_size=400)  # every Unicode code point, surrogates and controls included


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_screening_never_fails_scores_every_guideline_and_keeps_its_evidence_inside_the_text(text):
    result = screen(text)

    assert set(result.scores) == set(GUIDELINES)
    assert all(0.0 <= score <= 1.0 for score in result.scores.values())
    assert result.recommendation in ("approve", "review", "reject")
    for evidence in result.evidence:
        assert 0 <= evidence.start < evidence.end <= len(text)
        assert text[evidence.start:evidence.end].strip(), "evidence points at characters, not at nothing"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), st.text(max_size=60))
def test_the_same_text_always_gets_the_same_screening(before, after):
    text = f"{before} idiot {after}"

    assert screen(text) == screen(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(categories=["L", "N", "Zs", "P"]), max_size=80),
       st.text(alphabet=st.characters(categories=["L", "N", "Zs", "P"]), max_size=80))
def test_an_insult_among_any_words_is_pointed_at_where_it_stands(before, after):
    text = f"{before}. You are a stupid idiot. {after}"

    result = screen(text)

    insult_at = text.index("You are a stupid idiot")
    pointed = [e for e in result.evidence if e.start < insult_at + 22 and e.end > insult_at]
    assert pointed, "the insult is evidence"
    assert all("idiot" in text[e.start:e.end] or "stupid" in text[e.start:e.end] or "You are" in text[e.start:e.end]
               for e in pointed)


FIELDS = st.fixed_dictionaries(
    {"author_name": ANY_TEXT, "email": ANY_TEXT, "body": st.text(max_size=5000)},
    optional={"website": ANY_TEXT, "extra": ANY_TEXT},
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(FIELDS)
def test_no_post_makes_the_comment_view_fail(client, article, fields):
    response = client.post(f"/articles/{article.slug}/comments/", fields)

    assert response.status_code in (302, 400), (response.status_code, fields)
