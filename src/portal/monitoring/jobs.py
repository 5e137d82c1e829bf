"""Scheduled jobs of web filtering and monitoring: the weekly report and the daily digest.

Both are idempotent: one report per organisation, kind and period
(``MonitoringReport``'s constraint), sent once (``sent_at``), so a job run twice for the
same due time, or by two workers, sends nothing twice.
"""

from __future__ import annotations

from datetime import datetime

from portal.jobs.registry import scheduled_job
from portal.monitoring import ingestion  # noqa: F401  (registers the upload's background work)
from portal.monitoring.report_actions import make_report, report_recipients, send_report
from portal.monitoring.reports import Period, daily_period, weekly_period
from portal.organisations.models import Organisation


def _report_all(period: Period) -> str:
    made = sent = mails = 0
    for organisation in Organisation.objects.order_by("slug"):
        if period.kind == "daily" and not report_recipients(organisation, period.kind):
            continue  # nobody asked for the digest: no report to keep either
        report, new = make_report(organisation=organisation, period=period, acting_user=None)
        made += int(new)
        count = send_report(report=report, acting_user=None)
        sent += int(count > 0)
        mails += count
    return f"{period.label}: {made} reports made, {sent} sent, to {mails} recipients in all"


@scheduled_job(
    "monitoring.weekly_report",
    cron="0 7 * * 1",
    summary=(
        "Monday 07:00: last week's monitoring report for each organisation, e-mailed with "
        "its charts and PDF to the alert role and the leadership the pack names."
    ),
)
def weekly_report(*, now: datetime) -> str:
    return _report_all(weekly_period(now))


@scheduled_job(
    "monitoring.daily_digest",
    cron="30 6 * * *",
    summary="06:30: yesterday's monitoring digest, to the report readers who chose it.",
)
def daily_digest(*, now: datetime) -> str:
    return _report_all(daily_period(now))
