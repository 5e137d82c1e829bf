"""The same behaviour from every log store (``POLICYGUARD_LOG_STORE``): each test runs on
the portal's database and on a real ClickHouse server (``store_engine``). Writes go
through the project's own actions (ingestion, "mark reviewed", retention's purge); every
read of the ``LogStore`` interface must then equal a count of the raw records. olive
(office manager) reviews without alerts; dinah (DSL) with them."""

from __future__ import annotations

import csv
import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from io import StringIO
from typing import Any

import pytest
import yaml
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from portal.conftest import NOW
from portal.monitoring.actions import IngestReport, ingest_records, mark_reviewed
from portal.monitoring.clickhouse_store import ClickHouseLogStore
from portal.monitoring.history import history_scope
from portal.monitoring.logfile import read_lines
from portal.monitoring.logstore import (
    BLOCK_KINDS,
    SEARCH_KINDS,
    DailyCount,
    DatabaseLogStore,
    LearnerCount,
    ReviewDay,
    ReviewEntry,
    ReviewScope,
    history_in_database,
    in_scope,
    log_store,
    recount_learner_days,
)
from portal.monitoring.models import AlertStatus, SafeguardingAlert, WebLogEntry
from portal.monitoring.tests.conftest import monitored_pack, record
from portal.monitoring.tests.test_review_rollup import _ingest, _mixed
from portal.notifications.recipients import access_of
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.retention.actions import purge_expired
from portal.testing.races import at_once, failures
from portal.types import User

TODAY = NOW.date()
FIRST = TODAY - timedelta(days=500)
SCOPES = [
    ReviewScope(with_alerts=False, every_visit=False),
    ReviewScope(with_alerts=True, every_visit=False),
    ReviewScope(with_alerts=True, every_visit=True, unreviewed_only=False),
    ReviewScope(with_alerts=False, every_visit=True, kind="search", unreviewed_only=False),
    ReviewScope(with_alerts=True, every_visit=False, kind="block"),
    ReviewScope(with_alerts=True, every_visit=True, learner="s1", unreviewed_only=False),
    ReviewScope(with_alerts=True, every_visit=True, day=TODAY),
]

Commit = Callable[..., Any]


@contextmanager
def held_as_records(*organisations: Organisation) -> Iterator[None]:
    """What the expected values are counted from: the portal's database's raw records.
    Under the ClickHouse store the database holds only the records behind alerts, so
    for the block the records the store holds (with their review marks) are copied into
    it, in a savepoint rolled back after; that the store holds the right records is
    tested on its own (``test_the_clickhouse_store_writes_only_alert_evidence_...``)."""
    store = log_store()
    if not isinstance(store, ClickHouseLogStore):
        yield
        return
    with transaction.atomic():
        for organisation in organisations:
            _copy_into_database(store, organisation)
        yield
        transaction.set_rollback(True)


def _copy_into_database(store: ClickHouseLogStore, organisation: Organisation) -> None:
    columns = (
        "content_hash, at_us, device, device_id, client_ip, user, audience, url, outcome, "
        "reason, category, entry, clauses, search_site, search_term, terms, alert, ingested_us"
    )
    rows = store._query(
        f"SELECT {columns} FROM {store.database}.weblog_record WHERE organisation_id = %(org)s",
        {"org": organisation.pk},
    )
    marks = {
        digest: (at, reviewer)
        for digest, at, reviewer in store._query(
            "SELECT content_hash, min(reviewed_us), argMin(reviewer, reviewed_us) "
            f"FROM {store.database}.weblog_review WHERE organisation_id = %(org)s "
            "GROUP BY content_hash",
            {"org": organisation.pk},
        )
    }
    reviewers = {u.get_username(): u for u in User.objects.all()}
    held = set(
        WebLogEntry.objects.filter(organisation=organisation).values_list("content_hash", flat=True)
    )
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    made = []
    for digest, at, *values, clauses, site, term, terms, alert, ingested in rows:
        if digest in held:
            continue
        mark = marks.get(digest)
        made.append(
            WebLogEntry(
                organisation=organisation,
                content_hash=digest,
                at=epoch + timedelta(microseconds=at),
                **dict(
                    zip(
                        (
                            "device",
                            "device_id",
                            "client_ip",
                            "user",
                            "audience",
                            "url",
                            "outcome",
                            "reason",
                            "category",
                            "entry",
                        ),
                        values,
                        strict=True,
                    )
                ),
                clauses=json.loads(clauses),
                search_site=site,
                search_term=term,
                terms=json.loads(terms),
                alert=bool(alert),
                ingested_at=epoch + timedelta(microseconds=ingested),
                reviewed_at=epoch + timedelta(microseconds=mark[0]) if mark else None,
                reviewed_by=reviewers.get(mark[1]) if mark else None,
            )
        )
    WebLogEntry.objects.bulk_create(made)


