"""One vocabulary: the proxy's ``warn`` is stored as the core's ``review`` outcome, in the
records and in the daily rollup, and the migration moves rows stored before."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from policyguard import Outcome
from portal.monitoring.actions import ingest_records
from portal.monitoring.logfile import read_lines
from portal.monitoring.logstore import log_store
from portal.monitoring.models import WebLogEntry
from portal.monitoring.tests.conftest import BLOCKED, record
from portal.organisations.models import Organisation


def test_a_warned_request_is_stored_as_the_cores_review_outcome(oakfield: Organisation) -> None:
    lines = [
        json.dumps(record(outcome="warn")),
        json.dumps(record(**BLOCKED)),
        json.dumps(record(url="http://example.org/x")),
    ]
    records, problems = read_lines(lines)
    assert not problems
    ingest_records(organisation=oakfield, records=records, acting_user=None)

    stored = sorted(WebLogEntry.objects.values_list("outcome", flat=True))
    assert stored == sorted([Outcome.REVIEW, Outcome.BLOCK, Outcome.ALLOW])
    assert {o for o in stored} <= {o.value for o in Outcome}
    warned = WebLogEntry.objects.get(outcome=Outcome.REVIEW)
    assert warned.get_outcome_display() == "warned (review)"
    day = date(2026, 11, 21)
    counts = log_store().daily_counts(oakfield.pk, day, day)
    assert sorted(c.outcome for c in counts if c.records) == sorted(stored)


@pytest.mark.django_db(transaction=True)
def test_the_migration_renames_warn_both_ways() -> None:
    before = [("monitoring", "0004_reports_and_rollups")]
    after = [("monitoring", "0005_outcome_is_the_cores")]
    old = MigrationExecutor(connection).migrate(before).apps
    org = old.get_model("organisations", "Organisation").objects.create(
        slug="oak", name="Oak", pack_slug="oakfield"
    )
    entries = old.get_model("monitoring", "WebLogEntry").objects
    for n, outcome in enumerate(["warn", "block", "allow"]):
        entries.create(
            organisation=org,
            content_hash=f"h{n}",
            at="2026-11-21T09:30:00+00:00",
            url="http://example.org/",
            outcome=outcome,
        )
    old.get_model("monitoring", "WebLogDailyCount").objects.create(
        organisation=org, day="2026-11-21", outcome="warn", records=1
    )

    new = MigrationExecutor(connection).migrate(after).apps
    moved = new.get_model("monitoring", "WebLogEntry").objects
    assert sorted(moved.values_list("outcome", flat=True)) == ["allow", "block", "review"]
    rollup = new.get_model("monitoring", "WebLogDailyCount").objects
    assert list(rollup.values_list("outcome", flat=True)) == ["review"]

    back = MigrationExecutor(connection).migrate(before).apps
    undone = back.get_model("monitoring", "WebLogEntry").objects
    assert sorted(undone.values_list("outcome", flat=True)) == ["allow", "block", "warn"]

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
