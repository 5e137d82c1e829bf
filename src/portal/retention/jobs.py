"""The retention app's scheduled job: the daily purge of expired records."""

from __future__ import annotations

from datetime import datetime

from portal.jobs.registry import scheduled_job
from portal.organisations.models import Organisation
from portal.retention.actions import purge_expired


@scheduled_job(
    "retention.purge",
    cron="30 2 * * *",
    summary="Deletes or anonymises records past the pack's retention period, except those "
    "under legal hold or in an open case; writes what it did to the audit log.",
)
def purge(*, now: datetime) -> str:
    """Idempotent: what it removed is gone, so a second run finds nothing more."""
    deleted = anonymised = held = 0
    for organisation in Organisation.objects.order_by("slug"):
        for result in purge_expired(organisation=organisation, now=now):
            deleted += result.outcome.deleted
            anonymised += result.outcome.anonymised
            held += sum(result.outcome.held.values()) + result.outcome.referenced
    return f"deleted {deleted}, anonymised {anonymised}, kept {held} held records"
