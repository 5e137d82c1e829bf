"""One person's web history: their searches, blocked pages (every visit, where the pack
monitors every visit), safeguarding alerts and review requests over time, joined to the
directory by the person's network username (``Person.network_username``: the name the
web filter logs for them).

Access is as for the records themselves: the reader must be able to see the person in
the directory, and either review the logs (``can_review_logs``) or see alerts
(``can_see_alerts``). Searches that raised an alert, and the alerts, only for those who
see alerts (IT and the office never do); review requests for those who decide them
(``can_filter``) or see alerts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

import django_filters
from django.db.models import Q, QuerySet
from django.utils import timezone

from policyguard import Outcome
from portal.charts import bar_chart
from portal.lists import ListFilter, day_filters
from portal.monitoring.logstore import HistoryRows, HistoryScope, log_store
from portal.monitoring.models import SafeguardingAlert, UnblockRequest, WebLogEntry
from portal.monitoring.queries import (
    alerts_for,
    can_filter,
    can_review_logs,
    can_see_alerts,
    logs_every_visit,
    sees_every_alert,
)
from portal.organisations.queries import Access
from portal.people.models import Person

CHART_DAYS = 92


def network_usernames(person: Person) -> list[str]:
    """The names the filter logs for ``person`` (their ``network_username``, if set)."""
    name = person.network_username.strip()
    return [name] if name else []


def may_read_history(access: Access) -> bool:
    return can_review_logs(access) or can_see_alerts(access)


def history_scope(
    access: Access, person: Person, chosen: Mapping[str, Any] | None = None
) -> HistoryScope | None:
    """What of the person's records ``access`` may read (never their alert searches
    unless ``access`` sees alerts; the same records as ``reviewable_for``), narrowed by
    the history filters ``chosen`` (``HistoryFilter``'s cleaned data); None for none."""
    names = network_usernames(person)
    if not names or not may_read_history(access):
        return None
    chosen = chosen or {}
    first, last = chosen.get("start"), chosen.get("end")
    start, end = _bounds(first or date.min, last or date.min)
    return HistoryScope(
        usernames=tuple(names),
        with_alerts=sees_every_alert(access),
        every_visit=logs_every_visit(access.organisation),
        kind=chosen.get("kind") or "",
        start=start if first else None,
        end=end if last else None,
    )


def entries_of(
    access: Access, person: Person, chosen: Mapping[str, Any] | None = None
) -> HistoryRows:
    """The person's log entries that ``access`` may read, from the log store."""
    scope = history_scope(access, person, chosen)
    if scope is None:
        return WebLogEntry.objects.none()
    return log_store().history(access.organisation.pk, scope)


def alerts_of(access: Access, person: Person) -> QuerySet[SafeguardingAlert]:
    names = network_usernames(person)
    if not names:
        return SafeguardingAlert.objects.none()
    return alerts_for(access).filter(user__in=names)


def requests_of(access: Access, person: Person) -> QuerySet[UnblockRequest]:
    """Review requests the person left their address or username on (the block page is
    public: these are what they typed, the only tie a request has to a person)."""
    if not (can_filter(access) or can_see_alerts(access)):
        return UnblockRequest.objects.none()
    ties = Q(requester_name__in=network_usernames(person)) if network_usernames(person) else Q()
    email = person.user.email if person.user_id and person.user else ""
    if email:
        ties |= Q(requester_email__iexact=email)
    if not ties:
        return UnblockRequest.objects.none()
    return UnblockRequest.objects.filter(organisation=access.organisation).filter(ties)


class HistoryFilter(ListFilter):
    start, end = day_filters("at")
    kind = django_filters.ChoiceFilter(
        label="Kind",
        choices=[("search", "searches"), ("block", "blocked pages"), ("visit", "other visits")],
        method="of_kind",
        empty_label="everything",
    )

    class Meta:
        model = WebLogEntry
        fields: list[str] = []

    def of_kind(self, queryset: QuerySet[WebLogEntry], name: str, value: str) -> QuerySet[Any]:
        if value == "search":
            return queryset.exclude(search_term="")
        if value == "block":
            return queryset.filter(outcome=Outcome.BLOCK)
        return queryset.filter(search_term="").exclude(outcome=Outcome.BLOCK)


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(first, time.min, tzinfo=zone),
        datetime.combine(last + timedelta(days=1), time.min, tzinfo=zone),
    )


def history_days(
    access: Access, person: Person, *, first: date, last: date
) -> dict[date, tuple[int, int]]:
    """(searches, blocked pages) a day of the person's history between ``first`` and
    ``last`` that ``access`` may read, from the log store."""
    scope = history_scope(access, person, {"start": first, "end": last})
    if scope is None:
        return {}
    return log_store().history_days(access.organisation.pk, scope)


def history_chart(
    days: Mapping[date, tuple[int, int]],
    alerts: QuerySet[SafeguardingAlert],
    *,
    first: date,
    last: date,
) -> str:
    """Searches, blocks and alerts per week between ``first`` and ``last`` (SVG), of
    ``days`` (``history_days``) and ``alerts``."""
    start, end = _bounds(first, last)
    weeks = [first + timedelta(days=7 * n) for n in range((last - first).days // 7 + 1)]
    counts: dict[str, Counter[int]] = {
        "searches": Counter(),
        "blocks": Counter(),
        "alerts": Counter(),
    }
    for day, (searches, blocks) in days.items():
        if not first <= day <= last:
            continue
        week = (day - first).days // 7
        counts["searches"][week] += searches
        counts["blocks"][week] += blocks
    for at in alerts.filter(at__gte=start, at__lt=end).values_list("at", flat=True):
        counts["alerts"][(timezone.localtime(at).date() - first).days // 7] += 1
    with_alerts = alerts.exists()
    series = {
        name: [found[n] for n in range(len(weeks))]
        for name, found in counts.items()
        if name != "alerts" or with_alerts
    }
    return bar_chart(
        title="Searches, blocked pages and alerts by week"
        if with_alerts
        else "Searches and blocked pages by week",
        labels=[f"{w:%-d %b}" for w in weeks],
        series=series,
        y_title="per week",
    )
