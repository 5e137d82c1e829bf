"""The log review (VTS-26): one learner's searches and blocked pages on one day form a
group; the page shows a page of groups, newest day first, each with its latest entries.

The groups come from the log store's learner rollup (``LogStore.review_days``, kept by
ingestion, "mark reviewed" and retention), so a page costs the same at ten records or
ten million: the number of learner-days, the page of them, then the entries shown and
the devices of each group (``LogStore.review_entries``: on the database store through
the index on (organisation, user, time), on ClickHouse from its raw-record table). Only a
text search (``q``: words in a search or address) groups the matching raw records
instead (``LogStore.matching_days``), as nothing pre-counts words.

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

from portal.lists import CappedPaginator
from portal.monitoring.logstore import (
    GroupEntries,
    ReviewEntry,
    ReviewScope,
    log_store,
)
from portal.monitoring.queries import review_scope
from portal.monitoring.tables import UNREVIEWED
from portal.organisations.queries import Access

GROUPS_PER_PAGE = 20
ENTRIES_PER_GROUP = 50


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


def review_groups(access: Access, chosen: Mapping[str, Any], *, page: Any = 1) -> Page[ReviewGroup]:
    """The review page's groups for ``access`` and the filters ``chosen``
    (``ReviewFilter``'s cleaned data): from the rollup, unless the filters search for
    words (module docstring)."""
    words = (chosen.get("q") or "").strip()
    scope = filters_scope(access, chosen)
    return rollup_page(organisation_id=access.organisation.pk, scope=scope, page=page, words=words)


def filters_scope(access: Access, chosen: Mapping[str, Any]) -> ReviewScope:
    """The log store's scope of the review filters ``chosen``, but their words."""
    return review_scope(
        access,
        kind=chosen.get("kind") or "",
        unreviewed_only=chosen.get("status") == UNREVIEWED,
        learner=(chosen.get("learner") or "").strip(),
        day=chosen.get("day"),
    )


def scope_of(access: Access, chosen: Mapping[str, Any]) -> ReviewScope | None:
    """The rollup's scope of the review filters ``chosen``; None for a text search."""
    if chosen.get("q"):
        return None
    return filters_scope(access, chosen)


def entries_count(access: Access, chosen: Mapping[str, Any]) -> int | None:
    """How many entries the entries list of filters ``chosen`` holds, from the rollup
    (None for a text search: the list counts its rows itself)."""
    scope = scope_of(access, chosen)
    return None if scope is None else log_store().count(access.organisation.pk, scope)


def rollup_page(
    *, organisation_id: int, scope: ReviewScope, page: Any = 1, words: str = ""
) -> Page[ReviewGroup]:
    """A page of the learner-days of ``scope`` from the log store (its rollup; with
    ``words``, its raw records: ``matching_days``), and their entries from the same
    store's raw records of the same scope (``LogStore.review_entries``)."""
    store = log_store()
    if words:
        days = store.matching_days(organisation_id, scope, words)
    else:
        days = store.review_days(organisation_id, scope)
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
        held = store.review_entries(
            organisation_id, scope, list(_empty(found)), limit=ENTRIES_PER_GROUP, words=words
        )
        _take(found, held)
    result.object_list = found
    return result


def _empty(groups: list[ReviewGroup]) -> dict[tuple[str, date], GroupEntries]:
    return {(g.learner, g.day): GroupEntries([], set()) for g in groups}


def _take(groups: list[ReviewGroup], found: dict[tuple[str, date], GroupEntries]) -> None:
    for group in groups:
        held = found.get((group.learner, group.day))
        if held is not None:
            group.entries = held.entries
            group.devices = ", ".join(sorted(held.devices))
