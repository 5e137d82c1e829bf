"""The cases app's work areas: report a concern, one's own reports, the concerns routed
to a member, the cases they may open, and the leaders' figures.

Panels list references only (``R00012``, ``C00003``): a dashboard is shown without a
second factor, so it names no person, category or title of a case.
"""

from __future__ import annotations

from django.urls import reverse

from portal.cases.access import (
    cases_visible_to,
    concerns_visible_to,
    managed_areas,
    may_lead,
    my_concerns,
)
from portal.cases.models import CaseStatus, ConcernStatus
from portal.dashboards.registry import Item, WorkArea, register
from portal.organisations.queries import Access
from portal.types import Viewer


def _handles(user: Viewer, access: Access) -> bool:
    return bool(managed_areas(access)) or concerns_visible_to(user, access).exists()


def _waiting(user: Viewer, access: Access) -> list[Item]:
    found = concerns_visible_to(user, access).filter(status=ConcernStatus.RECEIVED)[:5]
    return [
        Item(
            f"Concern {c.reference} ({c.urgency})",
            reverse("cases:concern", args=[access.organisation.slug, c.pk]),
            c.created_at,
        )
        for c in found
    ]


def _open_cases(user: Viewer, access: Access) -> list[Item]:
    found = cases_visible_to(user, access).filter(status=CaseStatus.OPEN)[:5]
    return [
        Item(
            f"Case {c.reference}",
            reverse("cases:detail", args=[access.organisation.slug, c.pk]),
            c.opened_at,
        )
        for c in found
    ]


register(
    WorkArea(
        key="cases.concerns",
        title="Concerns",
        order=15,
        description="Concerns the policy routed to you: open a case, add to one, or close.",
        url=lambda access: reverse("cases:concerns", args=[access.organisation.slug]),
        applies=_handles,
        count=lambda user, access: (
            concerns_visible_to(user, access).filter(status=ConcernStatus.RECEIVED).count()
        ),
        items=_waiting,
    )
)
register(
    WorkArea(
        key="cases.list",
        title="Cases",
        order=16,
        description="Safeguarding and conduct cases you may open (with a second factor).",
        url=lambda access: reverse("cases:list", args=[access.organisation.slug]),
        applies=lambda user, access: (
            bool(managed_areas(access)) or cases_visible_to(user, access).exists()
        ),
        count=lambda user, access: (
            cases_visible_to(user, access).filter(status=CaseStatus.OPEN).count()
        ),
        items=_open_cases,
    )
)
register(
    WorkArea(
        key="cases.report",
        title="Report a concern",
        order=60,
        description="Something you saw or were told that worries you.",
        url=lambda access: reverse("cases:report", args=[access.organisation.slug]),
        applies=lambda user, access: user.is_authenticated,
    )
)
register(
    WorkArea(
        key="cases.mine",
        title="My reports",
        order=61,
        description="The status of the concerns you reported.",
        url=lambda access: reverse("cases:my_reports", args=[access.organisation.slug]),
        applies=lambda user, access: my_concerns(user, access).exists(),
    )
)
register(
    WorkArea(
        key="cases.leaders",
        title="Concern figures",
        order=90,
        description="Counts by category, route and month; time to first action.",
        url=lambda access: reverse("cases:leaders", args=[access.organisation.slug]),
        applies=lambda user, access: may_lead(access),
        on_dashboard=False,
    )
)
