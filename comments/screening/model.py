"""Linear n-gram models, trained on public data sets (see models/PROVENANCE.md), run in plain Python.

A model file is JSON: {"name", "guideline", "bias", "weights": {feature: weight}}. Inference is a
sum of the weights of the features a comment has, so it needs neither scikit-learn nor pickle.
"""
import json
import math
from functools import lru_cache
from pathlib import Path

from comments.screening.promotion import has_selling_cue
from comments.screening.thresholds import MODEL_ALONE_CEILING, MODEL_CONFIDENT

MODEL_DIR = Path(__file__).parent / "models"
MODEL_FILES = ("offensive.json", "promotion.json")


def features(doc) -> set[str]:
    """Word unigrams and bigrams, and character 4-grams inside words, of the normalised text.

    A link becomes one word, `<newslink>` for a news source and `<link>` otherwise, so the
    models learn from what a link is rather than from its spelling.
    """
    from comments.screening.promotion import links

    spans = links(doc) if "." in doc.text else []
    if spans:
        words, i = [], 0
        for t in doc.words:
            while i < len(spans) and spans[i][1] <= t.start:
                words.append("<newslink>" if spans[i][3] else "<link>")
                i += 1
            if not (i < len(spans) and spans[i][0] <= t.start < spans[i][1]):
                words.append(t.text)
        words.extend("<newslink>" if s[3] else "<link>" for s in spans[i:])
    else:
        words = [t.text for t in doc.words]
    feats = set()
    for w in words:
        feats.update(_word_features(w))
    feats.update(f"b:{a} {b}" for a, b in zip(words, words[1:]))
    return feats


@lru_cache(maxsize=20_000)
def _word_features(w: str) -> tuple[str, ...]:
    """A word's own features, its unigram and its character 4-grams (memoised: words repeat)."""
    if w[0] == "<":
        return (f"w:{w}",)
    padded = f"<{w}>"
    return (f"w:{w}", *(f"c:{padded[i:i + 4]}" for i in range(max(len(padded) - 3, 1))))


class LinearModel:
    def __init__(self, spec: dict):
        self.name, self.guideline = spec["name"], spec["guideline"]
        self.bias, self.weights = spec["bias"], spec["weights"]
        self.known = frozenset(self.weights)

    def probability(self, feats: set[str]) -> float:
        weights = self.weights
        z = self.bias + sum(map(weights.__getitem__, feats & self.known))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@lru_cache(maxsize=None)
def models() -> tuple[LinearModel, ...]:
    loaded = []
    for name in MODEL_FILES:
        path = MODEL_DIR / name
        if path.exists():
            loaded.append(LinearModel(json.loads(path.read_text(encoding="utf-8"))))
    return tuple(loaded)


def predict(doc, rule_scores: dict):
    """(guideline, score, rule) from each model. A model alone stays below the flag unless it is very sure."""
    if not models():
        return []
    feats = features(doc)
    out = []
    for m in models():
        p = m.probability(feats)
        confident = MODEL_CONFIDENT.get(m.guideline, 1.0)
        # The offensive model cannot tell swearing from slurs or crude words: when a word list has
        # already named what is wrong, the model only ranks.
        explained = m.guideline == "profanity" and any(rule_scores[g] >= 0.5 for g in ("abuse", "vulgarity"))
        if m.guideline == "promotion" and p >= confident and not has_selling_cue(doc):
            explained = True
        score = p if p >= confident and not explained else min(p, MODEL_ALONE_CEILING)
        out.append((m.guideline, score, f"model {m.name} (p={p:.2f})"))
    return out
