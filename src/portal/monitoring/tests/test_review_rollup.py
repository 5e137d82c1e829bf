"""The log store's rollups stay equal to a count of the raw records after ingestion,
duplicates, review and retention's purge (deleting or anonymising), and when ingestion
and reviewers race (PostgreSQL): the learner rollup (the review's learner-days and the
report's top users) and the daily rollup with its review cells (the organisation's
counts). The review page reads them, with the same number of queries whatever the log's
size. olive (office manager) reviews; dinah (DSL) also sees alerts."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
import yaml
from django.db import connection
from django.test import Client
from django.utils import timezone

from portal.conftest import NOW
from portal.monitoring.actions import ingest_records, mark_reviewed
from portal.monitoring.logfile import read_lines
from portal.monitoring.logstore import (
    CELL_BITS,
    REVIEW_CELLS,
    rebuild_days,
    rebuild_learner_days,
    recount_days,
    recount_learner_days,
    recount_review_days,
)
from portal.monitoring.models import (
    AlertStatus,
    SafeguardingAlert,
    WebLogDailyCount,
    WebLogDailyUser,
    WebLogEntry,
    WebLogReviewDays,
)
from portal.monitoring.tests.conftest import ALERT, BLOCKED, monitored_pack, record
from portal.organisations.models import Organisation
from portal.retention.actions import purge_expired
from portal.testing.lists import queries_for
from portal.testing.races import at_once, failures
from portal.types import User

URL = "/orgs/oakfield/monitoring/review/"
MARKS = ("records", "blocks", "searches", "alerts", *REVIEW_CELLS)
DAY_KEYS = ("outcome", "category", "audience")
DAY_MARKS = ("records", "searches", "reviewable", "alerts", *REVIEW_CELLS)


def rollup(organisation: Organisation) -> dict[tuple[date, str], dict[str, int]]:
    return {
        (row["day"], row["learner"]): {m: row[m] for m in MARKS}
        for row in WebLogDailyUser.objects.filter(organisation=organisation).values(
            "day", "learner", *MARKS
        )
    }


def recount(organisation: Organisation) -> dict[tuple[date, str], dict[str, int]]:
    return {
        (row["rollup_day"], row["rollup_learner"]): {m: row[m] for m in MARKS}
        for row in recount_learner_days(organisation.pk)
    }


def daily_totals(organisation: Organisation) -> dict[tuple[date, str, str], int]:
    found: dict[tuple[date, str, str], int] = {}
    for row in WebLogDailyCount.objects.filter(organisation=organisation):
        found[(row.day, row.outcome, row.category)] = row.records
    return found


def daily_rollup(organisation: Organisation) -> dict[tuple[Any, ...], dict[str, int]]:
    return {
        (row["day"], *(row[k] for k in DAY_KEYS)): {m: row[m] for m in DAY_MARKS}
        for row in WebLogDailyCount.objects.filter(organisation=organisation).values(
            "day", *DAY_KEYS, *DAY_MARKS
        )
    }


def daily_recount(organisation: Organisation) -> dict[tuple[Any, ...], dict[str, int]]:
    return {
        (row["rollup_day"], *(row[k] for k in DAY_KEYS)): {m: row[m] for m in DAY_MARKS}
        for row in recount_days(organisation.pk)
    }


def assert_rollups_match(organisation: Organisation) -> None:
    assert rollup(organisation) == recount(organisation)
    counted: dict[tuple[date, str, str], int] = {}
    for entry in WebLogEntry.objects.filter(organisation=organisation):
        key = (timezone.localtime(entry.at).date(), entry.outcome, entry.category)
        counted[key] = counted.get(key, 0) + 1
    assert daily_totals(organisation) == counted
    # The daily rollup's review cells too (the review's counts for the organisation),
    # and each day's cells are the sum of its learner-days'.
    assert daily_rollup(organisation) == daily_recount(organisation)
    by_day: dict[date, dict[str, int]] = {}
    for (day, _), marks in rollup(organisation).items():
        found = by_day.setdefault(day, dict.fromkeys(REVIEW_CELLS, 0))
        for cell in REVIEW_CELLS:
            found[cell] += marks[cell]
    summed: dict[date, dict[str, int]] = {}
    for (day, *_), marks in daily_rollup(organisation).items():
        found = summed.setdefault(day, dict.fromkeys(REVIEW_CELLS, 0))
        for cell in REVIEW_CELLS:
            found[cell] += marks[cell]
    assert summed == by_day
    # The learner-days of each set of cells (the review's count of groups).
    kept = {
        (row.day, row.open, row.cells): row.learner_days
        for row in WebLogReviewDays.objects.filter(organisation=organisation)
        if row.learner_days
    }
    assert kept == recount_review_days(organisation.pk)


def _ingest(organisation: Organisation, lines: list[dict[str, Any]]) -> None:
    records, problems = read_lines(json.dumps(line) for line in lines)
    assert not problems
    ingest_records(organisation=organisation, records=records, acting_user=None)


def _mixed(days_ago: int, users: int = 4) -> list[dict[str, Any]]:
    at = (NOW - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines: list[dict[str, Any]] = []
    for n in range(users):
        user = {"user": f"s{n}"} if n else {"user": "", "device_id": f"pc{days_ago}"}
        lines += [
            record(at=at, search_term=f"topic {n}", **user),
            record(at=at, **BLOCKED, **user),
            record(at=at, **{**BLOCKED, "search_term": f"blocked {n}"}, **user),
            record(at=at, url=f"https://site{n}.test/", search_site="", search_term="", **user),
            # A warning page the person went past: stored as the core's "review".
            record(
                at=at,
                url=f"https://warn{n}.test/",
                search_site="",
                search_term="",
                outcome="warn",
                **user,
            ),
        ]
    lines.append(record(at=at, user="s1", **ALERT))
    return lines


def test_the_rollup_equals_a_recount_after_ingestion_duplicates_review_and_deletion(
    oakfield: Organisation, olive: User, dinah: User
) -> None:
    _ingest(oakfield, _mixed(400) + _mixed(2) + _mixed(0))
    assert_rollups_match(oakfield)
    # Counting again (the benchmark's bulk load) gives the rollups ingestion kept.
    kept = (daily_rollup(oakfield), rollup(oakfield), recount_review_days(oakfield.pk))
    assert (rebuild_days(oakfield.pk), rebuild_learner_days(oakfield.pk)) == tuple(
        map(len, kept[:2])
    )
    assert (daily_rollup(oakfield), rollup(oakfield)) == kept[:2]
    assert_rollups_match(oakfield)
    assert recount_review_days(oakfield.pk) == kept[2]
    _ingest(oakfield, _mixed(0) + _mixed(2))  # duplicates: nothing more counted
    assert_rollups_match(oakfield)
    today = NOW.date()
    mark_reviewed(
        organisation=oakfield, learner="s1", day=today, acting_user=olive, with_alerts=False
    )
    mark_reviewed(
        organisation=oakfield, learner="s1", day=today, acting_user=dinah, with_alerts=True
    )
    mark_reviewed(
        organisation=oakfield,
        learner="pc2",
        day=today - timedelta(days=2),
        acting_user=olive,
        with_alerts=False,
    )
    assert_rollups_match(oakfield)
    s1 = rollup(oakfield)[(today, "s1")]
    assert s1["searched_open"] == 0 and s1["alert_searched_open"] == 0 and s1["searched"] == 1
    # A year on (web logs are kept twelve months): the old day goes from the records and
    # from both rollups; the alert's evidence (an open alert) stays, and stays counted.
    purge_expired(organisation=oakfield, now=NOW)
    assert_rollups_match(oakfield)
    old_day = (NOW - timedelta(days=400)).date()
    assert {key for key in rollup(oakfield) if key[0] == old_day} == {(old_day, "s1")}
    assert rollup(oakfield)[(old_day, "s1")]["records"] == 1
    # Closed, the alert goes too (the alerts' own period, two years, has not passed;
    # purge a year later still).
    SafeguardingAlert.objects.update(status=AlertStatus.CLOSED)
    purge_expired(organisation=oakfield, now=NOW + timedelta(days=800))
    assert WebLogEntry.objects.count() == 0
    assert rollup(oakfield) == {} and daily_totals(oakfield) == {}


def test_anonymised_records_leave_their_learner_for_unknown(
    oakfield: Organisation, olive: User
) -> None:
    pack = yaml.safe_load(monitored_pack())
    pack["retention"] = {"periods": {"web_logs": {"days": 30, "action": "anonymise"}}}
    oakfield.pack_yaml = yaml.safe_dump(pack, sort_keys=False)
    oakfield.save(update_fields=["pack_yaml"])
    _ingest(oakfield, _mixed(40) + _mixed(0))
    old_day = (NOW - timedelta(days=40)).date()
    mark_reviewed(
        organisation=oakfield, learner="s2", day=old_day, acting_user=olive, with_alerts=False
    )
    before = daily_totals(oakfield)
    purge_expired(organisation=oakfield, now=NOW)
    assert_rollups_match(oakfield)
    assert daily_totals(oakfield) == before  # the report's counts keep every record
    old = {key[1] for key in rollup(oakfield) if key[0] == old_day}
    assert old == {"unknown", "s1"}  # s1's alert evidence is held
    # Four learners' five records each, the words searched for gone: a blocked search is
    # a blocked page now, a search a visit; s2's two blocks were reviewed.
    unknown = rollup(oakfield)[(old_day, "unknown")]
    assert (unknown["records"], unknown["searched"], unknown["searches"]) == (20, 0, 0)
    assert (unknown["blocked"], unknown["blocked_open"], unknown["visited"]) == (8, 6, 12)
    # The review shows the anonymised day under "unknown", and marking it works.
    client = Client()
    client.force_login(olive)
    response = client.get(URL + f"?day={old_day.isoformat()}")
    assert [g.learner for g in response.context["groups"]] == ["unknown"]
    marked = mark_reviewed(
        organisation=oakfield, learner="unknown", day=old_day, acting_user=olive, with_alerts=False
    )
    assert marked == 6
    assert_rollups_match(oakfield)


def test_the_page_counts_match_the_records_in_each_scope(
    client: Client, oakfield: Organisation, olive: User, dinah: User
) -> None:
    _ingest(oakfield, _mixed(0))
    client.force_login(olive)
    groups = {g.learner: g for g in client.get(URL).context["groups"]}
    assert client.get(URL).context["groups"].paginator.count == 4 == len(groups)
    s1 = groups["s1"]
    assert (s1.total, s1.unreviewed, s1.searches, s1.blocked) == (3, 3, 2, 2)
    assert len(s1.entries) == 3  # the plain visit is not reviewable; the alert is not olive's
    client.force_login(dinah)
    s1 = {g.learner: g for g in client.get(URL).context["groups"]}["s1"]
    assert (s1.total, s1.searches, len(s1.entries)) == (4, 3, 4)
    assert client.get(URL).context["unreviewed"] == 4 * 3 + 1
    blocks = {g.learner: g for g in client.get(URL + "?kind=block").context["groups"]}
    # Each view's count of groups (learner-days) is the number of groups it shows.
    views = ("", "?kind=block", "?kind=search", "?status=any", f"?day={NOW.date()}")
    for query in views:
        page = client.get(URL + query).context["groups"]
        assert page.paginator.count == len(page.object_list) > 0, query
    assert (
        client.get(URL + f"?day={NOW.date() - timedelta(days=1)}").context["groups"].paginator.count
        == 0
    )
    assert (blocks["s1"].total, blocks["s1"].searches, blocks["s1"].blocked) == (2, 1, 2)
    mark_reviewed(
        organisation=oakfield, learner="s1", day=NOW.date(), acting_user=dinah, with_alerts=True
    )
    assert "s1" not in {g.learner for g in client.get(URL).context["groups"]}
    assert client.get(URL).context["groups"].paginator.count == 3
    assert client.get(URL + "?status=any").context["groups"].paginator.count == 4
    reviewed = {g.learner: g for g in client.get(URL + "?status=any").context["groups"]}["s1"]
    assert (reviewed.total, reviewed.unreviewed) == (4, 0)
    # The entries list counts from the rollup too; a text search counts its rows.
    for query, rows in (("", 9), ("?status=any", 13), ("?status=any&learner=s1", 4)):
        page = client.get(URL + "entries/" + query)
        assert page.context["table"].page.paginator.count == rows, query
    searched = client.get(URL + "entries/?status=any&q=topic")
    assert searched.context["table"].page.paginator.count == 4  # the four "topic" searches


def test_the_rollup_page_runs_the_same_queries_at_any_size(
    client: Client, oakfield: Organisation, dinah: User
) -> None:
    _ingest(oakfield, _mixed(0, users=2))
    client.force_login(dinah)
    urls = [URL, URL + "?status=any&kind=search", URL + "?learner=s1", URL + "print/"]
    small = [queries_for(client, url) for url in urls]
    _ingest(oakfield, _mixed(1, users=40) + _mixed(3, users=40))
    assert [queries_for(client, url) for url in urls] == small


@pytest.mark.django_db(transaction=True)
def test_the_rollups_stay_exact_when_ingestion_and_reviewers_race(
    oakfield: Organisation, olive: User, dinah: User
) -> None:
    """Two proxies send the same records while two reviewers mark the same learner-day:
    each record is counted once and taken from the open cells once, in both rollups."""
    if connection.vendor == "sqlite":
        pytest.skip("threads share no in-memory SQLite database; PostgreSQL runs this")
    _ingest(oakfield, _mixed(0, users=30))
    # A day stored (duplicates), more of s1's searches that day, and a day new.
    at = NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
    more = [record(at=at, user="s1", search_term=f"more {n}") for n in range(50)]
    lines = _mixed(0, users=30) + more + _mixed(1, users=300)
    records, problems = read_lines(json.dumps(line) for line in lines)
    assert not problems

    def ingest() -> object:
        return ingest_records(organisation=oakfield, records=records, acting_user=None)

    def review(reviewer: User, with_alerts: bool) -> Callable[[], object]:
        return lambda: mark_reviewed(
            organisation=oakfield,
            learner="s1",
            day=NOW.date(),
            acting_user=reviewer,
            with_alerts=with_alerts,
        )

    results = at_once([ingest, ingest, review(olive, False), review(dinah, True)])
    assert failures(results) == []
    assert WebLogEntry.objects.count() == len(lines)
    assert_rollups_match(oakfield)
    assert rollup(oakfield)[(NOW.date(), "s1")]["alert_searched_open"] == 0


def test_the_migration_numbers_the_cells_as_the_store_does() -> None:
    migration = importlib.import_module("portal.monitoring.migrations.0008_review_days")
    assert {cell: 1 << n for n, cell in enumerate(migration.CELLS)} == CELL_BITS
