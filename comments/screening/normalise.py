"""Normalisation for matching only: the stored comment is never changed.

`normalise(text)` gives a lower-case view of the text with look-alike letters, invisible
characters and compatibility forms folded, plus `offsets`, which maps every character of the
view back to its index in the original, so evidence always points into what the reader wrote.
`Document.tokens` goes further for word matching: leetspeak and symbols inside words
(`sh1t`, `@ss`, `f*ck`) become letters or wildcards, and s p a c e d letters are joined.
"""
import bisect
import re
import unicodedata
from functools import cached_property, lru_cache
from typing import NamedTuple

# Cyrillic and Greek letters that look like Latin ones (after case folding).
CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ɑ": "a", "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "s", "σ": "s", "μ": "u", "ı": "i",
})

LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
        "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e"}
LEET_TABLE = str.maketrans(LEET)
WILDCARD = "*"

# A run of word characters and the symbols people put inside words to dodge filters.
TOKEN = re.compile(r"[\w@$!|+*€]+")
# Three or more single letters separated by spaces, dots, dashes or underscores: "f u c k", "s.h.i.t".
SPACED = re.compile(r"(?<![\w@$*])[\w@$*]([ .\-_]{1,2})(?:[\w@$*]\1){1,}[\w@$*](?![\w@$*])")
REPEATS = re.compile(r"(.)\1{2,}")
DOUBLES = re.compile(r"(.)\1+")
# A letter held for three or more: "kiiiill", "shooooot".
STRETCHED = re.compile(r"([^\W\d_])\1{2,}")


class Token(NamedTuple):
    text: str      # normalised word, e.g. "shit" for "$h1iiit"
    start: int     # span in the original text
    end: int


def _fold_char(ch: str) -> str:
    if unicodedata.category(ch) in ("Cf", "Mn", "Me"):  # invisible formatting and combining marks
        return ""
    return unicodedata.normalize("NFKC", ch).casefold().translate(CONFUSABLES)


def normalise(text: str) -> tuple[str, list[int] | None]:
    """The matching view of `text` and its map back to original offsets (None: the identity)."""
    if text.isascii():
        return _inner_hash(text.lower()), None
    chars, offsets = [], []
    for index, ch in enumerate(text):
        folded = _fold_char(ch) if not ch.isascii() else ch.lower()
        for out in folded:
            chars.append(out)
            offsets.append(index)
    return _inner_hash("".join(chars)), offsets


# "bulls#it", "sh#t": a hash between letters hides a letter, like an asterisk; so does a run of
# symbols with a star, hash or percent sign in it ("f(*k", "f@#k", "b!%ch"), whatever else it holds.
# Each symbol becomes one wildcard, so offsets are unchanged; a hashtag ("#news") is left alone.
GRAWLIX = re.compile(r"(?<=[a-z])(?:#|[*#%@$!(){}^&]{0,2}[*#%][*#%@$!(){}^&]{0,2})(?=[a-z])")


def _inner_hash(text: str) -> str:
    if "#" not in text and "%" not in text and "*" not in text:
        return text
    return GRAWLIX.sub(lambda m: WILDCARD * len(m.group()), text)


HAS_LETTER = re.compile(r"[^\W\d_]")


def _deleet(word: str) -> str:
    """Symbols and digits inside a word that has letters become the letters they stand for."""
    if word.isdigit() or not HAS_LETTER.search(word):
        return word
    stripped = word.strip("!|+")  # punctuation at the edges is punctuation: "idiot!"
    if not stripped:
        return word
    return stripped.translate(LEET_TABLE)


@lru_cache(maxsize=20_000)
def squeeze(word: str) -> tuple[str, ...]:
    """The spellings to look a word up by: as written, runs of 3+ cut to 2, every run cut to 1."""
    if not DOUBLES.search(word):
        return (word,)
    two = REPEATS.sub(r"\1\1", word)
    one = DOUBLES.sub(r"\1", two)
    return (word,) if word == one else tuple(dict.fromkeys((word, two, one)))


def unstretch(word: str, known) -> str:
    """A word with a letter held (`kiiiill`, `shooooot`) read as the known word it stretches: its
    held letters cut to two (`shoot`), else to one (`kill`); else a doubled letter undone
    (`undouble`). A word that is itself known, or whose every reading is unknown or under three
    letters (`www`, `kkk`), stays as written."""
    if word in known:
        return word
    for form in (STRETCHED.sub(r"\1\1", word), STRETCHED.sub(r"\1", word)):
        if len(form) >= 3 and form in known:
            return form
    return undouble(word, known)


