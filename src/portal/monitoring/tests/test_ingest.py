from __future__ import annotations

import gc
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import transaction

from portal.audit.models import AuditEntry
from portal.errors import Rejected as IngestRejected
from portal.monitoring.actions import ingest_file, ingest_records
from portal.monitoring.logfile import read_lines
from portal.monitoring.models import SafeguardingAlert, WebLogEntry
from portal.monitoring.tests.conftest import ALERT, BLOCKED, record, write_lines
from portal.organisations.models import Organisation
from portal.types import User


def test_it_stores_good_lines_reports_bad_ones_and_exits_non_zero(
    oakfield: Organisation, tmp_path: Path
) -> None:
    path = write_lines(
        tmp_path / "decisions.jsonl",
        [
            record(),
            "{not json",
            record(outcome="maybe"),
            "",
            record(at="2026-11-21T09:30:00"),  # no offset: refused, never guessed
            record(client_ip="not-an-ip", **BLOCKED),
            record(**BLOCKED),
        ],
    )
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("ingest_weblog", "--org", "oakfield", str(path), stderr=err)
    assert raised.value.returncode == 1
    lines = err.getvalue().splitlines()
    assert lines[0].startswith(f"{path}:2: record: not JSON")
    assert lines[1] == f"{path}:3: outcome: Input should be 'allow', 'warn' or 'block'"
    assert lines[2].startswith(f"{path}:5: at: Value error, give the time with its offset")
    assert lines[3].startswith(f"{path}:6: client_ip:")
    assert WebLogEntry.objects.count() == 2  # lines 1 and 7, whole


def test_it_ingests_the_same_file_twice_without_doubling(
    oakfield: Organisation, tmp_path: Path
) -> None:
    path = write_lines(tmp_path / "d.jsonl", [record(), record(**BLOCKED), record(**ALERT)])
    first = ingest_file(organisation=oakfield, path=path, acting_user=None)
    assert (first.stored, first.duplicates, first.alerts) == (3, 0, 1)
    # The same records spaced differently hash the same.
    text = path.read_text().replace('", "', '","')
    again = tmp_path / "again.jsonl"
    again.write_text(text + text)
    second = ingest_file(organisation=oakfield, path=again, acting_user=None)
    assert (second.stored, second.duplicates, second.alerts) == (0, 6, 0)
    assert WebLogEntry.objects.count() == 3 and SafeguardingAlert.objects.count() == 1


@pytest.mark.clause("NCLT-02", "QTSD-03", "VTS-24", "LI-17")
def test_it_keeps_the_dfe_fields(oakfield: Organisation) -> None:
    records, _ = read_lines([__import__("json").dumps(record(**BLOCKED))])
    ingest_records(organisation=oakfield, records=records, acting_user=None)
    entry = WebLogEntry.objects.get()
    assert (entry.device, entry.device_id, entry.client_ip, entry.user) == (
        "learner_pc",
        "lab1-pc07",
        "10.10.1.7",
        "s123456",
    )
    assert entry.at.isoformat() == "2026-11-21T09:30:00+00:00"
    assert (entry.outcome, entry.category, entry.entry, entry.clauses) == (
        "block",
        "social_networks",
        "instagram.com",
        ["OAK-01"],
    )


def test_all_or_nothing_stores_nothing(oakfield: Organisation) -> None:
    records, problems = read_lines(['{"url": "x"}', __import__("json").dumps(record())])
    with pytest.raises(IngestRejected):
        ingest_records(
            organisation=oakfield,
            records=records,
            problems=problems,
            all_or_nothing=True,
            acting_user=None,
        )
    assert not WebLogEntry.objects.exists()


@pytest.mark.clause("VTS-24", "WCUC-04", "QTSD-11")
def test_an_alert_goes_to_the_dsl_at_once_with_mail_after_commit(
    oakfield: Organisation,
    dinah: User,
    ivan: User,
    django_capture_on_commit_callbacks: object,
    run_worker: Callable[[], None],
) -> None:
    records, _ = read_lines([__import__("json").dumps(record(**ALERT))])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:  # type: ignore[operator]
        report = ingest_records(organisation=oakfield, records=records, acting_user=None)
        assert report.alerts == 1
        assert mail.outbox == []  # nothing is sent inside the transaction
    alert = SafeguardingAlert.objects.get()
    assert (alert.routed_role, alert.term, alert.category, alert.severity) == (
        "dsl",
        "kill myself",
        "self_harm",
        "high",
    )  # the strongest term, not the first
    assert (alert.user, alert.device_id, alert.client_ip) == ("s123456", "lab1-pc07", "10.10.1.7")
    assert AuditEntry.objects.filter(verb="monitoring.alert.raise").count() == 1
    assert len(callbacks) == 1  # the notification (inbox, then e-mail on the worker)
    for callback in callbacks:
        callback()
    assert mail.outbox == []  # the worker sends it, not the request
    run_worker()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["dinah@oakfield.test"]  # the DSL, not IT
    assert "self_harm (high)" in message.body
    assert "kms" not in message.body  # the words searched for stay behind the sign-in


def test_no_mail_when_the_transaction_rolls_back(
    oakfield: Organisation, dinah: User, django_capture_on_commit_callbacks: object
) -> None:
    records, _ = read_lines([__import__("json").dumps(record(**ALERT))])
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        try:
            with transaction.atomic():
                ingest_records(organisation=oakfield, records=records, acting_user=None)
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert mail.outbox == [] and not SafeguardingAlert.objects.exists()


def test_ingestion_leaves_the_cycle_collector_as_it_found_it(
    oakfield: Organisation, tmp_path: Path
) -> None:
    """Ingestion pauses Python's cycle collector while it reads and stores a file; it is
    back on afterwards, also when the file cannot be read, and stays off where it was."""
    path = write_lines(tmp_path / "decisions.jsonl", [record(), record(**BLOCKED)])
    assert gc.isenabled()
    report = ingest_file(organisation=oakfield, path=path, acting_user=None)
    assert report.stored == 2
    assert gc.isenabled()
    with pytest.raises(OSError):
        ingest_file(organisation=oakfield, path=tmp_path / "missing.jsonl", acting_user=None)
    assert gc.isenabled()
    gc.disable()
    try:
        ingest_file(organisation=oakfield, path=path, acting_user=None)
        assert not gc.isenabled()
    finally:
        gc.enable()
