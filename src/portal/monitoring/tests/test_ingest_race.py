"""Two proxies send the same batch of web-log records at the same moment (a retry after
a timeout): every record is stored once, and the two answers and their audit rows add
up to the batch, neither counting the other's records as its own (issue 9)."""

from __future__ import annotations

import json

import pytest
from django.db import connection

from portal.audit.models import AuditEntry
from portal.monitoring.actions import IngestReport, ingest_records
from portal.monitoring.logfile import read_lines
from portal.monitoring.models import SafeguardingAlert, WebLogEntry
from portal.monitoring.tests.conftest import ALERT, record
from portal.organisations.models import Organisation
from portal.testing.races import at_once, failures

RECORDS = 1200  # more than one insert batch (500), so the two interleave


@pytest.mark.django_db(transaction=True)
def test_two_identical_batches_at_once_store_and_report_each_record_once(
    oakfield: Organisation,
) -> None:
    if connection.vendor == "sqlite":
        pytest.skip("threads share no in-memory SQLite database; PostgreSQL runs this")
    lines = [
        json.dumps(record(search_term=f"topic {n}", device_id=f"pc{n}")) for n in range(RECORDS)
    ]
    lines.append(json.dumps(record(**ALERT)))
    records, problems = read_lines(lines)
    assert not problems

    def send() -> IngestReport:
        return ingest_records(organisation=oakfield, records=records, acting_user=None)

    reports = at_once([send, send])
    assert failures(reports) == []
    total = RECORDS + 1
    assert WebLogEntry.objects.count() == total
    assert sum(r.stored for r in reports) == total
    assert sum(r.duplicates for r in reports) == total
    assert sum(r.alerts for r in reports) == 1 == SafeguardingAlert.objects.count()
    audited = AuditEntry.objects.filter(verb="monitoring.weblog.ingest")
    assert sum(a.detail["stored"] for a in audited) == total