def expected_days(organisation: Organisation, scope: ReviewScope) -> list[ReviewDay]:
    """The review's learner-days of ``scope``, counted from the raw records."""
    state = "_open" if scope.unreviewed_only else ""
    kinds = scope.kinds()
    found: list[ReviewDay] = []
    for row in recount_learner_days(organisation.pk):
        day, learner = row["rollup_day"], row["rollup_learner"]
        if (scope.learner and learner != scope.learner) or scope.day not in (None, day):
            continue

        def total(cells: list[str], row: dict[str, Any] = row) -> int:
            return sum(row[c] for c in cells)

        in_scope = total(scope.cells(kinds, state=state))
        if in_scope:
            found.append(
                ReviewDay(
                    learner=learner,
                    day=day,
                    total=in_scope,
                    unreviewed=total(scope.cells(kinds, state="_open")),
                    searches=total(
                        scope.cells([k for k in kinds if k in SEARCH_KINDS], state=state)
                    ),
                    blocked=total(scope.cells([k for k in kinds if k in BLOCK_KINDS], state=state)),
                )
            )
    return sorted(found, key=lambda d: (-d.day.toordinal(), d.learner))


def expected_daily(organisation: Organisation) -> list[DailyCount]:
    counts: dict[tuple[date, str, str, str], list[int]] = {}
    for entry in WebLogEntry.objects.filter(organisation=organisation):
        key = (timezone.localtime(entry.at).date(), entry.outcome, entry.category, entry.audience)
        found = counts.setdefault(key, [0, 0, 0, 0])
        searched, blocked = bool(entry.search_term), entry.outcome == "block"
        found[0] += 1
        found[1] += searched
        found[2] += searched or blocked
        found[3] += entry.alert
    return [DailyCount(*key, *counts[key]) for key in sorted(counts)]


def expected_top(organisation: Organisation, by: str, limit: int) -> list[LearnerCount]:
    totals: dict[str, list[int]] = {}
    for row in recount_learner_days(organisation.pk):
        found = totals.setdefault(row["rollup_learner"], [0, 0, 0, 0])
        for n, mark in enumerate(("records", "blocks", "searches", "alerts")):
            found[n] += row[mark]
    rows = [LearnerCount(learner, *counts) for learner, counts in totals.items()]
    rows = [r for r in rows if getattr(r, by) > 0]
    return sorted(rows, key=lambda r: (-getattr(r, by), r.learner))[:limit]


def assert_store_matches(organisation: Organisation) -> None:
    """Every read of the configured store equals a count of the raw records."""
    with held_as_records(organisation):
        _assert_store_matches(organisation)


def _assert_store_matches(organisation: Organisation) -> None:
    store = log_store()
    for scope in SCOPES:
        wanted = expected_days(organisation, scope)
        days = store.review_days(organisation.pk, scope)
        assert days.count() == len(wanted), scope
        assert days[0:1000] == wanted, scope
        assert days[1:3] == wanted[1:3], scope  # a page of the paginator
        assert store.count(organisation.pk, scope) == sum(d.total for d in wanted), scope
    daily = store.daily_counts(organisation.pk, FIRST, TODAY)
    assert sorted(daily, key=lambda d: (d.day, d.outcome, d.category, d.audience)) == (
        expected_daily(organisation)
    )
    for by in ("blocks", "searches"):
        for limit in (2, 50):
            assert store.top_learners(organisation.pk, FIRST, TODAY, by=by, limit=limit) == (
                expected_top(organisation, by, limit)
            )


@pytest.fixture
def committed(django_capture_on_commit_callbacks: Any) -> Commit:
    """Runs a write as if its transaction committed (the test's own transaction never
    does): the ClickHouse store sends its rows on commit."""

    def run(action: Callable[..., Any], **kwargs: Any) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return action(**kwargs)

    return run


def test_every_store_reads_what_ingestion_review_and_deletion_left(
    store_engine: str, oakfield: Organisation, olive: User, dinah: User, committed: Commit
) -> None:
    committed(_ingest, organisation=oakfield, lines=_mixed(400) + _mixed(2) + _mixed(0))
    assert_store_matches(oakfield)
    assert log_store().count(oakfield.pk, SCOPES[1]) > 0
    committed(_ingest, organisation=oakfield, lines=_mixed(0) + _mixed(2))  # duplicates
    assert_store_matches(oakfield)
    for reviewer, alerts, learner, day in (
        (olive, False, "s1", TODAY),
        (dinah, True, "s1", TODAY),
        (olive, False, "pc2", TODAY - timedelta(days=2)),
    ):
        committed(
            mark_reviewed,
            organisation=oakfield,
            learner=learner,
            day=day,
            acting_user=reviewer,
            with_alerts=alerts,
        )
    assert_store_matches(oakfield)
    s1_today = ReviewScope(with_alerts=True, every_visit=False, learner="s1", day=TODAY)
    assert log_store().count(oakfield.pk, s1_today) == 0
    # A year on, the old day's records go (the alert's evidence stays), then the rest.
    committed(purge_expired, organisation=oakfield, now=NOW)
    assert_store_matches(oakfield)
    SafeguardingAlert.objects.update(status=AlertStatus.CLOSED)
    committed(purge_expired, organisation=oakfield, now=NOW + timedelta(days=800))
    assert WebLogEntry.objects.count() == 0
    assert_store_matches(oakfield)
    assert log_store().daily_counts(oakfield.pk, FIRST, TODAY + timedelta(days=800)) == []


