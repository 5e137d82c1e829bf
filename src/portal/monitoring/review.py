"""The log review (VTS-26): one learner's searches and blocked pages on one day form a
group; the page shows a page of groups, newest day first, each with its latest entries.

The groups come from the log store's learner rollup (``LogStore.review_days``, kept by
ingestion, "mark reviewed" and retention), so a page costs the same at ten records or
ten million: the number of learner-days, the page of them, then the entries shown and
the devices of each group, read through the index on (organisation, user, time). Only a
text search (``q``: words in a search or address) groups the matching raw records
instead, as nothing pre-counts words.

Nothing is unbounded: ``GROUPS_PER_PAGE`` groups a page, at most ``ENTRIES_PER_GROUP``
entries a group (with the count of the rest and a link to all of them, paged, in the
entries list). A learner is the user, else the device, else the address
(``WebLogEntry.learner``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.paginator import Page
from django.db.models import Count, F, Q, QuerySet, Value, Window
from django.db.models.functions import Coalesce, NullIf, RowNumber, TruncDate
from django.utils import timezone

from policyguard import Outcome
from portal.lists import CappedPaginator
from portal.monitoring.logstore import ReviewScope, learner_expression, log_store
from portal.monitoring.models import WebLogEntry
from portal.monitoring.queries import day_bounds, learner_filter, review_scope
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
    entries: list[WebLogEntry] = field(default_factory=list)

    @property
    def more(self) -> int:
        """Entries of the group not shown on the page."""
        return self.total - len(self.entries)

    @property
    def unreviewed_shown(self) -> list[int]:
        """The ids a reviewer marks as read: only what the page showed them."""
        return [e.pk for e in self.entries if e.reviewed_at is None]


def review_groups(
    access: Access, entries: QuerySet[WebLogEntry], chosen: Mapping[str, Any], *, page: Any = 1
) -> Page[ReviewGroup]:
    """The review page's groups for ``access``: ``entries`` are the raw records the
    filters ``chosen`` (``ReviewFilter``'s cleaned data) leave; the groups come from the
    rollup unless the filters search for words (module docstring)."""
    scope = scope_of(access, chosen)
    if scope is None:
        return group_page(entries, page=page)
    return rollup_page(entries, organisation_id=access.organisation.pk, scope=scope, page=page)


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


def rollup_page(
    entries: QuerySet[WebLogEntry], *, organisation_id: int, scope: ReviewScope, page: Any = 1
) -> Page[ReviewGroup]:
    """A page of the learner-days of ``scope`` from the log store; their entries from
    ``entries`` (the same scope's raw records: what the reviewer may see, filtered)."""
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
        _fill(entries, found)
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
    """Each group's latest entries and its devices, in one query each for all groups."""
    within = Q()
    for group in groups:
        start, end = day_bounds(group.day)
        within |= learner_filter(group.learner) & Q(at__gte=start, at__lt=end)
    chosen = entries.annotate(learner_key=learner_expression()).filter(within)
    latest = (
        chosen.annotate(
            day=_day(),
            position=Window(
                RowNumber(),
                partition_by=[F("learner_key"), _day()],
                order_by=[F("at").desc(), F("id").desc()],
            ),
        )
        .filter(position__lte=ENTRIES_PER_GROUP)
        .select_related("reviewed_by")
        .order_by("-at", "-id")
    )
    by_key = {(g.learner, g.day): g for g in groups}
    for entry in latest:
        owner = by_key.get((entry.learner_key, entry.day))
        if owner is not None:
            owner.entries.append(entry)
    devices: dict[tuple[str, date], set[str]] = defaultdict(set)
    for row in (
        chosen.annotate(
            day=_day(), device_key=Coalesce(NullIf(F("device_id"), Value("")), F("client_ip"))
        )
        .values("learner_key", "day", "device_key")
        .distinct()
        .order_by()
    ):
        if row["device_key"]:
            devices[(row["learner_key"], row["day"])].add(row["device_key"])
    for key, group in by_key.items():
        group.devices = ", ".join(sorted(devices.get(key, set())))
