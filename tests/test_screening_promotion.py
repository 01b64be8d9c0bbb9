"""Promotion: adverts, money offers, contact numbers, "subscribe to my channel". Citing the news is not."""
import pytest

from comments.screening import screen


@pytest.mark.parametrize("text", [
    "Make $500 a day from home with my forex signals, WhatsApp +1 555 0199 now!",
    "Check out my YouTube channel, link in bio.",
    "Buy cheap watches at www.cheap-watches.example",
    "Bitcoin investment opportunity, DM me.",
    "Please subscribe to my channel!",
    "Best betting tips, message me on WhatsApp 0770 123 4567.",
])
def test_commercial_and_personal_promotion_is_flagged(text):
    assert "promotion" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Reuters has more: https://www.reuters.com/world/middle-east/",
    "The BBC reported the same numbers: https://www.bbc.co.uk/news",
    "See the UN report at https://www.un.org/en/",
    "The troops will fall from 3,000 to 2,500 by mid-January.",
    "The scheme costs £40m over three years.",
])
def test_news_sources_and_figures_are_not_promotion(text):
    assert "promotion" not in screen(text).flagged


def test_the_phone_number_is_the_evidence():
    text = "Earn money online fast, contact me on Telegram +44 7700 900777."
    spans = [text[e.start:e.end] for e in screen(text).evidence if e.guideline == "promotion"]
    assert any("+44 7700 900777" in span for span in spans)