def _anonymised_after_30_days(oakfield: Organisation, olive: User, committed: Commit) -> date:
    """A pack that anonymises web logs after 30 days; records of today and of 40 days
    ago, s2's day then marked reviewed, then the purge. The day 40 days ago."""
    pack = yaml.safe_load(monitored_pack())
    pack["retention"] = {"periods": {"web_logs": {"days": 30, "action": "anonymise"}}}
    oakfield.pack_yaml = yaml.safe_dump(pack, sort_keys=False)
    oakfield.save(update_fields=["pack_yaml"])
    committed(_ingest, organisation=oakfield, lines=_mixed(40) + _mixed(0))
    old = (NOW - timedelta(days=40)).date()
    committed(
        mark_reviewed,
        organisation=oakfield,
        learner="s2",
        day=old,
        acting_user=olive,
        with_alerts=False,
    )
    committed(purge_expired, organisation=oakfield, now=NOW)
    return old


def test_every_store_moves_anonymised_records_to_unknown(
    store_engine: str, oakfield: Organisation, olive: User, committed: Commit
) -> None:
    old_day = _anonymised_after_30_days(oakfield, olive, committed)
    assert_store_matches(oakfield)
    old = ReviewScope(with_alerts=True, every_visit=True, day=old_day, unreviewed_only=False)
    assert [d.learner for d in log_store().review_days(oakfield.pk, old)[0:10]] == [
        "s1",
        "unknown",
    ]


def test_a_rolled_back_write_counts_nothing_in_any_store(
    store_engine: str, oakfield: Organisation, committed: Commit
) -> None:
    def ingest_then_fail() -> None:
        with transaction.atomic():
            _ingest(oakfield, _mixed(0))
            raise RuntimeError("the request failed after storing")

    with pytest.raises(RuntimeError):
        committed(ingest_then_fail)
    assert WebLogEntry.objects.count() == 0
    assert_store_matches(oakfield)
    assert log_store().daily_counts(oakfield.pk, FIRST, TODAY) == []


def test_the_review_page_reads_the_configured_store(
    store_engine: str, client: Client, oakfield: Organisation, dinah: User, committed: Commit
) -> None:
    committed(_ingest, organisation=oakfield, lines=_mixed(0) + _mixed(1))
    client.force_login(dinah)
    page = client.get("/orgs/oakfield/monitoring/review/")
    groups = [(g.learner, g.day, g.total, g.unreviewed) for g in page.context["groups"]]
    with held_as_records(oakfield):
        wanted = expected_days(oakfield, ReviewScope(with_alerts=True, every_visit=False))
    assert groups == [(d.learner, d.day, d.total, d.unreviewed) for d in wanted]
    assert page.context["unreviewed"] == sum(d.total for d in wanted) > 0


def test_the_clickhouse_store_rebuilds_what_it_missed(
    clickhouse_url: str, settings: Any, oakfield: Organisation, olive: User, committed: Commit
) -> None:
    """A write ClickHouse never got (here: the store was the database's while ingesting)
    is counted again from the stored records by ``rebuild_log_rollups``, and a second
    run changes nothing."""
    from portal.monitoring.clickhouse_store import ClickHouseLogStore

    committed(_ingest, organisation=oakfield, lines=_mixed(3) + _mixed(0))
    committed(
        mark_reviewed,
        organisation=oakfield,
        learner="s1",
        day=TODAY,
        acting_user=olive,
        with_alerts=False,
    )
    settings.POLICYGUARD_LOG_STORE = "portal.monitoring.clickhouse_store.ClickHouseLogStore"
    settings.POLICYGUARD_CLICKHOUSE_URL = clickhouse_url.rsplit("/", 1)[0] + "/test_rebuild"
    store = ClickHouseLogStore()
    try:
        assert store.daily_counts(oakfield.pk, FIRST, TODAY) == []
        out = StringIO()
        call_command("rebuild_log_rollups", "--org", "oakfield", stdout=out)
        assert int(out.getvalue().split()[1]) > 0
        assert_store_matches(oakfield)
        assert store.rebuild(oakfield.pk) == 0
        # The raw records stored before the switch are copied too, review marks and all.
        assert f"oakfield: {WebLogEntry.objects.count()} raw records copied" in out.getvalue()
        assert_raw_records_match(oakfield)
        assert store.copy_records(oakfield.pk) == 0
    finally:
        store.drop()


# The raw records through the review page: the same entries, marks and devices from
# every store as the portal's database holds them, before and after review and purge.

Shown = dict[tuple[str, date], tuple[list[tuple[Any, ...]], str]]


