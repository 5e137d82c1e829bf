"""The training app's work areas: the policy to acknowledge (everyone asked), a manager's
team, and everyone's acknowledgements (administrators and training managers)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from portal.dashboards.registry import WorkArea, register
from portal.organisations.queries import Access
from portal.training.acknowledging import state_of
from portal.training.courses import count, course_states
from portal.training.queries import (
    confirms_declarations,
    directory_entry,
    manages_a_team,
    may_keep_training_records,
    may_see_acknowledgements,
    must_attend,
    pending_declarations,
    team_acknowledgements,
)
from portal.types import User, Viewer


def _mine_pending(user: Viewer, access: Access) -> int:
    if not isinstance(user, User):
        return 0
    return int(state_of(user, access.organisation).pending)


def _mine_overdue(user: Viewer, access: Access) -> int:
    if not isinstance(user, User):
        return 0
    return int(state_of(user, access.organisation).overdue(timezone.now()))


def _team_pending(user: Viewer, access: Access) -> int:
    return sum(1 for line in team_acknowledgements(user, access) if line.pending)


register(
    WorkArea(
        key="training.policy",
        title="The policy",
        order=25,
        description="Read the policy in force and acknowledge it when you are asked to.",
        url=lambda access: reverse("training:policy", args=[access.organisation.slug]),
        applies=lambda user, access: True,
        count=_mine_pending,
        urgent=_mine_overdue,
    )
)
register(
    WorkArea(
        key="training.team",
        title="My team and the policy",
        order=60,
        description="Who in your team has not acknowledged the policy; confirm they know it.",
        url=lambda access: reverse("training:team", args=[access.organisation.slug]),
        applies=manages_a_team,
        count=_team_pending,
    )
)
register(
    WorkArea(
        key="training.acknowledgements",
        title="Acknowledgements",
        order=85,
        description="Everyone still to acknowledge the policy, and managers' confirmations.",
        url=lambda access: reverse("training:acknowledgements", args=[access.organisation.slug]),
        applies=lambda user, access: may_see_acknowledgements(access),
        on_dashboard=False,
    )
)


def _overdue(user: Viewer, access: Access) -> int:
    pack = access.organisation.pack()
    today = timezone.localdate()
    return sum(
        count(course_states(access.organisation, key, today=today, pack=pack)).overdue
        for key in pack.training.courses
    )


register(
    WorkArea(
        key="training.courses",
        title="Training",
        order=65,
        description="Who is due and overdue for the sessions the policy asks for; record a "
        "session and its attendance.",
        url=lambda access: reverse("training:courses", args=[access.organisation.slug]),
        applies=lambda user, access: (
            may_keep_training_records(access) and bool(access.organisation.pack().training.courses)
        ),
        urgent=_overdue,
    )
)


def _my_states(user: Viewer, access: Access) -> list[str]:
    person = directory_entry(user, access)
    if person is None:
        return []
    today = timezone.localdate()
    pack = access.organisation.pack()
    return [
        state.status
        for key in sorted(must_attend(person, access.organisation, today=today))
        for state in course_states(
            access.organisation, key, today=today, people=[person.pk], pack=pack
        )
    ]


def _must_attend_any(user: Viewer, access: Access) -> bool:
    person = directory_entry(user, access)
    return person is not None and bool(
        must_attend(person, access.organisation, today=timezone.localdate())
    )


register(
    WorkArea(
        key="training.mine",
        title="My training",
        order=66,
        description="The sessions the policy asks you to attend; say which one you attended.",
        url=lambda access: reverse("training:mine", args=[access.organisation.slug]),
        applies=_must_attend_any,
        count=lambda user, access: sum(1 for s in _my_states(user, access) if s != "up_to_date"),
        urgent=lambda user, access: sum(1 for s in _my_states(user, access) if s == "overdue"),
    )
)
register(
    WorkArea(
        key="training.declarations",
        title="Attendance to confirm",
        order=45,
        description="People who said they attended your session: confirm or reject.",
        url=lambda access: reverse("training:declarations", args=[access.organisation.slug]),
        applies=confirms_declarations,
        count=lambda user, access: pending_declarations(user, access).count(),
    )
)
