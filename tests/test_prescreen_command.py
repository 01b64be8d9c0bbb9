"""prescreen: JSON Lines in, one result per line out, in order; bad lines are answered, not fatal."""
import io
import json

from django.core.management import call_command


def run_prescreen(monkeypatch, lines):
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(line + "\n" for line in lines)))
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    call_command("prescreen")
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_comment_gets_scores_decision_and_evidence_in_order(monkeypatch):
    results = run_prescreen(monkeypatch, [
        json.dumps({"id": "a", "text": "Thanks for the report."}),
        json.dumps({"id": 2, "text": "You are an idiot."}),
    ])

    assert [r["id"] for r in results] == ["a", 2]
    assert set(results[0]["scores"]) == {"profanity", "vulgarity", "threat", "personal_attack", "abuse", "promotion"}
    assert results[0]["decision"] == "approve" and results[0]["evidence"] == []
    assert results[1]["decision"] in {"review", "reject"}
    assert results[1]["evidence"][0]["guideline"] == "personal_attack"


def test_malformed_lines_get_an_error_and_the_run_goes_on(monkeypatch):
    results = run_prescreen(monkeypatch, [
        "not json",
        "[1, 2]",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "number", "text": 5}),
        json.dumps({"id": "fine", "text": "ok"}),
    ])

    assert [r["id"] for r in results] == [None, None, "no-text", "number", "fine"]
    assert all("error" in r for r in results[:4])
    assert "not valid JSON" in results[0]["error"] and "missing" in results[2]["error"]
    assert "scores" in results[4]


def test_blank_lines_are_skipped(monkeypatch):
    assert len(run_prescreen(monkeypatch, ["", json.dumps({"id": 1, "text": "hi"}), "   "])) == 1


def test_it_streams_a_hundred_thousand_lines(monkeypatch):
    lines = (json.dumps({"id": i, "text": f"Comment number {i} about the budget."}) for i in range(100_000))
    results = run_prescreen(monkeypatch, list(lines))

    assert len(results) == 100_000
    assert results[-1]["id"] == 99_999


def test_progress_is_shown_on_a_terminal_and_nowhere_else():
    from comments.management.commands.prescreen import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = Progress(stream)
        for _ in range(3):
            progress.tick()
        progress.close()

    assert "screened 3 comments" in terminal.getvalue()
    assert pipe.getvalue() == ""
