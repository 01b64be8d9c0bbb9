"""Small bar charts for the moderators' dashboard, drawn as SVG on the server.

Plain shapes with presentation attributes: no script and no style element, so they render under
the admin's strict Content-Security-Policy, need nothing from a CDN, and print. Each chart has a
title for screen readers; the dashboard shows the same figures in a table beside it.
"""
from django.utils.html import format_html, format_html_join

APPROVED, REJECTED, QUEUE, NEUTRAL = "#2e7d32", "#c62828", "#1565c0", "#6d6d6d"


def _n(value: float) -> str:
    """A coordinate, to one decimal (formatted before format_html escapes it)."""
    return f"{value:.1f}"


def column_chart(title: str, labels: list, series: list, *, width: int = 640, height: int = 180):
    """Columns per label, stacked when there are several series: [(name, colour, values)]."""
    top = max([sum(values) for values in zip(*(s[2] for s in series))] or [0]) or 1
    plot_height, label_height = height - 34, 16
    step = width / max(len(labels), 1)
    shapes = []
    for i, label in enumerate(labels):
        y = plot_height
        for name, colour, values in series:
            h = values[i] / top * (plot_height - 14)
            y -= h
            if values[i]:
                shapes.append(('<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {} {}</title></rect>',
                               (_n(i * step + 2), _n(y), _n(step - 4), _n(h), colour, label, values[i], name)))
        total = sum(values[i] for _, _, values in series)
        shapes.append(('<text x="{}" y="{}" font-size="10" text-anchor="middle" fill="currentColor">{}</text>',
                       (_n(i * step + step / 2), _n(y - 3), total)))
        shapes.append(('<text x="{}" y="{}" font-size="10" text-anchor="middle" fill="currentColor">{}</text>',
                       (_n(i * step + step / 2), plot_height + label_height, label)))
    legend = format_html_join("", '<tspan fill="{}">■</tspan> {} ', ((colour, name) for name, colour, _ in series))
    body = format_html_join("", "{}", ((format_html(template, *args),) for template, args in shapes))
    return format_html(
        '<svg class="chart" role="img" viewBox="0 0 {} {}" width="100%" preserveAspectRatio="xMinYMin meet">'
        '<title>{}</title>{}<text x="0" y="{}" font-size="11" fill="currentColor">{}</text></svg>',
        width, height, title, body, height - 2, legend)


def bar_list(title: str, rows: list, *, colour: str = NEUTRAL, width: int = 640):
    """One horizontal bar per (label, value), longest first as given."""
    row_height, label_width = 22, 290
    top = max([value for _, value in rows] or [0]) or 1
    height = max(len(rows), 1) * row_height + 4
    shapes = format_html_join("", (
        '<text x="0" y="{y_text}" font-size="12" fill="currentColor">{label}</text>'
        '<rect x="{x}" y="{y}" width="{w}" height="14" fill="{colour}"><title>{label}: {value}</title></rect>'
        '<text x="{x_value}" y="{y_text}" font-size="12" fill="currentColor">{value}</text>'), (
        {"y_text": k * row_height + 15, "y": k * row_height + 4, "x": label_width, "label": label, "value": value,
         "w": _n(value / top * (width - label_width - 50)),
         "x_value": _n(label_width + value / top * (width - label_width - 50) + 4),
         "colour": colour}
        for k, (label, value) in enumerate(rows)))
    return format_html('<svg class="chart" role="img" viewBox="0 0 {} {}" width="100%" preserveAspectRatio="xMinYMin meet">'
                       '<title>{}</title>{}</svg>', width, height, title, shapes)
