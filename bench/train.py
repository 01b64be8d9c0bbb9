#!/usr/bin/env python3
"""Rebuild the guideline heads from real data: `make train` (about 5 minutes on this machine).

    .venv/bin/python bench/train.py                 # writes comments/screening/models/heads.json + head_*.json
    .venv/bin/python bench/train.py --loso gab_hate # trains without gab_hate, scores its test split
    .venv/bin/python bench/train.py --heads promotion  # retrains the promotion head alone

The rows are bench/train_data.py's (real training splits in English and our own comments, never
c3_globe, never a test split, never a blind file). Each comment is read by the runtime's own code
(`featurise`), so the heads learn from exactly what `screen()` computes. Deterministic: the same
data gives the same files.
"""
import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
import train_data  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from comments.screening import GUIDELINES, heads, model, pipeline, signals  # noqa: E402
from comments.screening.normalise import Document  # noqa: E402

MIN_COUNT = 3  # a word feature must occur in this many training texts
KEEP = 25_000  # word features kept per head, by weight (the rest change AUC by under 0.005)
C = 2.0
APC_WEIGHT = 1.0
# Each comment's word features are scaled to unit length (heads.word_scale): unscaled, a long
# comment's many words swamp alt-profanity-check's term and the rules' signals.
WORD_NORM = "sqrt_count"
FOLDS = 3
# Our own comments are the only rows labelled for all six guidelines in a news site's voice, with
# hard negatives (violence reported as news, groups named neutrally): each counts this many times.
OWN_WEIGHT = 4.0
# Where the offensive head flags: at most this share of the acceptable news comments it learnt from
# (ours, and toxic_spans posts with their spans cut out), out of fold. Each guideline head flags
# where its out-of-fold F1 on our comments is best (best_f1_point). A guideline's learnt score
# needs both (heads.combine), and is then averaged with the rules'.
OFFENSIVE_FALSE_ALARMS = 0.10


def featurise(text: str):
    """(word features, dense signals, alt-profanity-check log-odds, the rules' way's log-odds per
    guideline) as screen() computes them."""
    reading = pipeline.read(text)
    rules_way = {g: pipeline.log_odds_of(s) for g, s in reading.rule_model_scores.items()}
    return model.features(reading.doc), reading.dense, reading.reference_log_odds, rules_way


class Features:
    """Every text featurised once; matrices over a vocabulary fitted on the training rows."""

    def __init__(self, texts):
        started = time.perf_counter()
        self.texts = list(dict.fromkeys(texts))
        self.index = {t: i for i, t in enumerate(self.texts)}
        self.read = [featurise(t) for t in self.texts]
        self.scale = np.array([1.0 / np.sqrt(max(len(r[0]), 1)) for r in self.read])
        self.dense_names = sorted(self.read[0][1]) if self.read else []
        self.apc = np.array([r[2] for r in self.read])
        self.rules_way = {g: np.array([r[3][g] for r in self.read]) for g in GUIDELINES}
        print(f"read {len(self.texts):,} texts in {time.perf_counter() - started:.0f} s", file=sys.stderr)

    def vocabulary(self, texts):
        counts = Counter()
        for t in texts:
            counts.update(self.read[self.index[t]][0])
        return sorted(f for f, n in counts.items() if n >= MIN_COUNT)

    def matrix(self, texts, vocabulary):
        column = {f: j for j, f in enumerate(vocabulary)}
        width = len(vocabulary)
        rows, cols, vals = [], [], []
        for i, t in enumerate(texts):
            words, dense = self.read[self.index[t]][:2]
            scale = self.scale[self.index[t]]
            for f in words:
                j = column.get(f)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
                    vals.append(scale)
            for k, name in enumerate(self.dense_names):
                if dense[name]:
                    rows.append(i)
                    cols.append(width + k)
                    vals.append(dense[name])
        return sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), width + len(self.dense_names)))


def without_shape(X, width: int, dense_names: list):
    """X with the shape signals' columns (signals.shape) emptied: every head but promotion learns
    nothing from them (they would learn the data sets' quirks: spam shouts, hate rarely quotes prices)."""
    shape = [width + k for k, name in enumerate(dense_names) if name.startswith(signals.SHAPE_PREFIX)]
    if not shape:
        return X
    keep = np.ones(X.shape[1])
    keep[shape] = 0.0
    return (X @ sp.diags(keep)).tocsr()


def fit(X, y, weights=None):
    return LogisticRegression(C=C, max_iter=500).fit(X, y, sample_weight=weights)


def out_of_fold(X, y, weights, extra=None):
    """Each row's decision value from a head fitted on the other folds (extra: added to it)."""
    values = np.zeros(len(y))
    for train_idx, test_idx in StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(X, y):
        values[test_idx] = fit(X[train_idx], y[train_idx], weights[train_idx]).decision_function(X[test_idx])
    return values if extra is None else values + extra


