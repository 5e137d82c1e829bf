"""The log store's rollups in ClickHouse (``POLICYGUARD_LOG_STORE``), for a trust whose
web log outgrows one PostgreSQL (README: "Deploying at scale").

Set::

    POLICYGUARD_LOG_STORE = "portal.monitoring.clickhouse_store.ClickHouseLogStore"
    POLICYGUARD_CLICKHOUSE_URL = "clickhouse://user:password@host:9000/policyguard"

It keeps the same two daily rollups as :class:`~portal.monitoring.logstore.
DatabaseLogStore` (by outcome, category and audience; by learner, with the review's
cells) and answers the same reads with the same results; its tables are made on first
use. It speaks ClickHouse's native protocol through ``clickhouse-driver``, which works
with servers from 18.x on (Debian's ``clickhouse-server`` is 18.16).

How it works on ClickHouse, which has no transactions and (before 22.8) no row-level
``DELETE`` or ``UPDATE``, only asynchronous ``ALTER TABLE ... DELETE/UPDATE`` mutations
that rewrite whole parts:

- Each table is a ``SummingMergeTree`` partitioned by month of the day and ordered by
  organisation, day and key. Every write is an ``INSERT`` of signed amounts: ingestion
  adds a record's counts; "mark reviewed" inserts minus one in the open cells of what
  it marked; retention inserts minus the whole record for what it deletes or
  anonymises, and plus its anonymised form (learner ``unknown``, no search). The
  engine adds rows of one key together as it merges parts, so nothing is rewritten and
  concurrent writers never conflict (additions commute).
- Reads always ``GROUP BY`` the key and ``sum`` (parts not merged yet hold several rows
  of one key); a key whose records sum to nought is gone, as the database store
  deletes it, and no count reads below nought.
- The writes are sent when the portal's transaction commits (``on_commit``), so a
  rolled-back ingestion, review or purge counts nothing. If ClickHouse refuses one
  after the commit, the error is raised to the caller and logged; the raw records are
  kept, and :meth:`ClickHouseLogStore.rebuild` counts an organisation's rollups again
  from them (``python -m portal rebuild_log_rollups --org SLUG``).
- Retention of the rollups themselves: they shrink by the inserted negatives and the
  merges; a whole month can also be dropped with ``ALTER TABLE ... DROP PARTITION``
  when every organisation's retention has passed it.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from clickhouse_driver import Client
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from portal.monitoring.logstore import (
    _COUNT_KEYS,
    _COUNT_MARKS,
    _USER_KEYS,
    _USER_MARKS,
    BLOCK_KINDS,
    OPEN_CELLS,
    SEARCH_KINDS,
    DailyCount,
    LearnerCount,
    LoggedRecord,
    ReviewDay,
    ReviewDays,
    ReviewScope,
    StoredRecord,
    _tally,
)

logger = logging.getLogger(__name__)

DEFAULT_URL = "clickhouse://default@127.0.0.1:9000/policyguard"
COUNTS = "weblog_daily_count"
USERS = "weblog_daily_user"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_TYPES = {
    "organisation_id": "UInt64",
    "day": "Date",
    "outcome": "String",
    "category": "String",
    "audience": "String",
    "learner": "String",
}


def _table_sql(database: str, table: str, keys: Sequence[str], marks: Sequence[str]) -> str:
    columns = [f"{k} {_TYPES[k]}" for k in keys] + [f"{m} Int64" for m in marks]
    return (
        f"CREATE TABLE IF NOT EXISTS {database}.{table} ({', '.join(columns)}) "
        f"ENGINE = SummingMergeTree(({', '.join(marks)})) "
        f"PARTITION BY toYYYYMM(day) ORDER BY ({', '.join(keys)})"
    )


class _Connections(threading.local):
    """One client per thread and server (a ``Client`` is one connection, not shared)."""

    def __init__(self) -> None:
        self.clients: dict[str, Client] = {}


_connections = _Connections()
_ready: set[str] = set()
_ready_lock = threading.Lock()


def _split(url: str) -> tuple[str, str]:
    """(the server's URL on its ``default`` database, our database's name) of ``url``."""
    parts = urlsplit(url)
    if parts.scheme not in ("clickhouse", "clickhouses"):
        raise ImproperlyConfigured(
            f"POLICYGUARD_CLICKHOUSE_URL={url!r}: give clickhouse://user:password@host:port/database"
        )
    database = parts.path.strip("/") or "policyguard"
    if not _NAME.match(database):
        raise ImproperlyConfigured(
            f"POLICYGUARD_CLICKHOUSE_URL: database name {database!r} must be letters, digits "
            "and underscores"
        )
    return urlunsplit(parts._replace(path="/default")), database


def _client(url: str) -> Client:
    found = _connections.clients.get(url)
    if found is None:
        found = _connections.clients[url] = Client.from_url(url)
    return found


class _ClickHouseReviewDays:
    """``ReviewDays`` from the learner rollup: the paginator's count and page."""

    def __init__(self, store: ClickHouseLogStore, sql: str, params: dict[str, Any]) -> None:
        self._store = store
        self._sql = sql
        self._params = params

    def count(self) -> int:
        rows = self._store._query(f"SELECT count() FROM ({self._sql})", self._params)
        return int(rows[0][0])

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, page: slice) -> list[ReviewDay]:
        start = page.start or 0
        if page.stop is None:
            limit = ""
        else:
            limit = f" LIMIT {int(start)}, {max(0, int(page.stop) - int(start))}"
        rows = self._store._query(
            f"SELECT * FROM ({self._sql}) ORDER BY day DESC, learner{limit}", self._params
        )
        return [
            ReviewDay(
                learner=learner,
                day=day,
                total=int(total),
                unreviewed=int(unreviewed),
                searches=int(searches),
                blocked=int(blocked),
            )
            for learner, day, total, unreviewed, searches, blocked in rows
        ]


