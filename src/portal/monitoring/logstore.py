"""The log store: where web-log figures for reports, dashboards and the log review are
kept and read.

Reports and the review never aggregate raw records: at a trust's volume (10^8 records a
day) a week is too many rows to count per request. Ingestion adds each stored record to
two daily rollups in the same transaction (by outcome, category and audience; and by
learner), both with the review's cells (``REVIEW_CELLS``); "mark reviewed" takes what it
marks from the open cells of both, and retention subtracts what it deletes or anonymises
(:meth:`LogStore.forget`), each in the transaction of its own write. The review's groups
are learner-days; its counts for the whole organisation (the page's and the
navigation's "not yet reviewed") come from the first rollup's few rows a day. Which store
is used is one setting::

    POLICYGUARD_LOG_STORE = "portal.monitoring.logstore.DatabaseLogStore"   # default

A store is a class with the methods of :class:`LogStore`; moving the figures to a
distributed engine (README: "Deploying at scale") means writing one such class and
naming it there.

The raw records go through the store as well: ingestion hands it what it stored
(``add_records``), "mark reviewed" what it marked (``mark_entries``), retention what it
deletes or anonymises (``forget_records``), and the log review reads a page's entries
from it (``review_entries``, each entry a :class:`ReviewEntry` keyed by content hash).
The database store keeps them in ``WebLogEntry``, written by those actions themselves
(``keeps_raw_records``). The ClickHouse store keeps them in ClickHouse: ingestion asks it
which records it holds (``known_hashes``) and writes to ``WebLogEntry`` only the records
behind safeguarding alerts; "mark reviewed" reads what it marks from it
(``open_records``); retention purges it (``portal.monitoring.retention``).

:class:`DatabaseLogStore` keeps the rollups in the portal's own
database (SQLite or PostgreSQL) with ``INSERT ... ON CONFLICT DO UPDATE`` that adds to
the counts, so two ingestions of different files count both (on PostgreSQL the rows
arrive by ``COPY``). :func:`copy_new_entries` is ingestion's own write of raw records on
PostgreSQL: ``COPY`` and one ``INSERT ... ON CONFLICT DO NOTHING`` a batch.
:func:`recount_learner_days` and :func:`recount_days` count the rollups again from the
raw records (the benchmark's bulk load, and the tests that hold the rollups to the
records; the migrations that added the review's cells have their own copy).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from typing import Any, Protocol

from django.conf import settings
from django.db import connection
from django.db.models import Case, Count, F, Q, QuerySet, Sum, Value, When, Window
from django.db.models.expressions import Combinable
from django.db.models.functions import Coalesce, NullIf, RowNumber, TruncDate
from django.utils import timezone
from django.utils.module_loading import import_string

from policyguard import Outcome
from policyguard.webfilter import DecisionRecord
from portal.bulkinsert import copy_to_temporary
from portal.monitoring.models import (
    OUTCOME_CHOICES,
    WebLogDailyCount,
    WebLogDailyUser,
    WebLogEntry,
    WebLogReviewDays,
)

DEFAULT_STORE = "portal.monitoring.logstore.DatabaseLogStore"


class LoggedRecord(Protocol):
    """What the rollups read of a record (``records.DecisionRecord`` has it all)."""

    @property
    def at(self) -> datetime: ...
    @property
    def outcome(self) -> str:
        """The proxy's word (allow, warn or block) as the helper writes it, or the
        stored outcome (allow, review or block): ``stored_outcome`` reads either."""
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


@dataclass(frozen=True)
class StoredRecord:
    """A stored record as retention and "mark reviewed" hand it to the store."""

    at: datetime
    outcome: str
    category: str
    audience: str
    user: str
    device_id: str
    client_ip: str
    search_term: str
    alert: bool
    reviewed_at: datetime | None

    FIELDS = (
        "at",
        "outcome",
        "category",
        "audience",
        "user",
        "device_id",
        "client_ip",
        "search_term",
        "alert",
        "reviewed_at",
    )


# What retention's anonymising blanks of a record (its safeguarding terms go as well):
# the record then counts as the learner ``unknown``, and a search as a plain visit.
ANONYMISED: dict[str, str] = {"user": "", "device_id": "", "client_ip": "", "search_term": ""}


# The log review's cells in the learner rollup (``WebLogDailyUser``): each record is in
# exactly one kind, with or without an alert; ``_open`` counts those not yet reviewed.
REVIEW_KINDS: Sequence[str] = ("searched", "blocked_searched", "blocked", "visited")
SEARCH_KINDS = frozenset({"searched", "blocked_searched"})
BLOCK_KINDS = frozenset({"blocked_searched", "blocked"})
REVIEW_CELLS: Sequence[str] = tuple(
    f"{alert}{kind}{state}"
    for alert in ("", "alert_")
    for kind in REVIEW_KINDS
    for state in ("", "_open")
)
OPEN_CELLS: Sequence[str] = tuple(c for c in REVIEW_CELLS if c.endswith("_open"))
# The eight cells (all records; ``_open`` the same with the suffix) as the bits of
# ``WebLogReviewDays.cells``.
CELL_BITS: dict[str, int] = {
    cell: 1 << n for n, cell in enumerate(c for c in REVIEW_CELLS if not c.endswith("_open"))
}


# The proxy's "warn" is stored as the core's "review" (``Outcome.of_web_action``); the
# other words, and stored outcomes, are the same in both.
_STORED_OUTCOME = {"warn": Outcome.REVIEW.value}
_OUTCOME_LABELS: dict[str, str] = dict(OUTCOME_CHOICES)
_BLOCK = Outcome.BLOCK.value


def stored_outcome(outcome: str) -> str:
    """The outcome as the log stores it, of a proxy's word or a stored outcome."""
    return _STORED_OUTCOME.get(outcome, outcome)


def review_cell(record: LoggedRecord) -> str:
    """The review cell of ``record`` (without ``_open``)."""
    searched = bool(record.search_term)
    blocked = record.outcome == _BLOCK
    if searched:
        kind = "blocked_searched" if blocked else "searched"
    else:
        kind = "blocked" if blocked else "visited"
    return f"alert_{kind}" if record.alert else kind


