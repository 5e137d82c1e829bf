"""The web filtering app's work areas: alerts for the alert role, review requests, filter
health and the lists (with their latest changes) for IT, the log review for its
reviewers."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from portal.audit.models import AuditEntry
from portal.dashboards.registry import Chart, Item, WorkArea, register
from portal.monitoring.health import LIST_VERBS, filter_health
from portal.monitoring.models import MonitoringReport
from portal.monitoring.queries import (
    alerts_for,
    can_filter,
    can_read_reports,
    can_review_logs,
    can_see_alerts,
    requests_for,
    sees_alert_figures,
    unreviewed_count,
)
from portal.monitoring.report_charts import CHARTS
from portal.organisations.queries import Access
from portal.types import Viewer


def _alert_items(user: Viewer, access: Access) -> list[Item]:
    url = reverse("monitoring:alerts", args=[access.organisation.slug])
    return [
        Item(f"{a.category} ({a.severity})", url, a.at, a.status)
        for a in alerts_for(access, open_only=True).order_by("-at")[:5]
    ]


def _request_items(user: Viewer, access: Access) -> list[Item]:
    url = reverse("monitoring:requests", args=[access.organisation.slug])
    return [Item(r.url[:80], url, r.created_at, r.category) for r in requests_for(access)[:5]]


register(
    WorkArea(
        key="monitoring.alerts",
        title="Safeguarding alerts",
        order=10,
        description="Searches that matched a high-severity safeguarding term.",
        url=lambda access: reverse("monitoring:alerts", args=[access.organisation.slug]),
        applies=lambda user, access: can_see_alerts(access),
        count=lambda user, access: alerts_for(access, open_only=True).count(),
        urgent=lambda user, access: (
            alerts_for(access, open_only=True).filter(status="open").count()
        ),
        items=_alert_items,
    )
)
register(
    WorkArea(
        key="monitoring.requests",
        title="Review requests",
        order=40,
        description="Blocked pages people asked to have reviewed.",
        url=lambda access: reverse("monitoring:requests", args=[access.organisation.slug]),
        applies=lambda user, access: can_filter(access),
        count=lambda user, access: requests_for(access).count(),
        items=_request_items,
    )
)
register(
    WorkArea(
        key="monitoring.review",
        title="Log review",
        order=50,
        description="Searches and blocked pages waiting to be read.",
        url=lambda access: reverse("monitoring:review", args=[access.organisation.slug]),
        applies=lambda user, access: can_review_logs(access),
        count=lambda user, access: unreviewed_count(access),
    )
)


def _health_items(user: Viewer, access: Access) -> list[Item]:
    return [
        Item(line.text, line.url, line.at, "needs action" if line.problem else "")
        for line in filter_health(access.organisation)
    ]


register(
    WorkArea(
        key="monitoring.health",
        title="Filter health",
        order=45,
        description="The compiled snapshot the Squid helpers read, and their records.",
        url=lambda access: reverse("monitoring:lists", args=[access.organisation.slug]),
        applies=lambda user, access: can_filter(access),
        # What needs IT: the panel counts its problems (and lists every line, problem or
        # not, so a healthy filter says so rather than saying nothing).
        count=lambda user, access: sum(1 for h in filter_health(access.organisation) if h.problem),
        items=_health_items,
    )
)

_CHANGE_WORDS = {"monitoring.list.add": "added to", "monitoring.list.remove": "removed from"}


def _list_change_items(user: Viewer, access: Access) -> list[Item]:
    """The latest list edits, from the audit log (removals leave no row anywhere else)."""
    url = reverse("monitoring:lists", args=[access.organisation.slug])
    changes = AuditEntry.objects.filter(
        organisation=access.organisation, verb__in=LIST_VERBS
    ).order_by("-at", "-id")[:5]
    return [
        Item(
            f"{str(c.detail.get('value', ''))[:80]} {_CHANGE_WORDS[c.verb]} the "
            f"{c.detail.get('tier', '')} list",
            url,
            c.at,
            f"by {c.actor_name}" if c.actor_name else "by the system",
        )
        for c in changes
    ]


register(
    WorkArea(
        key="monitoring.lists",
        title="Web lists",
        order=85,
        description="The organisation's allow, deny and always-block lists; the latest changes.",
        url=lambda access: reverse("monitoring:lists", args=[access.organisation.slug]),
        applies=lambda user, access: can_filter(access),
        items=_list_change_items,
    )
)


def _charts(user: Viewer, access: Access) -> list[Chart]:
    """The last seven days on the DSL's and IT's dashboards: blocks by day for every
    report reader, alerts by category for those who see alert figures."""
    slug = access.organisation.slug
    names = ["alerts"] if sees_alert_figures(access) else []
    names += ["blocks_by_day", "blocks_by_category"]
    return [
        Chart(
            reverse("monitoring:live_chart", args=[slug, name]),
            f"{CHARTS[name][0]}, the last seven days",
        )
        for name in names
    ]


def _report_items(user: Viewer, access: Access) -> list[Item]:
    """The latest reports made (every report reader may open each: the page shows the
    alert figures only to those who see them)."""
    slug = access.organisation.slug
    return [
        Item(
            f"{report.get_kind_display().capitalize()} report from "
            f"{timezone.localtime(report.period_start):%-d %b %Y}",
            reverse("monitoring:report", args=[slug, report.pk]),
            report.created_at,
        )
        for report in MonitoringReport.objects.filter(organisation=access.organisation)[:3]
    ]


register(
    WorkArea(
        key="monitoring.reports",
        title="Monitoring",
        order=60,
        description="The last seven days of web filtering, and the reports sent.",
        url=lambda access: reverse("monitoring:reports", args=[access.organisation.slug]),
        applies=lambda user, access: can_read_reports(access),
        items=_report_items,
        charts=_charts,
    )
)
