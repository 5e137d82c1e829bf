"""The duties app's work area: each member's open duties, overdue ones flagged."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from portal.dashboards.registry import Item, WorkArea, register
from portal.duties.queries import my_open_duties, overdue
from portal.organisations.queries import Access
from portal.types import Viewer


def _items(user: Viewer, access: Access) -> list[Item]:
    now = timezone.now()
    return [
        Item(
            duty.title,
            reverse("duties:detail", args=[access.organisation.slug, duty.pk]),
            duty.due_at,
            "overdue" if duty.due_at < now else "due",
        )
        for duty in my_open_duties(user, access).order_by("due_at", "id")[:5]
    ]


register(
    WorkArea(
        key="duties.mine",
        title="My duties",
        order=20,
        description="What a decision or a workflow asks of you, by when.",
        url=lambda access: reverse("duties:list", args=[access.organisation.slug]),
        applies=lambda user, access: user.is_authenticated,
        count=lambda user, access: my_open_duties(user, access).count(),
        urgent=lambda user, access: overdue(my_open_duties(user, access)).count(),
        items=_items,
    )
)
