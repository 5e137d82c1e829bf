"""Administrators see every job's last run, next run and failures, and can run one now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django.test import Client

from portal.audit.models import AuditEntry
from portal.conftest import NOW
from portal.jobs.models import JobRun, RunStatus
from portal.jobs.registry import JobDefinition, scheduled_job
from portal.jobs.scheduler import schedule_due_jobs
from portal.testing.auth import SecondFactorClient
from portal.types import User


def _jobs() -> None:
    @scheduled_job("test.ok", cron="0 6 * * *", summary="works")
    def ok(*, now: datetime) -> str:
        return "3 things done"

    @scheduled_job("test.broken", cron="0 6 * * *", summary="fails")
    def broken(*, now: datetime) -> str:
        raise RuntimeError("no mail server")


def test_it_shows_last_run_next_run_and_failures_to_a_superuser(
    db: None,
    job_registry: dict[str, JobDefinition],
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    _jobs()
    schedule_due_jobs(now=NOW)
    with django_capture_on_commit_callbacks(execute=True):
        schedule_due_jobs(now=NOW + timedelta(days=1))
    run_worker()
    admin = User.objects.create_superuser("root", password="x")
    client = SecondFactorClient()
    client.force_login(admin)
    page = client.get("/jobs/").content.decode()
    assert "test.ok" in page and "3 things done" in page
    assert "23 Nov 2026 06:00" in page  # the next run
    assert page.count("failed") == 1
    detail = client.get("/jobs/test.broken/").content.decode()
    assert "no mail server" in detail


def test_it_is_refused_to_an_organisation_administrator(client: Client, alice: User) -> None:
    client.force_login(alice)
    assert client.get("/jobs/").status_code == 403


def test_run_now_queues_an_audited_run_the_worker_runs(
    db: None,
    job_registry: dict[str, JobDefinition],
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    _jobs()
    schedule_due_jobs(now=NOW)
    admin = User.objects.create_superuser("root", password="x")
    client = SecondFactorClient()
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/jobs/test.ok/control/", {"do": "run"})
    assert response.status_code == 302
    run_worker()
    run = JobRun.objects.get()
    assert (run.status, run.requested_by) == (RunStatus.SUCCEEDED, admin)
    assert AuditEntry.objects.filter(verb="jobs.job.run_now", actor=admin).count() == 1


def test_a_paused_job_is_not_queued(db: None, job_registry: dict[str, JobDefinition]) -> None:
    _jobs()
    schedule_due_jobs(now=NOW)
    admin = User.objects.create_superuser("root", password="x")
    client = SecondFactorClient()
    client.force_login(admin)
    client.post("/jobs/test.ok/control/", {"do": "pause"})
    queued = schedule_due_jobs(now=NOW + timedelta(days=1))
    assert [r.job.name for r in queued] == ["test.broken"]
