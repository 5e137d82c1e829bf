"""Who sees which concerns and cases: the most sensitive records the portal keeps.

Within an organisation (on top of membership):

- **area managers** see every case and concern of their area and open cases there. Who
  they are comes from the pack (``may:`` on its roles): ``manage_safeguarding_cases``
  (by default the DSL and the safeguarding team), ``manage_staff_conduct_cases`` (by
  default HR) and ``manage_conduct_cases`` (nobody by default: only the people working
  on a conduct case see it);
- a case's **workers** (whoever opened it, and whoever it was assigned to: the routed
  tutor or line manager) see that case, and only it;
- a concern is seen by whoever it was routed to (the person where the directory named
  them, else the holders of the route's role), the roles told of it, the managers of its
  area, the workers of the case it joined, and, while a per-person role's holder is not
  known, the administrators, who assign it;
- administrators see no case or concern for being administrators (only the counts of
  the leaders' view);
- a **reporter** sees their own reports' status and nothing behind them
  (``my_concerns``), never the case.

Opening a case record or a concern needs a second factor proven in this session
(``portal.accounts.secondfactor``), and every view of one is audited
(``portal.cases.actions.record_view``). Nothing here tells a viewer whether something they
may not see exists: the views answer "not found" alike.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from policyguard import Permission
from portal.cases.models import Area, Case, Concern
from portal.organisations.models import Membership, Organisation
from portal.organisations.queries import Access
from portal.types import User, Viewer

# The permission (``may:`` in the pack) that makes its holders managers of an area.
MANAGING: dict[str, Permission] = {
    Area.SAFEGUARDING: "manage_safeguarding_cases",
    Area.STAFF_CONDUCT: "manage_staff_conduct_cases",
    Area.CONDUCT: "manage_conduct_cases",
}


def managed_areas(access: Access) -> list[str]:
    """The areas whose cases ``access`` manages, in ``Area``'s order."""
    return [area for area, permission in MANAGING.items() if access.may(permission)]


def may_manage(access: Access, area: str) -> bool:
    permission = MANAGING.get(area)
    return permission is not None and access.may(permission)


def managers_of(organisation: Organisation, area: str) -> tuple[str, ...]:
    """The pack's role keys whose holders manage ``area``."""
    permission = MANAGING.get(area)
    return organisation.pack().roles_that_may(permission) if permission else ()


def case_manager_roles(organisation: Organisation) -> frozenset[str]:
    """Every role whose holders manage some area of cases under the pack."""
    return frozenset(role for area in MANAGING for role in managers_of(organisation, area))


def may_open_cases(access: Access) -> bool:
    """Whether ``access`` may open a case from an alert, a decision or a post (a concern
    is also opened by whoever handles it: ``may_open_case_from``)."""
    return bool(managed_areas(access))


def may_lead(access: Access) -> bool:
    """The leaders' view (counts, times, charts): area managers and administrators."""
    return access.is_admin or may_open_cases(access)


def _plain_roles(access: Access) -> list[str]:
    roles = access.organisation.pack().roles
    return sorted(r for r in access.roles if not (r in roles and roles[r].relative))


def _relative_roles(access: Access) -> list[str]:
    return sorted(k for k, r in access.organisation.pack().roles.items() if r.relative)


def cases_visible_to(user: Viewer, access: Access) -> QuerySet[Case]:
    cases = Case.objects.filter(organisation=access.organisation)
    if not user.is_authenticated:
        return cases.none()
    seen = Q(area__in=managed_areas(access)) | Q(workers=user) | Q(opened_by=user)
    return cases.filter(pk__in=cases.filter(seen).values("pk"))


def case_visible(user: Viewer, access: Access, case: Case) -> bool:
    return cases_visible_to(user, access).filter(pk=case.pk).exists()


def concerns_visible_to(user: Viewer, access: Access) -> QuerySet[Concern]:
    """Concerns this member handles (not their own reports: ``my_concerns``)."""
    concerns = Concern.objects.filter(organisation=access.organisation)
    if not user.is_authenticated:
        return concerns.none()
    seen = Q(routed_user=user) | Q(area__in=managed_areas(access))
    seen |= Q(route_person_external_id="", route_role__in=_plain_roles(access))
    for role in _plain_roles(access):
        seen |= Q(told_roles__contains=f",{role},")
    seen |= Q(case__in=cases_visible_to(user, access).values("pk"))
    if access.is_admin:
        seen |= Q(route_person_external_id="", route_role__in=_relative_roles(access))
    return concerns.filter(seen).select_related("case", "subject_person", "routed_user")


def concern_visible(user: Viewer, access: Access, concern: Concern) -> bool:
    return concerns_visible_to(user, access).filter(pk=concern.pk).exists()


def handles(user: Viewer, access: Access, concern: Concern) -> bool:
    """Whether ``user`` deals with ``concern``: it was routed to them (to them by name,
    or to a role of theirs while nobody is named), or they manage its area. The roles
    only told of it (``also:``) read it and do not handle it."""
    if not user.is_authenticated:
        return False
    if concern.routed_user_id is not None and concern.routed_user_id == user.pk:
        return True
    if not concern.route_person_external_id and concern.route_role in _plain_roles(access):
        return True
    return may_manage(access, concern.area)


def may_open_case_from(user: Viewer, access: Access, concern: Concern) -> bool:
    """Whoever handles a concern may open its case (or add it to one they may see)."""
    return handles(user, access, concern) and concern_visible(user, access, concern)


def may_reassign(access: Access, concern_area: str) -> bool:
    """Who may hand a concern or a case's action to a named person: the managers of its
    area, and administrators (who assign what was routed to a tutor or line manager the
    directory does not know)."""
    return access.is_admin or may_manage(access, concern_area)


def my_concerns(user: Viewer, access: Access) -> QuerySet[Concern]:
    """The reports ``user`` made: for their status page, nothing behind them."""
    if not user.is_authenticated:
        return Concern.objects.none()
    return Concern.objects.filter(organisation=access.organisation, reporter=user)


def access_for(user: User, organisation: Organisation) -> Access | None:
    """``user``'s access to ``organisation`` (for notifications' ``can_open``)."""
    membership = Membership.objects.filter(user=user, organisation=organisation).first()
    if membership is None:
        return None
    return Access(organisation, frozenset(membership.roles), membership.is_admin)
