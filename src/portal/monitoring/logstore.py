"""The log store: where web-log figures for reports and dashboards are kept and read.

Reports never aggregate raw records: at a trust's volume (10^8 records a day) a week is
too many rows to count per request. Ingestion adds each stored record to two daily
rollups in the same transaction (by outcome, category and audience; and by learner), and
reports read those. Which store is used is one setting::

    POLICYGUARD_LOG_STORE = "portal.monitoring.logstore.DatabaseLogStore"   # default

A store is a class with the methods of :class:`LogStore`; moving the figures to a
distributed engine (README: "Deploying at scale") means writing one such class and
naming it there. :class:`DatabaseLogStore` keeps the rollups in the portal's own
database (SQLite or PostgreSQL) with ``INSERT ... ON CONFLICT DO UPDATE`` that adds to
the counts, so two ingestions of different files count both (on PostgreSQL the rows
arrive by ``COPY``). :func:`copy_new_entries` is ingestion's own write of raw records on
PostgreSQL: ``COPY`` and one ``INSERT ... ON CONFLICT DO NOTHING`` a batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, Protocol

from django.conf import settings
from django.db import connection
from django.db.models import Sum
from django.utils import timezone
from django.utils.module_loading import import_string

from policyguard import Outcome
from portal.monitoring.models import WebLogDailyCount, WebLogDailyUser

DEFAULT_STORE = "portal.monitoring.logstore.DatabaseLogStore"


class LoggedRecord(Protocol):
    """What the rollups read of a record (``records.DecisionRecord`` has it all)."""

    @property
    def at(self) -> datetime: ...
    @property
    def outcome(self) -> str:
        """The proxy's word (allow, warn or block), as the helper writes it."""
        ...

    @property
    def category(self) -> str: ...
    @property
    def audience(self) -> str: ...
    @property
    def user(self) -> str: ...
    @property
    def device_id(self) -> str: ...
    @property
    def client_ip(self) -> str: ...
    @property
    def search_term(self) -> str: ...
    @property
    def alert(self) -> bool: ...


@dataclass(frozen=True)
class DailyCount:
    day: date
    outcome: str
    category: str
    audience: str
    records: int
    searches: int
    reviewable: int
    alerts: int


@dataclass(frozen=True)
class LearnerCount:
    learner: str
    records: int
    blocks: int
    searches: int
    alerts: int


class LogStore(Protocol):
    def add(self, organisation_id: int, records: Iterable[LoggedRecord]) -> None:
        """Count ``records`` (just stored, never before) into the rollups."""

    def daily_counts(self, organisation_id: int, first: date, last: date) -> list[DailyCount]:
        """Every rollup row of the days ``first`` to ``last`` inclusive."""

    def top_learners(
        self, organisation_id: int, first: date, last: date, *, by: str, limit: int
    ) -> list[LearnerCount]:
        """The ``limit`` learners with most ``by`` (``blocks`` or ``searches``) in the days."""

    def forget_days(self, organisation_id: int, before: date) -> int:
        """Remove the rollups of days before ``before`` (retention); how many rows."""


def learner_of(record: LoggedRecord) -> str:
    """``WebLogEntry.learner`` of a record: the user, else the device, else the address."""
    return record.user or record.device_id or record.client_ip or "unknown"


def _day(record: LoggedRecord) -> date:
    return timezone.localtime(record.at).date()


_COUNTS = "monitoring_weblogdailycount"
_COUNT_KEYS: Sequence[str] = ("organisation_id", "day", "outcome", "category", "audience")
_COUNT_MARKS: Sequence[str] = ("records", "searches", "reviewable", "alerts")
_USERS = "monitoring_weblogdailyuser"
_USER_KEYS: Sequence[str] = ("organisation_id", "day", "learner")
_USER_MARKS: Sequence[str] = ("records", "blocks", "searches", "alerts")