@dataclass(frozen=True)
class ReviewScope:
    """What one reader's log review shows (``portal.monitoring.queries.reviewable``):
    with alerts or not, every visit or searches and blocks only, one ``kind`` (search or
    block) or both, not yet reviewed or all, one learner, one day."""

    with_alerts: bool
    every_visit: bool
    kind: str = ""
    unreviewed_only: bool = True
    learner: str = ""
    day: date | None = None

    def kinds(self) -> list[str]:
        kinds = [k for k in REVIEW_KINDS if self.every_visit or k != "visited"]
        if self.kind == "search":
            return [k for k in kinds if k in SEARCH_KINDS]
        if self.kind == "block":
            return [k for k in kinds if k in BLOCK_KINDS]
        return kinds

    def cells(self, kinds: Iterable[str], *, state: str) -> list[str]:
        alerts = ("", "alert_") if self.with_alerts else ("",)
        return [f"{a}{k}{state}" for a in alerts for k in kinds]


@dataclass(frozen=True)
class ReviewDay:
    """One learner-day of the review, counted within its scope."""

    learner: str
    day: date
    total: int
    unreviewed: int
    searches: int
    blocked: int


class ReviewDays(Protocol):
    """The learner-days of a review scope, newest day first, then by learner: counted
    and sliced by a paginator without reading the rest."""

    def count(self) -> int: ...
    def __getitem__(self, page: slice) -> list[ReviewDay]: ...


@dataclass(frozen=True)
class ReviewEntry:
    """One raw record as the log review shows it (from either store); ``key`` is its
    content hash, what "mark reviewed" is told the page showed."""

    key: str
    at: datetime
    url: str
    search_site: str
    search_term: str
    outcome: str
    category: str
    terms: list[dict[str, Any]]
    alert: bool
    reviewed_at: datetime | None
    reviewer: str

    def get_outcome_display(self) -> str:
        return _OUTCOME_LABELS.get(self.outcome, self.outcome)

    @classmethod
    def of(cls, entry: WebLogEntry) -> ReviewEntry:
        """A stored ``WebLogEntry`` (its ``reviewed_by`` selected with it)."""
        return cls(
            key=entry.content_hash,
            at=entry.at,
            url=entry.url,
            search_site=entry.search_site,
            search_term=entry.search_term,
            outcome=entry.outcome,
            category=entry.category,
            terms=list(entry.terms or []),
            alert=entry.alert,
            reviewed_at=entry.reviewed_at,
            reviewer=entry.reviewed_by.get_username() if entry.reviewed_by else "",
        )


@dataclass(frozen=True)
class HistoryEntry(ReviewEntry):
    """One raw record in a person's history (``WebLogTable``'s columns)."""

    learner: str = ""
    device_id: str = ""
    client_ip: str = ""


@dataclass(frozen=True)
class HistoryScope:
    """One person's history as a reader may read it (``portal.monitoring.history``):
    the records of ``usernames``; those that raised an alert only ``with_alerts``; every
    visit or searches and blocks only; one ``kind`` (search, block or visit) or all;
    from ``start`` (inclusive) to ``end`` (exclusive)."""

    usernames: tuple[str, ...]
    with_alerts: bool
    every_visit: bool
    kind: str = ""
    start: datetime | None = None
    end: datetime | None = None


class HistoryRows(Protocol):
    """A person's records, newest first, as a table's data: counted, sliced by its
    paginator, iterated whole by the CSV export; ``order_by`` takes the time only."""

    def count(self) -> int: ...
    def order_by(self, *keys: str) -> HistoryRows: ...
    def __getitem__(self, page: slice) -> Any: ...
    def __iter__(self) -> Iterator[Any]: ...


@dataclass
class GroupEntries:
    """A review group's (learner-day's) latest entries, newest first, and its devices."""

    entries: list[ReviewEntry]
    devices: set[str]


@dataclass(frozen=True)
class ForgottenRecord:
    """A raw record retention deletes or anonymises, as ``forget_records`` needs it."""

    content_hash: str
    at: datetime


class LogStore(Protocol):
    # Whether the raw records live in the portal's database (``WebLogEntry``), where
    # ingestion, "mark reviewed" and retention write them themselves. Otherwise the store
    # holds them, and the database only the records behind safeguarding alerts.
    keeps_raw_records: bool

    def open_records(
        self, organisation_id: int, scope: ReviewScope, keys: Collection[str] | None = None
    ) -> list[tuple[str, StoredRecord]]:
        """(content hash, record) of the raw records of ``scope`` not yet reviewed (of
        ``keys`` only, if given): what "mark reviewed" marks, under its lock. Only for a
        store that does not keep its raw records in the database."""

    def known_hashes(self, organisation_id: int, records: Mapping[str, DecisionRecord]) -> set[str]:
        """The content hashes of ``records`` (by hash) the store holds already: ingestion's
        de-duplication, for a store that does not keep its raw records in the database
        (one ingestion at a time per organisation)."""

    def add_records(self, organisation_id: int, records: Mapping[str, DecisionRecord]) -> None:
        """Keep the raw records ingestion just stored (by content hash, never before)."""

    def mark_entries(
        self,
        organisation_id: int,
        hashes: Collection[str],
        *,
        reviewer: str,
        reviewed_at: datetime,
        day: date | None = None,
    ) -> None:
        """The raw records of ``hashes`` (all of ``day``, if given) were just marked
        reviewed by ``reviewer``."""

    def forget_records(
        self, organisation_id: int, records: Sequence[ForgottenRecord], *, anonymised: bool
    ) -> None:
        """Retention deletes ``records`` (or anonymises them: ``ANONYMISED`` blanked)."""

    def review_entries(
        self,
        organisation_id: int,
        scope: ReviewScope,
        groups: Collection[tuple[str, date]],
        *,
        limit: int,
        words: str = "",
    ) -> dict[tuple[str, date], GroupEntries]:
        """For each (learner, day) of ``groups``: its latest ``limit`` raw records in
        ``scope`` (with ``words`` in the search or address, if given) and the devices
        of all of them."""

    def matching_days(self, organisation_id: int, scope: ReviewScope, words: str) -> ReviewDays:
        """The learner-days of ``scope`` with records whose search or address holds
        ``words`` (case-insensitive), counted from the raw records: a text search."""

    def entries(self, organisation_id: int, scope: ReviewScope, *, words: str = "") -> HistoryRows:
        """The raw records of ``scope`` (with ``words``, if given), newest first: the
        review's entries list and its CSV."""

    def history(self, organisation_id: int, scope: HistoryScope) -> HistoryRows:
        """The records of one person's history in ``scope``."""

    def history_days(
        self, organisation_id: int, scope: HistoryScope
    ) -> dict[date, tuple[int, int]]:
        """(searches, blocked pages) a day of one person's history in ``scope``."""

    def add(self, organisation_id: int, records: Iterable[LoggedRecord]) -> None:
        """Count ``records`` (just stored, never before) into the rollups."""

    def reviewed(self, organisation_id: int, records: Iterable[LoggedRecord]) -> None:
        """Take ``records`` (just marked reviewed, not before) from the open cells."""

    def forget(
        self, organisation_id: int, records: Iterable[StoredRecord], *, anonymised: bool
    ) -> None:
        """Take ``records`` (being deleted, or anonymised when ``anonymised``) out of
        the rollups; anonymised ones are counted again as they are left (``ANONYMISED``:
        under the learner ``unknown``, a search as a visit)."""

    def review_days(self, organisation_id: int, scope: ReviewScope) -> ReviewDays:
        """The learner-days with anything in ``scope``."""

    def count(self, organisation_id: int, scope: ReviewScope) -> int:
        """Records in ``scope`` (only those not yet reviewed, unless the scope says)."""

    def daily_counts(self, organisation_id: int, first: date, last: date) -> list[DailyCount]:
        """Every rollup row of the days ``first`` to ``last`` inclusive."""

    def top_learners(
        self, organisation_id: int, first: date, last: date, *, by: str, limit: int
    ) -> list[LearnerCount]:
        """The ``limit`` learners with most ``by`` (``blocks`` or ``searches``) in the days."""


