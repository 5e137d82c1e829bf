"""Reading the audit log."""

from __future__ import annotations

from django.db.models import QuerySet

from portal.audit.models import AuditEntry
from portal.organisations.models import Organisation


def entries_for(organisation: Organisation) -> QuerySet[AuditEntry]:
    """The organisation's log, newest first (callers check the reader may see it)."""
    return AuditEntry.objects.filter(organisation=organisation).select_related("actor")
