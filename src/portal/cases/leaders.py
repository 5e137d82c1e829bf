"""The leaders' view: counts of concerns and cases by category, route and month, and the
time from a report to its first action against the urgency the pack's clause sets, as a
chart drawn on the server (pygal, SVG) with the same figures in a table; CSV export.

Counts only, never names. Area managers count the cases and concerns they may see;
administrators count all of their organisation's (the numbers, not the records).
"""

from __future__ import annotations

import csv
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

import pygal
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from pygal.style import Style

from portal.audit.actions import write_audit_entry
from portal.cases.access import cases_visible_to, concerns_visible_to, may_lead
from portal.cases.models import Case, Category, Concern
from portal.duties.queries import DUE_AFTER
from portal.organisations.queries import Access, access_or_404
from portal.types import User

URGENCIES = ("immediately", "soon", "routine")
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
_STYLE_TAG = re.compile(r"<style\b[^>]*>")
_STYLE_ATTRIBUTE = re.compile(r"\sstyle=\"")
MONTHS = 12


@dataclass(frozen=True)
class Timing:
    urgency: str
    target_hours: float
    acted: int
    within: int
    median_hours: float | None


def _scope(request: HttpRequest, access: Access) -> tuple[QuerySet[Concern], QuerySet[Case]]:
    if access.is_admin:
        return (
            Concern.objects.filter(organisation=access.organisation),
            Case.objects.filter(organisation=access.organisation),
        )
    return concerns_visible_to(request.user, access), cases_visible_to(request.user, access)


def _month(value: object) -> str:
    return f"{timezone.localtime(value):%Y-%m}"  # type: ignore[arg-type]


def timings(concerns: QuerySet[Concern]) -> list[Timing]:
    """Per urgency: how many reports had a first action, how many within the target,
    and the median hours it took."""
    hours: dict[str, list[float]] = {u: [] for u in URGENCIES}
    for created, first, urgency in concerns.exclude(first_action_at=None).values_list(
        "created_at", "first_action_at", "urgency"
    ):
        if first is not None:
            hours.setdefault(urgency, []).append((first - created).total_seconds() / 3600)
    found = []
    for urgency in URGENCIES:
        target = DUE_AFTER[urgency] / timedelta(hours=1)
        taken = hours[urgency]
        found.append(
            Timing(
                urgency=urgency,
                target_hours=target,
                acted=len(taken),
                within=sum(1 for h in taken if h <= target),
                median_hours=round(statistics.median(taken), 1) if taken else None,
            )
        )
    return found


def timing_chart(rows: list[Timing], *, nonce: str) -> SafeString:
    """Median hours to first action beside the clause's target, per urgency (SVG).

    The page's Content-Security-Policy allows no inline style, so pygal's stylesheet
    carries the request's CSP nonce and its one style attribute (the unused tooltip's
    ``opacity: 0``) becomes the equivalent SVG presentation attribute."""
    style = Style(
        background="white",
        plot_background="white",
        colors=("#1d4f91", "#9a3412"),
        font_family="system-ui, sans-serif",
    )
    chart = pygal.Bar(
        title="Hours from a report to its first action",
        x_title="Urgency the policy sets",
        y_title="hours",
        style=style,
        width=640,
        height=320,
        explicit_size=False,
        disable_xml_declaration=True,
        js=[],  # no script from elsewhere: the page works offline and under a strict CSP
        print_values=True,
        legend_at_bottom=True,
    )
    chart.x_labels = [r.urgency for r in rows]
    chart.add("median time taken", [r.median_hours for r in rows])
    chart.add("target", [r.target_hours for r in rows])
    # pygal writes its tooltip settings as an inline script even with ``js=[]``; the
    # chart is static here (its figures are also in a table), so the script goes.
    svg = _SCRIPT.sub("", str(chart.render(is_unicode=True)))
    svg = _STYLE_TAG.sub(f'<style nonce="{escape(nonce)}">', svg)
    svg = svg.replace(' style="opacity: 0"', ' opacity="0"')
    if _STYLE_ATTRIBUTE.search(svg):  # a pygal upgrade added another: refuse, don't break
        raise ValueError("pygal wrote a style attribute the CSP would refuse")
    # The SVG is pygal's own output of numbers and our fixed labels: nothing a user wrote.
    return mark_safe(svg)


def _counts(concerns: QuerySet[Concern], cases: QuerySet[Case]) -> dict[str, object]:
    since = timezone.now() - timedelta(days=31 * MONTHS)
    categories = dict(Category.choices)
    by_category = Counter(categories.get(c, c) for c in cases.values_list("category", flat=True))
    by_route = Counter(concerns.values_list("route_role_title", flat=True))
    months: Counter[str] = Counter()
    for created in concerns.filter(created_at__gte=since).values_list("created_at", flat=True):
        months[_month(created)] += 1
    opened: Counter[str] = Counter()
    for at in cases.filter(opened_at__gte=since).values_list("opened_at", flat=True):
        opened[_month(at)] += 1
    return {
        "by_category": sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0])),
        "by_route": sorted(by_route.items(), key=lambda kv: (-kv[1], kv[0])),
        "by_month": [(m, months[m], opened[m]) for m in sorted(set(months) | set(opened))],
    }


@login_required
def leaders(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not may_lead(access):
        raise Http404("The leaders' view is for the DSL, the safeguarding team, HR and admins.")
    concerns, cases = _scope(request, access)
    counts = _counts(concerns, cases)
    rows = timings(concerns)
    if request.GET.get("export") == "csv":
        return _export(request, access, counts, rows)
    return render(
        request,
        "cases/leaders.html",
        {
            "access": access,
            "organisation": access.organisation,
            "counts": counts,
            "timings": rows,
            "chart": timing_chart(rows, nonce=str(getattr(request, "csp_nonce", ""))),
            "total_concerns": concerns.count(),
            "total_cases": cases.count(),
        },
    )


def _export(
    request: HttpRequest, access: Access, counts: dict[str, object], rows: list[Timing]
) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{access.organisation.slug}-cases.csv"'
    out = csv.writer(response)
    out.writerow(["measure", "group", "value"])
    for label, count in counts["by_category"]:  # type: ignore[attr-defined]
        out.writerow(["cases by category", label, count])
    for label, count in counts["by_route"]:  # type: ignore[attr-defined]
        out.writerow(["concerns by route", label, count])
    for month, reported, opened in counts["by_month"]:  # type: ignore[attr-defined]
        out.writerow(["concerns reported", month, reported])
        out.writerow(["cases opened", month, opened])
    for row in rows:
        out.writerow(["target hours", row.urgency, row.target_hours])
        out.writerow(["first actions", row.urgency, row.acted])
        out.writerow(["within target", row.urgency, row.within])
        out.writerow(
            ["median hours", row.urgency, "" if row.median_hours is None else row.median_hours]
        )
    assert isinstance(request.user, User)
    write_audit_entry(
        acting_user=request.user,
        organisation=access.organisation,
        verb="list.export",
        detail={"list": "cases.leaders"},
    )
    return response
