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
    "Never trust a Muslim, this trial proves it.",
    "Every Arab in that region is a terrorist in waiting.",
    "Knife crime is what you get when you let in African vermin.",
    "They are a thieving tribe that will never let anyone else rule.",
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
    "Using the word paki about a colleague is racist.",
    "The video where a man screams 'go back to your country, you p*ki' at the driver shows what she put up with.",
    "Every refugee I met in the camp is a teacher, a nurse or a farmer.",
    "Dick Van Dyke still dancing at his age is a joy.",
])
def test_neutral_mentions_and_condemned_quotes_are_not_abuse(text):
    assert "abuse" not in screen(text).flagged


def test_a_quoted_slur_is_still_shown_to_the_moderator_as_evidence():
    text = 'Shouting "faggot" at a footballer is homophobic abuse.'
    result = screen(text)
    assert any(e.guideline == "abuse" and text[e.start:e.end] == "faggot" for e in result.evidence)


@pytest.mark.parametrize("text", [
    "Gays shouldn't be allowed near schools.",
    "Send every last immigrant back where they came from.",
    "Blacks are naturally less intelligent, that is the truth.",
    "Hope someone burns the synagogue down.",
])
def test_exclusion_pseudo_science_and_attacks_on_places_of_worship_are_abuse(text):
    assert "abuse" in screen(text).flagged


def test_a_slogan_quoted_in_single_quotes_to_report_it_is_not_abuse():
    assert "abuse" not in screen("The words 'go back to your country' were shouted at her, the court heard.").flagged


@pytest.mark.parametrize("text", [
    "Immigrants breed like rats.",
    "Jews are behind every war.",
    "Homosexuality is a disease.",
    "Polish people are filthy and lazy.",
])
def test_vermin_talk_conspiracies_and_sickness_claims_about_groups_are_abuse(text):
    assert "abuse" in screen(text).flagged


def test_a_group_called_names_is_abuse_first():
    # That it is not also flagged as a personal attack is a known disagreement (known_disagreements.jsonl).
    result = screen("Christians are brainwashed morons, all of them.")
    assert "abuse" in result.flagged
    assert max(result.scores, key=result.scores.get) == "abuse"  # the guideline preselected for the moderator


@pytest.mark.parametrize("text", [
    "Immigrants are disease-carrying animals and should be kept out.",
    "Those people breed like rats and ruin every neighbourhood.",
])
def test_dehumanising_a_group_is_abuse(text):
    assert "abuse" in screen(text).flagged


def test_a_contested_economic_claim_about_a_group_is_not_abuse():
    assert "abuse" not in screen("Immigrants are a drain on the NHS, says a report.").flagged


def test_a_claim_attributed_to_a_report_is_not_flagged_by_the_model_alone():
    assert "abuse" not in screen("Asylum seekers cost councils millions, according to the latest audit.").flagged
    # "Asylum seekers are vermin, according to the latest audit." should still be abuse: a known
    # disagreement of 2026.12-2 (tests/data/known_disagreements.jsonl)


def test_calling_a_group_disgusting_does_not_excuse_the_slur_beside_it():
    assert "abuse" in screen("f@ggots parading in front of children, disgusting").flagged


def test_a_groups_name_is_never_highlighted_as_the_learnt_models_evidence():
    text = "Muslims and women ruin everything they touch, the stupid parasites."
    result = screen(text)
    learnt = [text[e.start:e.end].lower() for e in result.evidence if e.rule == "word the learnt model marks"]
    assert result.flagged
    assert learnt  # the words themselves are still pointed at
    assert not {"muslims", "women"} & set(learnt)
