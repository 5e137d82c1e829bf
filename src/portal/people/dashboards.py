"""The directory's work areas: people for staff-side members; leavers and the import
for HR."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from portal.dashboards.registry import Item, WorkArea, register
from portal.organisations.queries import Access
from portal.people.queries import leavers_among, people_visible_to
from portal.people.tables import LEAVERS
from portal.types import Viewer


def _leavers(user: Viewer, access: Access):  # type: ignore[no-untyped-def]
    return leavers_among(people_visible_to(user, access), today=timezone.localdate())


def _leaver_items(user: Viewer, access: Access) -> list[Item]:
    today = timezone.localdate()
    slug = access.organisation.slug
    return [
        Item(
            f"{p.name} ({p.external_id})",
            reverse("people:person", args=[slug, p.external_id]),
            None,
            f"{'leaves' if p.leaving_on > today else 'left'} {p.leaving_on:%-d %b %Y}",
        )
        for p in _leavers(user, access)[:5]
    ]


register(
    WorkArea(
        key="people.directory",
        title="People",
        order=80,
        description="The directory, as far as you may see it.",
        url=lambda access: reverse("people:directory", args=[access.organisation.slug]),
        applies=lambda user, access: access.can_view_people,
    )
)
register(
    WorkArea(
        key="people.leavers",
        title="Leavers",
        order=60,
        description=(
            "People whose last affiliation ends within 30 days either side of today: "
            "accounts, access and duties to close."
        ),
        url=lambda access: (
            reverse("people:directory", args=[access.organisation.slug]) + f"?status={LEAVERS}"
        ),
        applies=lambda user, access: access.can_import_people,
        count=lambda user, access: _leavers(user, access).count(),
        items=_leaver_items,
    )
)
register(
    WorkArea(
        key="people.import",
        title="Import people",
        order=90,
        description="Load or update the directory from a CSV file.",
        url=lambda access: reverse("people:import", args=[access.organisation.slug]),
        applies=lambda user, access: access.can_import_people,
        on_dashboard=False,
    )
)
