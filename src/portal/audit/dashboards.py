"""The audit log's work area, for the organisation's administrators."""

from __future__ import annotations

from django.urls import reverse

from portal.dashboards.registry import WorkArea, register

register(
    WorkArea(
        key="audit.log",
        title="Audit log",
        order=95,
        description="Every change, who made it and when.",
        url=lambda access: reverse("audit:log", args=[access.organisation.slug]),
        applies=lambda user, access: access.can_view_audit,
    )
)
