"""The audit log under retention: each organisation's entries, counted from when they
were written (entries of no organisation, such as sign-ins, are kept)."""

from __future__ import annotations

from portal.audit.models import AuditEntry
from portal.retention.registry import RecordKind, register_kind

register_kind(
    RecordKind(
        key="audit",
        records=lambda organisation: AuditEntry.objects.filter(organisation=organisation),
        moment="at",
        description="Audit log entries, from when they were written.",
        subject_fields=("actor_name",),
    )
)
