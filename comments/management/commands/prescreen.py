import json
import sys
import time

from django.core.management.base import BaseCommand

from comments.screening import screen


def screen_line(line: str) -> dict:
    """One prescreen result (or error) for one input line."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "error": f"not valid JSON: {error.msg} at column {error.colno}"}
    if not isinstance(item, dict):
        return {"id": None, "error": "each line must be a JSON object with \"id\" and \"text\""}
    item_id = item.get("id")
    text = item.get("text")
    if "text" not in item:
        return {"id": item_id, "error": "missing \"text\""}
    if not isinstance(text, str):
        return {"id": item_id, "error": f"\"text\" must be a string, not {type(text).__name__}"}
    return {"id": item_id, **screen(text).to_dict()}


class Progress:
    """A one-line counter on stderr, redrawn at most ten times a second, only on a terminal."""

    def __init__(self, stream):
        self.stream, self.count, self.started, self.drawn = stream, 0, time.monotonic(), 0.0
        self.enabled = stream.isatty()

    def tick(self):
        self.count += 1
        now = time.monotonic()
        if self.enabled and now - self.drawn >= 0.1:
            rate = self.count / max(now - self.started, 1e-9)
            self.stream.write(f"\rscreened {self.count:,} comments ({rate:,.0f}/s)")
            self.stream.flush()
            self.drawn = now

    def close(self):
        if self.enabled:
            self.stream.write(f"\rscreened {self.count:,} comments in {time.monotonic() - self.started:.1f} s\n")


class Command(BaseCommand):
    help = (
        "Screen comments from standard input without touching the database. Input: JSON Lines, one "
        '{"id": ..., "text": ...} per line. Output: one line per input, in order: {"id", "scores", "decision", '
        '"evidence"}, or {"id", "error"} for a line that cannot be read (the run goes on). Blank lines are '
        "skipped. Streams: memory stays flat whatever the number of lines."
    )

    def handle(self, *args, **options):
        out = sys.stdout
        progress = Progress(sys.stderr)
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            result = screen_line(line)
            if "error" in result:
                result["error"] = f"line {number}: {result['error']}"
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            progress.tick()
            if number % 1000 == 0:
                out.flush()
        out.flush()
        progress.close()
