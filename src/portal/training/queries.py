"""Reads and access rules of the training app.

- the policy page, the staff guide and one's own acknowledgement and training: every
  member;
- a team's acknowledgements and training: the manager or tutor of the people in it
  (their directory entry is the team members' line manager or progress tutor);
- every member's acknowledgements, courses, sessions and imports: administrators and
  the pack's ``training.managers`` roles (DSL and HR by default);
- a session's register, and the declarations of attendance waiting on it: also its
  tutor;
- one's own courses, declarations and the sessions one may declare: the person whose
  directory entry it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Q, QuerySet

from portal.organisations.models import Membership, Organisation
from portal.organisations.queries import Access
from portal.people.models import Affiliation, Person
from portal.training.acknowledging import AckState, state_of, states
from portal.training.models import Attendance, AttendanceSource, TrainingSession
from portal.types import User, Viewer


def may_keep_training_records(access: Access) -> bool:
    pack = access.organisation.pack()
    return access.is_admin or bool(set(pack.training.manager_roles(pack)) & access.roles)


def may_see_acknowledgements(access: Access) -> bool:
    from portal.compliance.queries import may_manage_policy

    return may_keep_training_records(access) or may_manage_policy(access)


def directory_entry(user: Viewer, access: Access) -> Person | None:
    if not user.is_authenticated:
        return None
    return Person.objects.filter(organisation=access.organisation, user_id=user.pk).first()


def team_of(user: Viewer, access: Access) -> QuerySet[Person]:
    """The people whose line manager or progress tutor is ``user``'s directory entry."""
    me = directory_entry(user, access)
    if me is None:
        return Person.objects.none()
    return (
        Person.objects.filter(organisation=access.organisation)
        .filter(Q(line_manager=me) | Q(progress_tutor=me))
        .exclude(pk=me.pk)
        .select_related("user")
        .order_by("name", "external_id")
    )


def manages_a_team(user: Viewer, access: Access) -> bool:
    return team_of(user, access).exists()


@dataclass(frozen=True)
class MemberLine:
    person: Person | None
    user: User | None
    name: str
    state: AckState | None  # None: no portal login, so the portal cannot ask them

    @property
    def pending(self) -> bool:
        return self.state is None or self.state.pending


def team_acknowledgements(user: Viewer, access: Access) -> list[MemberLine]:
    """Each person of ``user``'s team with their acknowledgement state, those still to
    acknowledge first."""
    people = list(team_of(user, access))
    logins = [p.user_id for p in people if p.user_id is not None]
    member_ids = set(
        Membership.objects.filter(organisation=access.organisation, user_id__in=logins).values_list(
            "user_id", flat=True
        )
    )
    found = states(access.organisation, member_ids)
    lines = [
        MemberLine(
            p,
            p.user if p.user_id in member_ids else None,
            p.name,
            found.get(p.user_id) if p.user_id in member_ids else None,
        )
        for p in people
    ]
    return sorted(lines, key=lambda line: (not line.pending, line.name))


def may_record_attendance(user: Viewer, access: Access, session: TrainingSession) -> bool:
    """Training managers, administrators, and the session's tutor."""
    return may_keep_training_records(access) or (
        session.tutor_id is not None and session.tutor_id == user.pk
    )


# How far back a person may declare that they attended a session (later, the tutor's
# register is the record).
DECLARE_WITHIN_DAYS = 60


def must_attend(person: Person, organisation: Organisation, *, today: date) -> set[str]:
    """The keys of the pack's courses ``person`` must attend today (a current affiliation
    of one of the course's attendee kinds)."""
    kinds = set(
        Affiliation.objects.filter(person=person)
        .filter(Q(start__isnull=True) | Q(start__lte=today), Q(end__isnull=True) | Q(end__gt=today))
        .values_list("kind", flat=True)
    )
    courses = organisation.pack().training.courses
    return {key for key, course in courses.items() if kinds & {str(k) for k in course.attendees}}


