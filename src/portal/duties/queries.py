"""Who sees and acts on which duties.

Within an organisation (on top of membership):

- administrators see and act on every duty;
- a duty with an owner user is that user's;
- a duty with no named person is for the holders of its role, unless the role is
  per-person (line manager, progress tutor): holding it for someone else is no reason
  to see this one, so such a duty with no known holder is for administrators alone;
- a duty that names a person without a portal login is for administrators alone;
- once escalated, also for the person it was escalated to.

Seeing a duty and acting on it (changing its status) go together: whoever must do it
says when it is done.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from portal.duties.models import OPEN_STATUSES, Duty
from portal.organisations.models import Membership, Organisation
from portal.organisations.queries import Access
from portal.types import User, Viewer

# Urgency → how long the owner has. "immediately" is within the hour (the and the
# packs' reading of "at once"); the packs give no number for the others, so these are
# our documented defaults (README: Duties).
DUE_AFTER = {
    "immediately": timedelta(hours=1),
    "soon": timedelta(days=1),
    "routine": timedelta(days=7),
}


def due_for(urgency: str, *, now: datetime) -> datetime:
    return now + DUE_AFTER.get(urgency, DUE_AFTER["routine"])


def _plain_roles(access: Access) -> list[str]:
    pack_roles = access.organisation.pack().roles
    return sorted(r for r in access.roles if not (r in pack_roles and pack_roles[r].relative))


def duties_visible_to(user: Viewer, access: Access) -> QuerySet[Duty]:
    duties = Duty.objects.filter(organisation=access.organisation).select_related(
        "owner_user", "escalated_to", "decision"
    )
    if access.is_admin:
        return duties
    if not user.is_authenticated:
        return duties.none()
    by_role = Q(owner_user__isnull=True, owner_person_external_id="", role__in=_plain_roles(access))
    return duties.filter(Q(owner_user=user) | Q(escalated_to=user) | by_role)


def duty_visible(user: User, duty: Duty) -> bool:
    """``duties_visible_to`` for one duty and a user found by other means (a recipient)."""
    membership = Membership.objects.filter(user=user, organisation=duty.organisation).first()
    if membership is None:
        return False
    access = Access(duty.organisation, frozenset(membership.roles), membership.is_admin)
    return duties_visible_to(user, access).filter(pk=duty.pk).exists()


def mine(user: User, access: Access) -> Q:
    """The duties that are this member's own work: owned by them, escalated to them, or
    for a role they hold (administrators: those too, and what falls to administrators,
    not every duty of the organisation)."""
    found = Q(owner_user=user) | Q(escalated_to=user)
    found |= Q(owner_user__isnull=True, owner_person_external_id="", role__in=_plain_roles(access))
    if access.is_admin:
        # What falls to administrators: duties nobody else can act on, and escalations.
        found |= Q(for_administrators=True)
        found |= Q(escalated_at__isnull=False, escalated_to__isnull=True)
    return found


def my_open_duties(user: Viewer, access: Access) -> QuerySet[Duty]:
    """Open duties that are this member's own work (:func:`mine`)."""
    if not isinstance(user, User):
        return Duty.objects.none()
    return (
        Duty.objects.filter(organisation=access.organisation, status__in=OPEN_STATUSES)
        .filter(mine(user, access))
        .select_related("owner_user", "escalated_to")
    )


def overdue(duties: QuerySet[Duty], *, now: datetime | None = None) -> QuerySet[Duty]:
    return duties.filter(status__in=OPEN_STATUSES, due_at__lt=now or timezone.now())


def due_for_escalation(*, now: datetime) -> QuerySet[Duty]:
    return Duty.objects.filter(
        status__in=OPEN_STATUSES, due_at__lt=now, escalated_at__isnull=True
    ).select_related("organisation", "owner_user")


def open_duties_of(organisation: Organisation) -> QuerySet[Duty]:
    return Duty.objects.filter(organisation=organisation, status__in=OPEN_STATUSES)
