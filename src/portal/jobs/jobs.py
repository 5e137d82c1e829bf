"""Scheduled jobs of the jobs app itself: housekeeping of its own records."""

from __future__ import annotations

from datetime import datetime, timedelta

from django_tasks_db.models import DBTaskResult

from portal.jobs.models import BackgroundWork, JobRun, RunStatus
from portal.jobs.registry import scheduled_job

KEEP_FINISHED = timedelta(days=90)


@scheduled_job(
    "jobs.housekeeping",
    cron="40 3 * * *",
    summary="Deletes finished task results, job runs and background work older than 90 days.",
)
def housekeeping(*, now: datetime) -> str:
    """Idempotent: it deletes by age, so a second run finds nothing more to delete."""
    before = now - KEEP_FINISHED
    finished = [RunStatus.SUCCEEDED, RunStatus.FAILED]
    tasks, _ = DBTaskResult.objects.finished().filter(finished_at__lt=before).delete()
    runs, _ = JobRun.objects.filter(status__in=finished, finished_at__lt=before).delete()
    work, _ = BackgroundWork.objects.filter(status__in=finished, finished_at__lt=before).delete()
    return f"deleted {tasks} task results, {runs} job runs and {work} pieces of background work"
