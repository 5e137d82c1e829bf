"""Control characters and impossible times at the monitoring boundary.

A search for ``%00`` reached the log as a NUL, and PostgreSQL refused the whole batch:
every other learner's alert in it was lost, on every retry. Now control characters are
taken out, what is left is stored, and a record the database still refuses is reported
by its line while the rest are kept. Times outside 2000 to tomorrow are refused, naming
the field, before they can break the pages that read them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from portal.monitoring import logfile as logfile_module
from portal.monitoring.actions import ingest_file
from portal.monitoring.models import SafeguardingAlert, WebLogEntry
from portal.monitoring.tests.conftest import ALERT, record, write_lines
from portal.organisations.models import Organisation
from portal.types import User

NUL_ALERT = {**ALERT, "search_term": "how to\x00 kms", "user": "s1\x00"}


def test_a_nul_in_one_record_loses_no_alert(oakfield: Organisation, tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "d.jsonl", [record(**NUL_ALERT), record(**ALERT, user="s2"), record()]
    )
    report = ingest_file(organisation=oakfield, path=path, acting_user=None)
    assert (report.stored, report.alerts, report.problems) == (3, 2, [])
    stored = WebLogEntry.objects.get(user="s1")
    assert stored.search_term == "how to kms"
    assert SafeguardingAlert.objects.count() == 2


def test_a_record_the_database_refuses_is_reported_by_line(
    oakfield: Organisation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without the cleaning, PostgreSQL refuses the NUL: the others must still be stored.
    monkeypatch.setattr(logfile_module, "clean_tree", lambda value: value)
    path = write_lines(tmp_path / "d.jsonl", [record(**ALERT, user="s2"), record(**NUL_ALERT)])
    report = ingest_file(organisation=oakfield, path=path, acting_user=None)
    assert WebLogEntry.objects.filter(user="s2").exists()
    assert SafeguardingAlert.objects.filter(user="s2").exists()
    if connection.vendor == "postgresql":
        assert report.stored == 1 and report.duplicates == 0
        (problem,) = report.problems
        assert problem.line == 2 and "could not be stored" in problem.message
    else:  # SQLite keeps a NUL
        assert (report.stored, report.problems) == (2, [])


def _weblog(client: Client, headers: dict[str, str], records: list[Any]) -> Any:
    return client.post(
        "/api/v1/orgs/oakfield/weblog",
        json.dumps({"records": records}),
        content_type="application/json",
        **headers,  # type: ignore[arg-type]
    )


def test_the_api_stores_a_batch_with_a_nul(
    client: Client, ivan: User, token_for: Any, oakfield: Organisation
) -> None:
    response = _weblog(client, token_for(ivan), [record(**NUL_ALERT), record()])
    assert response.status_code == 200, response.content
    assert response.json() == {"stored": 2, "duplicates": 0, "alerts": 1}
    assert WebLogEntry.objects.get(user="s1").search_term == "how to kms"


@pytest.mark.parametrize(
    "at", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00", "1999-12-31T23:59:59Z"]
)
def test_the_api_refuses_impossible_times_naming_the_field(
    client: Client, ivan: User, dinah: User, token_for: Any, at: str
) -> None:
    response = _weblog(client, token_for(ivan), [record(), record(at=at, **ALERT)])
    assert response.status_code == 422
    (problem,) = response.json()["error"]["problems"]
    assert problem["field"] == "records.1.at"
    assert "out of range" in problem["message"]
    assert WebLogEntry.objects.count() == 0
    client.force_login(dinah)
    assert client.get("/orgs/oakfield/monitoring/alerts/").status_code == 200
    assert client.get("/orgs/oakfield/monitoring/review/").status_code == 200


def test_a_file_with_a_future_time_reports_that_line(
    oakfield: Organisation, tmp_path: Path
) -> None:
    path = write_lines(tmp_path / "d.jsonl", [record(), record(at="2026-11-23T10:00:00Z")])
    report = ingest_file(organisation=oakfield, path=path, acting_user=None)
    assert report.stored == 1
    (problem,) = report.problems
    assert (problem.line, problem.field) == (2, "at")


def test_an_oversized_body_gets_the_json_413(
    client: Client, ivan: User, token_for: Any, settings: Any
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    response = _weblog(client, token_for(ivan), [record()] * 5)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