def learner_of(record: LoggedRecord) -> str:
    """``WebLogEntry.learner`` of a record: the user, else the device, else the address."""
    return record.user or record.device_id or record.client_ip or "unknown"


_COUNTS = "monitoring_weblogdailycount"
_COUNT_KEYS: Sequence[str] = ("organisation_id", "day", "outcome", "category", "audience")
_COUNT_MARKS: Sequence[str] = ("records", "searches", "reviewable", "alerts")
# The daily rollup's marks in the portal's database: the review's cells as well
# (``_tally(..., with_cells=True)``).
_DAY_MARKS: Sequence[str] = (*_COUNT_MARKS, *REVIEW_CELLS)
_USERS = "monitoring_weblogdailyuser"
_USER_KEYS: Sequence[str] = ("organisation_id", "day", "learner")
_USER_MARKS: Sequence[str] = ("records", "blocks", "searches", "alerts", *REVIEW_CELLS)
_DAYS = "monitoring_weblogreviewdays"
_DAYS_KEYS: Sequence[str] = ("organisation_id", "day", "open", "cells")
# Where each cell's count is in a learner-day's marks: of all records, of the open ones.
_ALL_AT: Sequence[int] = tuple(_USER_MARKS.index(c) for c in CELL_BITS)
_OPEN_AT: Sequence[int] = tuple(_USER_MARKS.index(f"{c}_open") for c in CELL_BITS)
_RECORDS_AT = _USER_MARKS.index("records")


