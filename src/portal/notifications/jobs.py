"""Scheduled jobs: the daily digest."""

from __future__ import annotations

from datetime import datetime

from portal.jobs.registry import scheduled_job
from portal.notifications.actions import send_digests


@scheduled_job(
    "notifications.daily_digest",
    cron="0 7 * * *",
    summary="E-mails each user who chose it one digest of the notifications not yet e-mailed.",
)
def daily_digest(*, now: datetime) -> str:
    mails, items = send_digests(now=now)
    return f"{mails} digest(s) sent with {items} notification(s)"
