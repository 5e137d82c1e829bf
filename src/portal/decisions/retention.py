"""Recorded decisions under retention, counted from when they were asked. Their
obligations go with them; duties they opened keep their own record (the link is
cleared), and a decision another record PROTECTs (a concern citing it) is kept."""

from __future__ import annotations

from portal.decisions.models import Decision
from portal.retention.registry import RecordKind, register_kind

register_kind(
    RecordKind(
        key="decisions",
        records=lambda organisation: Decision.objects.filter(organisation=organisation),
        moment="requested_at",
        description="Decisions and their obligations, from when they were asked.",
        subject_fields=("requested_by__username",),
    )
)
