"""The log store: where web-log figures for reports and dashboards are kept and read.

Reports never aggregate raw records: at a trust's volume (10^8 records a day) a week is
too many rows to count per request. Ingestion adds each stored record to two daily
rollups in the same transaction (by outcome, category and audience; and by learner), and
reports read those. Which store is used is one setting::

    POLICYGUARD_LOG_STORE = "portal.monitoring.logstore.DatabaseLogStore"   # default

A store is a class with the methods of :class:`LogStore`; moving the figures to a
distributed engine (README: "Deploying at scale") means writing one such class and
naming it there. :class:`DatabaseLogStore` keeps the rollups in the portal's own
database (SQLite or PostgreSQL) with one portable ``INSERT ... ON CONFLICT DO UPDATE``
that adds to the counts, so two ingestions of different files count both.
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

from portal.monitoring.models import WebLogDailyCount, WebLogDailyUser

DEFAULT_STORE = "portal.monitoring.logstore.DatabaseLogStore"


class LoggedRecord(Protocol):
    """What the rollups read of a record (``records.DecisionRecord`` has it all)."""

    @property
    def at(self) -> datetime: ...
    @property
    def outcome(self) -> str: ...
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


_COUNT_SQL = """
INSERT INTO monitoring_weblogdailycount
    (organisation_id, day, outcome, category, audience, records, searches, reviewable, alerts)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (organisation_id, day, outcome, category, audience) DO UPDATE SET
    records = monitoring_weblogdailycount.records + excluded.records,
    searches = monitoring_weblogdailycount.searches + excluded.searches,
    reviewable = monitoring_weblogdailycount.reviewable + excluded.reviewable,
    alerts = monitoring_weblogdailycount.alerts + excluded.alerts
"""
_USER_SQL = """
INSERT INTO monitoring_weblogdailyuser
    (organisation_id, day, learner, records, blocks, searches, alerts)
VALUES (%s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (organisation_id, day, learner) DO UPDATE SET
    records = monitoring_weblogdailyuser.records + excluded.records,
    blocks = monitoring_weblogdailyuser.blocks + excluded.blocks,
    searches = monitoring_weblogdailyuser.searches + excluded.searches,
    alerts = monitoring_weblogdailyuser.alerts + excluded.alerts
"""


class DatabaseLogStore:
    """The rollups in the portal's database (module docstring)."""

    def add(self, organisation_id: int, records: Iterable[LoggedRecord]) -> None:
        counts: Counter[tuple[date, str, str, str, str]] = Counter()
        users: Counter[tuple[date, str, str]] = Counter()
        for record in records:
            day = _day(record)
            searched = bool(record.search_term)
            blocked = record.outcome == "block"
            marks = ["records"]
            if searched:
                marks.append("searches")
            if searched or blocked:
                marks.append("reviewable")
            if record.alert:
                marks.append("alerts")
            group = (day, record.outcome, record.category, record.audience)
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
            if count_rows:
                cursor.executemany(_COUNT_SQL, count_rows)
            if user_rows:
                cursor.executemany(_USER_SQL, user_rows)

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


_COUNT_MARKS: Sequence[str] = ("records", "searches", "reviewable", "alerts")
_USER_MARKS: Sequence[str] = ("records", "blocks", "searches", "alerts")


@cache
def _store_class(path: str) -> type[LogStore]:
    found: type[LogStore] = import_string(path)
    return found


def log_store() -> LogStore:
    """The configured store (``POLICYGUARD_LOG_STORE``)."""
    path = getattr(settings, "POLICYGUARD_LOG_STORE", DEFAULT_STORE)
    return _store_class(path)()
