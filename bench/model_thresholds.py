#!/usr/bin/env python3
"""Choose how sure the news models must be to flag alone (thresholds.MODEL_CONFIDENT), on comments
they never saw.

    .venv/bin/python bench/model_thresholds.py        # about 5 minutes on one core

Leave one writer's batch out: for each batch of tests/data/news_comments_training.jsonl (ids
trainA-..., trainB-..., one writer each), train the four news models (threat, personal attack,
abuse, vulgarity) on everything else, screen the left-out batch with the whole classifier at each
candidate threshold, and pool what the batches say. The rules, the word lists and the promotion
and offensive models stay as shipped. Prints, per threshold, the share of acceptable comments
flagged, any-violation F1 and each news guideline's F1, pooled over the batches; then the same for
news_comments_holdout.jsonl with the shipped models. Pick the lowest threshold at which both keep
the flagged share of acceptable comments at or under 5%.
"""
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comments.screening import model, pipeline  # noqa: E402
from comments.screening.thresholds import MODEL_CONFIDENT  # noqa: E402
from comments.screening.training import read_rows, train  # noqa: E402

NEWS_MODELS = {"threat.json": "threat", "personal_attack.json": "personal_attack", "abuse.json": "abuse",
               "vulgarity.json": "vulgarity"}
CANDIDATES = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
TRAINING = ROOT / "tests/data/news_comments_training.jsonl"


def training_paths():
    from comments.management.commands.train_screening import DEFAULT_DATA, write_davidson_clean

    write_davidson_clean(ROOT / "var/davidson_clean_as_not_promotion.jsonl")
    return [str(ROOT / p) for p in DEFAULT_DATA["threat.json"]]


def screen_at_thresholds(rows):
    """{threshold: [(gold labels, flagged guidelines), ...]} with the models currently loaded."""
    saved = dict(MODEL_CONFIDENT)
    out = {}
    try:
        for threshold in CANDIDATES:
            MODEL_CONFIDENT.update({g: threshold for g in NEWS_MODELS.values()})
            out[threshold] = [(set(r["labels"]), set(pipeline.screen(r["text"]).flagged)) for r in rows]
    finally:
        MODEL_CONFIDENT.update(saved)
    return out


def use_models_from(folder: Path):
    model.MODEL_DIR = folder
    model.model_set.cache_clear()


def f1(pairs, predicate_gold, predicate_flagged):
    tp = sum(1 for g, f in pairs if predicate_gold(g) and predicate_flagged(f))
    fp = sum(1 for g, f in pairs if not predicate_gold(g) and predicate_flagged(f))
    fn = sum(1 for g, f in pairs if predicate_gold(g) and not predicate_flagged(f))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(title, results):
    print(f"\n{title}")
    print("| threshold | acceptable flagged | any-violation F1 | " + " | ".join(NEWS_MODELS.values()) + " |")
    print("|---:|---:|---:|" + "---:|" * len(NEWS_MODELS))
    for threshold, pairs in results.items():
        clean = [f for g, f in pairs if not g]
        flagged = sum(1 for f in clean if f) / len(clean)
        any_f1 = f1(pairs, bool, bool)
        per = [f1(pairs, lambda g, x=x: x in g, lambda f, x=x: x in f) for x in NEWS_MODELS.values()]
        print(f"| {threshold:.2f} | {flagged:.1%} | {any_f1:.3f} | " + " | ".join(f"{v:.3f}" for v in per) + " |")


def main():
    shipped = model.MODEL_DIR
    paths = training_paths()
    rows = list(read_rows([TRAINING]))
    batches = sorted({r["id"].rsplit("-", 1)[0] for r in rows})
    pooled = defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in ("offensive.json", "promotion.json", "vocabulary.txt"):
            shutil.copy(shipped / name, folder / name)
        for batch in batches:
            kept = folder / "training_without_batch.jsonl"
            with open(kept, "w", encoding="utf-8") as out:
                out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows if not r["id"].startswith(batch + "-"))
            batch_paths = [str(kept) if p == str(TRAINING) else p for p in paths]
            for model_file in NEWS_MODELS:
                train(model_file, batch_paths, out_dir=folder)
            use_models_from(folder)
            held_out = [r for r in rows if r["id"].startswith(batch + "-")]
            for threshold, pairs in screen_at_thresholds(held_out).items():
                pooled[threshold].extend(pairs)
            print(f"{batch}: {len(held_out)} comments screened", file=sys.stderr)
    report(f"Left-out writer batches ({len(batches)} batches, {len(rows)} comments), pooled:", pooled)
    use_models_from(shipped)
    holdout = list(read_rows([ROOT / "tests/data/news_comments_holdout.jsonl"]))
    report(f"news_comments_holdout.jsonl ({len(holdout)} comments), shipped models:", screen_at_thresholds(holdout))
    print(f"\nShipped now: {', '.join(f'{g} {MODEL_CONFIDENT[g]}' for g in NEWS_MODELS.values())}")


if __name__ == "__main__":
    main()
