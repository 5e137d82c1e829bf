"""The scheduler queues each due time once, and a real worker runs and records it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ImproperlyConfigured
from django_tasks_db.models import DBTaskResult

from portal.conftest import NOW
from portal.jobs.models import Job, JobRun, RunStatus
from portal.jobs.registry import JobDefinition, scheduled_job
from portal.jobs.scheduler import schedule_due_jobs

LONDON = ZoneInfo("Europe/London")
calls: list[datetime] = []


def _register(name: str = "test.tick", cron: str = "0 6 * * *") -> None:
    @scheduled_job(name, cron=cron, summary="a test job")
    def tick(*, now: datetime) -> str:
        calls.append(now)
        return f"ticked at {now:%H:%M}"


@pytest.fixture(autouse=True)
def _clear_calls() -> None:
    calls.clear()


def test_it_refuses_a_bad_cron_expression(job_registry: dict[str, JobDefinition]) -> None:
    with pytest.raises(ImproperlyConfigured, match=r"test\.bad"):
        scheduled_job("test.bad", cron="61 * * * *", summary="")


def test_it_counts_the_next_run_in_london_time_across_a_clock_change() -> None:
    definition = JobDefinition("x", "0 6 * * *", "", lambda **_: "")
    # The clocks go back on 25 October 2026: 06:00 London is 06:00 UTC after, 05:00 before.
    before = definition.next_after(datetime(2026, 10, 23, 12, 0, tzinfo=LONDON))
    after = definition.next_after(datetime(2026, 10, 25, 12, 0, tzinfo=LONDON))
    assert before.astimezone(ZoneInfo("UTC")).hour == 5
    assert after.astimezone(ZoneInfo("UTC")).hour == 6


def test_it_schedules_a_new_job_for_its_next_time_not_at_once(
    db: None, job_registry: dict[str, JobDefinition]
) -> None:
    _register()
    assert schedule_due_jobs(now=NOW) == []
    job = Job.objects.get(name="test.tick")
    assert job.next_run_at == datetime(2026, 11, 22, 6, 0, tzinfo=LONDON)


def test_it_queues_a_due_time_once_however_many_schedulers_ask(
    db: None, job_registry: dict[str, JobDefinition], django_capture_on_commit_callbacks: Any
) -> None:
    _register()
    schedule_due_jobs(now=NOW)
    later = datetime(2026, 11, 22, 6, 0, 30, tzinfo=LONDON)
    with django_capture_on_commit_callbacks(execute=True):
        first = schedule_due_jobs(now=later)
        second = schedule_due_jobs(now=later)
    assert len(first) == 1 and second == []
    assert JobRun.objects.count() == 1
    assert DBTaskResult.objects.count() == 1
    assert Job.objects.get().next_run_at == datetime(2026, 11, 23, 6, 0, tzinfo=LONDON)


def test_it_runs_once_after_missing_several_due_times(
    db: None, job_registry: dict[str, JobDefinition]
) -> None:
    _register()
    schedule_due_jobs(now=NOW)
    five_days_on = NOW + timedelta(days=5)
    assert len(schedule_due_jobs(now=five_days_on)) == 1
    assert Job.objects.get().next_run_at == datetime(2026, 11, 27, 6, 0, tzinfo=LONDON)


def test_a_real_worker_runs_the_job_and_records_its_summary(
    db: None,
    job_registry: dict[str, JobDefinition],
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    _register()
    schedule_due_jobs(now=NOW)
    with django_capture_on_commit_callbacks(execute=True):
        schedule_due_jobs(now=NOW + timedelta(days=1))
    run_worker()
    run = JobRun.objects.get()
    assert run.status == RunStatus.SUCCEEDED
    assert run.summary == "ticked at 06:00"
    assert calls == [datetime(2026, 11, 22, 6, 0, tzinfo=LONDON)]
    # The same task handed to a worker again (a retry after a crash) runs nothing.
    from portal.jobs.tasks import run_job

    assert run_job.call(run.pk) == "not queued: already run"
    assert len(calls) == 1


def test_a_failing_job_is_recorded_and_stays_scheduled(
    db: None,
    job_registry: dict[str, JobDefinition],
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    @scheduled_job("test.broken", cron="0 6 * * *", summary="fails")
    def broken(*, now: datetime) -> str:
        raise RuntimeError("the mail server is down")

    schedule_due_jobs(now=NOW)
    with django_capture_on_commit_callbacks(execute=True):
        schedule_due_jobs(now=NOW + timedelta(days=1))
    run_worker()
    run = JobRun.objects.get()
    assert run.status == RunStatus.FAILED
    assert "the mail server is down" in run.error
    assert DBTaskResult.objects.get().status == "FAILED"
    assert Job.objects.get().next_run_at == datetime(2026, 11, 23, 6, 0, tzinfo=LONDON)


def test_a_job_removed_from_the_code_is_marked_and_not_run(
    db: None, job_registry: dict[str, JobDefinition]
) -> None:
    _register()
    schedule_due_jobs(now=NOW)
    job_registry.clear()
    assert schedule_due_jobs(now=NOW + timedelta(days=2)) == []
    assert Job.objects.get().registered is False
