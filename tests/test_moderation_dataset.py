"""The moderators' decisions become a labelled data set the classifier can be measured and retrained on."""
import json

from django.core.management import call_command


def test_decisions_are_exported_as_labelled_json_lines(make_comment, tmp_path):
    clean = make_comment("A fair point about the budget.", status="approved")
    threat = make_comment("I will find you.", status="rejected", reason="threat")
    make_comment("Off topic rambling.", status="rejected", reason="other")
    make_comment("Still pending.")
    out = tmp_path / "decisions.jsonl"

    call_command("export_moderation_dataset", output=str(out))

    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows == [
        {"id": f"comment-{clean.pk}", "text": "A fair point about the budget.", "labels": []},
        {"id": f"comment-{threat.pk}", "text": "I will find you.", "labels": ["threat"]},
    ]


def test_other_rejections_can_be_kept_on_request(make_comment, tmp_path):
    make_comment("Off topic rambling.", status="rejected", reason="other")
    out = tmp_path / "decisions.jsonl"

    call_command("export_moderation_dataset", output=str(out), include_other=True)

    assert json.loads(out.read_text())["labels"] == ["other"]
