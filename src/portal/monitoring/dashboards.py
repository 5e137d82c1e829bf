"""The web filtering app's work areas: alerts for the alert role, review requests and
lists for IT, the log review for its reviewers."""

from __future__ import annotations

from django.urls import reverse

from portal.dashboards.registry import Item, WorkArea, register
from portal.monitoring.queries import (
    alerts_for,
    can_filter,
    can_review_logs,
    can_see_alerts,
    requests_for,
    unreviewed_count,
)
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
register(
    WorkArea(
        key="monitoring.lists",
        title="Web lists",
        order=85,
        description="The organisation's allow, deny and always-block lists.",
        url=lambda access: reverse("monitoring:lists", args=[access.organisation.slug]),
        applies=lambda user, access: can_filter(access),
    )
)
