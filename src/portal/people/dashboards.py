"""The directory's work areas: people for staff-side members, the import for HR."""

from __future__ import annotations

from django.urls import reverse

from portal.dashboards.registry import WorkArea, register

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
        key="people.import",
        title="Import people",
        order=90,
        description="Load or update the directory from a CSV file.",
        url=lambda access: reverse("people:import", args=[access.organisation.slug]),
        applies=lambda user, access: access.can_import_people,
        on_dashboard=False,
    )
)
