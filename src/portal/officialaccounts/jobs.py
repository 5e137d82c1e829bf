"""Scheduled jobs: leavers who can still use an account, and accounts not kept up."""

from __future__ import annotations

from datetime import datetime

from portal.jobs.registry import scheduled_job
from portal.officialaccounts.workflows import sweep_inactivity, sweep_leavers


@scheduled_job(
    "officialaccounts.leaver_sweep",
    cron="15 6 * * *",
    summary="Opens duties (remove access, change credentials) for people whose leaving date "
    "has passed and who can still use an official account.",
)
def leaver_sweep(*, now: datetime) -> str:
    return sweep_leavers(now=now)


@scheduled_job(
    "officialaccounts.inactivity_sweep",
    cron="30 6 * * *",
    summary="Flags approved accounts past the pack's inactivity limit: a duty for the "
    "communications manager, or to close a departmental account not kept up.",
)
def inactivity_sweep(*, now: datetime) -> str:
    return sweep_inactivity(now=now)
