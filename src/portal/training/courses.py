"""Who must attend each of the pack's courses, and who is due or overdue.

A person must attend a course while they hold a current affiliation of one of its
``attendees`` kinds. Their last *confirmed* attendance of a session of the course counts;
the next one is due ``cycle_months`` later (never again for a course taken once). A
person who never attended is due ``due_within_days`` after their affiliation started
(after they were added to the directory, when the start is not known). Due within
``DUE_SOON_DAYS``: due soon; past it: overdue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from django.db.models import Max, Q

from policyguard import Pack, add_months
from portal.organisations.models import Organisation
from portal.people.models import Affiliation, Person
from portal.training.models import Attendance, AttendanceStatus

DUE_SOON_DAYS = 30
Status = Literal["overdue", "due_soon", "up_to_date"]
STATUS_TITLES = {"overdue": "overdue", "due_soon": "due soon", "up_to_date": "up to date"}


@dataclass(frozen=True)
class CourseState:
    person: Person
    course: str
    last_attended: date | None
    due_on: date | None  # None: taken once, nothing more due
    status: Status

    @property
    def status_title(self) -> str:
        return STATUS_TITLES[self.status]


def _status(due_on: date | None, today: date) -> Status:
    if due_on is None:
        return "up_to_date"
    if due_on < today:
        return "overdue"
    if due_on <= today + timedelta(days=DUE_SOON_DAYS):
        return "due_soon"
    return "up_to_date"


def attendees(organisation: Organisation, kinds: Iterable[str], *, today: date) -> dict[int, date]:
    """Person id -> when their current affiliation of one of ``kinds`` started (or when
    they were added to the directory), for everyone who must attend."""
    current = Affiliation.objects.filter(
        person__organisation=organisation, kind__in=list(kinds)
    ).filter(Q(start__isnull=True) | Q(start__lte=today), Q(end__isnull=True) | Q(end__gt=today))
    found: dict[int, date] = {}
    for person_id, start, added in current.values_list("person_id", "start", "person__created_at"):
        began = start or added.date()
        if person_id not in found or began > found[person_id]:
            found[person_id] = began
    return found


def course_states(
    organisation: Organisation,
    course_key: str,
    *,
    today: date,
    people: Iterable[int] | None = None,
    pack: Pack | None = None,
) -> list[CourseState]:
    """The state of everyone who must attend ``course_key`` (or of ``people`` among
    them), overdue first, then by due date and name."""
    pack = pack or organisation.pack()
    course = pack.training.courses[course_key]
    started = attendees(organisation, course.attendees, today=today)
    if people is not None:
        wanted = set(people)
        started = {pid: day for pid, day in started.items() if pid in wanted}
    last = dict(
        Attendance.objects.filter(
            person_id__in=list(started),
            session__organisation=organisation,
            session__course=course_key,
            status=AttendanceStatus.ATTENDED,
            confirmed=True,
        )
        .values("person_id")
        .annotate(last=Max("session__held_on"))
        .values_list("person_id", "last")
    )
    persons = Person.objects.filter(pk__in=list(started)).select_related(
        "line_manager", "progress_tutor"
    )
    found = []
    for person in persons:
        attended = last.get(person.pk)
        if attended is None:
            due: date | None = started[person.pk] + timedelta(days=course.due_within_days)
        elif course.cycle_months:
            due = add_months(attended, course.cycle_months)
        else:
            due = None
        found.append(CourseState(person, course_key, attended, due, _status(due, today)))
    order = {"overdue": 0, "due_soon": 1, "up_to_date": 2}
    return sorted(
        found,
        key=lambda s: (order[s.status], s.due_on or date.max, s.person.name, s.person.pk),
    )


@dataclass(frozen=True)
class Counts:
    total: int = 0
    overdue: int = 0
    due_soon: int = 0

    @property
    def up_to_date(self) -> int:
        return self.total - self.overdue - self.due_soon


def count(found: Iterable[CourseState]) -> Counts:
    rows = list(found)
    return Counts(
        total=len(rows),
        overdue=sum(1 for s in rows if s.status == "overdue"),
        due_soon=sum(1 for s in rows if s.status == "due_soon"),
    )


def team_name(person: Person) -> str:
    """The team a person belongs to in the reports: their line manager's, else their
    tutor's, else none."""
    if person.line_manager is not None:
        return f"{person.line_manager.name}'s team"
    if person.progress_tutor is not None:
        return f"{person.progress_tutor.name}'s tutees"
    return "no manager or tutor recorded"


def report_by_team(states: Iterable[CourseState]) -> list[tuple[str, Counts]]:
    teams: dict[str, list[CourseState]] = {}
    for state in states:
        teams.setdefault(team_name(state.person), []).append(state)
    return sorted(((name, count(rows)) for name, rows in teams.items()), key=lambda t: t[0])
