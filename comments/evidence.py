"""Turn stored screening evidence into something a moderator reads in a second."""
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from comments.guidelines import GUIDELINE_LABELS


def highlight_evidence(text: str, evidence: list[dict]):
    """The text, HTML-escaped, with every evidence span wrapped in <mark> naming its guideline and rule."""
    spans = sorted(
        (e for e in evidence if 0 <= e.get("start", -1) < e.get("end", -1) <= len(text)),
        key=lambda e: (e["start"], -e["end"]),
    )
    pieces, cursor = [], 0
    for span in spans:
        if span["start"] < cursor:  # overlaps a span already marked
            continue
        pieces.append(format_html("{}", text[cursor : span["start"]]))
        label = GUIDELINE_LABELS.get(span["guideline"], span["guideline"])
        pieces.append(
            format_html(
                '<mark class="evidence evidence-{}" title="{}: {}">{}</mark>',
                span["guideline"], label, span.get("rule", ""), text[span["start"] : span["end"]],
            )
        )
        cursor = span["end"]
    pieces.append(format_html("{}", text[cursor:]))
    return mark_safe("".join(pieces))


def evidence_rows(evidence: list[dict], text: str):
    """One line per flag: guideline, the matched words, the rule that matched."""
    if not evidence:
        return "—"
    return format_html_join(
        "",
        "<li><strong>{}</strong>: “{}” <span class=\"quiet\">({})</span></li>",
        (
            (GUIDELINE_LABELS.get(e["guideline"], e["guideline"]), text[e["start"] : e["end"]], e.get("rule", ""))
            for e in evidence
        ),
    )
