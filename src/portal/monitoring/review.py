"""The log review (VTS-26): one learner's searches and blocked pages on one day form a
group; the page shows a page of groups, newest day first, each with its latest entries.

The groups come from the log store's learner rollup (``LogStore.review_days``, kept by
ingestion, "mark reviewed" and retention), so a page costs the same at ten records or
ten million: the number of learner-days, the page of them, then the entries shown and
the devices of each group (``LogStore.review_entries``: on the database store through
the index on (organisation, user, time), on ClickHouse from its raw-record table). Only a
text search (``q``: words in a search or address) groups the matching raw records
instead, as nothing pre-counts words.

Nothing is unbounded: ``GROUPS_PER_PAGE`` groups a page, at most ``ENTRIES_PER_GROUP``
entries a group (with the count of the rest and a link to all of them, paged, in the
entries list). A learner is the user, else the device, else the address
(``WebLogEntry.learner``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.paginator import Page
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from policyguard import Outcome
from portal.lists import CappedPaginator
from portal.monitoring.logstore import (
    GroupEntries,
    ReviewEntry,
    ReviewScope,
    _fill_groups,
    learner_expression,
    log_store,
)
from portal.monitoring.models import WebLogEntry
from portal.monitoring.queries import review_scope
from portal.monitoring.tables import UNREVIEWED
from portal.organisations.queries import Access

GROUPS_PER_PAGE = 20
ENTRIES_PER_GROUP = 50


def _day() -> TruncDate:
    return TruncDate("at", tzinfo=timezone.get_current_timezone())


@dataclass
class ReviewGroup:
    """One learner's (or device's) searches and blocked requests on one day."""

    learner: str
    day: date
    total: int
    unreviewed: int
    searches: int
    blocked: int
    devices: str = ""
    entries: list[ReviewEntry] = field(default_factory=list)

    @property
    def more(self) -> int:
        """Entries of the group not shown on the page."""
        return self.total - len(self.entries)

    @property
    def unreviewed_shown(self) -> list[str]:
        """The entries (their keys) a reviewer marks as read: only what the page showed."""
        return [e.key for e in self.entries if e.reviewed_at is None]


def review_groups(
    access: Access, entries: QuerySet[WebLogEntry], chosen: Mapping[str, Any], *, page: Any = 1
) -> Page[ReviewGroup]:
    """The review page's groups for ``access``: ``entries`` are the raw records the
    filters ``chosen`` (``ReviewFilter``'s cleaned data) leave; the groups come from the
    rollup unless the filters search for words (module docstring)."""
    scope = scope_of(access, chosen)
    if scope is None:
        return group_page(entries, page=page)
    return rollup_page(organisation_id=access.organisation.pk, scope=scope, page=page)


def scope_of(access: Access, chosen: Mapping[str, Any]) -> ReviewScope | None:
    """The rollup's scope of the review filters ``chosen``; None for a text search."""
    if chosen.get("q"):
        return None
    return review_scope(
        access,
        kind=chosen.get("kind") or "",
        unreviewed_only=chosen.get("status") == UNREVIEWED,
        learner=(chosen.get("learner") or "").strip(),
        day=chosen.get("day"),
    )


def entries_count(access: Access, chosen: Mapping[str, Any]) -> int | None:
    """How many entries the entries list of filters ``chosen`` holds, from the rollup
    (None for a text search: the list counts its rows itself)."""
    scope = scope_of(access, chosen)
    return None if scope is None else log_store().count(access.organisation.pk, scope)


def rollup_page(*, organisation_id: int, scope: ReviewScope, page: Any = 1) -> Page[ReviewGroup]:
    """A page of the learner-days of ``scope`` from the log store, and their entries
    from the same store's raw records of the same scope (``LogStore.review_entries``)."""
    days = log_store().review_days(organisation_id, scope)
    result = CappedPaginator(days, GROUPS_PER_PAGE).get_page(page)
    found = [
        ReviewGroup(
            learner=day.learner,
            day=day.day,
            total=day.total,
            unreviewed=day.unreviewed,
            searches=day.searches,
            blocked=day.blocked,
        )
        for day in result.object_list
    ]
    if found:
        held = log_store().review_entries(
            organisation_id, scope, list(_empty(found)), limit=ENTRIES_PER_GROUP
        )
        _take(found, held)
    result.object_list = found
    return result


def group_page(entries: QuerySet[WebLogEntry], *, page: Any = 1) -> Page[ReviewGroup]:
    """A page of groups of ``entries`` (already filtered to what the reviewer may see),
    grouped from the raw records: for a text search only (module docstring)."""
    groups = (
        entries.annotate(learner_key=learner_expression(), day=_day())
        .values("learner_key", "day")
        .annotate(
            total=Count("pk"),
            unreviewed=Count("pk", filter=Q(reviewed_at__isnull=True)),
            searches=Count("pk", filter=~Q(search_term="")),
            blocked=Count("pk", filter=Q(outcome=Outcome.BLOCK)),
        )
        .order_by("-day", "learner_key")
    )
    result = CappedPaginator(groups, GROUPS_PER_PAGE).get_page(page)
    found = [
        ReviewGroup(
            learner=row["learner_key"],
            day=row["day"],
            total=row["total"],
            unreviewed=row["unreviewed"],
            searches=row["searches"],
            blocked=row["blocked"],
        )
        for row in result.object_list
    ]
    if found:
        _fill(entries, found)
    result.object_list = found
    return result


def _fill(entries: QuerySet[WebLogEntry], groups: list[ReviewGroup]) -> None:
    """Each group's latest entries and its devices from the raw records ``entries``."""
    _take(groups, _fill_groups(entries, _empty(groups), limit=ENTRIES_PER_GROUP))


def _empty(groups: list[ReviewGroup]) -> dict[tuple[str, date], GroupEntries]:
    return {(g.learner, g.day): GroupEntries([], set()) for g in groups}


def _take(groups: list[ReviewGroup], found: dict[tuple[str, date], GroupEntries]) -> None:
    for group in groups:
        held = found.get((group.learner, group.day))
        if held is not None:
            group.entries = held.entries
            group.devices = ", ".join(sorted(held.devices))
