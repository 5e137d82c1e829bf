"""Uploading a web log from the monitoring pages: stored by the task worker in batches,
with progress and every line left out on the work page; for whoever runs the filter."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from portal.audit.models import AuditEntry
from portal.jobs.models import BackgroundWork, RunStatus
from portal.monitoring import ingestion
from portal.monitoring.models import SafeguardingAlert, WebLogEntry
from portal.monitoring.tests.conftest import ALERT, BLOCKED, record
from portal.organisations.models import Organisation
from portal.types import User


def _upload(lines: list[Any], name: str = "vts.jsonl") -> io.BytesIO:
    text = "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines)
    upload = io.BytesIO(text.encode())
    upload.name = name
    return upload


def test_it_stores_the_log_on_the_worker_and_lists_the_lines_left_out(
    client: Client,
    oakfield: Organisation,
    ivan: User,
    dinah: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ingestion, "BATCH", 2)  # three batches, each its own transaction
    client.force_login(ivan)
    page = client.get("/orgs/oakfield/monitoring/ingest/")
    assert page.status_code == 200 and b"Upload a web filter log" in page.content
    lines = [record(), "{oops", record(**BLOCKED), record(outcome="maybe"), record(**ALERT)]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/orgs/oakfield/monitoring/ingest/", {"file": _upload(lines)})
    work = BackgroundWork.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/orgs/oakfield/work/{work.pk}/"
    assert "Waiting for the worker" in client.get(response["Location"]).content.decode()
    assert WebLogEntry.objects.count() == 0
    run_worker()
    work.refresh_from_db()
    assert work.status == RunStatus.SUCCEEDED, work.result
    assert (work.done, work.total) == (3, 3)
    assert WebLogEntry.objects.count() == 3
    assert SafeguardingAlert.objects.count() == 1
    assert AuditEntry.objects.filter(verb="monitoring.weblog.ingest").count() == 2
    shown = client.get(response["Location"]).content.decode()
    assert "3 record(s) stored; 0 stored before were skipped." in shown
    # IT sends the logs but never sees alerts, not even how many a file raised.
    assert "alert(s) raised" not in shown and "went to the safeguarding lead" in shown
    assert "2 line(s) were left out" in shown
    assert [p["line"] for p in work.result["problems"]] == [2, 4]
    assert work.result["problems"][1]["column"] == "outcome"
    # The same file again: nothing twice.
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/orgs/oakfield/monitoring/ingest/", {"file": _upload(lines)})
    run_worker()
    again = BackgroundWork.objects.latest("pk")
    assert again.result["stored"] == 0 and again.result["duplicates"] == 3
    assert WebLogEntry.objects.count() == 3
    # The DSL reads the alerts but does not send the logs (this pack gives that to IT).
    client.force_login(dinah)
    assert client.get("/orgs/oakfield/monitoring/ingest/").status_code == 403


def test_a_file_that_is_not_a_web_log_is_answered_at_once(
    client: Client, oakfield: Organisation, alice: User
) -> None:
    client.force_login(alice)  # an administrator
    upload = io.BytesIO(b"id,name\n1,Jo\n")
    upload.name = "people.csv"
    response = client.post("/orgs/oakfield/monitoring/ingest/", {"file": upload})
    assert response.status_code == 422
    page = response.content.decode()
    assert "this is not a web filter log" in page and "not JSON" in page
    assert BackgroundWork.objects.count() == 0


def test_an_administrator_is_told_the_alerts(
    client: Client,
    oakfield: Organisation,
    alice: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    client.force_login(alice)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/orgs/oakfield/monitoring/ingest/", {"file": _upload([record(**ALERT)])})
    run_worker()
    work = BackgroundWork.objects.get()
    assert "1 safeguarding alert(s) raised." in work.result["message"]


def test_only_those_who_send_the_logs_may_upload(
    client: Client, oakfield: Organisation, bob: User, dave: User, olive: User
) -> None:
    for user in (bob, dave, olive):
        client.force_login(user)
        assert client.get("/orgs/oakfield/monitoring/ingest/").status_code == 403
        answer = client.post("/orgs/oakfield/monitoring/ingest/", {"file": _upload([record()])})
        assert answer.status_code == 403
    assert BackgroundWork.objects.count() == 0
