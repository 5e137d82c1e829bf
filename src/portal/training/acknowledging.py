"""Who must acknowledge which version of the policy, and who has.

A version asks again those ``PackVersion.asks_again`` names (``staff``, ``student``):
the first version recorded asks everyone the pack's ``training.acknowledgement`` names,
a later one only those whose duties changed. A member is up to date when they have
acknowledged the latest version that asked them, or any later one. Members are on the
staff or the student side by their base role (``staff``, ``student``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from portal.compliance.models import PackVersion
from portal.organisations.models import Membership, Organisation
from portal.training.models import Acknowledgement
from portal.types import User

SIDES = ("staff", "student")
NEVER = datetime.min  # no acknowledgement (never shown: version 0 counts for nothing)


def sides(roles: Iterable[str]) -> set[str]:
    return {side for side in SIDES if side in roles}


def asking_versions(organisation: Organisation) -> dict[str, PackVersion]:
    """For each side, the latest version that asked it to acknowledge."""
    found: dict[str, PackVersion] = {}
    for version in PackVersion.objects.filter(organisation=organisation).order_by("-id"):
        for side in version.asks_again:
            found.setdefault(side, version)
        if len(found) == len(SIDES):
            break
    return found


def required_version(roles: Iterable[str], asking: dict[str, PackVersion]) -> PackVersion | None:
    wanted = [asking[s] for s in sides(roles) if s in asking]
    return max(wanted, key=lambda v: v.pk) if wanted else None


@dataclass(frozen=True)
class AckState:
    """One member's state for the version they must acknowledge (None: nothing asked)."""

    version: PackVersion | None
    acknowledged_at: datetime | None
    due_at: datetime | None

    @property
    def pending(self) -> bool:
        return self.version is not None and self.acknowledged_at is None

    def overdue(self, now: datetime) -> bool:
        return self.pending and self.due_at is not None and now > self.due_at


def _due(organisation: Organisation, version: PackVersion) -> datetime:
    days = organisation.pack().training.acknowledgement.due_days
    return version.recorded_at + timedelta(days=days)


def states(organisation: Organisation, users: Iterable[int] | None = None) -> dict[int, AckState]:
    """Each member's state (user id -> state), for all members or those of ``users``."""
    asking = asking_versions(organisation)
    members = Membership.objects.filter(organisation=organisation)
    if users is not None:
        members = members.filter(user_id__in=list(users))
    roles = dict(members.values_list("user_id", "roles"))
    # Each member's latest acknowledgement (the highest version) and when it was given.
    latest: dict[int, tuple[int, datetime]] = {}
    rows = Acknowledgement.objects.filter(organisation=organisation, user_id__in=list(roles))
    for user_id, version_id, at in rows.values_list(
        "user_id", "pack_version_id", "acknowledged_at"
    ):
        if user_id is not None and version_id > latest.get(user_id, (0, NEVER))[0]:
            latest[user_id] = (version_id, at)
    found: dict[int, AckState] = {}
    for user_id, member_roles in roles.items():
        version = required_version(member_roles or [], asking)
        if version is None:
            found[user_id] = AckState(None, None, None)
            continue
        top, at = latest.get(user_id, (0, NEVER))
        found[user_id] = AckState(
            version, at if top >= version.pk else None, _due(organisation, version)
        )
    return found


def state_of(user: User, organisation: Organisation) -> AckState:
    return states(organisation, [user.pk]).get(user.pk, AckState(None, None, None))