def _upsert(
    cursor: Any,
    table: str,
    keys: Sequence[str],
    marks: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
) -> None:
    """Add ``rows`` (``keys`` then ``marks``; keys distinct and sorted, so that two
    ingestions lock the same rows in one order) to the counts of ``table``.

    PostgreSQL: ``COPY`` into a temporary table, then one ``INSERT ... SELECT ... ON
    CONFLICT DO UPDATE``. Elsewhere (SQLite): multi-row ``VALUES`` statements within the
    database's parameter limit. Either way a few round trips for thousands of rows."""
    if not rows:
        return
    columns = ", ".join((*keys, *marks))
    upsert = (
        f"INSERT INTO {table} ({columns}) {{source}} ON CONFLICT ({', '.join(keys)}) "
        "DO UPDATE SET " + ", ".join(f"{m} = {table}.{m} + excluded.{m}" for m in marks)
    )
    if connection.vendor == "postgresql":
        incoming = _incoming(cursor, table, columns)
        _copy(cursor, f"COPY {incoming} ({columns}) FROM STDIN", rows)
        order = ", ".join(keys)
        cursor.execute(upsert.format(source=f"SELECT {columns} FROM {incoming} ORDER BY {order}"))
        return
    width = len(rows[0])
    per_statement = max(1, min(500, (connection.features.max_query_params or 999) // width))
    placeholder = "(" + ", ".join(["%s"] * width) + ")"
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        cursor.execute(
            upsert.format(source="VALUES " + ", ".join([placeholder] * len(chunk))),
            [value for row in chunk for value in row],
        )


def _copy(cursor: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """``rows`` through psycopg's ``COPY``; its errors as Django's (``DatabaseError``),
    as every other statement's are (a NUL in a text value is refused here)."""
    with connection.wrap_database_errors, cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def _incoming(cursor: Any, table: str, columns: str) -> str:
    """An empty temporary table (PostgreSQL) of ``columns`` of ``table``, their types
    as the model's migration made them; emptied at commit and before each use."""
    incoming = f"{table}_incoming"
    cursor.execute(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {incoming} ON COMMIT DELETE ROWS "
        f"AS SELECT {columns} FROM {table} WITH NO DATA"
    )
    cursor.execute(f"TRUNCATE {incoming}")
    return incoming


class DatabaseLogStore:
    """The rollups in the portal's database (module docstring)."""

    def add(self, organisation_id: int, records: Iterable[LoggedRecord]) -> None:
        counts: Counter[tuple[date, str, str, str, str]] = Counter()
        users: Counter[tuple[date, str, str]] = Counter()
        for record in records:
            day = _day(record)
            searched = bool(record.search_term)
            outcome = Outcome.of_web_action(record.outcome)
            blocked = outcome is Outcome.BLOCK
            marks = ["records"]
            if searched:
                marks.append("searches")
            if searched or blocked:
                marks.append("reviewable")
            if record.alert:
                marks.append("alerts")
            group = (day, outcome.value, record.category, record.audience)
            for mark in marks:
                counts[(*group, mark)] += 1
            learner = learner_of(record)[:255]
            users[(day, learner, "records")] += 1
            if blocked:
                users[(day, learner, "blocks")] += 1
            if searched:
                users[(day, learner, "searches")] += 1
            if record.alert:
                users[(day, learner, "alerts")] += 1
        groups = sorted({key[:4] for key in counts})
        count_rows: list[tuple[Any, ...]] = [
            (organisation_id, *g, *(counts[(*g, m)] for m in _COUNT_MARKS)) for g in groups
        ]
        learners = sorted({key[:2] for key in users})
        user_rows: list[tuple[Any, ...]] = [
            (organisation_id, *k, *(users[(*k, m)] for m in _USER_MARKS)) for k in learners
        ]
        with connection.cursor() as cursor:
            # Sorted rows: two ingestions upserting the same keys lock them in one order
            # (no deadlock between concurrent ingestions on PostgreSQL).
            _upsert(cursor, _COUNTS, _COUNT_KEYS, _COUNT_MARKS, count_rows)
            _upsert(cursor, _USERS, _USER_KEYS, _USER_MARKS, user_rows)

    def daily_counts(self, organisation_id: int, first: date, last: date) -> list[DailyCount]:
        rows = WebLogDailyCount.objects.filter(
            organisation_id=organisation_id, day__gte=first, day__lte=last
        ).values_list(
            "day", "outcome", "category", "audience", "records", "searches", "reviewable", "alerts"
        )
        return [DailyCount(*row) for row in rows.order_by("day", "outcome", "category")]

    def top_learners(
        self, organisation_id: int, first: date, last: date, *, by: str, limit: int
    ) -> list[LearnerCount]:
        if by not in ("blocks", "searches"):
            raise ValueError(f"top learners by {by!r}: blocks or searches")
        rows = (
            WebLogDailyUser.objects.filter(
                organisation_id=organisation_id, day__gte=first, day__lte=last
            )
            .values("learner")
            .annotate(
                records_sum=Sum("records"),
                blocks_sum=Sum("blocks"),
                searches_sum=Sum("searches"),
                alerts_sum=Sum("alerts"),
            )
            .filter(**{f"{by}_sum__gt": 0})
            .order_by(f"-{by}_sum", "learner")[:limit]
        )
        return [
            LearnerCount(
                learner=row["learner"],
                records=row["records_sum"],
                blocks=row["blocks_sum"],
                searches=row["searches_sum"],
                alerts=row["alerts_sum"],
            )
            for row in rows
        ]

    def forget_days(self, organisation_id: int, before: date) -> int:
        counted, _ = WebLogDailyCount.objects.filter(
            organisation_id=organisation_id, day__lt=before
        ).delete()
        users, _ = WebLogDailyUser.objects.filter(
            organisation_id=organisation_id, day__lt=before
        ).delete()
        return counted + users


# Raw records on PostgreSQL -------------------------------------------------------------

ENTRY_COLUMNS: Sequence[str] = (
    "organisation_id",
    "content_hash",
    "at",
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
    "clauses",
    "search_site",
    "search_term",
    "terms",
    "alert",
    "ingested_at",
)
_QUOTED = ", ".join(f'"{c}"' for c in ENTRY_COLUMNS)
_INSERT_NEW = f"""
INSERT INTO monitoring_weblogentry ({_QUOTED})
SELECT {_QUOTED} FROM monitoring_weblogentry_incoming
ON CONFLICT (organisation_id, content_hash) DO NOTHING
RETURNING content_hash
"""


def copy_new_entries(rows: Sequence[Sequence[Any]]) -> list[str]:
    """PostgreSQL only: insert ``rows`` (values in ``ENTRY_COLUMNS`` order, JSON columns
    as JSON text) that are not stored yet; the content hashes inserted now.

    The rows go by ``COPY`` into a temporary table, then one ``INSERT ... ON CONFLICT DO
    NOTHING`` moves the new ones: two round trips a batch, no per-value quoting in
    Python, and exact under concurrent ingestion of the same records (the conflict waits
    for the other transaction, and a record it stored is not ours). Runs inside the
    caller's transaction."""
    with connection.cursor() as cursor:
        incoming = _incoming(cursor, "monitoring_weblogentry", _QUOTED)
        _copy(cursor, f"COPY {incoming} ({_QUOTED}) FROM STDIN", rows)
        cursor.execute(_INSERT_NEW)
        return [row[0] for row in cursor.fetchall()]


@cache
def _store_class(path: str) -> type[LogStore]:
    found: type[LogStore] = import_string(path)
    return found


def log_store() -> LogStore:
    """The configured store (``POLICYGUARD_LOG_STORE``)."""
    path = getattr(settings, "POLICYGUARD_LOG_STORE", DEFAULT_STORE)
    return _store_class(path)()