def _entry(e: ReviewEntry) -> tuple[Any, ...]:
    terms = tuple(t["category"] for t in e.terms)
    return (
        *(e.key, e.at, e.url, e.search_term, e.outcome, e.category, terms, e.alert),
        *(e.reviewed_at, e.reviewer),
    )


def review_page(client: Client, query: str = "") -> Shown:
    """The review page's groups: each one's entries (in time order; records of one
    moment in either order) and devices."""
    page = client.get(f"/orgs/oakfield/monitoring/review/{query}")
    assert page.status_code == 200
    return {
        (g.learner, g.day): (sorted(map(_entry, g.entries), key=lambda e: (e[1], e[0])), g.devices)
        for g in page.context["groups"]
    }


def held_in_database(
    organisation: Organisation, scope: ReviewScope, shown: Shown, words: str = ""
) -> Shown:
    """What the portal's database holds for the same groups and scope (and words)."""
    with held_as_records(organisation):
        found = DatabaseLogStore().review_entries(
            organisation.pk, scope, list(shown), limit=50, words=words
        )
    return {
        key: (
            sorted(map(_entry, held.entries), key=lambda e: (e[1], e[0])),
            ", ".join(sorted(held.devices)),
        )
        for key, held in found.items()
    }


def assert_raw_records_match(organisation: Organisation, *, only_held: bool = False) -> None:
    """The ClickHouse store holds the same raw records (and review marks) as the
    portal's database (``only_held``: of those the database holds, the alert evidence
    under the ClickHouse store); the database store holds them there."""
    store = log_store()
    if not isinstance(store, ClickHouseLogStore):
        return
    stored = WebLogEntry.objects.filter(organisation=organisation)
    if only_held:
        assert stored.exists()
        held = tuple(stored.values_list("content_hash", flat=True))
        assert sorted(
            store._query(
                f"SELECT content_hash, learner, search_term FROM {store.database}.weblog_record "
                "WHERE organisation_id = %(org)s AND content_hash IN %(held)s",
                {"org": organisation.pk, "held": held},
            )
        ) == sorted((e.content_hash, e.learner, e.search_term) for e in stored)
        return
    records = store._query(
        f"SELECT content_hash, learner, search_term FROM {store.database}.weblog_record "
        "WHERE organisation_id = %(org)s",
        {"org": organisation.pk},
    )
    assert sorted(records) == sorted((e.content_hash, e.learner, e.search_term) for e in stored)
    marks = store._query(
        f"SELECT content_hash, reviewer FROM {store.database}.weblog_review "
        "WHERE organisation_id = %(org)s",
        {"org": organisation.pk},
    )
    assert sorted(marks) == sorted(
        (e.content_hash, e.reviewed_by.get_username())
        for e in stored.filter(reviewed_at__isnull=False).select_related("reviewed_by")
        if e.reviewed_by is not None
    )


def test_every_store_shows_the_review_entries_marks_and_purges_of_the_database(
    store_engine: str,
    client: Client,
    oakfield: Organisation,
    olive: User,
    dinah: User,
    committed: Commit,
    django_capture_on_commit_callbacks: Any,
) -> None:
    committed(_ingest, organisation=oakfield, lines=_mixed(400) + _mixed(1) + _mixed(0))
    olives = ReviewScope(with_alerts=False, every_visit=False)
    dinahs = ReviewScope(with_alerts=True, every_visit=False)
    client.force_login(olive)
    shown = review_page(client)
    assert shown == held_in_database(oakfield, olives, shown)
    assert len(shown) == 12 and all(not e[7] for rows, _ in shown.values() for e in rows)
    assert shown[("pc0", TODAY)][1] == "pc0"
    # olive marks what the page showed her of s1 today, through the page's own form.
    html = client.get("/orgs/oakfield/monitoring/review/?learner=s1").content.decode()
    form = re.search(
        r'name="day" value="([\d-]+)">\s*<input type="hidden" name="entries" '
        r'value="([0-9a-f,]+)"',
        html,
    )
    assert form is not None and form.group(1) == TODAY.isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(
            "/orgs/oakfield/monitoring/review/mark/",
            {"learner": "s1", "day": form.group(1), "entries": form.group(2)},
        )
    assert answer.status_code == 302
    assert ("s1", TODAY) not in review_page(client)
    everything = review_page(client, "?status=any&learner=s1")
    marked = everything[("s1", TODAY)][0]
    assert {(e[9], e[8] is not None) for e in marked} == {("olive", True)}
    assert everything == held_in_database(
        oakfield, replace(olives, unreviewed_only=False, learner="s1"), everything
    )
    # dinah still has s1's alert search of today to read, unreviewed.
    client.force_login(dinah)
    hers = review_page(client, f"?learner=s1&day={TODAY.isoformat()}")
    assert [e[3] for e in hers[("s1", TODAY)][0]] == ["how to kms"]
    assert hers == held_in_database(oakfield, replace(dinahs, learner="s1", day=TODAY), hers)
    # A year on the 400-day-old records go, but the alert's evidence.
    committed(purge_expired, organisation=oakfield, now=NOW)
    old = (NOW - timedelta(days=400)).date()
    left = review_page(client, f"?status=any&day={old.isoformat()}")
    assert [e[3] for rows, _ in left.values() for e in rows] == ["how to kms"]
    assert left == held_in_database(oakfield, replace(dinahs, unreviewed_only=False, day=old), left)