def flag_point(values, news_acceptable, share) -> float:
    """The log-odds from which a head flags: the lowest that flags at most `share` of the
    acceptable news comments among the training rows (out of fold)."""
    ranked = np.sort(values[news_acceptable])[::-1]
    return float(ranked[int(share * len(ranked))])


def best_f1_point(values, y) -> float:
    """The log-odds from which a guideline head flags: where its out-of-fold F1 on our own news
    comments (the only rows labelled for all six guidelines in a news site's voice) is highest."""
    order = np.argsort(-values, kind="stable")
    hits = np.cumsum(y[order])
    f1 = 2 * hits / (np.arange(1, len(y) + 1) + y.sum())
    return float(values[order][int(np.argmax(f1))])


def is_news_acceptable(row) -> bool:
    """Acceptable text from a news site: ours, or a toxic_spans post with its toxic spans cut out."""
    return row.labels == () and row.source in ("ours", "toxic_spans")


OUT_OF_FOLD = {}  # head -> (row indices, targets, out-of-fold log-odds) of the last `train`, for diagnostics


def train(features: Features, rows, log=print, only=None):
    """Fit every head on `rows` (or the offensive head and the guideline heads in `only`); returns
    (vocabulary, {head: (weights, bias, stack, flag)})."""
    texts = [r.text for r in rows]
    vocabulary = features.vocabulary(texts)
    promotion_X = features.matrix(texts, vocabulary)
    X = without_shape(promotion_X, len(vocabulary), features.dense_names)  # shape signals: promotion's alone
    apc = features.apc[[features.index[t] for t in texts]]
    news = np.array([is_news_acceptable(r) for r in rows])
    weights = np.array([OWN_WEIGHT if r.source == "ours" else 1.0 for r in rows])
    fitted, report = {}, {}

    started = time.perf_counter()
    offensive_y = np.array([train_data.target(r, heads.OFFENSIVE) for r in rows])
    oof = out_of_fold(X, offensive_y, weights, APC_WEIGHT * apc)
    offensive_model = fit(X, offensive_y, weights)
    fitted[heads.OFFENSIVE] = (offensive_model.coef_[0], float(offensive_model.intercept_[0]), 0.0, flag_point(oof, news, OFFENSIVE_FALSE_ALARMS))
    OUT_OF_FOLD[heads.OFFENSIVE] = (np.arange(len(rows)), offensive_y, oof)
    log(f"  offensive: {len(rows):,} rows, {offensive_y.mean():.1%} positive, {time.perf_counter() - started:.0f} s")

    column = sp.csr_matrix(oof[:, None] / heads.STACK_SCALE)
    stacked = sp.hstack([X, column]).tocsr()
    promotion_stacked = sp.hstack([promotion_X, column]).tocsr()
    for g in GUIDELINES if only is None else [g for g in GUIDELINES if g in only]:
        started = time.perf_counter()
        targets = [train_data.target(r, g) for r in rows]
        keep = np.array([i for i, v in enumerate(targets) if v is not None])
        y = np.array([targets[i] for i in keep])
        matrix = promotion_stacked if g == "promotion" else stacked
        values = out_of_fold(matrix[keep], y, weights[keep])
        ours = np.array([rows[i].source == "ours" for i in keep])
        flag = best_f1_point(values[ours], y[ours])
        m = fit(matrix[keep], y, weights[keep])
        OUT_OF_FOLD[g] = (keep, y, values)
        fitted[g] = (m.coef_[0][:-1], float(m.intercept_[0]), float(m.coef_[0][-1]), flag)
        found = values[y == 1] >= flag
        log(f"  {g}: {len(keep):,} rows, {int(y.sum()):,} positive, flags from log-odds {flag:.2f}, "
            f"finding {found.mean():.1%} of all positives out of fold; {time.perf_counter() - started:.0f} s")
    return vocabulary, fitted


def log_odds(features: Features, vocabulary, fitted, texts) -> dict:
    """{guideline: array of log-odds past the flag point} for `texts`, as `screen` computes them."""
    X = features.matrix(texts, vocabulary)
    apc = features.apc[[features.index[t] for t in texts]]
    weights, bias, _, _ = fitted[heads.OFFENSIVE]
    z = {heads.OFFENSIVE: X @ weights + bias + APC_WEIGHT * apc}
    for g in GUIDELINES:
        weights, bias, stack, _ = fitted[g]
        z[g] = X @ weights + bias + stack * z[heads.OFFENSIVE] / heads.STACK_SCALE
    flags = {name: f[3] for name, f in fitted.items()}
    learnt = heads.combine(z, flags, np=np)
    own = {g: z[g] - flags[g] for g in GUIDELINES}
    rules_way = {g: features.rules_way[g][[features.index[t] for t in texts]] for g in GUIDELINES}
    return pipeline.blend(rules_way, learnt, own, np=np)