def undouble(word: str, known) -> str:
    """A word with a letter doubled to dodge a filter (`wiill`, `kiill`, `shiit`) read as the known
    word it becomes with one doubled letter made single; a known word (`Shiite`, `kill`) or one with
    no such reading stays as written."""
    if word in known:
        return word
    for match in DOUBLES.finditer(word):
        form = word[:match.start()] + word[match.start() + 1:]
        if len(form) >= 3 and form in known:
            return form
    return word


class Document:
    """A comment prepared for the phases: the original, the folded view, its words.

    `known`: words that a stretched word may be read as (see `unstretch`); without it, words
    keep their held letters and only the lexicons' own look-ups cut them."""

    __slots__ = ("original", "text", "_offsets", "_plain", "_spaced_spans", "_known", "__dict__")

    def __init__(self, original: str, known=frozenset()):
        self.original = original
        self.text, self._offsets = normalise(original)
        self._known = known

    @cached_property
    def vocabulary(self) -> frozenset:
        """The set of normalised words, for cheap checks before running a phase's patterns."""
        return frozenset(self.token_texts)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded view back to the original text."""
        if self._offsets is None:
            return start, end
        if start >= len(self._offsets):
            return len(self.original), len(self.original)
        return self._offsets[start], self._offsets[max(end - 1, start)] + 1

    @cached_property
    def token_texts(self) -> list[str]:
        """The normalised words, in the order of `tokens`: one per run of word characters, then
        one per run of s p a c e d letters. Cheap: spans are worked out only if someone asks."""
        texts = [raw if raw.isalpha() else _deleet(raw) for raw in TOKEN.findall(self.text)]
        self._plain = len(texts)
        self._spaced_spans = []
        spaced = SPACED.search(self.text)
        for match in SPACED.finditer(self.text, spaced.start()) if spaced else ():
            joined = _deleet(re.sub(r"[ .\-_]", "", match.group()))
            if len(joined) >= 3:
                texts.append(joined)
                self._spaced_spans.append(match.span())
        known = self._known
        if known:  # a word the dictionary knows is read as written; only the others are searched
            texts = [t if t in known or not DOUBLES.search(t) else unstretch(t, known) for t in texts]
        return texts

    @cached_property
    def _raw_spans(self) -> list[tuple[int, int]]:
        return [m.span() for m in TOKEN.finditer(self.text)]

    def token_span(self, i: int) -> tuple[int, int]:
        """The span in the original text of token `i` (edge punctuation left out: "idiot!")."""
        if i >= self._plain:
            return self.span(*self._spaced_spans[i - self._plain])
        start, end = self._raw_spans[i]
        raw = self.text[start:end]
        if not raw.isalpha():
            start += len(raw) - len(raw.lstrip("!|+"))
            end -= len(raw) - len(raw.rstrip("!|+"))
        return self.span(start, end)

    @cached_property
    def tokens(self) -> list[Token]:
        """`token_texts` with their spans in the original text."""
        return [Token(text, *self.token_span(i)) for i, text in enumerate(self.token_texts)]

    @property
    def has_spaced_words(self) -> bool:
        return len(self.token_texts) > self._plain

    @cached_property
    def words(self) -> list[Token]:
        """The words in reading order (spaced letters already joined), for phrase rules."""
        tokens = self.tokens
        if not self.has_spaced_words:
            return tokens
        spaced = [t for t in tokens if " " in self.original[t.start:t.end] or "." in self.original[t.start:t.end]]
        covered = set()
        for t in spaced:
            covered.update(range(t.start, t.end))
        plain = [t for t in tokens if t not in spaced and t.start not in covered]
        return sorted(plain + [t for t in spaced if len(t.text) >= 3], key=lambda t: t.start)

    def word_span(self, k: int) -> tuple[int, int]:
        """The span in the original text of word `k` of `word_texts`, without working out the
        others' spans when no word was spaced out."""
        if not self.has_spaced_words:
            return self.token_span(k)
        word = self.words[k]
        return word.start, word.end

    @cached_property
    def word_texts(self) -> list[str]:
        """The texts of `words`, without working out spans when no word was spaced out."""
        if not self.has_spaced_words:
            return self.token_texts
        return [t.text for t in self.words]

    @cached_property
    def phrase_text(self) -> str:
        """The words joined by single spaces: "y0u   are an 1d1ot" reads "you are an idiot"."""
        return " ".join(self.word_texts)

    def phrase_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of phrase_text back to the original text."""
        bounds = self._word_bounds
        first = max(bisect.bisect_right(bounds, start) - 1, 0)
        last = max(bisect.bisect_right(bounds, max(end - 1, start)) - 1, 0)
        if not self.has_spaced_words:  # the words are the tokens
            return self.token_span(first)[0], self.token_span(last)[1]
        return self.words[first].start, self.words[last].end

    @cached_property
    def _word_bounds(self) -> list[int]:
        bounds, position = [], 0
        for text in self.word_texts:
            bounds.append(position)
            position += len(text) + 1
        return bounds
