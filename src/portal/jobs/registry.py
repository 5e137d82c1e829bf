"""The scheduled jobs apps register, by name.

An app defines a scheduled job in its ``jobs.py`` (imported at start-up by
``portal.jobs.apps``)::

    from portal.jobs.registry import scheduled_job

    @scheduled_job("people.leaver_sweep", cron="15 6 * * *", summary="…")
    def leaver_sweep(*, now: datetime) -> str:
        ...  # idempotent: running it twice for the same ``now`` changes nothing more
        return "3 leavers found, 3 duties opened"

``cron`` is a five-field cron expression in the portal's time zone (Europe/London); the
function gets the time the run was due (``now``), runs outside any transaction (it opens
its own, through actions), and returns a one-line summary for the jobs page. An exception
marks the run failed, with its traceback kept for administrators.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from cronsim import CronSim, CronSimError
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

JobFunction = Callable[..., str]


@dataclass(frozen=True)
class JobDefinition:
    name: str
    cron: str
    summary: str
    function: JobFunction

    def next_after(self, moment: datetime) -> datetime:
        """The first time strictly after ``moment`` that the cron expression names."""
        local = timezone.localtime(moment).replace(second=0, microsecond=0)
        return next(iter(CronSim(self.cron, local)))


_JOBS: dict[str, JobDefinition] = {}


def scheduled_job(name: str, *, cron: str, summary: str) -> Callable[[JobFunction], JobFunction]:
    """Register ``function`` as the scheduled job ``name`` (see the module docstring)."""
    try:
        CronSim(cron, timezone.now())
    except CronSimError as exc:
        raise ImproperlyConfigured(f"scheduled job {name}: cron {cron!r}: {exc}") from None

    def register(function: JobFunction) -> JobFunction:
        existing = _JOBS.get(name)
        if existing is not None and existing.function is not function:
            raise ImproperlyConfigured(f"scheduled job {name} is registered twice")
        _JOBS[name] = JobDefinition(name=name, cron=cron, summary=summary, function=function)
        return function

    return register


def registered_jobs() -> dict[str, JobDefinition]:
    return dict(_JOBS)


def job_definition(name: str) -> JobDefinition | None:
    return _JOBS.get(name)
