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


def word_probabilities(words: list[str]) -> list[float]:
    """Each word's probability of being part of the offence (empty without the model file): the
    same sum as over `word_features`, with each word's own part memoised."""
    model = spec()
    if model is None:
        return []
    get = model["weights"].get
    out = []
    last = len(words) - 1
    for k, word in enumerate(words):
        z = (_own_weight(word) + get(f"prev:{words[k - 1] if k else '^'}", 0.0)
             + get(f"next:{words[k + 1] if k < last else '$'}", 0.0))
        out.append(1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0)
    return out


def offending_words(doc) -> list[tuple[int, int]]:
    """Spans, in the original text, of the words the model marks as the offence."""
    model = spec()
    if model is None:
        return []
    tokens = doc.words
    probabilities = word_probabilities([t.text for t in tokens])
    return [(t.start, t.end) for t, p in zip(tokens, probabilities) if p >= model["threshold"]]
