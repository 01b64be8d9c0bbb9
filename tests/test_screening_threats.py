"""Threats: promising, wishing or calling for violence against someone — not reporting it."""
import pytest

from comments.screening import screen


@pytest.mark.parametrize("text", [
    "Someone should put a bullet in him.",
    "I will kill you if I see you.",
    "I know where you live, reporter.",
    "Whoever wrote this deserves to be shot.",
    "Hope you and your family burn.",
    "Watch your back, journalist.",
    "Kill them all.",
    "I'll stab the next politician who lies to me.",
])
def test_threats_are_flagged(text):
    assert "threat" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "The rocket attack killed a child.",
    "The airstrike killed at least twelve civilians.",
    "They shot the protesters and the police did nothing.",
    "Executions in Iran have doubled this year.",
    "The hostage was beheaded on video in 2014.",
    "Suicide bombings have fallen sharply since 2017.",
    "We will beat them at the ballot box.",
    "Those responsible should be arrested and tried.",
])
def test_news_about_violence_is_not_a_threat(text):
    assert "threat" not in screen(text).flagged


def test_a_threat_is_recommended_for_rejection_with_its_words_as_evidence():
    text = "Someone should put a bullet in him."
    result = screen(text)
    assert result.recommendation == "reject"
    [evidence] = [e for e in result.evidence if e.guideline == "threat"]
    assert text[evidence.start:evidence.end] == "put a bullet in"


@pytest.mark.parametrize("text", [
    "Somebody should firebomb that newspaper office.",
    "If the governor comes to our village he won't leave alive.",
    "Keep publishing this and you'll end up in a ditch.",
    "We'll find out where you live, columnist.",
    "String the traitors up from the lamp posts.",
    "I pray someone shoots the lot of them.",
])
def test_calls_to_attack_places_veiled_warnings_and_lynching_talk_are_threats(text):
    assert "threat" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "The newspaper office was firebombed in 2011, the court heard.",
    "The hostages did not leave the compound alive, officials said.",
    "Protesters were hanged from cranes in 1988, the report says.",
    "Kill the bill, say the unions.",
])
def test_reports_of_attacks_and_slogans_about_laws_are_not_threats(text):
    assert "threat" not in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Put him against a wall and shoot him.",
    "The editor should be dragged out and beaten.",
    "Pray you never meet me in a dark alley.",
    "Traitors like you will be dealt with when the time comes.",
    "One day someone will shoot that senator.",
])
def test_executions_beatings_and_veiled_menace_are_threats(text):
    assert "threat" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "We will hunt you down, traitor.",
    "That MP should be taken out back and shot.",
    "Your address is public, journalist. Think about that.",
    "Someone should teach that reporter a lesson with a baseball bat.",
])
def test_hunting_down_addresses_and_lessons_with_weapons_are_threats(text):
    assert "threat" in screen(text).flagged


def test_a_reported_beating_is_not_a_threat():
    assert "threat" not in screen("Police say the gang beat him to death in 2019.").flagged


@pytest.mark.parametrize("text", [
    "Somebody needs to kill that journalist.",
    "We'll come for your family next.",
    "Keep writing lies and see what happens to you.",
    "Journalists like you belong in a mass grave.",
    "Mark my words, the editor won't see Christmas.",
    "I have a rifle and the patience, Mr Mayor.",
])
def test_menace_in_plain_words_is_a_threat(text):
    assert "threat" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Nobody deserves to die for a cartoon.",
    "Someone should kill this bill before it passes.",
    "Let's wait and see what happens to the budget.",
    "They won't see the end of the year at this rate of inflation.",
    "I have a rifle licence and shoot clays at the weekend.",
])
def test_phrases_that_only_sound_menacing_are_not_threats(text):
    assert "threat" not in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Someone should kill this bill before it passes.",
    "Shoot me an email if you want the council's figures.",
    "Their striker was killing it all season.",
    "No one deserves to die in a queue for bread.",
])
def test_violent_words_in_everyday_idioms_do_not_let_the_model_flag_a_threat(text):
    assert "threat" not in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Everyone bring a baseball bat to Thursday's planning meeting, it's the only language they understand.",
    "Best solution for the bomber is a short drop and a sudden stop.",
    "Anyone who votes for the merger deserves a good kicking.",
    "The police should have cracked a few skulls on day one.",
    "Every one of those released prisoners should be hunted down and shot.",
    "That ref needs his eyes gouged out.",
    "Those match-fixers should have their hands broken.",
])
def test_calls_to_arm_and_wished_hangings_are_threats(text):
    assert "threat" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Kill the levy! Email your councillor before the vote.",
    "I get the anger, but 'hang them all' talk helps nobody. Convict them and claw back the money.",
    "The police found a baseball bat in the car.",
    "The mediator should knock some heads together and get a deal.",
])
def test_slogans_about_taxes_and_quoted_lynch_talk_are_not_threats(text):
    assert "threat" not in screen(text).flagged
