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
- The raw records: ``weblog_record``, a ``MergeTree`` partitioned by day and ordered by
  organisation, learner and time (microseconds: 18.16's ``DateTime`` keeps seconds),
  written on commit by ingestion (``add_records``); "mark reviewed" inserts one row a
  marked record into ``weblog_review`` (organisation, day, content hash, when, by whom)
  instead of updating it, after reading the learner-day's open records here under a
  PostgreSQL advisory lock of that learner-day (``open_records``,
  ``portal.monitoring.locks``). Retention (``portal.monitoring.retention``): a day
  expired for every organisation in it goes whole, by ``ALTER TABLE ... DROP
  PARTITION`` (``drop_days``: its rollups lose its records, counted in SQL, and what
  the portal's database still holds of it is written back); otherwise one
  organisation's expired records go by rewriting just the partitions that hold them
  (``purge_records``, ``_delete_rows``: the rest copied to a staging table that
  replaces the partition, ``ALTER TABLE ... REPLACE PARTITION``; 18.16's ``ALTER TABLE
  ... DELETE`` mutation would rewrite every part of the table), while a lock keeps every
  writer out (``portal.monitoring.locks.STORE_WRITES``). Records the portal's
  database holds are deleted through its own purge (``forget_records``). Every read of
  raw records is from these tables: the review's entries (``review_entries``), a text
  search (``matching_days``), the entries list and CSV (``entries``), a person's
  history (``history``, ``history_days``). De-duplication: ``weblog_seen`` holds each
  stored record's content hash by organisation and time, and ingestion looks a batch's
  hashes up within its time window (``known_hashes``), one ingestion at a time per
  organisation (an advisory lock). The portal's database keeps only the records behind
  safeguarding alerts (their evidence, which an alert points at), and any stored
  before the switch to this store.
- Retention of the rollups themselves: they shrink by the inserted negatives and the
  merges; a whole month can also be dropped with ``ALTER TABLE ... DROP PARTITION``
  when every organisation's retention has passed it.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from clickhouse_driver import Client
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone

from policyguard.webfilter import DecisionRecord
from portal.monitoring.locks import STORE_WRITES, advisory_lock
from portal.monitoring.logstore import (
    _COUNT_KEYS,
    _COUNT_MARKS,
    _USER_KEYS,
    _USER_MARKS,
    ANONYMISED,
    BLOCK_KINDS,
    OPEN_CELLS,
    RECORD_FIELDS,
    SEARCH_KINDS,
    DailyCount,
    ForgottenRecord,
    GroupEntries,
    HistoryEntry,
    HistoryRows,
    HistoryScope,
    LearnerCount,
    LoggedRecord,
    ReviewDay,
    ReviewDays,
    ReviewEntry,
    ReviewScope,
    StoredRecord,
    _tally,
    learner_of,
    record_fields,
)
from portal.monitoring.models import WebLogEntry

logger = logging.getLogger(__name__)

DEFAULT_URL = "clickhouse://default@127.0.0.1:9000/policyguard"
RECORDS = "weblog_record"
REVIEWS = "weblog_review"
SEEN = "weblog_seen"
# The raw records: one a row, partitioned by day (retention drops or rewrites whole
# days), in the order the review reads them (organisation, learner, time).
_RECORD_COLUMNS: Sequence[str] = (
    "organisation_id",
    "day",
    "learner",
    "at_us",
    "content_hash",
    *RECORD_FIELDS,
    "alert",
    "ingested_us",
)
_RECORDS_SQL = (
    "CREATE TABLE IF NOT EXISTS {database}.weblog_record ("
    "organisation_id UInt64, day Date, learner String, at_us Int64, content_hash String, "
    "device String, device_id String, client_ip String, user String, audience String, "
    "url String, outcome String, reason String, category String, entry String, "
    "clauses String, search_site String, search_term String, terms String, alert UInt8, "
    "ingested_us Int64) ENGINE = MergeTree PARTITION BY day "
    "ORDER BY (organisation_id, learner, at_us)"
)
# "Mark reviewed": one row a record marked (a record is marked once: the portal's
# database locks it), by day and content hash; no learner, so anonymising a record
# leaves nothing here that names them.
_REVIEW_COLUMNS: Sequence[str] = (
    "organisation_id",
    "day",
    "content_hash",
    "reviewed_us",
    "reviewer",
)
_REVIEWS_SQL = (
    "CREATE TABLE IF NOT EXISTS {database}.weblog_review ("
    "organisation_id UInt64, day Date, content_hash String, reviewed_us Int64, "
    "reviewer String) ENGINE = MergeTree PARTITION BY toYYYYMM(day) "
    "ORDER BY (organisation_id, day, content_hash)"
)
# Which records are stored, for de-duplication: content hashes by organisation and time,
# so that a batch's hashes are looked up within the batch's time window (a record's hash
# covers its time) and not over the whole day. Ingestion is one process at a time per
# organisation (``actions.ingest_records`` holds a lock), so what it reads is complete.
_SEEN_COLUMNS: Sequence[str] = ("organisation_id", "day", "at_us", "content_hash")
_SEEN_SQL = (
    "CREATE TABLE {database}.weblog_seen ("
    "organisation_id UInt64, day Date, at_us Int64, content_hash String) "
    "ENGINE = MergeTree PARTITION BY day ORDER BY (organisation_id, at_us)"
)
_KIND_SQL = {
    "searched": "search_term != '' AND outcome != 'block'",
    "blocked_searched": "search_term != '' AND outcome = 'block'",
    "blocked": "search_term = '' AND outcome = 'block'",
    "visited": "search_term = '' AND outcome != 'block'",
}
COUNTS = "weblog_daily_count"
USERS = "weblog_daily_user"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_HEX = re.compile(r"[0-9a-f]{1,128}")
# Each raw table's partition expression (``_delete_rows`` rewrites one at a time).
_PARTITION_KEYS = {"weblog_record": "day", "weblog_seen": "day", "weblog_review": "toYYYYMM(day)"}
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


class _ClickHouseHistory:
    """``HistoryRows`` from ``weblog_record``: newest first (or oldest, by ``order_by``),
    a page by ``LIMIT``, the whole by chunks of ``_CHUNK``."""

    model = None

    def __init__(
        self, store: ClickHouseLogStore, where: str, params: dict[str, Any], *, newest: bool = True
    ) -> None:
        self._store = store
        self._where = where
        self._params = params
        self._newest = newest

    def count(self) -> int:
        rows = self._store._query(
            f"SELECT count() FROM {self._store.database}.{RECORDS} WHERE {self._where}",
            self._params,
        )
        return int(rows[0][0])

    def __len__(self) -> int:
        return self.count()

    def order_by(self, *keys: str) -> _ClickHouseHistory:
        """By time only (the table's "When"); any other column leaves the order as is."""
        first = keys[0] if keys else "-at"
        if first.lstrip("-") != "at":
            return self
        return _ClickHouseHistory(
            self._store, self._where, self._params, newest=first.startswith("-")
        )

    def _rows(self, offset: int, limit: int) -> list[HistoryEntry]:
        direction = "DESC" if self._newest else "ASC"
        rows = self._store._query(
            f"SELECT {_ENTRY_COLUMNS}, learner, device_id, client_ip "
            f"FROM {self._store.database}.{RECORDS} WHERE {self._where} "
            f"ORDER BY at_us {direction}, content_hash {direction} "
            f"LIMIT {int(offset)}, {int(limit)}",
            self._params,
        )
        marks = self._store._marks(int(self._params["org"]), [row[0] for row in rows])
        return [
            HistoryEntry(
                **_entry_fields(row[:9], marks.get(row[0])),
                learner=row[9],
                device_id=row[10],
                client_ip=row[11],
            )
            for row in rows
        ]

    def __getitem__(self, page: slice) -> list[HistoryEntry]:
        if not isinstance(page, slice):
            raise TypeError("history rows are read a page (a slice) at a time")
        start = int(page.start or 0)
        stop = self.count() if page.stop is None else int(page.stop)
        return self._rows(start, max(0, stop - start))

    def __iter__(self) -> Iterator[HistoryEntry]:
        offset = 0
        while True:
            chunk = self._rows(offset, _CHUNK)
            yield from chunk
            if len(chunk) < _CHUNK:
                return
            offset += _CHUNK


def _plus(cells: Iterable[str]) -> str:
    """The sum of the clamped cells (``n_<cell>``) as SQL; ``0`` for none."""
    found = [f"n_{cell}" for cell in cells]
    return " + ".join(found) if found else "0"


class ClickHouseLogStore:
    """The rollups in ClickHouse (module docstring)."""

    keeps_raw_records = False

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
                    client.execute(_RECORDS_SQL.format(database=self.database))
                    client.execute(_REVIEWS_SQL.format(database=self.database))
                    if not client.execute(f"EXISTS TABLE {self.database}.{SEEN}")[0][0]:
                        # Made after the raw records' table: filled from it once.
                        client.execute(_SEEN_SQL.format(database=self.database))
                        client.execute(
                            f"INSERT INTO {self.database}.{SEEN} ({', '.join(_SEEN_COLUMNS)}) "
                            f"SELECT {', '.join(_SEEN_COLUMNS)} FROM {self.database}.{RECORDS}"
                        )
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

    # Raw records -----------------------------------------------------------------------

    def add_records(self, organisation_id: int, records: Mapping[str, DecisionRecord]) -> None:
        zone = timezone.get_current_timezone()
        now = micro(timezone.now())
        rows = [
            (
                organisation_id,
                record.at.astimezone(zone).date(),
                learner_of(record)[:255],
                micro(record.at),
                digest,
                *record_fields(record),
                int(bool(record.alert)),
                now,
            )
            for digest, record in records.items()
        ]
        self._insert(RECORDS, _RECORD_COLUMNS, rows)
        self._insert(SEEN, _SEEN_COLUMNS, [(row[0], row[1], row[3], row[4]) for row in rows])

    def known_hashes(self, organisation_id: int, records: Mapping[str, DecisionRecord]) -> set[str]:
        """The content hashes of ``records`` stored before: looked up within the
        records' days and time window (``weblog_seen``'s order)."""
        if not records:
            return set()
        zone = timezone.get_current_timezone()
        times = [micro(record.at) for record in records.values()]
        params = {
            "org": organisation_id,
            "days": tuple({record.at.astimezone(zone).date() for record in records.values()}),
            "first": min(times),
            "last": max(times),
        }
        # Content hashes are hex digests: written into the query as they are (the
        # driver's quoting goes character by character, most of a batch's lookup time).
        hashes = list(records)
        if all(_HEX.fullmatch(h) for h in hashes):
            listed = "('" + "', '".join(hashes) + "')"
        else:
            listed, params["hashes"] = "%(hashes)s", tuple(hashes)
        found = self._query(
            f"SELECT content_hash FROM {self.database}.{SEEN} WHERE organisation_id = %(org)s "
            "AND day IN %(days)s AND at_us >= %(first)s AND at_us <= %(last)s "
            f"AND content_hash IN {listed}",
            params,
        )
        return {row[0] for row in found}

    def mark_entries(
        self,
        organisation_id: int,
        hashes: Collection[str],
        *,
        reviewer: str,
        reviewed_at: datetime,
        day: date | None = None,
    ) -> None:
        if not hashes:
            return
        organisation = organisation_id
        wanted = list(hashes)
        at = micro(reviewed_at)

        def send() -> None:
            # The records' day, where known, spares a look through every day's hashes.
            days = {h: day for h in wanted} if day else self._days_of(organisation, wanted)
            self._insert_now(
                REVIEWS,
                _REVIEW_COLUMNS,
                [(organisation, day, digest, at, reviewer) for digest, day in days.items()],
            )

        transaction.on_commit(send)

    def open_records(
        self, organisation_id: int, scope: ReviewScope, keys: Collection[str] | None = None
    ) -> list[tuple[str, StoredRecord]]:
        """The records "mark reviewed" marks: read here, under the caller's lock of the
        learner-day (``portal.monitoring.locks``), so that two reviewers at once mark
        each record once."""
        where, params = self._scope_where(organisation_id, replace(scope, unreviewed_only=True), "")
        if keys is not None:
            if not keys:
                return []
            where += " AND content_hash IN %(keys)s"
            params["keys"] = tuple(keys)
        rows = self._query(
            "SELECT content_hash, at_us, outcome, category, audience, user, device_id, "
            f"client_ip, search_term, alert FROM {self.database}.{RECORDS} WHERE {where} "
            "ORDER BY at_us, content_hash",
            params,
        )
        found: list[tuple[str, StoredRecord]] = []
        for digest, at, outcome, category, audience, user, device, address, term, alert in rows:
            record = StoredRecord(
                _moment(at),
                outcome,
                category,
                audience,
                user,
                device,
                address,
                term,
                bool(alert),
                None,
            )
            found.append((digest, record))
        return found

    def _days_of(self, organisation_id: int, hashes: Sequence[str]) -> dict[str, date]:
        found: dict[str, date] = {}
        for start in range(0, len(hashes), _CHUNK):
            for digest, day in self._query(
                f"SELECT content_hash, day FROM {self.database}.{RECORDS} "
                "WHERE organisation_id = %(org)s AND content_hash IN %(hashes)s",
                {"org": organisation_id, "hashes": tuple(hashes[start : start + _CHUNK])},
            ):
                found[digest] = day
        return found

    def forget_records(
        self, organisation_id: int, records: Sequence[ForgottenRecord], *, anonymised: bool
    ) -> None:
        """ClickHouse 18.16 has no row ``DELETE``: the records (and their review marks)
        go by rewriting the partitions that hold them (``_delete_rows``); anonymised
        records are read first and inserted again blanked, after."""
        if not records:
            return
        organisation = organisation_id
        hashes = [r.content_hash for r in records]
        zone = timezone.get_current_timezone()
        days = tuple(sorted({r.at.astimezone(zone).date() for r in records}))

        def send() -> None:
            with self._rewriting():
                kept: list[tuple[Any, ...]] = []
                if anonymised:
                    kept = self._blanked(organisation, hashes)
                for start in range(0, len(hashes), _CHUNK):
                    chunk = tuple(hashes[start : start + _CHUNK])
                    # An anonymised record keeps its review mark (who read it, and when).
                    for table in (RECORDS,) if anonymised else (SEEN, RECORDS, REVIEWS):
                        self._delete_rows(
                            table,
                            "organisation_id = %(org)s AND day IN %(days)s "
                            "AND content_hash IN %(hashes)s",
                            {"org": organisation, "days": days, "hashes": chunk},
                        )
                self._insert_now(RECORDS, _RECORD_COLUMNS, kept)

        transaction.on_commit(send)

    def _blanked(self, organisation_id: int, hashes: Sequence[str]) -> list[tuple[Any, ...]]:
        """The records of ``hashes`` as anonymising leaves them (``ANONYMISED``, no terms)."""
        found: list[tuple[Any, ...]] = []
        blank = {**{c: "" for c in ANONYMISED}, "terms": "[]", "learner": "unknown"}
        columns = ", ".join(_RECORD_COLUMNS)
        for start in range(0, len(hashes), _CHUNK):
            for row in self._query(
                f"SELECT {columns} FROM {self.database}.{RECORDS} "
                "WHERE organisation_id = %(org)s AND content_hash IN %(hashes)s",
                {"org": organisation_id, "hashes": tuple(hashes[start : start + _CHUNK])},
            ):
                found.append(
                    tuple(
                        blank.get(name, value)
                        for name, value in zip(_RECORD_COLUMNS, row, strict=True)
                    )
                )
        return found

    def _reviewed(self, marks: str) -> str:
        """SQL true for a raw record marked reviewed by one of the review marks that
        ``marks`` (a condition on the marks' table) chooses."""
        return f"content_hash IN (SELECT content_hash FROM {self.database}.{REVIEWS} WHERE {marks})"

    def _rewriting(self) -> AbstractContextManager[bool]:
        """The lock that keeps every writer of the raw tables out while partitions are
        rewritten (``portal.monitoring.locks.STORE_WRITES``, exclusive)."""
        return advisory_lock(STORE_WRITES)

    def _delete_rows(self, table: str, where: str, params: dict[str, Any]) -> None:
        """Delete the rows of ``table`` matching ``where`` by rewriting only the partitions
        that hold them: each one's other rows copied to a staging table, which then
        replaces it (``ALTER TABLE ... REPLACE PARTITION``; 18.16's ``ALTER TABLE ...
        DELETE`` mutation rewrites every part of the table, however few rows match).
        The caller holds ``_rewriting``: an insert into a partition being rewritten would
        be lost."""
        key = _PARTITION_KEYS[table]
        client = self._connection()
        found = client.execute(
            f"SELECT DISTINCT {key} FROM {self.database}.{table} WHERE {where}", params
        )
        for (partition,) in found:
            stage = f"{self.database}.{table}_rewrite_{uuid.uuid4().hex[:12]}"
            client.execute(f"CREATE TABLE {stage} AS {self.database}.{table}")
            try:
                client.execute(
                    f"INSERT INTO {stage} SELECT * FROM {self.database}.{table} "
                    f"WHERE {key} = %(partition)s AND NOT ({where})",
                    {**params, "partition": partition},
                )
                client.execute(
                    f"ALTER TABLE {self.database}.{table} REPLACE PARTITION %(partition)s "
                    f"FROM {stage}",
                    {"partition": partition},
                )
            finally:
                client.execute(f"DROP TABLE IF EXISTS {stage}")

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
        days = tuple(sorted({day for _, day in found}))
        where, params = self._scope_where(organisation_id, scope, words, days=days)
        where += " AND learner IN %(learners)s AND day IN %(days)s"
        params["learners"] = tuple(sorted({learner for learner, _ in found}))
        rows = self._query(
            f"SELECT learner, day, {_ENTRY_COLUMNS} FROM {self.database}.{RECORDS} WHERE {where} "
            f"ORDER BY learner, day, at_us DESC, content_hash DESC LIMIT {int(limit)} "
            "BY learner, day",
            params,
        )
        shown = tuple(row[2] for row in rows if (row[0], row[1]) in found)
        reviewed: dict[str, tuple[int, str]] = {}
        if shown:
            for digest, at, reviewer in self._query(
                f"SELECT content_hash, min(reviewed_us), argMin(reviewer, reviewed_us) "
                f"FROM {self.database}.{REVIEWS} WHERE organisation_id = %(org)s "
                "AND day IN %(days)s AND content_hash IN %(shown)s GROUP BY content_hash",
                {**params, "shown": shown},
            ):
                reviewed[digest] = (at, reviewer)
        for learner, day, *entry in rows:
            owner = found.get((learner, day))
            if owner is not None:
                owner.entries.append(ReviewEntry(**_entry_fields(entry, reviewed.get(entry[0]))))
        for owner in found.values():
            owner.entries.sort(key=lambda e: (e.at, e.key), reverse=True)
        for learner, day, devices in self._query(
            "SELECT learner, day, groupUniqArray(if(device_id != '', device_id, client_ip)) "
            f"FROM {self.database}.{RECORDS} WHERE {where} GROUP BY learner, day",
            params,
        ):
            owner = found.get((learner, day))
            if owner is not None:
                owner.devices.update(d for d in devices if d)
        return found

    def _marked(self, *, days: bool) -> str:
        """The content hashes marked reviewed, of the organisation (of ``%(days)s``)."""
        sql = f"SELECT content_hash FROM {self.database}.{REVIEWS} WHERE organisation_id = %(org)s"
        return sql + " AND day IN %(days)s" if days else sql

    def _scope_where(
        self,
        organisation_id: int,
        scope: ReviewScope,
        words: str,
        *,
        days: tuple[date, ...] = (),
    ) -> tuple[str, dict[str, Any]]:
        """The raw records of ``scope`` (as the rollup's cells count them) with
        ``words`` in the search or address if given; review marks looked up within
        ``days`` if given."""
        kinds = " OR ".join(f"({_KIND_SQL[k]})" for k in scope.kinds()) or "0"
        where = [f"organisation_id = %(org)s AND ({kinds})"]
        params: dict[str, Any] = {"org": organisation_id}
        if days:
            params["days"] = days
        elif scope.day is not None:
            params["days"] = (scope.day,)
        if not scope.with_alerts:
            where.append("alert = 0")
        if scope.learner:
            where.append("learner = %(learner)s")
            params["learner"] = scope.learner
        if scope.day is not None:
            where.append("day = %(day)s")
            params["day"] = scope.day
        if scope.unreviewed_only:
            where.append(f"content_hash NOT IN ({self._marked(days='days' in params)})")
        if words.strip():
            where.append(
                "(positionCaseInsensitiveUTF8(search_term, %(words)s) > 0 "
                "OR positionCaseInsensitiveUTF8(url, %(words)s) > 0)"
            )
            params["words"] = words.strip()
        return " AND ".join(where), params

    def matching_days(self, organisation_id: int, scope: ReviewScope, words: str) -> ReviewDays:
        where, params = self._scope_where(organisation_id, scope, words)
        sql = (
            "SELECT learner, day, count() AS total, "
            f"countIf(content_hash NOT IN ({self._marked(days='days' in params)})) "
            "AS unreviewed, countIf(search_term != '') AS searches, "
            f"countIf(outcome = 'block') AS blocked FROM {self.database}.{RECORDS} "
            f"WHERE {where} GROUP BY learner, day"
        )
        return _ClickHouseReviewDays(self, sql, params)

    def entries(self, organisation_id: int, scope: ReviewScope, *, words: str = "") -> HistoryRows:
        where, params = self._scope_where(organisation_id, scope, words)
        return _ClickHouseHistory(self, where, params)

    def _history_where(
        self, organisation_id: int, scope: HistoryScope
    ) -> tuple[str, dict[str, Any]]:
        where = ["organisation_id = %(org)s", "user IN %(names)s"]
        params: dict[str, Any] = {"org": organisation_id, "names": tuple(scope.usernames) or ("",)}
        if not scope.every_visit:
            where.append("(search_term != '' OR outcome = 'block')")
        if not scope.with_alerts:
            where.append("alert = 0")
        kinds = {
            "search": "search_term != ''",
            "block": "outcome = 'block'",
            "visit": "search_term = '' AND outcome != 'block'",
        }
        if scope.kind in kinds:
            where.append(kinds[scope.kind])
        if scope.start is not None:
            where.append("at_us >= %(start)s")
            params["start"] = micro(scope.start)
        if scope.end is not None:
            where.append("at_us < %(end)s")
            params["end"] = micro(scope.end)
        if not scope.usernames:
            where.append("0")
        return " AND ".join(where), params

    def history(self, organisation_id: int, scope: HistoryScope) -> HistoryRows:
        where, params = self._history_where(organisation_id, scope)
        return _ClickHouseHistory(self, where, params)

    def history_days(
        self, organisation_id: int, scope: HistoryScope
    ) -> dict[date, tuple[int, int]]:
        where, params = self._history_where(organisation_id, scope)
        rows = self._query(
            "SELECT day, countIf(search_term != ''), countIf(outcome = 'block') "
            f"FROM {self.database}.{RECORDS} WHERE {where} GROUP BY day",
            params,
        )
        return {day: (int(searches), int(blocks)) for day, searches, blocks in rows}

    def _marks(self, organisation_id: int, hashes: Sequence[str]) -> dict[str, tuple[int, str]]:
        """When and by whom each of ``hashes`` was marked reviewed (if it was)."""
        found: dict[str, tuple[int, str]] = {}
        for start in range(0, len(hashes), _CHUNK):
            for digest, at, reviewer in self._query(
                "SELECT content_hash, min(reviewed_us), argMin(reviewer, reviewed_us) "
                f"FROM {self.database}.{REVIEWS} WHERE organisation_id = %(org)s "
                "AND content_hash IN %(hashes)s GROUP BY content_hash",
                {"org": organisation_id, "hashes": tuple(hashes[start : start + _CHUNK])},
            ):
                found[digest] = (at, reviewer)
        return found

    def copy_records(self, organisation_id: int) -> int:
        """Copy the raw records of ``organisation_id`` (and their review marks) that
        ClickHouse lacks from the portal's database: those stored before the switch to
        this store, or whose send ClickHouse refused; how many records. Safe to run
        again; run it while nothing ingests, marks or purges for the organisation."""
        copied = 0
        stored = (
            WebLogEntry.objects.filter(organisation_id=organisation_id)
            .select_related("reviewed_by")
            .order_by("pk")
        )
        last = 0
        while True:
            chunk = list(stored.filter(pk__gt=last)[:_CHUNK])
            if not chunk:
                return copied
            last = chunk[-1].pk
            held = self._days_of(organisation_id, [e.content_hash for e in chunk])
            missing = [e for e in chunk if e.content_hash not in held]
            self._write_entries(missing)
            copied += len(missing)

    def _write_entries(self, entries: Sequence[WebLogEntry]) -> None:
        """``entries`` (the portal's database's records, any organisations) as raw
        records and review marks, now."""
        zone = timezone.get_current_timezone()
        records = [
            (
                e.organisation_id,
                e.at.astimezone(zone).date(),
                e.learner[:255],
                micro(e.at),
                e.content_hash,
                e.device,
                e.device_id,
                e.client_ip,
                e.user,
                e.audience,
                e.url,
                e.outcome,
                e.reason,
                e.category,
                e.entry,
                json.dumps(list(e.clauses or [])),
                e.search_site,
                e.search_term,
                json.dumps(list(e.terms or [])),
                int(e.alert),
                micro(e.ingested_at),
            )
            for e in entries
        ]
        marks = [
            (
                e.organisation_id,
                e.at.astimezone(zone).date(),
                e.content_hash,
                micro(e.reviewed_at),
                e.reviewed_by.get_username() if e.reviewed_by else "",
            )
            for e in entries
            if e.reviewed_at is not None
        ]
        self._insert_now(RECORDS, _RECORD_COLUMNS, records)
        self._insert_now(SEEN, _SEEN_COLUMNS, [(r[0], r[1], r[3], r[4]) for r in records])
        self._insert_now(REVIEWS, _REVIEW_COLUMNS, marks)

    # Retention ------------------------------------------------------------------------

    def organisations_on(self, organisation_id: int, before: date) -> dict[date, dict[int, int]]:
        """For each day before ``before`` with raw records of ``organisation_id``: every
        organisation's records that day (a day's partition holds them all)."""
        found: dict[date, dict[int, int]] = {}
        for day, organisation, records in self._query(
            f"SELECT day, organisation_id, count() FROM {self.database}.{RECORDS} "
            f"WHERE day IN (SELECT DISTINCT day FROM {self.database}.{RECORDS} "
            "WHERE organisation_id = %(org)s AND day < %(before)s) "
            "GROUP BY day, organisation_id",
            {"org": organisation_id, "before": before},
        ):
            found.setdefault(day, {})[int(organisation)] = int(records)
        return found

    def drop_days(
        self, days: Collection[date], *, elsewhere: Collection[str], keep: Iterable[WebLogEntry]
    ) -> None:
        """Retention of whole days, every organisation's records in them expired: the
        rollups lose their records but ``elsewhere`` (content hashes the portal's
        database holds: its own purge, or ``keep``, counts them), their partitions are
        dropped (``ALTER TABLE ... DROP PARTITION``: no rewrite), their review marks
        deleted; then ``keep`` (what the database holds of those days now, such as the
        evidence of alerts that are kept) is written again as it was."""
        if not days:
            return
        with self._rewriting():
            self._drop_days(tuple(sorted(days)), elsewhere, list(keep))

    def _drop_days(
        self, chosen: tuple[date, ...], elsewhere: Collection[str], keep: list[WebLogEntry]
    ) -> None:
        client = self._connection()
        params = {"days": chosen, "elsewhere": tuple(elsewhere) or ("",)}
        marked = self._reviewed("day IN %(days)s")
        for table, keys, marks in (
            (COUNTS, _COUNT_KEYS, _COUNT_MARKS),
            (USERS, _USER_KEYS, _USER_MARKS),
        ):
            client.execute(
                f"INSERT INTO {self.database}.{table} ({', '.join((*keys, *marks))}) "
                f"SELECT {_tally_sql(table, sign=-1, blank=False, marked=marked)} "
                f"FROM {self.database}.{RECORDS} WHERE day IN %(days)s "
                f"AND content_hash NOT IN %(elsewhere)s GROUP BY {', '.join(keys)}",
                params,
            )
        for day in chosen:
            for table in (RECORDS, SEEN):
                client.execute(
                    f"ALTER TABLE {self.database}.{table} DROP PARTITION %(day)s", {"day": day}
                )
        self._delete_rows(REVIEWS, "day IN %(days)s", {"days": chosen})
        self._write_entries(keep)

    def purge_records(
        self,
        organisation_id: int,
        *,
        cutoff: datetime,
        keep: Collection[str],
        held: str,
        held_params: dict[str, Any],
        anonymise: bool,
    ) -> tuple[int, int, int]:
        """Retention of the records of ``organisation_id`` before ``cutoff`` in days
        that cannot be dropped whole: all but ``keep`` (content hashes the portal's
        database holds; its own purge handles them) and those matching ``held`` (SQL on
        the record's columns: legal holds) are deleted, or anonymised, by rewriting
        the partitions that hold them (``_delete_rows``); the rollups lose them (and
        count the anonymised again). (expired, deleted or anonymised, held)."""
        with self._rewriting():
            where = (
                "organisation_id = %(org)s AND at_us < %(cutoff)s AND content_hash NOT IN %(keep)s"
            )
            if anonymise:
                where += (
                    " AND NOT (user = '' AND device_id = '' AND client_ip = ''"
                    " AND search_term = '')"
                )
            params = {
                **held_params,
                "org": organisation_id,
                "cutoff": micro(cutoff),
                "keep": tuple(keep) or ("",),
            }
            counted = self._query(
                f"SELECT count(), countIf({held}) FROM {self.database}.{RECORDS} WHERE {where}",
                params,
            )
            expired, kept = (int(n) for n in counted[0]) if counted else (0, 0)
            if expired == kept:
                return expired, 0, kept
            where += f" AND NOT ({held})"
            marked = self._reviewed("organisation_id = %(org)s")
            client = self._connection()
            for table, keys, marks in (
                (COUNTS, _COUNT_KEYS, _COUNT_MARKS),
                (USERS, _USER_KEYS, _USER_MARKS),
            ):
                forms = [(-1, False), (1, True)] if anonymise else [(-1, False)]
                for sign, blank in forms:
                    selected = _tally_sql(table, sign=sign, blank=blank, marked=marked)
                    client.execute(
                        f"INSERT INTO {self.database}.{table} ({', '.join((*keys, *marks))}) "
                        f"SELECT {selected} FROM {self.database}.{RECORDS} WHERE {where} "
                        f"GROUP BY {', '.join(keys)}",
                        params,
                    )
            if anonymise:
                blanked = {**{c: "''" for c in ANONYMISED}, "terms": "'[]'", "learner": "'unknown'"}
                client.execute(
                    f"INSERT INTO {self.database}.{RECORDS} ({', '.join(_RECORD_COLUMNS)}) "
                    f"SELECT {', '.join(blanked.get(c, c) for c in _RECORD_COLUMNS)} "
                    f"FROM {self.database}.{RECORDS} WHERE {where}",
                    params,
                )
            else:
                for table in (REVIEWS, SEEN):
                    self._delete_rows(
                        table,
                        f"organisation_id = %(org)s AND content_hash IN (SELECT content_hash "
                        f"FROM {self.database}.{RECORDS} WHERE {where})",
                        params,
                    )
            # An anonymised copy has no user, device, address or search: not chosen again.
            self._delete_rows(RECORDS, where, params)
            return expired, expired - kept, kept

    def rebuild(self, organisation_id: int) -> int:
        """Make the rollups of ``organisation_id`` equal a count of its raw records here
        (after a write ClickHouse refused; ``copy_records`` first brings those it lacks
        from the portal's database): inserts the difference between that count and what
        the tables hold, so it is safe to run again; how many keys changed. Run it while
        nothing ingests for the organisation."""
        marked = self._reviewed("organisation_id = %(org)s")
        count_rows, user_rows = (
            self._query(
                f"SELECT {_tally_sql(table, sign=1, blank=False, marked=marked)} "
                f"FROM {self.database}.{RECORDS} WHERE organisation_id = %(org)s "
                f"GROUP BY {', '.join(keys)}",
                {"org": organisation_id},
            )
            for table, keys in ((COUNTS, _COUNT_KEYS), (USERS, _USER_KEYS))
        )
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


_CHUNK = 10_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def micro(moment: datetime) -> int:
    """Microseconds since 1970 (UTC): ClickHouse 18.16's ``DateTime`` keeps seconds."""
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _moment(micro: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micro)


# A shown entry's columns of the raw records, in ``_entry_fields``'s order.
_ENTRY_COLUMNS = (
    "content_hash, at_us, url, search_site, search_term, outcome, category, terms, alert"
)


def _entry_fields(row: Sequence[Any], mark: tuple[int, str] | None) -> dict[str, Any]:
    """A ``ReviewEntry``'s fields from a row of ``_ENTRY_COLUMNS`` and its review mark
    (when, by whom), if it was marked."""
    digest, at, url, site, term, outcome, category, terms, alert = row
    return {
        "key": digest,
        "at": _moment(at),
        "url": url,
        "search_site": site,
        "search_term": term,
        "outcome": outcome,
        "category": category,
        "terms": json.loads(terms),
        "alert": bool(alert),
        "reviewed_at": _moment(mark[0]) if mark else None,
        "reviewer": mark[1] if mark else "",
    }


def _negated(row: tuple[Any, ...], keys: int) -> tuple[Any, ...]:
    return (*row[:keys], *(-n for n in row[keys:]))


def _tally_sql(table: str, *, sign: int, blank: bool, marked: str) -> str:
    """The rollup rows of ``table`` (its keys, then its marks) that raw records count as,
    as a ``SELECT`` list over ``weblog_record`` to ``GROUP BY`` its keys: ``_tally`` in
    SQL, times ``sign``; ``blank``: the records as anonymising leaves them; ``marked``:
    SQL true for a record marked reviewed."""
    term = "''" if blank else "search_term"
    searched = f"({term} != '')"
    blocked = "(outcome = 'block')"
    kinds = {
        "searched": f"{searched} AND NOT {blocked}",
        "blocked_searched": f"{searched} AND {blocked}",
        "blocked": f"NOT {searched} AND {blocked}",
        "visited": f"NOT {searched} AND NOT {blocked}",
    }

    def cell(name: str) -> str:
        kind = name.removeprefix("alert_").removesuffix("_open")
        found = f"{kinds[kind]} AND alert = {1 if name.startswith('alert_') else 0}"
        return f"{found} AND NOT ({marked})" if name.endswith("_open") else found

    def counted(condition: str) -> str:
        return f"{sign} * toInt64(countIf({condition}))"

    every = f"{sign} * toInt64(count())"
    if table == COUNTS:
        keys = "organisation_id, day, outcome, category, audience"
        marks = [
            every,
            counted(searched),
            counted(f"{searched} OR {blocked}"),
            counted("alert = 1"),
        ]
    else:
        learner = "'unknown' AS learner" if blank else "learner"
        keys = f"organisation_id, day, {learner}"
        marks = [every, counted(blocked), counted(searched), counted("alert = 1")]
        marks += [counted(cell(name)) for name in _USER_MARKS[4:]]
    return f"{keys}, {', '.join(marks)}"