def _plus(cells: Iterable[str]) -> str:
    """The sum of the clamped cells (``n_<cell>``) as SQL; ``0`` for none."""
    found = [f"n_{cell}" for cell in cells]
    return " + ".join(found) if found else "0"


class ClickHouseLogStore:
    """The rollups in ClickHouse (module docstring)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = str(url or getattr(settings, "POLICYGUARD_CLICKHOUSE_URL", DEFAULT_URL))
        self._server, self.database = _split(self.url)

    # Connection and tables -----------------------------------------------------------

    def _connection(self) -> Client:
        client = _client(self._server)
        if self.url not in _ready:
            with _ready_lock:
                if self.url not in _ready:
                    client.execute(f"CREATE DATABASE IF NOT EXISTS {self.database}")
                    client.execute(_table_sql(self.database, COUNTS, _COUNT_KEYS, _COUNT_MARKS))
                    client.execute(_table_sql(self.database, USERS, _USER_KEYS, _USER_MARKS))
                    _ready.add(self.url)
        return client

    def _query(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._connection().execute(sql, params or {})
        return rows

    def _insert_now(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self._connection().execute(
                f"INSERT INTO {self.database}.{table} ({', '.join(columns)}) VALUES", rows
            )

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """``rows`` into ``table`` when the portal's transaction commits (at once outside
        one); a rolled-back write sends nothing."""
        if not rows:
            return

        def send() -> None:
            try:
                self._insert_now(table, columns, rows)
            except Exception:
                logger.exception(
                    "ClickHouse refused %d rollup rows for %s: rebuild_log_rollups recounts "
                    "them from the stored records",
                    len(rows),
                    table,
                )
                raise

        transaction.on_commit(send)

    def drop(self) -> None:
        """Drop this store's database (tests and the benchmark's throwaway stores)."""
        _client(self._server).execute(f"DROP DATABASE IF EXISTS {self.database}")
        with _ready_lock:
            _ready.discard(self.url)

    # Writes ---------------------------------------------------------------------------

    def add(self, organisation_id: int, records: Iterable[LoggedRecord]) -> None:
        count_rows, user_rows = _tally(organisation_id, records)
        self._insert(COUNTS, (*_COUNT_KEYS, *_COUNT_MARKS), count_rows)
        self._insert(USERS, (*_USER_KEYS, *_USER_MARKS), user_rows)

    def reviewed(self, organisation_id: int, records: Iterable[LoggedRecord]) -> None:
        _, user_rows = _tally(organisation_id, records)
        width = len(_USER_KEYS)
        opened = [_USER_MARKS.index(c) for c in OPEN_CELLS]
        rows = [(*row[:width], *(-row[width + i] for i in opened)) for row in user_rows]
        self._insert(USERS, (*_USER_KEYS, *OPEN_CELLS), rows)

    def forget(
        self, organisation_id: int, records: Iterable[StoredRecord], *, anonymised: bool
    ) -> None:
        found = list(records)
        count_rows, user_rows = _tally(organisation_id, found, opened=False)
        counts = [_negated(row, len(_COUNT_KEYS)) for row in count_rows]
        users = [_negated(row, len(_USER_KEYS)) for row in user_rows]
        if anonymised:
            blanked = [
                replace(record, user="", device_id="", client_ip="", search_term="")
                for record in found
            ]
            more_counts, more_users = _tally(organisation_id, blanked, opened=False)
            counts += more_counts
            users += more_users
        self._insert(COUNTS, (*_COUNT_KEYS, *_COUNT_MARKS), counts)
        self._insert(USERS, (*_USER_KEYS, *_USER_MARKS), users)

    def rebuild(self, organisation_id: int) -> int:
        """Make the rollups of ``organisation_id`` equal a count of its stored records
        (after a write ClickHouse refused): inserts the difference between that count
        and what the tables hold, so it is safe to run again; how many keys changed.
        Run it while nothing ingests for the organisation."""
        from portal.monitoring.models import WebLogEntry

        stored = (
            StoredRecord(*values)
            for values in WebLogEntry.objects.filter(organisation_id=organisation_id)
            .values_list(*StoredRecord.FIELDS)
            .iterator(chunk_size=10_000)
        )
        count_rows, user_rows = _tally(organisation_id, stored, opened=False)
        changed = 0
        for table, keys, marks, wanted in (
            (COUNTS, _COUNT_KEYS, _COUNT_MARKS, count_rows),
            (USERS, _USER_KEYS, _USER_MARKS, user_rows),
        ):
            held = {
                row[: len(keys)]: row[len(keys) :]
                for row in self._query(
                    f"SELECT {', '.join(keys)}, {', '.join(f'sum({m})' for m in marks)} "
                    f"FROM {self.database}.{table} WHERE organisation_id = %(org)s "
                    f"GROUP BY {', '.join(keys)}",
                    {"org": organisation_id},
                )
            }
            target = {tuple(row[: len(keys)]): row[len(keys) :] for row in wanted}
            fixes: list[tuple[Any, ...]] = []
            for key in held.keys() | target.keys():
                have = held.get(key, (0,) * len(marks))
                want = target.get(key, (0,) * len(marks))
                if tuple(have) != tuple(want):
                    fixes.append((*key, *(w - h for w, h in zip(want, have, strict=True))))
            self._insert_now(table, (*keys, *marks), fixes)
            changed += len(fixes)
        return changed

    # Reads ----------------------------------------------------------------------------

    def _learner_days(
        self, organisation_id: int, scope: ReviewScope, cells: Iterable[str]
    ) -> tuple[str, dict[str, Any]]:
        """Per learner-day, each of ``cells`` summed and clamped at nought (``n_<cell>``),
        of the keys with records left (only the cells a read needs: each is a sum over
        every learner-day of the organisation)."""
        where = ["organisation_id = %(org)s"]
        params: dict[str, Any] = {"org": organisation_id}
        if scope.learner:
            where.append("learner = %(learner)s")
            params["learner"] = scope.learner
        if scope.day is not None:
            where.append("day = %(day)s")
            params["day"] = scope.day
        wanted = [m for m in _USER_MARKS if m in set(cells)] or ["records"]
        sums = ", ".join(f"greatest(sum({m}), 0) AS n_{m}" for m in wanted)
        sql = (
            f"SELECT learner, day, {sums} FROM {self.database}.{USERS} "
            f"WHERE {' AND '.join(where)} GROUP BY learner, day HAVING sum(records) > 0"
        )
        return sql, params

    def review_days(self, organisation_id: int, scope: ReviewScope) -> ReviewDays:
        state = "_open" if scope.unreviewed_only else ""
        kinds = scope.kinds()
        inner, params = self._learner_days(
            organisation_id,
            scope,
            [*scope.cells(kinds, state=state), *scope.cells(kinds, state="_open")],
        )
        in_scope = _plus(scope.cells(kinds, state=state))
        sql = (
            f"SELECT learner, day, {in_scope} AS in_scope, "
            f"{_plus(scope.cells(kinds, state='_open'))} AS in_scope_open, "
            f"{_plus(scope.cells([k for k in kinds if k in SEARCH_KINDS], state=state))} "
            "AS in_scope_searches, "
            f"{_plus(scope.cells([k for k in kinds if k in BLOCK_KINDS], state=state))} "
            f"AS in_scope_blocked FROM ({inner}) WHERE ({in_scope}) > 0"
        )
        return _ClickHouseReviewDays(self, sql, params)

    def count(self, organisation_id: int, scope: ReviewScope) -> int:
        state = "_open" if scope.unreviewed_only else ""
        inner, params = self._learner_days(
            organisation_id, scope, scope.cells(scope.kinds(), state=state)
        )
        found = self._query(
            f"SELECT sum({_plus(scope.cells(scope.kinds(), state=state))}) FROM ({inner})",
            params,
        )
        return int(found[0][0] or 0) if found else 0

    def daily_counts(self, organisation_id: int, first: date, last: date) -> list[DailyCount]:
        keys = ("day", "outcome", "category", "audience")
        sums = ", ".join(f"greatest(sum({m}), 0)" for m in _COUNT_MARKS)
        rows = self._query(
            f"SELECT {', '.join(keys)}, {sums} FROM {self.database}.{COUNTS} "
            "WHERE organisation_id = %(org)s AND day >= %(first)s AND day <= %(last)s "
            f"GROUP BY {', '.join(keys)} HAVING sum(records) > 0 "
            f"ORDER BY {', '.join(keys)}",
            {"org": organisation_id, "first": first, "last": last},
        )
        return [DailyCount(*row[:4], *(int(n) for n in row[4:])) for row in rows]

    def top_learners(
        self, organisation_id: int, first: date, last: date, *, by: str, limit: int
    ) -> list[LearnerCount]:
        if by not in ("blocks", "searches"):
            raise ValueError(f"top learners by {by!r}: blocks or searches")
        marks = ("records", "blocks", "searches", "alerts")
        per_day = ", ".join(f"greatest(sum({m}), 0) AS n_{m}" for m in marks)
        totals = ", ".join(f"sum(n_{m}) AS t_{m}" for m in marks)
        rows = self._query(
            f"SELECT learner, {totals} FROM (SELECT learner, day, {per_day} "
            f"FROM {self.database}.{USERS} WHERE organisation_id = %(org)s "
            "AND day >= %(first)s AND day <= %(last)s GROUP BY learner, day "
            f"HAVING sum(records) > 0) GROUP BY learner HAVING t_{by} > 0 "
            f"ORDER BY t_{by} DESC, learner LIMIT {int(limit)}",
            {"org": organisation_id, "first": first, "last": last},
        )
        return [
            LearnerCount(
                learner=learner,
                records=int(records),
                blocks=int(blocks),
                searches=int(searches),
                alerts=int(alerts),
            )
            for learner, records, blocks, searches, alerts in rows
        ]


def _negated(row: tuple[Any, ...], keys: int) -> tuple[Any, ...]:
    return (*row[:keys], *(-n for n in row[keys:]))
