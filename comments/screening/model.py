"""Linear n-gram models (see models/PROVENANCE.md), run without scikit-learn.

A model file is JSON: {"name", "guideline", "bias", "weights": {feature: weight}}. A comment's
probability is the logistic of the bias plus the weights of the features it has. At load time the
models' weights become one matrix (feature row x model column), and each word remembers which rows
its own features are, so scoring every model costs one pass over the comment's words and one sum,
whatever the number of models.
"""
import json
import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from comments.screening.thresholds import FLAG, MODEL_ALONE_CEILING, MODEL_CONFIDENT

MODEL_DIR = Path(__file__).parent / "models"
QUOTED_TOKEN = "<quoted>"  # a quotation the comment reports (model_words)
VOCABULARY_FILE = "vocabulary.txt"  # written by bench/train.py (write_vocabulary)
# The shipped models. `offensive` and `promotion` learnt from public data sets; the others from our
# own labelled news comments, one per guideline that words alone cannot judge.
MODEL_FILES = ("offensive.json", "promotion.json", "threat.json", "personal_attack.json", "abuse.json",
               "vulgarity.json")
# The word weights of the learnt guideline heads (heads.py), scored in the same pass.
HEAD_FILES = ("head_offensive.json", "head_profanity.json", "head_vulgarity.json", "head_threat.json",
              "head_personal_attack.json", "head_abuse.json", "head_promotion.json")


def unmasked(word: str) -> str:
    """A swear word with stars for letters read as the word (`f***` as `fuck`, `motherf***ers` as
    `motherfuckers`) when the profanity word list has a word the stars may hide, as the rules read
    it; of several (`fuck`, `fcuk`), the one alt-profanity-check's corpus uses most (lowest IDF).
    Any other word as it is. So the learnt models and alt-profanity-check read a masked swear word
    as the word, not as an unknown token."""
    if "*" not in word or not any(c.isalpha() for c in word):
        return word
    from comments.screening.lexicon import lexicon
    from comments.screening.offensive_reference import document_frequency_rank

    fits = lexicon("profanity.txt").masked_entries(word)
    if not fits:
        return word
    entry, ending = min(fits, key=lambda fit: (document_frequency_rank(fit[0]), fit[0]))
    return entry + ending


def readable_words(doc) -> list[str]:
    """The comment's normalised words, masked swear words read as the word (`unmasked`)."""
    words = doc.word_texts
    return [unmasked(w) for w in words] if "*" in doc.text else words


def model_words(doc) -> list[str]:
    """The comment's readable words (`readable_words`), with each link made one word (`<newslink>`
    for a news source, `<link>` otherwise) and each quotation that the comment reports made one word
    (`<quoted>`: reported_speech.reported_quotations), so the models learn from what a link or a
    reported quotation is rather than from its wording: 'called migrants "vermin"' mentions a slur."""
    from comments.screening.promotion import links
    from comments.screening.reported_speech import reported_quotations

    spans = [(start, end, "<newslink>" if news else "<link>") for start, end, _, news in
             (links(doc) if "." in doc.text else ())]
    quotations = reported_quotations(doc.original)
    if quotations:
        spans = sorted(spans + [(start, end, QUOTED_TOKEN) for start, end in quotations
                                if not any(s < end and start < e for s, e, _ in spans)])
    if not spans:
        return readable_words(doc)
    words, i = [], 0
    for t in doc.words:
        while i < len(spans) and spans[i][1] <= t.start:
            words.append(spans[i][2])
            i += 1
        if not (i < len(spans) and spans[i][0] <= t.start < spans[i][1]):
            words.append(unmasked(t.text))
    words.extend(s[2] for s in spans[i:])
    return words


def features(doc) -> set[str]:
    """Word unigrams and bigrams, and character 4-grams inside words, of the normalised text."""
    words = model_words(doc)
    feats = set()
    for w in words:
        feats.update(word_features(w))
    feats.update(f"b:{a} {b}" for a, b in zip(words, words[1:]))
    return feats


def feature_count(words: list[str]) -> int:
    """How many distinct features `features` gives for these words (the learnt heads divide their
    word weights' sum by its square root: see heads.word_scale), without building the bigrams."""
    grams = set()
    for w in set(words):
        grams.update(word_features(w))
    return len(grams) + len(set(zip(words, words[1:])))


@lru_cache(maxsize=20_000)
def word_features(w: str) -> tuple[str, ...]:
    """A word's own features, its unigram and its character 4-grams (memoised: words repeat)."""
    if w[0] == "<":
        return (f"w:{w}",)
    padded = f"<{w}>"
    return (f"w:{w}", *(f"c:{padded[i:i + 4]}" for i in range(max(len(padded) - 3, 1))))


