"""Reads that other pages show about cases: the cases an item is in, and who a web-filter
alert's learner is. Each answer holds only what the viewer may see
(``portal.cases.access``); anything else is left out, not counted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from portal.cases.access import cases_visible_to, may_manage, may_open_cases
from portal.cases.models import Case, CaseStatus
from portal.monitoring.models import SafeguardingAlert
from portal.monitoring.queries import alerts_for
from portal.organisations.queries import Access
from portal.people.models import Person
from portal.people.queries import people_in, people_visible_to
from portal.types import Viewer

# The most earlier alerts and cases a learner's summary lists.
HISTORY_LIMIT = 10


def cases_holding(user: Viewer, access: Access, **item: Any) -> QuerySet[Case]:
    """The cases ``user`` may see that hold the item (``alert=``, ``decision=`` or
    ``post=``), newest first."""
    ((field, value),) = item.items()
    held = cases_visible_to(user, access).filter(**{f"entries__{field}": value})
    return held.distinct().order_by("-opened_at")


@dataclass(frozen=True)
class CaseChoices:
    """What a page offers for one item: open a case from it, add it to an open case, and
    the cases it is in already. ``may_open`` False: show nothing."""

    may_open: bool
    open_cases: list[Case]
    holding: list[Case]


def case_choices(user: Viewer, access: Access, *, verified: bool, **item: Any) -> CaseChoices:
    """For the managers of an area of cases (who open cases from alerts, decisions and
    findings). Case titles only for a session with a second factor (a case record needs
    one): otherwise the buttons lead to the page that asks for it."""
    if not may_open_cases(access):
        return CaseChoices(False, [], [])
    if not verified:
        return CaseChoices(True, [], [])
    visible = cases_visible_to(user, access)
    return CaseChoices(
        True,
        list(visible.filter(status=CaseStatus.OPEN).order_by("-opened_at")[:100]),
        list(cases_holding(user, access, **item)[:HISTORY_LIMIT]),
    )


@dataclass(frozen=True)
class Learner:
    """Who made the searches of a web-filter alert, as the directory knows them."""

    person: Person
    tutor: Person | None
    earlier_alerts: list[SafeguardingAlert]
    earlier_count: int
    cases: list[Case]


def learner_of_alert(user: Viewer, access: Access, alert: SafeguardingAlert) -> Learner | None:
    """The directory entry whose network username made the alert's search, for a viewer
    who may see that person (in the directory, or as a manager of safeguarding cases, who
    sees everyone such a case names); None for anyone else, or where nobody matches.
    Their earlier alerts are those the viewer may see; their cases likewise."""
    if not alert.user or not user.is_authenticated:
        return None
    person = people_in(access.organisation).filter(network_username__iexact=alert.user).first()
    if person is None:
        return None
    if not may_manage(access, "safeguarding") and not (
        people_visible_to(user, access).filter(pk=person.pk).exists()
    ):
        return None
    earlier = (
        alerts_for(access)
        .filter(user__iexact=alert.user)
        .exclude(pk=alert.pk)
        .order_by("-at", "-id")
    )
    cases = cases_visible_to(user, access).filter(people__person=person).distinct()
    return Learner(
        person=person,
        tutor=person.progress_tutor,
        earlier_alerts=list(earlier[:HISTORY_LIMIT]),
        earlier_count=earlier.count(),
        cases=list(cases.order_by("-opened_at")[:HISTORY_LIMIT]),
    )
