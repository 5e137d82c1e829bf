"""The monitoring report's figures for one organisation and period (the DfE filtering and
monitoring standards ask for regular reports to the DSL and leaders).

:func:`report_figures` returns plain JSON-able data, stored with each report sent
(``MonitoringReport.figures``), so the page, the PDF and the e-mail show the same numbers,
and a report still reads as it was sent after retention has purged the records:

- the mode: every visit logged (``web.logging.log_all``) or blocks, warnings and searches;
- safeguarding alerts by category and severity, with time to acknowledge;
- blocked requests by category and audience, and by day and audience;
- top learners by blocks (from the rollups) and by alerts;
- review requests and their outcomes;
- log-review coverage: for each day, what there was to review and who reviewed how much.

Web-log counts come from the log store's daily rollups (``logstore``), never from the
raw records, so a week costs the same at 10^4 or 10^8 records. Alerts, review requests
and the review's audit rows are small tables, read directly.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.utils import timezone

from policyguard import Outcome
from portal.audit.models import AuditEntry
from portal.monitoring.logstore import log_store
from portal.monitoring.models import ReportKind, SafeguardingAlert, UnblockRequest
from portal.monitoring.queries import logs_every_visit, monitoring_mode
from portal.organisations.models import Organisation

AUDIENCES = ("learner", "staff", "guest", "")
AUDIENCE_NAMES = {"learner": "learners", "staff": "staff", "guest": "guests", "": "not known"}
TOP = 10
CATEGORIES = 10
REQUEST_ROWS = 25


@dataclass(frozen=True)
class Period:
    """Whole local days ``first`` to ``last``; ``start``/``end`` the instants around them."""

    kind: str
    first: date
    last: date

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time.min, tzinfo=timezone.get_current_timezone())

    @property
    def end(self) -> datetime:
        after = self.last + timedelta(days=1)
        return datetime.combine(after, time.min, tzinfo=timezone.get_current_timezone())

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    @property
    def label(self) -> str:
        if self.first == self.last:
            return f"{self.first:%A %-d %B %Y}"
        return f"{self.first:%-d %B} to {self.last:%-d %B %Y}"


def weekly_period(now: datetime) -> Period:
    """The last whole week (Monday to Sunday) before ``now``."""
    today = timezone.localtime(now).date()
    monday = today - timedelta(days=today.weekday())
    return Period(ReportKind.WEEKLY, monday - timedelta(days=7), monday - timedelta(days=1))


def daily_period(now: datetime) -> Period:
    """Yesterday, for the daily digest."""
    yesterday = timezone.localtime(now).date() - timedelta(days=1)
    return Period(ReportKind.DAILY, yesterday, yesterday)


def _minutes(delta: timedelta) -> float:
    return round(delta.total_seconds() / 60, 1)


def _alerts(organisation: Organisation, period: Period) -> dict[str, Any]:
    alerts = SafeguardingAlert.objects.filter(
        organisation=organisation, at__gte=period.start, at__lt=period.end
    ).values_list("category", "severity", "status", "created_at", "handled_at", "user")
    groups: dict[tuple[str, str], list[tuple[str, datetime, datetime | None]]] = defaultdict(list)
    by_learner: Counter[str] = Counter()
    waits: list[float] = []
    for category, severity, status, created, handled, user in alerts:
        groups[(category, severity)].append((status, created, handled))
        by_learner[user or "unknown"] += 1
        if handled is not None:
            waits.append(_minutes(handled - created))
    rows: list[dict[str, Any]] = []
    for (category, severity), found in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        taken = [_minutes(h - c) for _, c, h in found if h is not None]
        rows.append(
            {
                "category": category,
                "severity": severity,
                "count": len(found),
                "acknowledged": len(taken),
                "open": sum(1 for s, _, _ in found if s == "open"),
                "median_minutes": statistics.median(taken) if taken else None,
                "longest_minutes": max(taken) if taken else None,
            }
        )
    return {
        "rows": rows,
        "total": sum(r["count"] for r in rows),
        "unacknowledged": sum(r["count"] - r["acknowledged"] for r in rows),
        "median_minutes": statistics.median(waits) if waits else None,
        "top_learners": [{"learner": u, "alerts": n} for u, n in by_learner.most_common(TOP)],
    }


def _blocks(organisation: Organisation, period: Period) -> dict[str, Any]:
    counts = log_store().daily_counts(organisation.pk, period.first, period.last)
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    by_day: dict[date, Counter[str]] = {day: Counter() for day in period.days}
    totals: Counter[str] = Counter()
    to_review: Counter[date] = Counter()
    every_visit = logs_every_visit(organisation)
    for row in counts:
        totals["records"] += row.records
        totals["searches"] += row.searches
        to_review[row.day] += row.records if every_visit else row.reviewable
        if row.outcome != Outcome.BLOCK:
            continue
        totals["blocked"] += row.records
        by_category[row.category or "uncategorised"][row.audience] += row.records
        by_day.setdefault(row.day, Counter())[row.audience] += row.records
    ranked = sorted(by_category.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    shown, rest = ranked[:CATEGORIES], ranked[CATEGORIES:]
    if rest:
        others: Counter[str] = Counter()
        for _, found in rest:
            others.update(found)
        shown.append((f"{len(rest)} other categories", others))
    return {
        "totals": dict(totals),
        "by_category": [
            {"category": name, **{a: found[a] for a in AUDIENCES}, "total": sum(found.values())}
            for name, found in shown
        ],
        "by_day": [
            {"day": day.isoformat(), **{a: found[a] for a in AUDIENCES}}
            for day, found in sorted(by_day.items())
        ],
        "to_review": {day.isoformat(): n for day, n in to_review.items()},
        "top_learners": [
            {"learner": found.learner, "blocks": found.blocks}
            for found in log_store().top_learners(
                organisation.pk, period.first, period.last, by="blocks", limit=TOP
            )
        ],
    }


def _requests(organisation: Organisation, period: Period) -> dict[str, Any]:
    found = UnblockRequest.objects.filter(
        organisation=organisation, created_at__gte=period.start, created_at__lt=period.end
    ).select_related("decided_by")
    statuses: Counter[str] = Counter()
    hours: list[float] = []
    rows: list[dict[str, Any]] = []
    for request in found.order_by("created_at", "id"):
        statuses[request.status] += 1
        if request.decided_at is not None:
            hours.append(round((request.decided_at - request.created_at).total_seconds() / 3600, 1))
        if len(rows) < REQUEST_ROWS:
            rows.append(
                {
                    "created_at": request.created_at.isoformat(),
                    "url": request.url[:200],
                    "category": request.category,
                    "status": request.status,
                    "decided_by": request.decided_by.get_username() if request.decided_by else "",
                    "note": request.decision_note[:200],
                }
            )
    return {
        "by_status": {s: statuses[s] for s in ("open", "approved", "refused")},
        "total": sum(statuses.values()),
        "median_hours_to_decide": statistics.median(hours) if hours else None,
        "rows": rows,
        "more": max(0, sum(statuses.values()) - len(rows)),
    }


def _coverage(organisation: Organisation, period: Period, to_review: dict[str, int]) -> list[Any]:
    """Per day: what there was to review, and who marked how many entries reviewed (from
    the review's audit rows, whenever the review happened)."""
    days = [d.isoformat() for d in period.days]
    reviewed: dict[str, Counter[str]] = defaultdict(Counter)
    for name, detail in AuditEntry.objects.filter(
        organisation=organisation, verb="monitoring.weblog.review", detail__day__in=days
    ).values_list("actor_name", "detail"):
        reviewed[str(detail.get("day"))][name or "system"] += int(detail.get("entries") or 0)
    return [
        {
            "day": day,
            "to_review": to_review.get(day, 0),
            "reviewed": sum(reviewed[day].values()),
            "reviewers": [f"{who} ({n})" for who, n in sorted(reviewed[day].items())],
        }
        for day in days
    ]


def report_figures(organisation: Organisation, period: Period) -> dict[str, Any]:
    """Every figure of the report (module docstring), JSON-able."""
    web = organisation.pack().web
    alerts = _alerts(organisation, period)
    blocks = _blocks(organisation, period)
    requests = _requests(organisation, period)
    coverage = _coverage(organisation, period, blocks.pop("to_review"))
    days_reviewed = sum(1 for day in coverage if day["reviewed"])
    days_to_review = sum(1 for day in coverage if day["to_review"])
    return {
        "organisation": organisation.name,
        "slug": organisation.slug,
        "kind": period.kind,
        "first_day": period.first.isoformat(),
        "last_day": period.last.isoformat(),
        "label": period.label,
        "mode": monitoring_mode(organisation),
        "log_all": logs_every_visit(organisation),
        "mode_clauses": sorted(web.logging.clauses) if web and web.logging else [],
        "totals": {
            "records": blocks["totals"].get("records", 0),
            "blocked": blocks["totals"].get("blocked", 0),
            "searches": blocks["totals"].get("searches", 0),
            "alerts": alerts["total"],
            "alerts_unacknowledged": alerts["unacknowledged"],
            "requests": requests["total"],
            "days_to_review": days_to_review,
            "days_reviewed": days_reviewed,
        },
        "alerts": alerts,
        "blocks": {k: v for k, v in blocks.items() if k != "totals"},
        "requests": requests,
        "coverage": coverage,
    }


def period_of(figures: dict[str, Any]) -> Period:
    return Period(
        figures["kind"],
        date.fromisoformat(figures["first_day"]),
        date.fromisoformat(figures["last_day"]),
    )