def declarable_sessions(
    person: Person, access: Access, *, today: date
) -> QuerySet[TrainingSession]:
    """Sessions ``person`` may say they attended: of a course they must attend, held in
    the last ``DECLARE_WITHIN_DAYS`` days, and with nothing on the register for them yet."""
    return (
        TrainingSession.objects.filter(
            organisation=access.organisation,
            course__in=sorted(must_attend(person, access.organisation, today=today)),
            held_on__lte=today,
            held_on__gte=today - timedelta(days=DECLARE_WITHIN_DAYS),
        )
        .exclude(attendance__person=person)
        .select_related("tutor")
        .order_by("-held_on", "-id")
    )


def pending_declarations(user: Viewer, access: Access) -> QuerySet[Attendance]:
    """Declarations waiting for ``user`` to answer: every one in the organisation for
    training managers and administrators, those of their own sessions for a tutor."""
    found = Attendance.objects.filter(
        session__organisation=access.organisation,
        source=AttendanceSource.DECLARED,
        confirmed=False,
    )
    if not may_keep_training_records(access):
        if not user.is_authenticated:
            return Attendance.objects.none()
        found = found.filter(session__tutor_id=user.pk)
    return found.select_related("session", "person").order_by("session__held_on", "id")


def confirms_declarations(user: Viewer, access: Access) -> bool:
    """Whether ``user`` answers declarations: a training manager, or the tutor of a
    session."""
    if may_keep_training_records(access):
        return True
    return (
        user.is_authenticated
        and TrainingSession.objects.filter(
            organisation=access.organisation, tutor_id=user.pk
        ).exists()
    )


@dataclass(frozen=True)
class AckLine:
    """One person's acknowledgement of the version they must acknowledge, as the API and
    the command line list it. ``username`` is empty for someone with no portal login
    (the portal cannot ask them: their manager tells them in person)."""

    username: str
    name: str
    person_id: str
    version: str | None  # the version they must acknowledge; None: nothing asked
    acknowledged_at: datetime | None
    due_at: datetime | None

    @property
    def pending(self) -> bool:
        return not self.username or (self.version is not None and self.acknowledged_at is None)

    def overdue(self, now: datetime) -> bool:
        return bool(
            self.username and self.pending and self.due_at is not None and now > self.due_at
        )


def _line(username: str, person: Person | None, state: AckState | None) -> AckLine:
    return AckLine(
        username=username,
        name=person.name if person is not None else username,
        person_id=person.external_id if person is not None else "",
        version=state.version.version if state is not None and state.version else None,
        acknowledged_at=state.acknowledged_at if state is not None else None,
        due_at=state.due_at if state is not None else None,
    )


def everyones_acknowledgements(organisation: Organisation) -> list[AckLine]:
    """Every member's line, by username (administrators, the policy owner, training
    managers, and the command line)."""
    found = states(organisation)
    members = Membership.objects.filter(organisation=organisation).select_related("user")
    people = {
        p.user_id: p
        for p in Person.objects.filter(organisation=organisation, user_id__in=list(found))
    }
    lines = [
        _line(m.user.get_username(), people.get(m.user_id), found.get(m.user_id)) for m in members
    ]
    return sorted(lines, key=lambda line: line.username)


def visible_acknowledgements(user: Viewer, access: Access) -> list[AckLine]:
    """The lines ``user`` may see: everyone's for those who see the report; otherwise
    their own and, for a manager or tutor, their team's (as the team page shows it)."""
    if may_see_acknowledgements(access):
        return everyones_acknowledgements(access.organisation)
    if not isinstance(user, User):
        return []
    me = directory_entry(user, access)
    own = _line(user.get_username(), me, state_of(user, access.organisation))
    team = [
        _line(line.user.get_username() if line.user else "", line.person, line.state)
        for line in team_acknowledgements(user, access)
    ]
    return [own, *team]
