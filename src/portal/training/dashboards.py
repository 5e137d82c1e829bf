"""The training app's work areas: the policy to acknowledge (everyone asked), a manager's
team, and everyone's acknowledgements (administrators and training managers)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from portal.dashboards.registry import WorkArea, register
from portal.organisations.queries import Access
from portal.training.acknowledging import state_of
from portal.training.queries import (
    manages_a_team,
    may_see_acknowledgements,
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
