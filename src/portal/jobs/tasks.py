"""The tasks the worker runs for this app: one scheduled-job run, one piece of
background work. Both are safe to run twice: a run or a piece of work that is no longer
queued is left alone, so a task retried after a worker died does nothing more."""

from __future__ import annotations

import logging
import traceback

from django.utils import timezone
from django_tasks import task

from portal.jobs.models import BackgroundWork, JobRun, RunStatus
from portal.jobs.registry import job_definition
from portal.jobs.work import Progress, work_handler

logger = logging.getLogger("portal.jobs")


def _claim(model: type[JobRun] | type[BackgroundWork], pk: int) -> bool:
    # Compare-and-set on the status: of two workers handed the same id, one wins.
    return (
        model.objects.filter(pk=pk, status=RunStatus.QUEUED).update(
            status=RunStatus.RUNNING, started_at=timezone.now()
        )
        == 1
    )


@task()
def run_job(run_id: int) -> str:
    """Run one due run of a scheduled job and record how it went."""
    if not _claim(JobRun, run_id):
        return "not queued: already run"
    run = JobRun.objects.select_related("job").get(pk=run_id)
    definition = job_definition(run.job.name)
    try:
        if definition is None:
            raise LookupError(f"no scheduled job {run.job.name!r} is defined in the code")
        summary = definition.function(now=run.due_at)
    except Exception as exc:
        logger.exception("scheduled job %s (run %s) failed", run.job.name, run.pk)
        JobRun.objects.filter(pk=run.pk).update(
            status=RunStatus.FAILED,
            finished_at=timezone.now(),
            error="".join(traceback.format_exception(exc))[-10000:],
        )
        raise
    logger.info("scheduled job %s (run %s): %s", run.job.name, run.pk, summary)
    JobRun.objects.filter(pk=run.pk).update(
        status=RunStatus.SUCCEEDED, finished_at=timezone.now(), summary=str(summary)[:2000]
    )
    return str(summary)


@task()
def run_background_work(work_id: int) -> str:
    """Run one piece of background work with its registered handler."""
    if not _claim(BackgroundWork, work_id):
        return "not queued: already run"
    work = BackgroundWork.objects.get(pk=work_id)
    handler = work_handler(work.kind)
    progress = Progress(work.pk)
    try:
        if handler is None:
            raise LookupError(f"no background work {work.kind!r} is defined in the code")
        result = handler(work, progress)
    except Exception:
        logger.exception("background work %s #%s failed", work.kind, work.pk)
        BackgroundWork.objects.filter(pk=work.pk).update(
            status=RunStatus.FAILED,
            finished_at=timezone.now(),
            payload=b"",
            result={
                "error": "The work stopped with an unexpected error; nothing was lost "
                "that had been saved. Administrators can see the details in the log."
            },
        )
        raise
    BackgroundWork.objects.filter(pk=work.pk).update(
        status=RunStatus.SUCCEEDED if not result.get("failed") else RunStatus.FAILED,
        finished_at=timezone.now(),
        payload=b"",
        result=result,
        stage="finished",
    )
    return str(result.get("message", ""))
