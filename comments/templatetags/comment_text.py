"""How a comment's text is shown to readers: paragraphs and line breaks, never runs of blank lines."""
import re

from django import template
from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


@register.filter(is_safe=True)
def comment_paragraphs(text: str) -> str:
    """Blank lines (one or many) separate paragraphs; a single line break stays a line break. The
    stored text is unchanged: this is only how it is shown."""
    paragraphs = [p.strip("\n") for p in PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").strip())]
    return format_html_join("", "<p>{}</p>", ((mark_safe(escape(p).replace("\n", "<br>")),) for p in paragraphs if p))