def export(features: Features, vocabulary, fitted, rows, out_dir: Path = model.MODEL_DIR):
    spec = {"apc_weight": APC_WEIGHT, "dense_names": features.dense_names, "heads": {},
            "trained_on": sorted(Counter(r.source for r in rows).items()), "rows": len(rows),
            "built_by": "bench/train.py", "C": C, "min_count": MIN_COUNT, "keep": KEEP,
            "offensive_false_alarms": OFFENSIVE_FALSE_ALARMS, "own_weight": OWN_WEIGHT,
            "word_norm": WORD_NORM}
    write_heads(spec, features, vocabulary, fitted, out_dir)
    (out_dir / heads.HEADS_FILE).write_text(json.dumps(spec, ensure_ascii=False, indent=1), encoding="utf-8")


def export_some(features: Features, vocabulary, fitted, rows, names, out_dir: Path = model.MODEL_DIR):
    """Replace only the heads `names` in the shipped files, keeping the others as they are, and
    record it in heads.json's `retrained` list."""
    spec = json.loads((out_dir / heads.HEADS_FILE).read_text(encoding="utf-8"))
    spec["dense_names"] = sorted(set(spec["dense_names"]) | set(features.dense_names))
    spec.setdefault("retrained", []).append({
        "heads": list(names), "built_by": "bench/train.py --heads", "rows": len(rows),
        "trained_on": sorted(Counter(r.source for r in rows).items()), "dense_names": features.dense_names,
    })
    write_heads(spec, features, vocabulary, {n: fitted[n] for n in names}, out_dir)
    (out_dir / heads.HEADS_FILE).write_text(json.dumps(spec, ensure_ascii=False, indent=1), encoding="utf-8")


def write_heads(spec, features: Features, vocabulary, fitted, out_dir: Path):
    width = len(vocabulary)
    for name, (weights, bias, stack, flag) in fitted.items():
        dense = {n: round(float(weights[width + k]), 5) for k, n in enumerate(features.dense_names)
                 if round(float(weights[width + k]), 5)}
        spec["heads"][name] = {"bias": round(bias, 5), "stack": round(stack, 5), "flag": round(flag, 5),
                               "dense": dense}
        words = weights[:width]
        order = np.argsort(-np.abs(words), kind="stable")[:KEEP]
        sparse = {"name": f"head_{name}", "guideline": name, "bias": 0.0,
                  "weights": {vocabulary[i]: round(float(words[i]), 5) for i in sorted(order, key=lambda i: vocabulary[i])
                              if round(float(words[i]), 5)}}
        (out_dir / heads.head_file(name)).write_text(json.dumps(sparse, ensure_ascii=False, separators=(",", ":")),
                                                    encoding="utf-8")


def write_vocabulary(texts, out_dir: Path = model.MODEL_DIR, min_count: int = 3) -> int:
    """The dictionary a stretched or doubled word is read against (`model.known_words`): every
    word of the training texts that occurs at least `min_count` times and holds no letter three
    times running (`shiiit` is an evasion, not a word). A larger dictionary protects real words
    (`Shiite`, `Aarron`) from being read as shorter ones."""
    from comments.screening.normalise import STRETCHED, Document

    counts = Counter()
    for text in texts:
        counts.update(w for w in Document(text).word_texts if w.isalpha() and not STRETCHED.search(w))
    words = sorted(w for w, n in counts.items() if n >= min_count)
    (out_dir / model.VOCABULARY_FILE).write_text("\n".join(words) + "\n", encoding="utf-8")
    model.known_words.cache_clear()
    return len(words)


SPANS_C = 0.3
SPANS_MIN_COUNT = 2  # a word feature must occur in this many training words


def span_rows(posts):
    """(normalised words, per word 1 if it overlaps a marked span, document, marked characters)
    of each toxic_spans post."""
    known = model.known_words()
    out = []
    for post in posts:
        doc = Document(post["text"], known=known)
        gold = {i for start, end in post.get("spans") or () for i in range(start, end)}
        tokens = doc.words
        out.append(([t.text for t in tokens], [int(any(i in gold for i in range(t.start, t.end))) for t in tokens],
                    tokens, gold))
    return out


def fit_spans(rows):
    """A logistic regression over each word's features (spans.word_features): (vocabulary, model)."""
    from comments.screening import spans

    counts = Counter(f for words, *_ in rows for k in range(len(words)) for f in spans.word_features(words, k))
    vocabulary = sorted(f for f, n in counts.items() if n >= SPANS_MIN_COUNT)
    column = {f: j for j, f in enumerate(vocabulary)}
    indices, indptr, labels = [], [0], []
    for words, marked, *_ in rows:
        for k in range(len(words)):
            indices.extend(sorted({column[f] for f in spans.word_features(words, k) if f in column}))
            indptr.append(len(indices))
            labels.extend(marked[k:k + 1])
    X = sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(indptr) - 1, len(vocabulary)))
    return vocabulary, LogisticRegression(C=SPANS_C, max_iter=1000).fit(X, np.array(labels))


