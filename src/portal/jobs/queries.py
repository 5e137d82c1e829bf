"""Reads for the jobs page and the progress page.

- the jobs page (every scheduled job, its last run, next run and failures) is for
  superusers: jobs run across every organisation, and their summaries count across them;
- a piece of background work is seen by the person who started it and by the
  administrators of its organisation; to anyone else it does not exist (404).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from portal.jobs.models import BackgroundWork, Job, JobRun, RunStatus
from portal.organisations.queries import Access
from portal.types import Viewer

FAILURE_WINDOW = timedelta(days=7)


def can_see_jobs(user: Viewer) -> bool:
    return bool(user.is_authenticated and getattr(user, "is_superuser", False))


@dataclass(frozen=True)
class JobLine:
    job: Job
    last_run: JobRun | None
    last_failure: JobRun | None
    failures_this_week: int

    @property
    def failing(self) -> bool:
        return self.last_run is not None and self.last_run.status == RunStatus.FAILED


def job_lines() -> list[JobLine]:
    since = timezone.now() - FAILURE_WINDOW
    jobs = list(
        Job.objects.annotate(
            failures=Count("runs", filter=Q(runs__status=RunStatus.FAILED, runs__due_at__gte=since))
        )
    )
    lines = []
    for job in jobs:
        runs = job.runs.order_by("-due_at", "-id")
        lines.append(
            JobLine(
                job=job,
                last_run=runs.first(),
                last_failure=runs.filter(status=RunStatus.FAILED).first(),
                failures_this_week=job.failures,
            )
        )
    return lines


def recent_runs(job: Job, *, limit: int = 50) -> list[JobRun]:
    return list(job.runs.select_related("requested_by").order_by("-due_at", "-id")[:limit])


def work_visible_to(user: Viewer, access: Access, work_id: int) -> BackgroundWork | None:
    found = BackgroundWork.objects.filter(organisation=access.organisation, pk=work_id).defer(
        "payload"
    )
    if not access.is_admin:
        if not user.is_authenticated:
            return None
        found = found.filter(started_by=user)
    return found.first()
