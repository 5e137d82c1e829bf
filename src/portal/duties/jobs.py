"""Scheduled jobs: escalating overdue duties."""

from __future__ import annotations

from datetime import datetime

from portal.duties.actions import escalate_overdue
from portal.jobs.registry import scheduled_job


@scheduled_job(
    "duties.escalate_overdue",
    cron="*/10 * * * *",
    summary="Escalates open duties past their due time to the owner's line manager or the "
    "administrators, once each.",
)
def escalate(*, now: datetime) -> str:
    return f"{escalate_overdue(now=now)} overdue duty(ies) escalated"
