"""Reads and access rules of the training app.

- the policy page, the staff guide and one's own acknowledgement and training: every
  member;
- a team's acknowledgements and training: the manager or tutor of the people in it
  (their directory entry is the team members' line manager or progress tutor);
- every member's acknowledgements, courses, sessions and imports: administrators and
  the pack's ``training.managers`` roles (DSL and HR by default);
- a session's register: also its tutor.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from portal.organisations.models import Membership
from portal.organisations.queries import Access
from portal.people.models import Person
from portal.training.acknowledging import AckState, states
from portal.training.models import TrainingSession
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
