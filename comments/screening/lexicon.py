"""Word lists compiled once into matchers whose cost does not grow with the number of words.

Every lexicon built in the process joins one shared index: whole words, `prefix*` and `*suffix`
entries in hash tables, so looking a word up costs a few dictionary probes whatever the lists'
sizes. What the index says of a word (the entry it is a form of in each lexicon) is memoised, so
a comment costs one dictionary lookup per word for all the word lists together. Multi-word
entries are one compiled alternation per lexicon, run over the comment's phrase text.
"""
import re
from functools import lru_cache
from pathlib import Path

from comments.screening.normalise import Document, squeeze

LEXICON_DIR = Path(__file__).parent / "lexicons"
MEMO_SIZE = 50_000  # words remembered; bounded so memory stays flat on any input
INFLECTIONS = ("ing", "in", "ed", "ers", "er", "es", "s", "y")
ENDINGS_BY_LAST_LETTER: dict[str, tuple[str, ...]] = {}  # only these can end a word that ends in that letter
for _ending in INFLECTIONS:
    ENDINGS_BY_LAST_LETTER[_ending[-1]] = (*ENDINGS_BY_LAST_LETTER.get(_ending[-1], ()), _ending)

Hits = tuple[tuple[int, str], ...]  # ((lexicon index, entry), ...)


def read_list(name: str) -> list[str]:
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.lstrip().startswith("#")]


class _Index:
    """Every lexicon's single words, prefixes and suffixes, keyed by the text to look up."""

    def __init__(self):
        self.lexicons: list[Lexicon] = []
        self.words: dict[str, list[tuple[int, str]]] = {}
        self.stems: dict[str, list[tuple[int, str]]] = {}  # the words of lexicons that take inflections
        self.prefixes: dict[str, list[tuple[int, str]]] = {}
        self.suffixes: dict[str, list[tuple[int, str]]] = {}
        self.prefix_lengths: tuple[int, ...] = ()  # the lengths that occur, longest first
        self.suffix_lengths: tuple[int, ...] = ()
        self.memo: dict[str, Hits] = {}

    def register(self, lexicon: "Lexicon", prefixes, suffixes) -> int:
        index = len(self.lexicons)
        self.lexicons.append(lexicon)
        for word in lexicon.words:
            self.words.setdefault(word, []).append((index, word))
            if lexicon.inflect:
                self.stems.setdefault(word, []).append((index, word))
        for prefix in prefixes:
            self.prefixes.setdefault(prefix, []).append((index, prefix + "*"))
        for suffix in suffixes:
            self.suffixes.setdefault(suffix, []).append((index, "*" + suffix))
        self.prefix_lengths = tuple(sorted({len(p) for p in self.prefixes}, reverse=True))
        self.suffix_lengths = tuple(sorted({len(s) for s in self.suffixes}, reverse=True))
        self.memo.clear()  # memoised words must learn what the new lexicon says of them
        return index

    def hits(self, word: str) -> Hits:
        try:
            return self.memo[word]
        except KeyError:
            found = self._hits(word)
            if len(self.memo) < MEMO_SIZE:
                self.memo[word] = found
            return found

    def _hits(self, word: str) -> Hits:
        """For each lexicon, the first of these that names an entry: the word as written, with
        stretched letters cut (`shiiit`), `v` read as `u` (`fvck`), hidden letters (`f**k`)."""
        if word in innocent_words():
            return ()
        found: dict[int, str] = {}
        for form in squeeze(word):
            self._form_hits(form, found)
        if "vck" in word or "vk" in word:
            self._form_hits(word.replace("vck", "uck").replace("vk", "uck"), found)
        if "*" in word and sum(c.isalpha() for c in word) >= 2:
            for lexicon in self.lexicons:
                if lexicon.index not in found and (entry := lexicon.masked_entry(word)):
                    found[lexicon.index] = entry
        return tuple(sorted(found.items()))

    def _form_hits(self, form: str, found: dict[int, str]) -> None:
        """Add, for lexicons that have none yet, the entry `form` is: the word itself, its longest
        listed prefix or suffix, or (for lists that take them) the word less an inflection."""
        add, size = found.setdefault, len(form)
        for index, entry in self.words.get(form, ()):
            add(index, entry)
        for length in self.prefix_lengths:
            if length <= size:
                for index, entry in self.prefixes.get(form[:length], ()):
                    add(index, entry)
        for length in self.suffix_lengths:
            if length <= size:
                for index, entry in self.suffixes.get(form[-length:], ()):
                    add(index, entry)
        if size > 4:
            for ending in ENDINGS_BY_LAST_LETTER.get(form[-1], ()):
                if form.endswith(ending):
                    for index, entry in self.stems.get(form[: -len(ending)], ()):
                        add(index, entry)


