"""The classifier learns from moderators: measure it on their decisions, retrain it with a command."""
import json

import pytest

from django.core.management import call_command

from comments.screening.model import LinearModel, features, model_set
from comments.screening.normalise import Document


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_screening_report_prints_precision_recall_and_f1_per_guideline(tmp_path, capsys):
    data = tmp_path / "decisions.jsonl"
    write_jsonl(data, [
        {"id": "c1", "text": "A fair point about the budget.", "labels": []},
        {"id": "c2", "text": "You are an idiot.", "labels": ["personal_attack"]},
        {"id": "c3", "text": "I will kill you.", "labels": ["threat"]},
    ])

    call_command("screening_report", str(data))

    out = capsys.readouterr().out
    assert "on 3 comments" in out
    assert "personal_attack" in out and "threat" in out and "ANY violation" in out
    assert "clean comments flagged: 0 of 1" in out


def test_train_screening_builds_a_model_from_labelled_comments(tmp_path):
    data = tmp_path / "decisions.jsonl"
    rows = [{"id": f"p{i}", "text": f"cheap watches sale number {i} buy now", "labels": ["promotion"]} for i in range(20)]
    rows += [{"id": f"n{i}", "text": f"the council vote on the bridge, part {i}", "labels": []} for i in range(20)]
    write_jsonl(data, rows)

    call_command("train_screening", model=["promotion.json"], data=[str(data)], output_dir=tmp_path)

    spec = json.loads((tmp_path / "promotion.json").read_text())
    assert spec["rows"] == 40 and spec["positives"] == 20 and spec["guideline"] == "promotion"
    model = LinearModel(spec)
    assert model.probability({"w:watches", "w:buy", "w:now"}) > 0.5 > model.probability({"w:council", "w:bridge"})


@pytest.mark.parametrize("text", [
    "Subscribe to my channel for daily crypto signals www.example-signals.com",
    "The s h i t the council gets away with, honestly.",
    "Reuters has the casualty figures: https://www.reuters.com/world/",
    "",
])
def test_the_shipped_models_score_a_comment_as_each_model_alone_would(text):
    models = model_set()
    doc = Document(text)
    together = models.probabilities(doc)
    alone = [m.probability(features(doc)) for m in models.models]
    assert together == pytest.approx(alone, abs=1e-9)
