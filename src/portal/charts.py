"""Charts drawn on the server as SVG by pygal, the same drawing for a web page, an e-mail
and a PDF.

    svg = bar_chart(title="Blocked requests by category", labels=["games", "social"],
                    series={"learner": [12, 30], "staff": [0, 4]})
    return svg_response(svg)          # a page shows it as <img src="...chart.svg">

Pages show a chart as an image from its own address, never pasted into the page: pygal
styles its drawing with a ``<style>`` element, which the portal's Content-Security-
Policy refuses inside a page but which an image keeps to itself. PDFs (WeasyPrint) take
the SVG inline. pygal's own tooltip script is left out (``js=[]``) and the inline
settings script it writes anyway is taken out: the charts are static, and every figure
they draw is also in a table beside them for those who cannot see the chart.

Labels may be anything (a category, a username): pygal escapes text it draws.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pygal
from django.http import HttpResponse
from pygal.style import Style

_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
# A palette that keeps 3:1 contrast against white, in an order that stays apart for the
# common forms of colour blindness.
COLOURS = ("#1d4f91", "#b45309", "#047857", "#9d174d", "#4b5563", "#6d28d9", "#0e7490")
WIDTH = 720
HEIGHT = 340


def _style() -> Style:
    return Style(
        background="white",
        plot_background="white",
        foreground="#111111",
        foreground_strong="#111111",
        foreground_subtle="#555555",
        colors=COLOURS,
        font_family="DejaVu Sans, system-ui, sans-serif",
        label_font_size=12,
        major_label_font_size=12,
        legend_font_size=12,
        title_font_size=15,
        value_font_size=11,
    )


def _options(title: str, y_title: str) -> dict[str, object]:
    return {
        "title": title,
        "y_title": y_title,
        "style": _style(),
        "width": WIDTH,
        "height": HEIGHT,
        "explicit_size": False,
        "disable_xml_declaration": True,
        "js": [],
        "legend_at_bottom": True,
        "legend_at_bottom_columns": 4,
        "truncate_legend": 30,
        "truncate_label": 20,
        "x_label_rotation": 0,
        "print_zeroes": False,
        "no_data_text": "nothing in this period",
        "margin": 12,
        "margin_bottom": 28,
    }


def _render(chart: pygal.graph.graph.Graph) -> str:
    svg = _SCRIPT.sub("", str(chart.render(is_unicode=True)))
    # pygal numbers its series' ids from 0 in every chart; a PDF holding several charts
    # needs them apart, so each chart's ids take its own unique prefix.
    return svg.replace("activate-serie-", f"activate-serie-{chart.uuid}-")


def bar_chart(
    *,
    title: str,
    labels: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    y_title: str = "",
    stacked: bool = False,
    horizontal: bool = False,
) -> str:
    """Bars per label, one colour per series (stacked, or side by side)."""
    kind = {
        (False, False): pygal.Bar,
        (True, False): pygal.StackedBar,
        (False, True): pygal.HorizontalBar,
        (True, True): pygal.HorizontalStackedBar,
    }[(stacked, horizontal)]
    chart = kind(**_options(title, y_title), print_values=not stacked)
    chart.x_labels = list(labels)
    for name, values in series.items():
        chart.add(name, list(values))
    return _render(chart)


def line_chart(
    *,
    title: str,
    labels: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    y_title: str = "",
) -> str:
    """One line per series over ``labels`` (days, weeks)."""
    chart = pygal.Line(**_options(title, y_title), dots_size=3, show_minor_x_labels=True)
    chart.x_labels = list(labels)
    if len(labels) > 14:
        chart.x_labels_major_every = max(1, len(labels) // 7)
        chart.show_minor_x_labels = False
    for name, values in series.items():
        chart.add(name, list(values))
    return _render(chart)


CHART_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"


def svg_response(svg: str) -> HttpResponse:
    """``svg`` as an image response, private to the signed-in reader (never cached by a
    shared proxy: charts count people's searches and blocks)."""
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    # The chart's own policy (django-csp leaves a response's header alone): its pygal
    # stylesheet is inline, and nothing else may load or run in it.
    response["Content-Security-Policy"] = CHART_POLICY
    return response
