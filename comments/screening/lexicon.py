"""Word lists compiled once into matchers whose cost does not grow with the number of words.

Single words go into a set (one hash lookup per word of the comment, whatever the list's size);
`prefix*` / `*suffix` entries into one compiled pattern each; multi-word entries into one
compiled alternation run over the comment's phrase text.
"""
import re
from functools import lru_cache
from pathlib import Path

from comments.screening.normalise import Document, squeeze

LEXICON_DIR = Path(__file__).parent / "lexicons"
MEMO_SIZE = 50_000  # words remembered per lexicon; bounded so memory stays flat on any input
INFLECTIONS = ("ing", "in", "ed", "ers", "er", "es", "s", "y")


def read_list(name: str) -> list[str]:
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.lstrip().startswith("#")]


_MISSING = object()


class Lexicon:
    def __init__(self, entries, *, inflect: bool = True):
        entries = list(dict.fromkeys(entries))
        self.words = frozenset(e for e in entries if "*" not in e and " " not in e)
        prefixes = [e[:-1] for e in entries if e.endswith("*") and not e.startswith("*")]
        suffixes = [e[1:] for e in entries if e.startswith("*") and not e.endswith("*")]
        phrases = [e for e in entries if " " in e]
        self.prefix = re.compile("|".join(map(re.escape, sorted(prefixes, key=len, reverse=True)))) if prefixes else None
        self.suffix = (re.compile("(?:" + "|".join(map(re.escape, suffixes)) + r")\Z") if suffixes else None)
        self.phrases = (re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b") if phrases else None)
        self.inflect = inflect
        self._memo: dict[str, str | None] = {}
        self._by_length: dict[int, list[str]] = {}
        for word in sorted(self.words | set(prefixes) | set(suffixes)):
            self._by_length.setdefault(len(word), []).append(word)

    def lookup(self, word: str) -> str | None:
        """The entry `word` is a form of, or None. Memoised: most words of most comments repeat."""
        try:
            return self._memo[word]
        except KeyError:
            found = self._lookup(word)
            if len(self._memo) < MEMO_SIZE:
                self._memo[word] = found
            return found

    def _lookup(self, word: str) -> str | None:
        if word in innocent_words():
            return None
        for form in squeeze(word):
            found = self._lookup_form(form)
            if found:
                return found
        if "vck" in word or "vk" in word:  # "fvck": v for u
            found = self._lookup_form(word.replace("vck", "uck").replace("vk", "uck"))
            if found:
                return found
        if "*" in word and sum(c.isalpha() for c in word) >= 2:
            return self._lookup_masked(word)
        return None

    def _lookup_form(self, form: str) -> str | None:
        if form in self.words:
            return form
        if self.prefix and (m := self.prefix.match(form)):
            return m.group() + "*"
        if self.suffix and (m := self.suffix.search(form)):
            return "*" + m.group()
        if self.inflect and len(form) > 4:
            for ending in INFLECTIONS:
                if form.endswith(ending) and form[: -len(ending)] in self.words:
                    return form[: -len(ending)]
        return None

    def _lookup_masked(self, word: str) -> str | None:
        """`f*ck`, `sh**`: a word whose hidden letters are stars, if exactly one entry fits."""
        pattern = re.compile("".join("[a-z]" if c == "*" else re.escape(c) for c in word) + r"\Z")
        fits = [w for w in self._by_length.get(len(word), ()) if pattern.match(w)]
        if fits:
            return fits[0]
        for ending in INFLECTIONS:  # "motherf***ers": the stem, masked, is an entry
            if word.endswith(ending) and sum(c.isalpha() for c in word[: -len(ending)]) >= 2:
                stem = word[: -len(ending)]
                pattern = re.compile("".join("[a-z]" if c == "*" else re.escape(c) for c in stem) + r"\Z")
                fits = [w for w in self._by_length.get(len(stem), ()) if pattern.match(w)]
                if fits:
                    return fits[0]
        return None

    def find(self, doc: Document):
        """(token-or-phrase start, end, entry) for every match in the document, spans in the original."""
        memo, missing = self._memo, _MISSING
        for token in doc.tokens:
            entry = memo.get(token.text, missing)  # the memo first: most words were seen before
            if entry is missing:
                entry = self.lookup(token.text)
            if entry:
                yield token.start, token.end, entry
        if self.phrases:
            for m in self.phrases.finditer(doc.phrase_text):
                start, end = doc.phrase_span(m.start(), m.end())
                yield start, end, m.group()


@lru_cache(maxsize=None)
def innocent_words() -> frozenset:
    return frozenset(read_list("innocent.txt"))


@lru_cache(maxsize=None)
def lexicon(*names: str, minus: str | None = None, inflect: bool = True) -> Lexicon:
    """The union of the named lists (minus the words of `minus`), compiled once per process."""
    excluded = set(read_list(minus)) if minus else set()
    entries = [e for name in names for e in read_list(name) if e not in excluded]
    return Lexicon(entries, inflect=inflect)
