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

# model file -> (guideline it scores, labels that count as positive)
TARGETS = {
    "offensive.json": ("profanity", {"profanity", "vulgarity", "abuse"}),
    "promotion.json": ("promotion", {"promotion"}),
    "threat.json": ("threat", {"threat"}),
    "personal_attack.json": ("personal_attack", {"personal_attack"}),
    "abuse.json": ("abuse", {"abuse"}),
    "vulgarity.json": ("vulgarity", {"vulgarity"}),
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


def train(model_file: str, paths, *, C: float = 0.5, keep: int = KEEP_FEATURES, out_dir: Path = MODEL_DIR) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    guideline, positive = TARGETS[model_file]
    rows = [r for r in read_rows(paths) if not is_held_out(str(r["id"]))]
    X_dicts = [dict.fromkeys(features(Document(r["text"])), 1) for r in rows]
    y = [1 if positive & set(r["labels"]) else 0 for r in rows]
    vectoriser = DictVectorizer()
    X = vectoriser.fit_transform(X_dicts)
    classifier = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    classifier.fit(X, y)
    names = vectoriser.get_feature_names_out()
    weights = classifier.coef_[0]
    order = sorted(range(len(names)), key=lambda i: -abs(weights[i]))[:keep]
    spec = {
        "name": model_file.removesuffix(".json"),
        "guideline": guideline,
        "bias": round(float(classifier.intercept_[0]), 5),
        "weights": {names[i]: round(float(weights[i]), 5) for i in sorted(order, key=lambda i: names[i])},
        "trained_on": [str(p) for p in paths],
        "rows": len(rows),
        "positives": sum(y),
        "C": C,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / model_file).write_text(json.dumps(spec, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return spec
