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
    "More background at www.city-archive.example",
    "Full timeline here: www.floodwatch-cumbria.org",
    "Citizens Advice has a grant checker at https://www.citizensadvice.org.uk/ - no affiliation, it helped my mum.",
    "The troops will fall from 3,000 to 2,500 by mid-January.",
    "The scheme costs £40m over three years.",
])
def test_news_sources_and_figures_are_not_promotion(text):
    assert "promotion" not in screen(text).flagged


def test_the_phone_number_is_the_evidence():
    text = "Earn money online fast, contact me on Telegram +44 7700 900777."
    spans = [text[e.start:e.end] for e in screen(text).evidence if e.guideline == "promotion"]
    assert any("+44 7700 900777" in span for span in spans)


@pytest.mark.parametrize("text", [
    "Free £10 bet at winbig dot com for every new player",
    "My new book on the floods is out, buy it on Amazon",
    "Hot singles near you tonight at meetnow.xyz",
    "Details here bit.ly/3abcde",
])
def test_spelled_out_links_shorteners_betting_and_self_promotion_are_flagged(text):
    assert "promotion" in screen(text).flagged


def test_words_that_spam_shares_with_news_are_not_promotion_without_a_pitch():
    assert "promotion" not in screen("Subscribers to the paper can read the whole investigation online.").flagged


@pytest.mark.parametrize("text", [
    "Best essay writing service, 20% off with code NEWS20 at essaypro.example.",
    "Get 1000 followers for $5 at fastfollow.example",
    "Rainbow merch 30% off this weekend at proudthreads.shop, treat yourself!",
    "Best odds on the test series, 200% sign-up bonus.",
    "www.cheap-pills.shop",
    "Now I earn 40k monthly with her crypto plan. Contact her on Telegram @helentrades_official",
])
def test_discount_codes_and_bought_followers_are_promotion(text):
    assert "promotion" in screen(text).flagged


@pytest.mark.parametrize("text", [
    "Prices fell 20% off the peak this year.",
    "The party gained 1000 followers for its new account overnight.",
])
def test_percentages_and_follower_counts_in_news_are_not_promotion(text):
    assert "promotion" not in screen(text).flagged


def test_how_a_text_looks_is_measured_without_its_links():
    from comments.screening.signals import shape

    assert shape("URGENT! Call 09061701461 to claim your £900 prize") == {
        "shape:long_number": 1.0, "shape:money": 1.0, "shape:shouting": 0.0,
        "shape:digit_share": pytest.approx(min(16 / 51 * 5, 1.0)),
    }
    assert shape("CLAIM YOUR FREE PRIZE TODAY NOW")["shape:shouting"] == 1.0
    cited = shape("The photo: http://i.example.co.uk/i/pix/2013/07/12/article-2361234-1AB.jpg")
    assert cited["shape:long_number"] == 0.0 and cited["shape:digit_share"] == 0.0


@pytest.mark.parametrize("text", [
    "Congratulations! You have been selected for a £1000 cash award. Text CLAIM to 87121 to receive it.",
    "FREE entry into our weekly draw, txt WIN to 80086 now. T&Cs apply, 18+ only.",
])
def test_text_message_spam_is_promotion_by_its_look_as_well_as_its_words(text):
    assert "promotion" in screen(text).flagged