def span_probabilities(vocabulary, fitted, rows):
    from comments.screening import spans

    weights = dict(zip(vocabulary, fitted.coef_[0]))
    bias = float(fitted.intercept_[0])
    out = []
    for words, *_ in rows:
        z = [bias + sum(weights.get(f, 0.0) for f in spans.word_features(words, k)) for k in range(len(words))]
        out.append(1 / (1 + np.exp(-np.array(z))) if z else np.array([]))
    return out


def mean_span_f1(rows, probabilities, threshold):
    import evaluate

    return float(np.mean([
        evaluate.span_f1({i for t, p in zip(tokens, probs) if p >= threshold for i in range(t.start, t.end)}, gold)
        for (_, _, tokens, gold), probs in zip(rows, probabilities)
    ]))


def train_spans(out_dir: Path = model.MODEL_DIR) -> dict:
    """Learn which words the toxic_spans annotators marked (comments/screening/spans.py) from its
    training split; the threshold is the one with the best span F1 out of fold (3 folds)."""
    import real_data

    from comments.screening import spans

    started = time.perf_counter()
    rows = span_rows(real_data.rows(real_data.BY_NAME["toxic_spans"], split="train"))
    out_of_fold = [None] * len(rows)
    for fold in range(FOLDS):
        held = [i for i in range(len(rows)) if i % FOLDS == fold]
        vocabulary, fitted = fit_spans([rows[i] for i in range(len(rows)) if i % FOLDS != fold])
        for i, probs in zip(held, span_probabilities(vocabulary, fitted, [rows[i] for i in held])):
            out_of_fold[i] = probs
    thresholds = [step / 20 for step in range(2, 16)]
    scores = {t: mean_span_f1(rows, out_of_fold, t) for t in thresholds}
    threshold = max(thresholds, key=scores.get)
    vocabulary, fitted = fit_spans(rows)
    weights = {f: round(float(w), 4) for f, w in zip(vocabulary, fitted.coef_[0]) if round(float(w), 4)}
    written = {"bias": round(float(fitted.intercept_[0]), 4), "threshold": threshold,
               "out_of_fold_span_f1": round(scores[threshold], 4), "trained_on": "toxic_spans (train split, CC0)",
               "posts": len(rows), "C": SPANS_C, "min_count": SPANS_MIN_COUNT, "built_by": "bench/train.py",
               "weights": dict(sorted(weights.items()))}
    (out_dir / spans.SPANS_FILE).write_text(json.dumps(written, ensure_ascii=False, separators=(",", ":")),
                                           encoding="utf-8")
    spans.spec.cache_clear()
    spans._own_weight.cache_clear()
    print(f"spans.json: threshold {threshold}, out-of-fold span F1 {scores[threshold]:.3f} on {len(rows):,} "
          f"toxic_spans training posts, {len(weights):,} weights; {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loso", help="train without this source and score its test split (nothing is written)")
    parser.add_argument("--spans-only", action="store_true", help="only rebuild the word model (spans.json)")
    parser.add_argument("--heads", help="only retrain these guideline heads (comma-separated), keeping the other "
                                        "shipped files as they are")
    args = parser.parse_args(argv)
    if args.spans_only:
        train_spans()
        return
    if args.heads:
        names = args.heads.split(",")
        unknown = set(names) - set(GUIDELINES)
        if unknown:
            sys.exit(f"train: --heads takes guidelines ({', '.join(GUIDELINES)}); not {sorted(unknown)}")
        rows = train_data.rows()
        features = Features([r.text for r in rows])
        vocabulary, fitted = train(features, rows, only=names)
        export_some(features, vocabulary, fitted, rows, names)
        print(f"replaced {', '.join(names)} in {heads.HEADS_FILE}, from {len(rows):,} rows")
        return
    import real_data

    rows = train_data.rows(exclude=args.loso)
    if not args.loso:
        print(f"vocabulary.txt: {write_vocabulary([r.text for r in rows]):,} words", file=sys.stderr)
    extra = []
    if args.loso:
        extra = [r["text"] for r in real_data.rows(real_data.BY_NAME[args.loso])]
    features = Features([r.text for r in rows] + extra)
    vocabulary, fitted = train(features, rows)
    if not args.loso:
        export(features, vocabulary, fitted, rows)
        train_spans()
        print(f"wrote {heads.HEADS_FILE} and {len(fitted)} head files from {len(rows):,} rows")


if __name__ == "__main__":
    main()