INDEX = _Index()


def document_hits(doc: Document) -> list[tuple[int, Hits]]:
    """(token index, hits) for every token of `doc` that some lexicon knows; worked out once per document."""
    cached = doc.__dict__.get("_lexicon_hits")
    if cached is not None and cached[0] == len(INDEX.lexicons):
        return cached[1]
    memo, found = INDEX.memo, []
    for i, word in enumerate(doc.token_texts):
        hits = memo.get(word)
        if hits is None:
            hits = INDEX.hits(word)
        if hits:
            found.append((i, hits))
    doc.__dict__["_lexicon_hits"] = (len(INDEX.lexicons), found)
    return found


class Lexicon:
    """One word list. Its words are looked up through the shared index; `find` reports its matches."""

    def __init__(self, entries, *, inflect: bool = True):
        entries = list(dict.fromkeys(entries))
        self.words = frozenset(e for e in entries if "*" not in e and " " not in e)
        prefixes = [e[:-1] for e in entries if e.endswith("*") and not e.startswith("*")]
        suffixes = [e[1:] for e in entries if e.startswith("*") and not e.endswith("*")]
        phrases = [e for e in entries if " " in e]
        self.phrases = (re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b") if phrases else None)
        # A phrase can match only where all its words are among the comment's words: checking
        # that first spares most comments the alternation.
        self.phrase_words = tuple({frozenset(p.split()) for p in phrases})
        self.phrase_keys = frozenset(max(p.split(), key=len) for p in phrases)  # one telling word of each
        self.inflect = inflect
        self._by_length: dict[int, list[str]] = {}
        for word in sorted(self.words | set(prefixes) | set(suffixes)):
            self._by_length.setdefault(len(word), []).append(word)
        self.index = INDEX.register(self, prefixes, suffixes)

    def lookup(self, word: str) -> str | None:
        """The entry `word` is a form of, or None."""
        for index, entry in INDEX.hits(word):
            if index == self.index:
                return entry
        return None

    def masked_entry(self, word: str) -> str | None:
        """`f*ck`, `sh**`: a word whose hidden letters are stars, if an entry fits (the first)."""
        fits = self.masked_entries(word)
        return fits[0][0] if fits else None

    def masked_entries(self, word: str) -> list[tuple[str, str]]:
        """Every (entry, ending) that a word with stars for letters may hide, in alphabetical order:
        `sh**` -> [("shit", "")]; "motherf***ers": the masked stem is an entry, the ending "ers"."""
        pattern = re.compile("".join("[a-z]" if c == "*" else re.escape(c) for c in word) + r"\Z")
        fits = [(w, "") for w in self._by_length.get(len(word), ()) if pattern.match(w)]
        if fits:
            return fits
        for ending in INFLECTIONS:
            if word.endswith(ending) and sum(c.isalpha() for c in word[: -len(ending)]) >= 2:
                stem = word[: -len(ending)]
                pattern = re.compile("".join("[a-z]" if c == "*" else re.escape(c) for c in stem) + r"\Z")
                fits = [(w, ending) for w in self._by_length.get(len(stem), ()) if pattern.match(w)]
                if fits:
                    return fits
        return []

    def find(self, doc: Document):
        """(token-or-phrase start, end, entry) for every match in the document, spans in the original."""
        hits = document_hits(doc)
        if hits:
            me = self.index
            for i, found in hits:
                for index, entry in found:
                    if index == me:
                        yield *doc.token_span(i), entry
        vocabulary = doc.vocabulary
        if (self.phrases and not self.phrase_keys.isdisjoint(vocabulary)
                and any(words <= vocabulary for words in self.phrase_words) and self.phrases.search(doc.phrase_text)):
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
