"""The scheduler: turns due jobs into queued runs for the worker.

:func:`schedule_due_jobs` is called every ``POLICYGUARD_SCHEDULER_INTERVAL`` seconds by
each worker process (``python -m portal run_worker``). Several workers may call it at
once (PostgreSQL at scale): a job is claimed by moving its ``next_run_at`` forward only
if it still holds the value this process read (compare-and-set), and a run is unique per
job and due time, so each due time runs once whatever the number of workers.

A worker that was down for a day does not replay every missed time: the job runs once
for the latest due time and is scheduled from now on (each job looks at the state of
the data, not at what happened in the missed interval, so one run catches up).
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.jobs.models import Job, JobRun
from portal.jobs.registry import registered_jobs
from portal.jobs.tasks import run_job
from portal.types import User

logger = logging.getLogger("portal.jobs")


def sync_jobs(*, now: datetime) -> None:
    """Bring the ``Job`` rows in line with the registry: new jobs are scheduled from
    ``now``, a changed cron expression reschedules, jobs gone from the code are marked."""
    definitions = registered_jobs()
    known = {job.name: job for job in Job.objects.all()}
    for name, definition in definitions.items():
        job = known.get(name)
        if job is None:
            Job.objects.get_or_create(
                name=name,
                defaults={
                    "cron": definition.cron,
                    "summary": definition.summary,
                    "next_run_at": definition.next_after(now),
                },
            )
        elif (job.cron, job.summary, job.registered) != (
            definition.cron,
            definition.summary,
            True,
        ):
            job.next_run_at = (
                definition.next_after(now) if job.cron != definition.cron else job.next_run_at
            )
            job.cron, job.summary, job.registered = definition.cron, definition.summary, True
            job.save(update_fields=["cron", "summary", "registered", "next_run_at"])
    Job.objects.exclude(name__in=list(definitions)).filter(registered=True).update(registered=False)


def schedule_due_jobs(*, now: datetime | None = None) -> list[JobRun]:
    """Queue a run of every enabled job that is due; the runs queued."""
    now = now or timezone.now()
    sync_jobs(now=now)
    definitions = registered_jobs()
    queued: list[JobRun] = []
    due = Job.objects.filter(enabled=True, registered=True, next_run_at__lte=now)
    for job in due:
        definition = definitions[job.name]
        with transaction.atomic():
            claimed = Job.objects.filter(pk=job.pk, next_run_at=job.next_run_at).update(
                next_run_at=definition.next_after(now)
            )
            if not claimed:
                continue  # another worker's scheduler took this due time
            assert job.next_run_at is not None
            run = queue_run(job, due_at=job.next_run_at)
        if run is not None:
            queued.append(run)
    return queued


def queue_run(job: Job, *, due_at: datetime, requested_by: User | None = None) -> JobRun | None:
    try:
        with transaction.atomic():
            run = JobRun.objects.create(job=job, due_at=due_at, requested_by=requested_by)
    except IntegrityError:
        return None  # this due time is queued already
    transaction.on_commit(lambda: run_job.enqueue(run.pk))
    logger.info("queued %s for %s", job.name, due_at.isoformat())
    return run