def _upsert(
    cursor: Any,
    table: str,
    keys: Sequence[str],
    marks: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    *,
    returning: bool = False,
) -> list[tuple[Any, ...]]:
    """Add ``rows`` (``keys`` then ``marks``; keys distinct and sorted, so that two
    ingestions lock the same rows in one order) to the counts of ``table``; with
    ``returning``, the rows as they are now (``keys`` then ``marks``, in no order).

    PostgreSQL: ``COPY`` into a temporary table, then one ``INSERT ... SELECT ... ON
    CONFLICT DO UPDATE``. Elsewhere (SQLite): multi-row ``VALUES`` statements within the
    database's parameter limit. Either way a few round trips for thousands of rows."""
    if not rows:
        return []
    columns = ", ".join((*keys, *marks))
    upsert = _upsert_statement(table, keys, marks)
    if returning:
        upsert += f" RETURNING {columns}"
    found: list[tuple[Any, ...]] = []
    if connection.vendor == "postgresql":
        incoming = copy_to_temporary(cursor, table, columns, rows)
        # Byte order for the text keys: Python's order of the rows, in which "mark
        # reviewed" and retention lock the same rows (``_subtract``), so neither waits
        # on the other in a cycle.
        source = f"SELECT {columns} FROM {incoming} ORDER BY {_locking_order(keys)}"
        cursor.execute(upsert.format(source=source))
        return [tuple(row) for row in cursor.fetchall()] if returning else found
    width = len(rows[0])
    per_statement = max(1, min(500, (connection.features.max_query_params or 999) // width))
    placeholder = "(" + ", ".join(["%s"] * width) + ")"
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        cursor.execute(
            upsert.format(source="VALUES " + ", ".join([placeholder] * len(chunk))),
            [value for row in chunk for value in row],
        )
        if returning:
            found.extend(tuple(row) for row in cursor.fetchall())
    return found


_TEXT_KEYS = frozenset({"outcome", "category", "audience", "learner"})


def _upsert_statement(table: str, keys: Sequence[str], marks: Sequence[str]) -> str:
    """``INSERT ... {source} ON CONFLICT DO UPDATE`` adding ``marks`` to ``table``."""
    return (
        f"INSERT INTO {table} ({', '.join((*keys, *marks))}) {{source}} "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
        + ", ".join(f"{m} = {table}.{m} + excluded.{m}" for m in marks)
    )


def _locking_order(keys: Sequence[str]) -> str:
    """PostgreSQL's ``ORDER BY`` of ``keys`` in Python's order (text byte by byte)."""
    return ", ".join(f'{k} COLLATE "C"' if k in _TEXT_KEYS else k for k in keys)


def _subtract(
    cursor: Any,
    table: str,
    keys: Sequence[str],
    marks: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
) -> None:
    """Take ``rows`` (``keys`` then ``marks``; keys sorted, the order ``_upsert`` locks
    rows in) from the counts of ``table``; a key with no records left goes. A count
    never goes below nought: a record the rollup never counted (written round
    ingestion) takes nothing from the others'."""
    if not rows:
        return
    greatest = "GREATEST" if connection.vendor == "postgresql" else "MAX"
    where = " AND ".join(f"{k} = %s" for k in keys)
    changes = ", ".join(f"{m} = {greatest}({m} - %s, 0)" for m in marks)
    ordered = [(*row[len(keys) :], *row[: len(keys)]) for row in rows]
    cursor.executemany(f"UPDATE {table} SET {changes} WHERE {where}", ordered)
    if "records" in marks:
        cursor.executemany(
            f"DELETE FROM {table} WHERE {where} AND records = 0", [row[: len(keys)] for row in rows]
        )


def _as_date(value: date | str) -> date:
    """A date column as a raw cursor reads it (SQLite: ISO text)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def _cells_of(marks: Sequence[int], at: Sequence[int]) -> int:
    """The cells (bits) above nought of a learner-day's ``marks``."""
    found = 0
    for bit, position in enumerate(at):
        if marks[position] > 0:
            found |= 1 << bit
    return found


def _move(
    cursor: Any, organisation_id: int, changes: Iterable[tuple[date, Sequence[int], Sequence[int]]]
) -> None:
    """Move each changed learner-day (day, marks before, marks now) from the count of its
    cells before to the count of its cells now, in ``WebLogReviewDays``."""
    moved: dict[tuple[date, bool, int], int] = defaultdict(int)
    for day, before, now in changes:
        for opened, at in ((False, _ALL_AT), (True, _OPEN_AT)):
            was, becomes = _cells_of(before, at), _cells_of(now, at)
            if was != becomes:
                if was:
                    moved[(day, opened, was)] -= 1
                if becomes:
                    moved[(day, opened, becomes)] += 1
    rows = [(organisation_id, *key, n) for key, n in sorted(moved.items()) if n]
    _upsert(cursor, _DAYS, _DAYS_KEYS, ("learner_days",), rows)


def _cells_sql(alias: str, state: str, minus: str = "") -> str:
    """SQL for the set of cells (bits) above nought of a learner-day row ``alias``; with
    ``minus``, of its counts less those of the row ``minus``."""
    return " + ".join(
        f"(CASE WHEN {alias}.{cell}{state}"
        + (f" - {minus}.{cell}{state}" if minus else "")
        + f" > 0 THEN {bit} ELSE 0 END)"
        for cell, bit in CELL_BITS.items()
    )


def _moves_sql(upsert: str) -> str:
    """PostgreSQL: ``upsert`` (the learner rollup's, from ``{incoming}``) returning each
    learner-day as it is now, joined to what was added to it: the moves between sets of
    cells (day, open, cells, learner-days), added up in the database."""
    cells = ", ".join(f"{c}{s}" for c in CELL_BITS for s in ("", "_open"))
    sets = ", ".join(
        f"{_cells_sql('n', state, minus)} AS {name}"
        for name, state, minus in (
            ("all_now", "", ""),
            ("all_before", "", "i"),
            ("open_now", "_open", ""),
            ("open_before", "_open", "i"),
        )
    )
    moves = " UNION ALL ".join(
        f"SELECT day, {opened} AS opened, {was} AS cells, -1 AS n FROM sets "
        f"WHERE {was} <> {becomes} AND {was} > 0 UNION ALL "
        f"SELECT day, {opened}, {becomes}, 1 FROM sets WHERE {was} <> {becomes} AND {becomes} > 0"
        for opened, was, becomes in (
            ("false", "all_before", "all_now"),
            ("true", "open_before", "open_now"),
        )
    )
    return (
        f"WITH now AS ({upsert} RETURNING day, learner, {cells}), "
        f"sets AS (SELECT n.day, {sets} FROM now n JOIN {{incoming}} i "
        "ON i.day = n.day AND i.learner = n.learner) "
        f"SELECT day, opened, cells, SUM(n) FROM ({moves}) AS moved "
        "GROUP BY day, opened, cells HAVING SUM(n) <> 0 ORDER BY day, opened, cells"
    )


def _add_learner_days(cursor: Any, organisation_id: int, rows: Sequence[tuple[Any, ...]]) -> None:
    """Add ``rows`` (``_USER_KEYS`` then ``_USER_MARKS``) to the learner rollup, and move
    the learner-days whose cells change (``_move``). On PostgreSQL the moves are worked
    out by the upsert's own statement (``_moves_sql``): only their sums come back."""
    if not rows:
        return
    if connection.vendor == "postgresql":
        columns = ", ".join((*_USER_KEYS, *_USER_MARKS))
        incoming = copy_to_temporary(cursor, _USERS, columns, rows)
        source = f"SELECT {columns} FROM {incoming} ORDER BY {_locking_order(_USER_KEYS)}"
        upsert = _upsert_statement(_USERS, _USER_KEYS, _USER_MARKS).format(source=source)
        cursor.execute(_MOVES.format(upsert=upsert, incoming=incoming))
        moved = [(organisation_id, *row) for row in cursor.fetchall()]
        _upsert(cursor, _DAYS, _DAYS_KEYS, ("learner_days",), moved)
        return
    width = len(_USER_KEYS)
    added = {(row[1], row[2]): row[width:] for row in rows}
    now = _upsert(cursor, _USERS, _USER_KEYS, _USER_MARKS, rows, returning=True)
    changes = []
    for row in now:
        day = _as_date(row[1])
        marks = row[width:]
        before = [m - a for m, a in zip(marks, added[(day, row[2])], strict=True)]
        changes.append((day, before, marks))
    _move(cursor, organisation_id, changes)


_MOVES = _moves_sql("{upsert}")


def _take_learner_days(cursor: Any, organisation_id: int, rows: Sequence[tuple[Any, ...]]) -> None:
    """Take ``rows`` (``_USER_KEYS`` then ``_USER_MARKS``, keys sorted) from the learner
    rollup (``_subtract``), and move the learner-days whose cells change: their counts
    are read first, locked on PostgreSQL in the order ``_upsert`` locks them."""
    if not rows:
        return
    width = len(_USER_KEYS)
    before: dict[tuple[date, str], Sequence[int]] = {}
    postgresql = connection.vendor == "postgresql"
    lock = ' ORDER BY day, learner COLLATE "C" FOR UPDATE' if postgresql else ""
    for start in range(0, len(rows), 300):
        chunk = rows[start : start + 300]
        cursor.execute(
            f"SELECT day, learner, {', '.join(_USER_MARKS)} FROM {_USERS} "
            "WHERE organisation_id = %s AND (day, learner) IN (VALUES "
            + ", ".join(["(%s, %s)"] * len(chunk))
            + f"){lock}",
            [organisation_id, *(key for row in chunk for key in row[1:width])],
        )
        for day, learner, *marks in cursor.fetchall():
            before[(_as_date(day), learner)] = marks
    _subtract(cursor, _USERS, _USER_KEYS, _USER_MARKS, rows)
    changes = []
    for row in rows:
        was = before.get((row[1], row[2]))
        if was is None:
            continue  # never counted: nothing taken, nothing moves
        now = [max(m - t, 0) for m, t in zip(was, row[width:], strict=True)]
        if now[_RECORDS_AT] == 0:
            now = [0] * len(now)  # the learner-day goes
        changes.append((row[1], was, now))
    _move(cursor, organisation_id, changes)


def _tally(
    organisation_id: int,
    records: Iterable[LoggedRecord],
    *,
    opened: bool = True,
    with_cells: bool = False,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows the rollups count ``records`` as: (daily counts, learner days), keys
    sorted; the daily counts' marks are ``_COUNT_MARKS``, or with ``with_cells``
    ``_DAY_MARKS``. ``opened`` counts every record as not yet reviewed (else those with
    no ``reviewed_at``)."""
    counts: dict[tuple[date, str, str, str], list[int]] = {}
    users: dict[tuple[str, date], list[int]] = {}
    zone = timezone.get_current_timezone()
    position = {mark: n for n, mark in enumerate(_USER_MARKS)}
    count_position = {mark: n for n, mark in enumerate(_DAY_MARKS)}
    records_at, blocks_at, searches_at, alerts_at = (
        position[m] for m in ("records", "blocks", "searches", "alerts")
    )
    for record in records:
        day = record.at.astimezone(zone).date()
        searched = bool(record.search_term)
        outcome = stored_outcome(record.outcome)
        blocked = outcome == _BLOCK
        alert = bool(record.alert)
        group = (day, outcome, record.category, record.audience)
        counted = counts.get(group)
        if counted is None:
            counted = counts[group] = [0] * len(_DAY_MARKS)
        # _DAY_MARKS: records, searches, reviewable, alerts, then the review's cells
        counted[0] += 1
        counted[1] += searched
        counted[2] += searched or blocked
        counted[3] += alert
        who = (learner_of(record)[:255], day)
        cells = users.get(who)
        if cells is None:
            cells = users[who] = [0] * len(_USER_MARKS)
        cell = review_cell(record)
        is_open = opened or getattr(record, "reviewed_at", None) is None
        counted[count_position[cell]] += 1
        cells[records_at] += 1
        cells[blocks_at] += blocked
        cells[searches_at] += searched
        cells[alerts_at] += alert
        cells[position[cell]] += 1
        if is_open:
            counted[count_position[f"{cell}_open"]] += 1
            cells[position[f"{cell}_open"]] += 1
    width = len(_DAY_MARKS if with_cells else _COUNT_MARKS)
    count_rows: list[tuple[Any, ...]] = [
        (organisation_id, *group, *counts[group][:width]) for group in sorted(counts)
    ]
    user_rows: list[tuple[Any, ...]] = [
        (organisation_id, day, learner, *users[(learner, day)])
        for day, learner in sorted((day, learner) for learner, day in users)
    ]
    return count_rows, user_rows


def _sum(cells: Sequence[str]) -> Combinable:
    total: Combinable = Value(0)
    for cell in cells:
        total = total + F(cell)
    return total


class _ReviewDays:
    """``ReviewDays`` over the learner rollup: a paginator's count and page (the count
    from ``count``, else of the rows)."""

    def __init__(
        self,
        rows: QuerySet[Any, Any],
        count: Callable[[], int] | None = None,
        *,
        learner: str = "learner",
    ) -> None:
        self._rows = rows
        self._count = count or rows.count
        self._learner = learner

    def count(self) -> int:
        return self._count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, page: slice) -> list[ReviewDay]:
        return [
            ReviewDay(
                learner=row[self._learner],
                day=row["day"],
                total=row["in_scope"],
                unreviewed=row["in_scope_open"],
                searches=row["in_scope_searches"],
                blocked=row["in_scope_blocked"],
            )
            for row in self._rows[page]
        ]


class DatabaseLogStore:
    """The rollups in the portal's database (module docstring)."""

    keeps_raw_records = True

    def add(self, organisation_id: int, records: Iterable[LoggedRecord]) -> None:
        count_rows, user_rows = _tally(organisation_id, records, with_cells=True)
        if connection.vendor == "postgresql":
            # The rollups' rows are shared by every ingestion (a day's few count rows
            # above all), and their locks are held until commit: another ingestion
            # waits for them. The foreign keys of the records just inserted (checked at
            # commit, one check a record) are checked now, before the first lock.
            connection.check_constraints()
        with connection.cursor() as cursor:
            # Sorted rows: two ingestions upserting the same keys lock them in one order
            # (no deadlock between concurrent ingestions on PostgreSQL).
            _upsert(cursor, _COUNTS, _COUNT_KEYS, _DAY_MARKS, count_rows)
            _add_learner_days(cursor, organisation_id, user_rows)

    def reviewed(self, organisation_id: int, records: Iterable[LoggedRecord]) -> None:
        count_rows, user_rows = _tally(organisation_id, records, with_cells=True)
        width = len(_COUNT_KEYS)
        opened = [_DAY_MARKS.index(c) for c in OPEN_CELLS]
        found = [(*row[:width], *(row[width + i] for i in opened)) for row in count_rows]
        # The learner rollup loses the open cells only (the rest of its marks nought).
        kept = {n for n, mark in enumerate(_USER_MARKS) if mark not in OPEN_CELLS}
        width = len(_USER_KEYS)
        taken = [
            (*row[:width], *(0 if n in kept else m for n, m in enumerate(row[width:])))
            for row in user_rows
        ]
        with connection.cursor() as cursor:
            _subtract(cursor, _COUNTS, _COUNT_KEYS, OPEN_CELLS, found)
            _take_learner_days(cursor, organisation_id, taken)

    def forget(
        self, organisation_id: int, records: Iterable[StoredRecord], *, anonymised: bool
    ) -> None:
        found = list(records)
        count_rows, user_rows = _tally(organisation_id, found, opened=False, with_cells=True)
        with connection.cursor() as cursor:
            _subtract(cursor, _COUNTS, _COUNT_KEYS, _DAY_MARKS, count_rows)
            _take_learner_days(cursor, organisation_id, user_rows)
            if anonymised:
                blanked = [
                    replace(record, user="", device_id="", client_ip="", search_term="")
                    for record in found
                ]
                count_rows, user_rows = _tally(
                    organisation_id, blanked, opened=False, with_cells=True
                )
                _upsert(cursor, _COUNTS, _COUNT_KEYS, _DAY_MARKS, count_rows)
                _add_learner_days(cursor, organisation_id, user_rows)
            # Sets no learner-day has any more.
            cursor.execute(
                f"DELETE FROM {_DAYS} WHERE organisation_id = %s AND learner_days = 0",
                [organisation_id],
            )

    def _scoped(self, organisation_id: int, scope: ReviewScope) -> QuerySet[WebLogDailyUser]:
        rows = WebLogDailyUser.objects.filter(organisation_id=organisation_id)
        if scope.learner:
            rows = rows.filter(learner=scope.learner)
        if scope.day is not None:
            rows = rows.filter(day=scope.day)
        return rows

    def review_days(self, organisation_id: int, scope: ReviewScope) -> ReviewDays:
        state = "_open" if scope.unreviewed_only else ""
        kinds = scope.kinds()
        scoped = self._scoped(organisation_id, scope)
        if scope.unreviewed_only:
            scoped = scoped.filter(open_records__gt=0)  # the partial index of open days
        rows = (
            scoped.annotate(
                in_scope=_sum(scope.cells(kinds, state=state)),
                in_scope_open=_sum(scope.cells(kinds, state="_open")),
                in_scope_searches=_sum(
                    scope.cells([k for k in kinds if k in SEARCH_KINDS], state=state)
                ),
                in_scope_blocked=_sum(
                    scope.cells([k for k in kinds if k in BLOCK_KINDS], state=state)
                ),
            )
            .filter(in_scope__gt=0)
            .order_by("-day", "learner")
            .values(
                "learner",
                "day",
                "in_scope",
                "in_scope_open",
                "in_scope_searches",
                "in_scope_blocked",
            )
        )
        if scope.learner:
            return _ReviewDays(rows)  # one learner's days: a few rows through its index
        return _ReviewDays(rows, lambda: self._learner_day_count(organisation_id, scope))

    def _learner_day_count(self, organisation_id: int, scope: ReviewScope) -> int:
        """The learner-days with anything in ``scope`` (no learner chosen), from the
        counts of their sets of cells (``WebLogReviewDays``): a few rows a day."""
        wanted = sum(CELL_BITS[cell] for cell in scope.cells(scope.kinds(), state=""))
        days = WebLogReviewDays.objects.filter(
            organisation_id=organisation_id, open=scope.unreviewed_only
        )
        if scope.day is not None:
            days = days.filter(day=scope.day)
        found = (
            days.alias(met=F("cells").bitand(wanted))
            .filter(met__gt=0)
            .aggregate(found=Sum("learner_days"))
        )
        return int(found["found"] or 0)

    def count(self, organisation_id: int, scope: ReviewScope) -> int:
        state = "_open" if scope.unreviewed_only else ""
        cells = _sum(scope.cells(scope.kinds(), state=state))
        if not scope.learner:
            # The whole organisation (or one day of it): the daily rollup's few rows a
            # day, not every learner-day.
            days = WebLogDailyCount.objects.filter(organisation_id=organisation_id)
            if scope.day is not None:
                days = days.filter(day=scope.day)
            return int(days.aggregate(found=Sum(cells))["found"] or 0)
        rows = self._scoped(organisation_id, scope)
        if scope.unreviewed_only:
            rows = rows.filter(open_records__gt=0)  # the partial index of open days
        return int(rows.aggregate(found=Sum(cells))["found"] or 0)

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

    # Raw records: ingestion, "mark reviewed" and retention write them in the portal's
    # database themselves (``WebLogEntry``), in their own transactions.

    def add_records(self, organisation_id: int, records: Mapping[str, DecisionRecord]) -> None:
        pass

    def open_records(
        self, organisation_id: int, scope: ReviewScope, keys: Collection[str] | None = None
    ) -> list[tuple[str, StoredRecord]]:
        raise NotImplementedError("mark_reviewed locks WebLogEntry rows itself")

    def known_hashes(self, organisation_id: int, records: Mapping[str, DecisionRecord]) -> set[str]:
        raise NotImplementedError("ingestion's insert skips the stored records itself")

    def mark_entries(
        self,
        organisation_id: int,
        hashes: Collection[str],
        *,
        reviewer: str,
        reviewed_at: datetime,
        day: date | None = None,
    ) -> None:
        pass

    def forget_records(
        self, organisation_id: int, records: Sequence[ForgottenRecord], *, anonymised: bool
    ) -> None:
        pass

    def review_entries(
        self,
        organisation_id: int,
        scope: ReviewScope,
        groups: Collection[tuple[str, date]],
        *,
        limit: int,
        words: str = "",
    ) -> dict[tuple[str, date], GroupEntries]:
        found = {group: GroupEntries([], set()) for group in groups}
        if not found:
            return found
        return _fill_groups(in_scope(organisation_id, scope, words=words), found, limit=limit)

    def matching_days(self, organisation_id: int, scope: ReviewScope, words: str) -> ReviewDays:
        rows = (
            in_scope(organisation_id, scope, words=words)
            .annotate(
                learner_key=learner_expression(),
                day=TruncDate("at", tzinfo=timezone.get_current_timezone()),
            )
            .values("learner_key", "day")
            .annotate(
                in_scope=Count("pk"),
                in_scope_open=Count("pk", filter=Q(reviewed_at__isnull=True)),
                in_scope_searches=Count("pk", filter=~Q(search_term="")),
                in_scope_blocked=Count("pk", filter=Q(outcome=_BLOCK)),
            )
            .order_by("-day", "learner_key")
        )
        return _ReviewDays(rows, learner="learner_key")

    def entries(
        self, organisation_id: int, scope: ReviewScope, *, words: str = ""
    ) -> QuerySet[WebLogEntry]:
        return in_scope(organisation_id, scope, words=words).select_related("reviewed_by")

    def history(self, organisation_id: int, scope: HistoryScope) -> QuerySet[WebLogEntry]:
        return history_in_database(organisation_id, scope).select_related("reviewed_by")

    def history_days(
        self, organisation_id: int, scope: HistoryScope
    ) -> dict[date, tuple[int, int]]:
        found: dict[date, tuple[int, int]] = {}
        rows = (
            history_in_database(organisation_id, scope)
            .annotate(day=TruncDate("at", tzinfo=timezone.get_current_timezone()))
            .values_list("day", "search_term", "outcome")
        )
        for day, search_term, outcome in rows.order_by():
            searches, blocks = found.get(day, (0, 0))
            found[day] = (searches + bool(search_term), blocks + (outcome == _BLOCK))
        return found


def history_in_database(organisation_id: int, scope: HistoryScope) -> QuerySet[WebLogEntry]:
    """The raw records of ``scope`` in the database (``WebLogEntry``)."""
    found = WebLogEntry.objects.filter(organisation_id=organisation_id, user__in=scope.usernames)
    if not scope.every_visit:
        found = found.filter(~Q(search_term="") | Q(outcome=_BLOCK))
    if not scope.with_alerts:
        found = found.filter(alert=False)
    if scope.kind == "search":
        found = found.exclude(search_term="")
    elif scope.kind == "block":
        found = found.filter(outcome=_BLOCK)
    elif scope.kind == "visit":
        found = found.filter(search_term="").exclude(outcome=_BLOCK)
    if scope.start is not None:
        found = found.filter(at__gte=scope.start)
    if scope.end is not None:
        found = found.filter(at__lt=scope.end)
    return found


def in_scope(organisation_id: int, scope: ReviewScope, *, words: str = "") -> QuerySet[WebLogEntry]:
    """The raw records of ``scope`` (those its rollup cells count) in the database, with
    ``words`` in their search or address if given (the review's ``q``)."""
    from portal.monitoring.queries import day_bounds, learner_filter

    state = "_open" if scope.unreviewed_only else ""
    cells = Q()
    for cell in scope.cells(scope.kinds(), state=state):
        cells |= _cell_filter(cell)
    found = WebLogEntry.objects.filter(cells, organisation_id=organisation_id)
    if scope.learner:
        found = found.filter(learner_filter(scope.learner))
    if scope.day is not None:
        start, end = day_bounds(scope.day)
        found = found.filter(at__gte=start, at__lt=end)
    if words.strip():
        found = found.filter(
            Q(search_term__icontains=words.strip()) | Q(url__icontains=words.strip())
        )
    return found


def _fill_groups(
    entries: QuerySet[WebLogEntry],
    groups: dict[tuple[str, date], GroupEntries],
    *,
    limit: int,
) -> dict[tuple[str, date], GroupEntries]:
    """Each (learner, day) group's latest ``limit`` of ``entries`` and its devices, in one
    query each for all groups."""
    from portal.monitoring.queries import day_bounds, learner_filter

    within = Q()
    for learner, on in groups:
        start, end = day_bounds(on)
        within |= learner_filter(learner) & Q(at__gte=start, at__lt=end)
    chosen = entries.annotate(learner_key=learner_expression()).filter(within)
    day = TruncDate("at", tzinfo=timezone.get_current_timezone())
    latest = (
        chosen.annotate(
            day=day,
            position=Window(
                RowNumber(),
                partition_by=[F("learner_key"), day],
                order_by=[F("at").desc(), F("id").desc()],
            ),
        )
        .filter(position__lte=limit)
        .select_related("reviewed_by")
        .order_by("-at", "-id")
    )
    for entry in latest:
        owner = groups.get((entry.learner_key, entry.day))
        if owner is not None:
            owner.entries.append(ReviewEntry.of(entry))
    for row in (
        chosen.annotate(
            day=day, device_key=Coalesce(NullIf(F("device_id"), Value("")), F("client_ip"))
        )
        .values("learner_key", "day", "device_key")
        .distinct()
        .order_by()
    ):
        owner = groups.get((row["learner_key"], row["day"]))
        if owner is not None and row["device_key"]:
            owner.devices.add(row["device_key"])
    return groups


# Raw records on PostgreSQL -------------------------------------------------------------

# A record's own fields, in the order both stores keep them (``record_fields``).
RECORD_FIELDS: Sequence[str] = (
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
)

ENTRY_COLUMNS: Sequence[str] = (
    "organisation_id",
    "content_hash",
    "at",
    *RECORD_FIELDS,
    "alert",
    "ingested_at",
)


def record_fields(record: DecisionRecord) -> tuple[Any, ...]:
    """``record``'s values in ``RECORD_FIELDS`` order: the outcome in the core's words,
    the clauses and terms as JSON text (most records have neither: no encoding then)."""
    return (
        record.device,
        record.device_id,
        record.client_ip,
        record.user,
        record.audience,
        record.url,
        _STORED_WEB_OUTCOME[record.outcome],
        record.reason,
        record.category,
        record.entry,
        json.dumps(list(record.clauses)) if record.clauses else "[]",
        record.search_site,
        record.search_term,
        json.dumps([t.model_dump() for t in record.terms]) if record.terms else "[]",
    )


# The proxy's words as the log stores them (``Outcome.of_web_action``), looked up once.
_STORED_WEB_OUTCOME: dict[str, str] = {
    word: Outcome.of_web_action(word).value for word in ("allow", "warn", "block")
}


_QUOTED = ", ".join(f'"{c}"' for c in ENTRY_COLUMNS)
_INSERT_NEW = f"""
INSERT INTO monitoring_weblogentry ({_QUOTED})
SELECT {_QUOTED} FROM {{incoming}}
ON CONFLICT (organisation_id, at, content_hash) DO NOTHING
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
        incoming = copy_to_temporary(cursor, "monitoring_weblogentry", _QUOTED, rows)
        cursor.execute(_INSERT_NEW.format(incoming=incoming))
        return [row[0] for row in cursor.fetchall()]


# Counting again from the raw records ----------------------------------------------------


def learner_expression() -> Coalesce:
    """``WebLogEntry.learner`` in SQL: the user, else the device, else the IP."""
    return Coalesce(
        NullIf(F("user"), Value("")),
        NullIf(F("device_id"), Value("")),
        NullIf(F("client_ip"), Value("")),
        Value("unknown"),
    )


def _cell_filter(cell: str) -> Q:
    kind = cell.removeprefix("alert_").removesuffix("_open")
    searched = ~Q(search_term="")
    blocked = Q(outcome=_BLOCK)
    found = {
        "searched": searched & ~blocked,
        "blocked_searched": searched & blocked,
        "blocked": ~searched & blocked,
        "visited": ~searched & ~blocked,
    }[kind] & Q(alert=cell.startswith("alert_"))
    return found & Q(reviewed_at__isnull=True) if cell.endswith("_open") else found


def _review_counts() -> dict[str, Count]:
    return {cell: Count("pk", filter=_cell_filter(cell)) for cell in REVIEW_CELLS}


def _rollup_day() -> TruncDate:
    return TruncDate("at", tzinfo=timezone.get_current_timezone())


def recount_learner_days(organisation_id: int) -> QuerySet[Any, Any]:
    """The learner rollup of ``organisation_id`` counted from its raw records: rows of
    ``day``, ``learner`` and every count of ``WebLogDailyUser``, by day and learner."""
    return (
        WebLogEntry.objects.filter(organisation_id=organisation_id)
        .annotate(rollup_day=_rollup_day(), rollup_learner=learner_expression())
        .values("rollup_day", "rollup_learner")
        .annotate(
            records=Count("pk"),
            blocks=Count("pk", filter=Q(outcome=_BLOCK)),
            searches=Count("pk", filter=~Q(search_term="")),
            alerts=Count("pk", filter=Q(alert=True)),
            **_review_counts(),
        )
        .order_by("rollup_day", "rollup_learner")
    )


def recount_days(organisation_id: int) -> QuerySet[Any, Any]:
    """The daily rollup of ``organisation_id`` counted from its raw records: rows of
    ``rollup_day``, ``outcome``, ``category``, ``audience`` and every count of
    ``WebLogDailyCount``, in that order."""
    return (
        WebLogEntry.objects.filter(organisation_id=organisation_id)
        .annotate(rollup_day=_rollup_day())
        .values("rollup_day", "outcome", "category", "audience")
        .annotate(
            records=Count("pk"),
            searches=Count("pk", filter=~Q(search_term="")),
            reviewable=Count("pk", filter=~Q(search_term="") | Q(outcome=_BLOCK)),
            alerts=Count("pk", filter=Q(alert=True)),
            **_review_counts(),
        )
        .order_by("rollup_day", "outcome", "category", "audience")
    )


def _rebuild(
    table: str,
    organisation_id: int,
    found: QuerySet[Any, Any],
    columns: Sequence[str],
    selected: Sequence[str],
) -> int:
    """Replace the rows of ``organisation_id`` in ``table`` with ``found`` (its
    ``selected`` into ``columns``): one ``DELETE`` and one ``INSERT ... SELECT``."""
    sql, params = found.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE organisation_id = %s", [organisation_id])
        cursor.execute(
            f"INSERT INTO {table} (organisation_id, {', '.join(columns)}) "
            f"SELECT %s, {', '.join(selected)} FROM ({sql}) AS counted",
            [organisation_id, *params],
        )
        return int(cursor.rowcount)


def rebuild_learner_days(organisation_id: int) -> int:
    """Replace the learner rollup of ``organisation_id`` with a count of its raw
    records, in one ``INSERT ... SELECT``; how many learner-days."""
    found = recount_learner_days(organisation_id)
    rebuilt = _rebuild(
        _USERS,
        organisation_id,
        found,
        ("day", "learner", *_USER_MARKS),
        ("rollup_day", "rollup_learner", *_USER_MARKS),
    )
    WebLogReviewDays.objects.filter(organisation_id=organisation_id).delete()
    WebLogReviewDays.objects.bulk_create(
        WebLogReviewDays(
            organisation_id=organisation_id, day=day, open=opened, cells=cells, learner_days=n
        )
        for (day, opened, cells), n in recount_review_days(organisation_id).items()
    )
    return rebuilt


def recount_review_days(organisation_id: int) -> dict[tuple[date, bool, int], int]:
    """``WebLogReviewDays`` of ``organisation_id`` counted from its learner rollup:
    (day, open, cells) to learner-days, sets with none left out."""
    found: dict[tuple[date, bool, int], int] = {}
    for opened, state in ((False, ""), (True, "_open")):
        cells = sum(
            (
                Case(When(**{f"{cell}{state}__gt": 0}, then=Value(bit)), default=Value(0))
                for cell, bit in CELL_BITS.items()
            ),
            start=Value(0),
        )
        rows = (
            WebLogDailyUser.objects.filter(organisation_id=organisation_id)
            .annotate(cells=cells)
            .filter(cells__gt=0)
            .values("day", "cells")
            .annotate(learner_days=Count("pk"))
            .order_by()
        )
        for row in rows:
            found[(row["day"], opened, row["cells"])] = row["learner_days"]
    return found


def rebuild_days(organisation_id: int) -> int:
    """Replace the daily rollup of ``organisation_id`` with a count of its raw records,
    in one ``INSERT ... SELECT``; how many rows."""
    found = recount_days(organisation_id)
    columns = ("outcome", "category", "audience", *_DAY_MARKS)
    return _rebuild(_COUNTS, organisation_id, found, ("day", *columns), ("rollup_day", *columns))


@cache
def _store_class(path: str) -> type[LogStore]:
    found: type[LogStore] = import_string(path)
    return found


def log_store() -> LogStore:
    """The configured store (``POLICYGUARD_LOG_STORE``)."""
    path = getattr(settings, "POLICYGUARD_LOG_STORE", DEFAULT_STORE)
    return _store_class(path)()