class LinearModel:
    """One model on its own, scored from feature strings (the shipped models run as a `ModelSet`)."""

    def __init__(self, spec: dict):
        self.name, self.guideline = spec["name"], spec["guideline"]
        self.bias, self.weights = spec["bias"], spec["weights"]

    def probability(self, feats: set[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


class ModelSet:
    """Every shipped model at once: one weight matrix, one lookup per word."""

    def __init__(self, models: list[LinearModel]):
        self.models = tuple(models)
        rows: dict[str, int] = {}
        for m in self.models:
            for feature in m.weights:
                rows.setdefault(feature, len(rows) + 1)  # row 0 stays zero, so no row number is falsy
        self.rows = rows
        self.weights = np.zeros((len(rows) + 1, len(self.models)))
        for column, m in enumerate(self.models):
            for feature, weight in m.weights.items():
                self.weights[rows[feature], column] = weight
        self.bias = np.array([m.bias for m in self.models])
        # Bigram rows by first word, then second: no string to build for a pair no model knows.
        # The same for a word's own features, keyed without their prefixes.
        self.bigrams: dict[str, dict[str, int]] = {}
        self.unigrams: dict[str, int] = {}
        self.chargrams: dict[str, int] = {}
        for feature, row in rows.items():
            kind, text = feature[:2], feature[2:]
            if kind == "b:":
                first, _, second = text.partition(" ")
                self.bigrams.setdefault(first, {})[second] = row
            elif kind == "w:":
                self.unigrams[text] = row
            elif kind == "c:":
                self.chargrams[text] = row
        self._word_rows = lru_cache(maxsize=50_000)(self._rows_of_word)
        self._word_weight = lru_cache(maxsize=50_000)(self._weight_of_word)

    def _weight_of_word(self, word: str, column: int) -> float:
        """What a word's own features (not its bigrams) add to model `column`."""
        return float(self.weights[list(self._word_rows(word)), column].sum())

    def _rows_of_word(self, word: str) -> tuple[int, ...]:
        """The rows of `word_features(word)`: its unigram and its character 4-grams."""
        unigram = self.unigrams.get(word)
        if word[0] == "<":
            return (unigram,) if unigram else ()
        padded = f"<{word}>"
        get = self.chargrams.get
        grams = filter(None, map(get, [padded[i:i + 4] for i in range(max(len(padded) - 3, 1))]))
        return (unigram, *grams) if unigram else tuple(grams)

    def feature_rows(self, words: list[str]) -> set[int]:
        """The weight rows of a comment's features (the same features as `features`)."""
        found = set()
        bigrams = self.bigrams
        for first, second in zip(words, words[1:]):
            seconds = bigrams.get(first)
            if seconds is not None:
                row = seconds.get(second)
                if row:
                    found.add(row)
        for rows in map(self._word_rows, words):
            found.update(rows)
        return found

    def log_odds(self, doc, words: list[str] | None = None) -> list[float]:
        """Each model's log-odds for the comment, in the order of `self.models` (words: the
        comment's `model_words`, when already known)."""
        rows = self.feature_rows(model_words(doc) if words is None else words)
        if rows:
            return (self.weights.take(np.fromiter(rows, np.intp, len(rows)), axis=0).sum(axis=0) + self.bias).tolist()
        return self.bias.tolist()

    def probabilities(self, doc) -> list[float]:
        """Each model's probability for the comment, in the order of `self.models`."""
        return [1.0 / (1.0 + math.exp(-x)) if x > -30 else 0.0 for x in self.log_odds(doc)]

    def strongest_words(self, doc, column: int) -> tuple[int, int] | None:
        """The span, in the original text, of the run of up to four words that pushes model
        `column` up the most (each word's own features plus half of each bigram it is part of),
        for the moderator's highlight."""
        words = doc.words
        texts = [t.text for t in words]
        if not texts or len(texts) != len(model_words(doc)):
            return None  # links were folded into one word: no word-for-word mapping
        weight = self.models[column].weights.get
        score = [self._word_weight(w, column) for w in texts]
        for i, (a, b) in enumerate(zip(texts, texts[1:])):
            half = weight(f"b:{a} {b}", 0.0) / 2
            score[i] += half
            score[i + 1] += half
        best, span = 0.0, None
        for first in range(len(texts)):
            total = 0.0
            for last in range(first, min(first + 4, len(texts))):
                total += score[last]
                if total > best:
                    best, span = total, (words[first].start, words[last].end)
        return span


@lru_cache(maxsize=None)
def model_set() -> ModelSet | None:
    """The older models and the heads' word weights as one set, scored in one pass."""
    loaded = []
    for name in MODEL_FILES + HEAD_FILES:
        path = MODEL_DIR / name
        if path.exists():
            loaded.append(LinearModel(json.loads(path.read_text(encoding="utf-8"))))
    return ModelSet(loaded) if loaded else None


@lru_cache(maxsize=None)
def known_words() -> frozenset:
    """The words of the heads' training texts (`models/vocabulary.txt`, written by `make train`):
    a dictionary of the words comments use, for reading a stretched or doubled word
    (`Document(text, known=...)`)."""
    path = MODEL_DIR / VOCABULARY_FILE
    if not path.exists():
        return frozenset()
    return frozenset(path.read_text(encoding="utf-8").split())


def predict(doc, rule_scores: dict, doubted: dict | None = None, log_odds: list | None = None):
    """(guideline, score, rule, span) from each older model; rule and span are None unless the model
    alone flags its guideline, when span may still be None (no word-for-word mapping).

    A model's probability becomes the guideline's score when it reaches that guideline's
    MODEL_CONFIDENT, unless `doubted[guideline]` (each phase's `doubts_model`, computed once by
    `pipeline.read`) says the comment reads otherwise; below it, or when doubted, the model only
    ranks (its score stays under the flag).
    """
    doubted = doubted or {}
    models = model_set()
    if models is None:
        return []
    out = []
    log_odds = models.log_odds(doc) if log_odds is None else log_odds
    for column, (m, z) in enumerate(zip(models.models, log_odds)):
        if m.name.startswith("head_"):
            continue
        p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
        confident = MODEL_CONFIDENT.get(m.guideline, 1.0)
        trusted = p >= confident and not doubted.get(m.guideline, False)
        # Below its confidence a model only ranks: its probability is scaled under the flag.
        score = p if trusted else MODEL_ALONE_CEILING * min(p / confident, 1.0)
        # Point at the words behind the flag when no rule has already pointed at some.
        alone = score >= FLAG[m.guideline] > rule_scores[m.guideline]
        if alone:
            out.append((m.guideline, score, f"model {m.name} (p={p:.2f})", models.strongest_words(doc, column)))
        else:
            out.append((m.guideline, score, None, None))
    return out