def test_every_store_shows_anonymised_entries_under_unknown(
    store_engine: str,
    client: Client,
    oakfield: Organisation,
    olive: User,
    dinah: User,
    committed: Commit,
) -> None:
    old = _anonymised_after_30_days(oakfield, olive, committed)
    client.force_login(dinah)
    shown = review_page(client, f"?status=any&day={old.isoformat()}")
    assert set(shown) == {("s1", old), ("unknown", old)}  # s1: the alert's evidence
    blanked = shown[("unknown", old)]
    assert blanked[1] == "" and all(e[3] == "" and e[6] == () for e in blanked[0])
    assert {e[9] for e in blanked[0]} == {"", "olive"}
    scope = ReviewScope(with_alerts=True, every_visit=False, unreviewed_only=False, day=old)
    assert shown == held_in_database(oakfield, scope, shown)
    assert_raw_records_match(oakfield, only_held=True)


# A person's history through the store: the page, its filters, its CSV and its chart.


def history_csv(client: Client, query: str = "") -> list[dict[str, str]]:
    answer = client.get(f"/orgs/oakfield/monitoring/people/L001/?export=csv&{query}")
    assert answer.status_code == 200
    text = b"".join(answer.streaming_content).decode()  # type: ignore[attr-defined]
    return list(csv.DictReader(StringIO(text)))


def held_history(access_of_user: User, chosen: dict[str, Any]) -> list[tuple[str, str]]:
    """(search or address, reviewed by) of what the database holds of L001's history."""
    oakfield = Organisation.objects.get(slug="oakfield")
    access = access_of(access_of_user, oakfield)
    assert access is not None
    scope = history_scope(access, Person.objects.get(external_id="L001"), chosen)
    assert scope is not None
    with held_as_records(oakfield):
        return sorted(
            (e.search_term or e.url, e.reviewed_by.get_username() if e.reviewed_by else "")
            for e in history_in_database(oakfield.pk, scope).select_related("reviewed_by")
        )


def test_every_store_reads_a_persons_history(
    store_engine: str,
    client: Client,
    oakfield: Organisation,
    directory: dict[str, Person],
    olive: User,
    dinah: User,
    committed: Commit,
) -> None:
    Person.objects.filter(pk=directory["L001"].pk).update(network_username="s1")
    Person.objects.filter(pk=directory["T001"].pk).update(user=olive)  # L001's tutor
    committed(_ingest, organisation=oakfield, lines=_mixed(0) + _mixed(3) + _mixed(10))
    committed(
        mark_reviewed,
        organisation=oakfield,
        learner="s1",
        day=TODAY,
        acting_user=olive,
        with_alerts=False,
    )
    for reader, alerts in ((dinah, True), (olive, False)):
        client.force_login(reader)
        rows = history_csv(client)
        shown = sorted(
            (r["Search or address"] or r["Address"], r["Reviewed"].split(",")[0].replace("no", ""))
            for r in rows
        )
        assert shown == held_history(reader, {})
        assert ("how to kms" in {r["Search or address"] for r in rows}) is alerts
        assert {r["Learner"] for r in rows} == {"s1"}
        assert {r["Reviewed"].split(",")[0] for r in rows} == {"no", "olive"}
        since = (TODAY - timedelta(days=4)).isoformat()
        blocks = history_csv(client, f"kind=block&start={since}")
        assert (
            len(blocks)
            == len(held_history(reader, {"kind": "block", "start": TODAY - timedelta(days=4)}))
            == 4
        )
        page = client.get("/orgs/oakfield/monitoring/people/L001/?sort=at")
        assert page.status_code == 200
        ats = [e.at for e in page.context["table"].page.object_list.data]
        assert ats == sorted(ats) and len(ats) == len(rows)
        chart = client.get("/orgs/oakfield/monitoring/people/L001/chart.svg")
        assert chart.status_code == 200 and (b">alerts</text>" in chart.content) is alerts


# The review's entries list, its CSV and a text search, through the store.


def entries_csv(client: Client, query: str) -> list[dict[str, str]]:
    answer = client.get(f"/orgs/oakfield/monitoring/review/entries/?export=csv&{query}")
    assert answer.status_code == 200
    text = b"".join(answer.streaming_content).decode()  # type: ignore[attr-defined]
    return list(csv.DictReader(StringIO(text)))


def held_entries(organisation: Organisation, scope: ReviewScope, words: str = "") -> list[str]:
    with held_as_records(organisation):
        return sorted(e.search_term or e.url for e in in_scope(organisation.pk, scope, words=words))


