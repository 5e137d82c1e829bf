"""Which recorded decisions a member may read.

Administrators see all of their organisation's decisions. Everyone else sees the ones
they asked for, and the ones that ask something of a role they hold: for a role relative
to a person (line manager, progress tutor) only when they are that person's holder. An
obligation of a relative role whose holder is unknown (no line manager on record) is
for administrators alone: holding "line_manager" for someone else is no reason to see it.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from portal.decisions.models import Decision
from portal.organisations.queries import Access
from portal.people.models import Person
from portal.types import Viewer


def decisions_visible_to(user: Viewer, access: Access) -> QuerySet[Decision]:
    decisions = Decision.objects.filter(organisation=access.organisation).select_related(
        "requested_by"
    )
    if access.is_admin:
        return decisions
    if not user.is_authenticated:
        return decisions.none()
    own_ids = list(
        Person.objects.filter(organisation=access.organisation, user=user).values_list(
            "external_id", flat=True
        )
    )
    # A relative role's obligation names its holder; anyone else's names only the role.
    pack_roles = access.organisation.pack().roles
    plain_roles = sorted(
        r for r in access.roles if not (r in pack_roles and pack_roles[r].relative)
    )
    routed = Q(obligations__person_external_id__in=own_ids) | Q(
        obligations__role__in=plain_roles, obligations__person_external_id=""
    )
    return decisions.filter(Q(requested_by=user) | routed).distinct()
