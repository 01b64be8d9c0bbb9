"""Train the linear models from labelled JSON Lines and export them for `model.py`.

Training needs scikit-learn; running the classifier does not. Rebuild the shipped models with

    python manage.py train_screening   # defaults: the shared data sets' training splits

A row is {"id", "text", "labels"}; a model for guideline G learns "labels include one of
TARGETS[G]" against everything else. Rows whose id is in the held-out split (numeric id suffix
divisible by 5, as ../shared/datasets/README.md defines) are never used for training.
"""
import json
import re
from pathlib import Path

from comments.screening.model import MODEL_DIR, features
from comments.screening.normalise import Document

# model file -> (guideline it scores, labels that count as positive, how it learns, default C)
# "logistic": logistic regression on the binary features. "logistic+nb": the mean of that
# model's logit and the logit of one trained on features scaled by their naive-Bayes log-count
# ratio (Wang & Manning 2012); on our news comments, one writer's batch held out at a time, the
# pair flags slightly more violations at the same rate of false flags than either alone. The
# mean is exported as one set of plain weights (a scaled feature's weight times its ratio).
TARGETS = {
    "offensive.json": ("profanity", {"profanity", "vulgarity", "abuse"}, "logistic", 0.5),
    "promotion.json": ("promotion", {"promotion"}, "logistic", 0.5),
    "threat.json": ("threat", {"threat"}, "logistic+nb", 0.5),
    "personal_attack.json": ("personal_attack", {"personal_attack"}, "logistic+nb", 0.5),
    "abuse.json": ("abuse", {"abuse"}, "logistic+nb", 0.5),
    "vulgarity.json": ("vulgarity", {"vulgarity"}, "logistic+nb", 0.5),
}
KEEP_FEATURES = 20000


def is_held_out(row_id: str) -> bool:
    """The shared data sets' test split: davidson-N with N % 5 == 0; yt-NN-RRR-… with RRR % 5 == 0."""
    match = re.match(r"^yt-\d+-(\d+)", row_id) or re.match(r"^davidson-(\d+)$", row_id)
    return bool(match) and int(match.group(1)) % 5 == 0


def read_rows(paths):
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def nb_ratios(X, y):
    """Each feature's log-count ratio: log of its share among positives over its share among negatives."""
    import numpy as np

    y = np.asarray(y, dtype=bool)
    positive = 1.0 + np.asarray(X[y].sum(axis=0)).ravel()
    negative = 1.0 + np.asarray(X[~y].sum(axis=0)).ravel()
    return np.log((positive / positive.sum()) / (negative / negative.sum()))


def train(model_file: str, paths, *, C: float | None = None, keep: int = KEEP_FEATURES, out_dir: Path = MODEL_DIR) -> dict:
    import scipy.sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    guideline, positive, method, default_C = TARGETS[model_file]
    C = default_C if C is None else C
    rows = [r for r in read_rows(paths) if not is_held_out(str(r["id"]))]
    X_dicts = [dict.fromkeys(features(Document(r["text"])), 1) for r in rows]
    y = [1 if positive & set(r["labels"]) else 0 for r in rows]
    vectoriser = DictVectorizer()
    X = vectoriser.fit_transform(X_dicts)
    classifier = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(X, y)
    weights, bias = classifier.coef_[0], classifier.intercept_[0]
    if method == "logistic+nb":  # the mean of the two models' logits is itself one linear model
        ratios = nb_ratios(X, y)
        scaled = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(X @ scipy.sparse.diags(ratios), y)
        weights = (weights + scaled.coef_[0] * ratios) / 2
        bias = (bias + scaled.intercept_[0]) / 2
    names = vectoriser.get_feature_names_out()
    order = sorted(range(len(names)), key=lambda i: -abs(weights[i]))[:keep]
    spec = {
        "name": model_file.removesuffix(".json"),
        "guideline": guideline,
        "bias": round(float(bias), 5),
        "weights": {names[i]: round(float(weights[i]), 5) for i in sorted(order, key=lambda i: names[i])},
        "trained_on": [str(p) for p in paths],
        "rows": len(rows),
        "positives": sum(y),
        "C": C,
        "method": method,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / model_file).write_text(json.dumps(spec, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return spec