def test_every_store_lists_and_searches_the_review_entries(
    store_engine: str,
    client: Client,
    oakfield: Organisation,
    olive: User,
    dinah: User,
    committed: Commit,
) -> None:
    committed(_ingest, organisation=oakfield, lines=_mixed(2) + _mixed(0))
    committed(
        mark_reviewed,
        organisation=oakfield,
        learner="s2",
        day=TODAY,
        acting_user=olive,
        with_alerts=False,
    )
    olives = ReviewScope(with_alerts=False, every_visit=False, unreviewed_only=False)
    client.force_login(olive)
    # A text search groups the matching records only, whatever their case.
    page = client.get("/orgs/oakfield/monitoring/review/?q=BLOCKED+1&status=any")
    groups = {
        (g.learner, g.day): (g.total, g.unreviewed, g.searches, g.blocked)
        for g in page.context["groups"]
    }
    two_days_ago = TODAY - timedelta(days=2)
    assert groups == {("s1", TODAY): (1, 1, 1, 1), ("s1", two_days_ago): (1, 1, 1, 1)}
    shown = review_page(client, "?q=blocked+1&status=any")
    assert [e[3] for rows, _ in shown.values() for e in rows] == ["blocked 1", "blocked 1"]
    assert shown == held_in_database(oakfield, olives, shown, "blocked 1")
    assert review_page(client, "?q=kms&status=any") == {}  # the alert search is not hers
    unread = client.get("/orgs/oakfield/monitoring/review/?q=blocked")
    assert ("s2", TODAY) not in {(g.learner, g.day) for g in unread.context["groups"]}
    # The entries list and its CSV: the same records as the database holds.
    rows = entries_csv(client, "status=any&learner=s2")
    assert sorted(r["Search or address"] or r["Address"] for r in rows) == held_entries(
        oakfield, replace(olives, learner="s2")
    )
    assert {r["Reviewed"].split(",")[0] for r in rows} == {"no", "olive"}
    listed = client.get("/orgs/oakfield/monitoring/review/entries/?kind=block")
    assert listed.status_code == 200
    found = list(listed.context["table"].page.object_list.data)
    wanted = held_entries(oakfield, ReviewScope(with_alerts=False, every_visit=False, kind="block"))
    assert sorted(e.search_term or e.url for e in found) == wanted and len(wanted) == 16 - 2
    client.force_login(dinah)
    assert [r["Search or address"] for r in entries_csv(client, "q=kms&status=any")] == [
        "how to kms",
        "how to kms",
    ]


@pytest.mark.django_db(transaction=True)
def test_every_store_marks_a_learner_day_once_when_reviewers_race(
    store_engine: str, oakfield: Organisation, olive: User, dinah: User
) -> None:
    """Three reviewers mark s1's today at the same moment (two without alerts, one with):
    each record is taken from the open cells once, so the counts stay exact when more of
    that day arrives after; ClickHouse holds one review mark a record."""
    if connection.vendor == "sqlite":
        pytest.skip("threads share no in-memory SQLite database; PostgreSQL runs this")
    at = NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
    _ingest(
        oakfield,
        _mixed(0, users=5) + [record(at=at, user="s1", search_term=f"more {n}") for n in range(40)],
    )

    def review(reviewer: User, with_alerts: bool) -> Callable[[], object]:
        return lambda: mark_reviewed(
            organisation=oakfield,
            learner="s1",
            day=TODAY,
            acting_user=reviewer,
            with_alerts=with_alerts,
        )

    results = at_once([review(olive, False), review(olive, False), review(dinah, True)])
    assert failures(results) == []
    s1_today = ReviewScope(with_alerts=True, every_visit=False, learner="s1", day=TODAY)
    assert log_store().count(oakfield.pk, s1_today) == 0
    _ingest(oakfield, [record(at=at, user="s1", search_term=f"later {n}") for n in range(7)])
    assert log_store().count(oakfield.pk, s1_today) == 7
    assert_store_matches(oakfield)
    store = log_store()
    if isinstance(store, ClickHouseLogStore):
        marks = store._query(
            f"SELECT content_hash, count() FROM {store.database}.weblog_review "
            "WHERE organisation_id = %(org)s GROUP BY content_hash HAVING count() > 1",
            {"org": oakfield.pk},
        )
        assert marks == []


def _keep_web_logs(organisation: Organisation, days: int) -> None:
    pack = yaml.safe_load(monitored_pack())
    pack["retention"] = {"periods": {"web_logs": {"days": days, "action": "delete"}}}
    organisation.pack_yaml = yaml.safe_dump(pack, sort_keys=False)
    organisation.save(update_fields=["pack_yaml"])


def _left(organisation: Organisation, days_ago: int) -> list[tuple[str, str]]:
    """(learner, search or address) of every record the store holds of that day."""
    day = TODAY - timedelta(days=days_ago)
    scope = ReviewScope(with_alerts=True, every_visit=True, unreviewed_only=False, day=day)
    rows = log_store().entries(organisation.pk, scope)
    return sorted((learner_of_row(e), e.search_term or e.url) for e in rows)


