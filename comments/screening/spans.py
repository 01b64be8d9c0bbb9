"""Which words of a comment are the offence: a word model learnt from the `toxic_spans` posts.

SemEval-2021 task 5's annotators marked, in 10,000 toxic news comments, the characters that make
each comment toxic. `bench/train.py` (`make train`) learns from their training split which words
they marked: a logistic regression over each word's own features (the word, its character 4-grams,
so that "idiots" learns from "idiot") and its neighbours, written to `models/spans.json`. A
moderator is then shown the words the annotators would have marked, instead of every word a
verdict's model happens to weigh.

`offending_words(doc)` gives the spans (in the original text) of the words whose probability
reaches the file's `threshold`, chosen out of fold for the best span F1 on the training posts.
"""
import json
import math
from functools import lru_cache

from comments.screening import model as ngram
from comments.screening.model import MODEL_DIR

SPANS_FILE = "spans.json"


def word_features(words: list[str], k: int) -> list[str]:
    """What the model weighs for word `k` of a comment's normalised words: the word's own features
    (the word and its character 4-grams, as the n-gram models read it: `model.word_features`) and
    the words either side."""
    return [*ngram.word_features(words[k]), f"prev:{words[k - 1] if k else '^'}",
            f"next:{words[k + 1] if k + 1 < len(words) else '$'}"]


@lru_cache(maxsize=None)
def spec() -> dict | None:
    path = MODEL_DIR / SPANS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


@lru_cache(maxsize=50_000)
def _own_weight(word: str) -> float:
    """The bias plus what a word's own features (the word, its character 4-grams) weigh: the same
    wherever the word stands, so worked out once per word."""
    weights = spec()["weights"]
    return spec()["bias"] + sum(weights.get(f, 0.0) for f in ngram.word_features(word))


@lru_cache(maxsize=None)
def _neighbour_weights() -> tuple[dict, dict]:
    """What each word weighs as the word before, and as the word after, another: keyed by the word
    itself ("^" and "$" for the comment's edges), so that no feature string is built per word."""
    before, after = {}, {}
    for feature, weight in spec()["weights"].items():
        kind, _, word = feature.partition(":")
        if kind == "prev":
            before[word] = weight
        elif kind == "next":
            after[word] = weight
    return before, after


def word_probabilities(words: list[str]) -> list[float]:
    """Each word's probability of being part of the offence (empty without the model file): the
    same sum as over `word_features`, with each word's own part memoised."""
    if spec() is None:
        return []
    before, after = _neighbour_weights()
    previous, following = before.get, after.get
    out = []
    for word, left, right in zip(words, ["^", *words], [*words[1:], "$"]):
        z = _own_weight(word) + previous(left, 0.0) + following(right, 0.0)
        out.append(1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0)
    return out


def offending_words(doc) -> list[tuple[int, int]]:
    """Spans, in the original text, of the words the model marks as the offence."""
    model = spec()
    if model is None:
        return []
    probabilities = word_probabilities(doc.word_texts)
    return [doc.word_span(k) for k, p in enumerate(probabilities) if p >= model["threshold"]]
