from pathlib import Path

from django.core.management.base import BaseCommand

from comments.screening.model import MODEL_DIR
from comments.screening.training import TARGETS, train

SHARED = Path(__file__).resolve().parents[4] / "shared" / "datasets"
# Our own labelled news comments: every file but the held-out one and the blind batches.
NEWS = [f"tests/data/news_comments_{name}.jsonl" for name in ("dev", "tuning", "training", "unseen", "unseen2", "unseen8", "unseen12", "unseen13", "unseen14", "unseen15")]
DEFAULT_DATA = {
    "offensive.json": [SHARED / "davidson" / "davidson.jsonl", "tests/data/news_comments_dev.jsonl"],
    "promotion.json": [SHARED / "youtube_spam" / "youtube_spam.jsonl", "var/davidson_clean_as_not_promotion.jsonl", *NEWS],
    # Davidson's "neither" tweets as extra negatives teach the news models that slang is not an attack.
    **{name: [*NEWS, "var/davidson_clean_as_not_promotion.jsonl"]
       for name in ("threat.json", "personal_attack.json", "abuse.json", "vulgarity.json")},
}


class Command(BaseCommand):
    help = (
        "Retrain the classifier's linear models from labelled JSON Lines and write them to "
        "comments/screening/models/. Without --data, rebuilds the shipped models from the shared data sets' "
        "training splits and our development set (see models/PROVENANCE.md). Add the file written by "
        "export_moderation_dataset to learn from moderators' decisions. Bump CLASSIFIER_VERSION afterwards."
    )

    def add_arguments(self, parser):
        parser.add_argument("--model", choices=sorted(TARGETS), action="append",
                            help="which model to train (default: all)")
        parser.add_argument("--data", action="append", help="labelled JSONL file (repeatable; replaces the defaults)")
        parser.add_argument("--extra", action="append", default=[], help="labelled JSONL file added to the defaults")
        parser.add_argument("-C", type=float, default=None,
                            help="inverse regularisation strength (default: each model's own, see training.TARGETS)")
        parser.add_argument("--output-dir", type=Path, default=MODEL_DIR,
                            help="where to write the model files (default: the shipped models)")

    def handle(self, *args, model=None, data=None, extra=(), C=None, output_dir=MODEL_DIR, **options):
        for name in model or sorted(TARGETS):
            paths = data or [*DEFAULT_DATA[name], *extra]
            if not data:
                write_davidson_clean(Path("var/davidson_clean_as_not_promotion.jsonl"))
            spec = train(name, [str(p) for p in paths], C=C, out_dir=output_dir)
            self.stdout.write(f"{name}: {spec['rows']} rows ({spec['positives']} positive), "
                              f"{len(spec['weights'])} features kept")
        # The dictionary for stretched words (vocabulary.txt) is written by `make train` (bench/train.py).


def write_davidson_clean(path: Path):
    """Davidson's 'neither' tweets, relabelled as not promotion: chatty text that sells nothing."""
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(SHARED / "davidson" / "davidson.jsonl", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for line in src:
            row = json.loads(line)
            if not row["labels"]:
                out.write(json.dumps({"id": row["id"], "text": row["text"], "labels": []}) + "\n")