def learner_of_row(entry: Any) -> str:
    return str(getattr(entry, "learner", "") or entry.user or entry.device_id or entry.client_ip)


def test_every_store_purges_expired_days_and_keeps_the_rest_with_the_audit_row(
    store_engine: str,
    oakfield: Organisation,
    elmbrook: Organisation,
    committed: Commit,
) -> None:
    """oakfield keeps web logs 30 days, elmbrook 38. The day 40 days ago is expired for
    both (ClickHouse drops its partition whole, in oakfield's purge, and writes back the
    alert evidence); the day 35 days ago only for oakfield, whose records of it go (a
    partition rewrite) but s2's, under a legal hold. Each organisation's audit rows
    count its own."""
    from portal.audit.models import AuditEntry
    from portal.retention.actions import place_legal_hold

    _keep_web_logs(oakfield, 30)
    _keep_web_logs(elmbrook, 38)
    committed(_ingest, organisation=oakfield, lines=_mixed(40) + _mixed(35) + _mixed(0))
    committed(_ingest, organisation=elmbrook, lines=_mixed(40) + _mixed(35))
    held_day = TODAY - timedelta(days=35)
    committed(
        place_legal_hold,
        organisation=oakfield,
        kinds=["web_logs"],
        subject="S2",
        records_from=held_day,
        records_to=held_day,
        reason="a claim",
        acting_user=None,
    )
    store = log_store()

    def parts() -> dict[str, set[str]]:
        """Each day's active parts of the raw records (ClickHouse)."""
        if not isinstance(store, ClickHouseLogStore):
            return {}
        found: dict[str, set[str]] = {}
        for partition, name in store._query(
            "SELECT partition, name FROM system.parts WHERE database = %(db)s "
            "AND table = 'weblog_record' AND active",
            {"db": store.database},
        ):
            found.setdefault(partition, set()).add(name)
        return found

    before = parts()
    today = _left(oakfield, 0)
    oakfield_35 = _left(oakfield, 35)
    elmbrook_35 = _left(elmbrook, 35)
    committed(purge_expired, organisation=oakfield, now=NOW)
    evidence = [("s1", "how to kms")]
    assert _left(oakfield, 40) == evidence
    assert _left(oakfield, 35) == sorted(evidence + [e for e in oakfield_35 if e[0] == "s2"])
    assert _left(oakfield, 0) == today and len(today) == 21
    assert _left(elmbrook, 35) == elmbrook_35 and len(elmbrook_35) == 21
    audit = AuditEntry.objects.get(organisation=oakfield, verb="retention.purge")
    assert audit.detail["deleted"] == 20 + 15
    assert audit.detail["held"] == {"monitoring.alert_evidence": 2, "retention.legal_hold": 5}
    committed(purge_expired, organisation=elmbrook, now=NOW)
    assert _left(elmbrook, 40) == evidence
    assert _left(elmbrook, 35) == elmbrook_35
    purged = AuditEntry.objects.filter(organisation=elmbrook, verb="retention.purge")
    assert sum(a.detail["deleted"] for a in purged) == 20
    assert_store_matches(oakfield)
    assert_store_matches(elmbrook)
    if isinstance(store, ClickHouseLogStore):
        # The days with expired records were dropped or rewritten (new parts); today's
        # partition, with nothing expired, was not touched (an ALTER TABLE ... DELETE
        # mutation would have rewritten every part).
        after = parts()
        for days_ago in (40, 35):
            day = (TODAY - timedelta(days=days_ago)).isoformat()
            assert after[day] and not after[day] & before[day]
        assert after[TODAY.isoformat()] == before[TODAY.isoformat()]


def _raw_records(organisation: Organisation) -> int:
    """How many raw records the configured store holds for ``organisation``."""
    store = log_store()
    if isinstance(store, ClickHouseLogStore):
        found = store._query(
            f"SELECT count() FROM {store.database}.weblog_record WHERE organisation_id = %(org)s",
            {"org": organisation.pk},
        )
        return int(found[0][0])
    return WebLogEntry.objects.filter(organisation=organisation).count()


