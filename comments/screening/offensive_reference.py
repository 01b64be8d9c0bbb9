"""alt-profanity-check's probability that a text is offensive, computed without its per-call cost.

alt-profanity-check (MIT) ships a TF-IDF word model with a linear SVM, calibrated over five folds,
trained on the Jigsaw Wikipedia comments and on all of Davidson's tweets. It ranks general insults
and swearing better than anything trained on our sets alone, so the guideline heads take its
log-odds as a fixed term (`heads.py`). Calling the package costs about 7 ms a comment, nearly all of
it scikit-learn's overhead for one row; this reads the same model files from the installed package
once and scores a comment in tens of microseconds (70 µs against 5.5 ms on long news comments),
equal to the package to within rounding
(tests/test_screening_reference_model.py).
"""
import math
import re
from functools import lru_cache

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # the vectoriser's token pattern


@lru_cache(maxsize=1)
def _model():
    from importlib import resources

    import joblib

    data = resources.files("profanity_check") / "data"
    vectoriser = joblib.load(data / "vectorizer.joblib")
    calibrated = joblib.load(data / "model.joblib")
    folds = calibrated.calibrated_classifiers_
    idf = vectoriser.idf_
    weights = {}
    for word, column in vectoriser.vocabulary_.items():
        weights[word] = (float(idf[column]), tuple(float(f.estimator.coef_[0, column]) for f in folds))
    folds = tuple((float(f.estimator.intercept_[0]), float(f.calibrators[0].a_), float(f.calibrators[0].b_))
                  for f in folds)
    return weights, folds


def probability(text: str) -> float:
    weights, folds = _model()
    counts = {}
    for token in TOKEN.findall(text.lower()):
        if token in weights:
            counts[token] = counts.get(token, 0) + 1
    norm_sq, sums = 0.0, [0.0] * len(folds)
    for token, count in counts.items():
        idf, coefs = weights[token]
        value = count * idf
        norm_sq += value * value
        for k, c in enumerate(coefs):
            sums[k] += value * c
    norm = math.sqrt(norm_sq) or 1.0
    total = 0.0
    for k, (intercept, a, b) in enumerate(folds):
        decision = sums[k] / norm + intercept
        total += 1.0 / (1.0 + math.exp(a * decision + b))
    return total / len(folds)


def document_frequency_rank(word: str) -> float:
    """The word's IDF in alt-profanity-check's vocabulary (lower: more common there), or infinity."""
    known = _model()[0].get(word)
    return known[0] if known else math.inf


def log_odds(text: str) -> float:
    p = min(max(probability(text), 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))
