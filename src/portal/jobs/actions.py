"""Writes for background work: start a piece of work, run a job now, pause or resume a
job. Each runs in one transaction with its audit row; the task is queued on commit."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from portal.audit.actions import write_audit_entry
from portal.errors import NotAllowedNow
from portal.jobs.models import BackgroundWork, Job, JobRun
from portal.jobs.scheduler import queue_run
from portal.jobs.tasks import run_background_work
from portal.organisations.models import Organisation
from portal.types import User


class JobError(NotAllowedNow):
    """The step is not possible now; the message says why, for a person."""


def start_work(
    *,
    organisation: Organisation,
    kind: str,
    title: str,
    payload: bytes = b"",
    options: dict[str, Any] | None = None,
    acting_user: User | None,
) -> BackgroundWork:
    """Record a piece of work for the worker and queue it after commit. Its page shows
    it to ``acting_user`` and the organisation's administrators (to them alone when
    None: a command started it)."""
    with transaction.atomic():
        work = BackgroundWork.objects.create(
            organisation=organisation,
            kind=kind,
            title=title[:300],
            started_by=acting_user,
            payload=payload,
            options=options or {},
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="jobs.work.start",
            target=work,
            detail={"kind": kind, "title": work.title, "bytes": len(payload)},
        )
        transaction.on_commit(lambda: run_background_work.enqueue(work.pk))
    return work


def run_job_now(*, job: Job, acting_user: User) -> JobRun:
    """Queue a run of ``job`` due now (an administrator's "run now")."""
    with transaction.atomic():
        run = queue_run(job, due_at=timezone.now(), requested_by=acting_user)
        if run is None:
            raise JobError("A run of this job was queued at this very moment; try again.")
        write_audit_entry(
            acting_user=acting_user,
            organisation=None,
            verb="jobs.job.run_now",
            target=job,
            detail={"job": job.name},
        )
    return run


def set_job_enabled(*, job: Job, enabled: bool, acting_user: User) -> Job:
    with transaction.atomic():
        locked = Job.objects.select_for_update().get(pk=job.pk)
        locked.enabled = enabled
        locked.save(update_fields=["enabled"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=None,
            verb="jobs.job.resume" if enabled else "jobs.job.pause",
            target=locked,
            detail={"job": locked.name},
        )
    return locked
