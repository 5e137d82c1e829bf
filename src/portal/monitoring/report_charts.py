"""The report's charts, drawn from its figures (``reports.report_figures``) by
``portal.charts``: the same SVG for the report page, its PDF, the e-mail and the
dashboards. Each chart's figures are also in a table on the page and in the PDF.

``CHARTS`` names them; which a reader may see is decided by :func:`charts_for`
(the names of learners who raised alerts only for those who may see alerts).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from portal.charts import bar_chart
from portal.monitoring.reports import AUDIENCE_NAMES, AUDIENCES

SEVERITIES = ("high", "medium", "low")


def _short_day(iso: str, many: bool) -> str:
    day = date.fromisoformat(iso)
    return f"{day:%-d %b}" if many else f"{day:%a %-d}"


def alerts_chart(figures: dict[str, Any]) -> str:
    rows = figures["alerts"]["rows"]
    categories = sorted({r["category"] for r in rows})
    series = {
        severity: [
            sum(r["count"] for r in rows if r["category"] == c and r["severity"] == severity)
            for c in categories
        ]
        for severity in SEVERITIES
        if any(r["severity"] == severity for r in rows)
    }
    return bar_chart(
        title="Safeguarding alerts by category and severity",
        labels=categories,
        series=series,
        y_title="alerts",
        stacked=True,
    )


def _audience_series(rows: list[dict[str, Any]]) -> dict[str, list[float | None]]:
    return {AUDIENCE_NAMES[a]: [r[a] for r in rows] for a in AUDIENCES if any(r[a] for r in rows)}


def blocks_by_day_chart(figures: dict[str, Any]) -> str:
    rows = figures["blocks"]["by_day"]
    many = len(rows) > 8
    return bar_chart(
        title="Blocked requests by day and audience",
        labels=[_short_day(r["day"], many) for r in rows],
        series=_audience_series(rows),
        y_title="blocked requests",
        stacked=True,
    )


def blocks_by_category_chart(figures: dict[str, Any]) -> str:
    rows = list(reversed(figures["blocks"]["by_category"]))  # largest at the top
    return bar_chart(
        title="Blocked requests by category and audience",
        labels=[r["category"] for r in rows],
        series=_audience_series(rows),
        y_title="blocked requests",
        stacked=True,
        horizontal=True,
    )


def top_blocked_chart(figures: dict[str, Any]) -> str:
    rows = list(reversed(figures["blocks"]["top_learners"]))
    return bar_chart(
        title="Learners with most blocked requests",
        labels=[r["learner"] for r in rows],
        series={"blocked requests": [r["blocks"] for r in rows]},
        horizontal=True,
    )


def coverage_chart(figures: dict[str, Any]) -> str:
    rows = figures["coverage"]
    many = len(rows) > 8
    return bar_chart(
        title="Log review: entries to review and reviewed, by day",
        labels=[_short_day(r["day"], many) for r in rows],
        series={
            "to review": [r["to_review"] for r in rows],
            "marked reviewed": [r["reviewed"] for r in rows],
        },
        y_title="entries",
    )


# name -> (title for the alt text, drawing, needs alert figures, names learners)
CHARTS: dict[str, tuple[str, Callable[[dict[str, Any]], str], bool, bool]] = {
    "alerts": ("Safeguarding alerts by category and severity", alerts_chart, True, False),
    "blocks_by_day": ("Blocked requests by day and audience", blocks_by_day_chart, False, False),
    "blocks_by_category": (
        "Blocked requests by category and audience",
        blocks_by_category_chart,
        False,
        False,
    ),
    "top_blocked": ("Learners with most blocked requests", top_blocked_chart, False, True),
    "coverage": ("Log review coverage by day", coverage_chart, False, False),
}


def charts_for(*, alert_figures: bool, names: bool) -> list[str]:
    """The charts a reader may see: alert figures (counts) and learners' names apart."""
    return [
        name
        for name, (_, _, needs_alerts, names_learners) in CHARTS.items()
        if (alert_figures or not needs_alerts) and (names or not names_learners)
    ]


def draw(name: str, figures: dict[str, Any]) -> str:
    """The SVG of chart ``name`` (a key of ``CHARTS``; KeyError otherwise)."""
    return CHARTS[name][1](figures)
