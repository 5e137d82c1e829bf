"""The retention app's work area: for administrators and the DSL, and legal holds."""

from __future__ import annotations

from django.urls import reverse

from portal.dashboards.registry import WorkArea, register
from portal.retention.queries import may_place_holds, may_see_retention

register(
    WorkArea(
        key="retention.overview",
        title="Retention and legal holds",
        order=95,
        description="How long each kind of record is kept, what the last purge did, and "
        "the legal holds that keep records whatever their age.",
        url=lambda access: reverse("retention:overview", args=[access.organisation.slug]),
        applies=lambda user, access: may_see_retention(access) or may_place_holds(access),
    )
)