def test_only_alert_evidence_in_the_database_and_a_file_ingested_again_adds_nothing(
    store_engine: str,
    client: Client,
    oakfield: Organisation,
    tmp_path: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    """Through ``python -m portal ingest_weblog``: every record is in the store once;
    the portal's database holds every record with the database store, and with
    ClickHouse only the two behind safeguarding alerts (each with its alert). The same
    file again stores nothing and counts nothing."""
    lines = _mixed(3) + _mixed(0)
    log = tmp_path / "access.jsonl"
    log.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest_weblog", "--org", "oakfield", str(log), stdout=out)
    assert out.getvalue().startswith(f"{len(lines)} records stored, 0 already there, 2 ")
    assert _raw_records(oakfield) == len(lines)
    held = WebLogEntry.objects.filter(organisation=oakfield)
    if store_engine == "clickhouse":
        assert sorted(held.values_list("search_term", "alert")) == [("how to kms", True)] * 2
    else:
        assert held.count() == len(lines)
    assert SafeguardingAlert.objects.filter(log_entry__in=held).count() == 2
    counted = log_store().count(oakfield.pk, SCOPES[2])
    assert counted == len(lines)
    again = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest_weblog", "--org", "oakfield", str(log), stdout=again)
    assert again.getvalue().startswith(f"0 records stored, {len(lines)} already there, 0 ")
    assert _raw_records(oakfield) == len(lines)
    assert log_store().count(oakfield.pk, SCOPES[2]) == counted
    assert SafeguardingAlert.objects.count() == 2
    assert_store_matches(oakfield)
    # The admin's list of web-log records says what the database holds, and lists it.
    client.force_login(User.objects.create_superuser("root"))
    listed = client.get("/admin/monitoring/weblogentry/")
    assert listed.status_code == 200
    shown = "behind safeguarding alerts" if store_engine == "clickhouse" else "every record"
    assert shown in listed.content.decode()
    assert listed.context["cl"].result_count == held.count()


@pytest.mark.django_db(transaction=True)
def test_every_store_stores_a_batch_sent_twice_at_once_once(
    store_engine: str, oakfield: Organisation
) -> None:
    """Two ingestions of the same records at the same moment (a proxy's retry): each
    record is stored and counted once. With ClickHouse the second waits for the first
    (one ingestion at a time per organisation), then finds them all."""
    if connection.vendor == "sqlite":
        pytest.skip("threads share no in-memory SQLite database; PostgreSQL runs this")
    lines = _mixed(1, users=30) + _mixed(0, users=30)
    records, problems = read_lines(json.dumps(line) for line in lines)
    assert not problems

    def send() -> IngestReport:
        return ingest_records(organisation=oakfield, records=records, acting_user=None)

    reports = at_once([send, send])
    assert failures(reports) == []
    assert sorted(r.stored for r in reports) == [0, len(lines)]
    assert _raw_records(oakfield) == len(lines)
    assert log_store().count(oakfield.pk, SCOPES[2]) == len(lines)
    assert SafeguardingAlert.objects.count() == 2
    assert_store_matches(oakfield)


@pytest.mark.django_db(transaction=True)
def test_ingest_weblog_says_it_waits_for_another_ingestion_of_the_organisation(
    clickhouse_url: str, settings: Any, oakfield: Organisation, tmp_path: Any
) -> None:
    """With the ClickHouse store, a second ingest_weblog of one organisation says that
    another is running, waits for it, then stores its file."""
    if connection.vendor == "sqlite":
        pytest.skip("threads share no in-memory SQLite database; PostgreSQL runs this")
    from portal.monitoring.actions import INGESTING
    from portal.monitoring.locks import advisory_lock

    settings.POLICYGUARD_LOG_STORE = "portal.monitoring.clickhouse_store.ClickHouseLogStore"
    settings.POLICYGUARD_CLICKHOUSE_URL = clickhouse_url.rsplit("/", 1)[0] + "/test_waits"
    log = tmp_path / "access.jsonl"
    log.write_text("\n".join(json.dumps(line) for line in _mixed(0)) + "\n")
    held, release = threading.Event(), threading.Event()

    def other_ingestion() -> None:
        from django.db import connections

        try:
            with advisory_lock(INGESTING, oakfield.pk):
                held.set()
                release.wait(timeout=30)
        finally:
            connections.close_all()

    thread = threading.Thread(target=other_ingestion)
    thread.start()
    assert held.wait(timeout=30)
    threading.Timer(1.0, release.set).start()
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest_weblog", "--org", "oakfield", str(log), stdout=out, stderr=err)
    finally:
        release.set()
        thread.join(timeout=30)
        ClickHouseLogStore().drop()
    assert "another ingestion of oakfield is running: waiting for it" in err.getvalue()
    assert out.getvalue().startswith(f"{len(_mixed(0))} records stored")


def test_the_clickhouse_store_fills_its_duplicate_check_from_the_records_it_holds(
    store_engine: str, oakfield: Organisation, committed: Commit
) -> None:
    """A store made before ``weblog_seen`` existed gets it filled from its raw records
    the first time it connects, so a file ingested before the upgrade is still a
    duplicate after it."""
    store = log_store()
    if not isinstance(store, ClickHouseLogStore):
        pytest.skip("the ClickHouse store's own tables")
    from portal.monitoring import clickhouse_store

    lines = _mixed(2) + _mixed(0)
    committed(_ingest, organisation=oakfield, lines=lines)
    store._query(f"DROP TABLE {store.database}.weblog_seen")
    clickhouse_store._ready.discard(store.url)
    records, _ = read_lines(json.dumps(line) for line in lines)
    report = committed(ingest_records, organisation=oakfield, records=records, acting_user=None)
    assert (report.stored, report.duplicates) == (0, len(lines))
    assert _raw_records(oakfield) == len(lines)
