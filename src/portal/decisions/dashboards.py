"""The decisions app's work areas: the decisions a member may read, and asking one."""

from __future__ import annotations

from django.urls import reverse

from portal.dashboards.registry import Item, WorkArea, register
from portal.decisions.queries import decisions_visible_to
from portal.organisations.queries import Access
from portal.types import Viewer


def _mine(user: Viewer, access: Access) -> list[Item]:
    if not user.is_authenticated:
        return []
    asked = decisions_visible_to(user, access).filter(requested_by=user)[:5]
    return [
        Item(
            f"{d.event_kind}: {d.outcome}",
            reverse("decisions:detail", args=[access.organisation.slug, d.pk]),
            d.requested_at,
        )
        for d in asked
    ]


register(
    WorkArea(
        key="decisions.list",
        title="Decisions",
        order=70,
        description="Your questions and the decisions that ask something of you.",
        url=lambda access: reverse("decisions:list", args=[access.organisation.slug]),
        applies=lambda user, access: user.is_authenticated,
        items=_mine,
    )
)
register(
    WorkArea(
        key="decisions.ask",
        title="Ask for a decision",
        order=75,
        description="May I connect with…, may this photo go out…: ask the policy.",
        url=lambda access: reverse("decisions:ask", args=[access.organisation.slug]),
        applies=lambda user, access: user.is_authenticated,
        in_navigation=False,
    )
)
