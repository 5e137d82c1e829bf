"""Who may see which organisation, and what its pack says, ready for a page or the API.

Access rules in one place (the views and the API only call these):

- a user sees an organisation only through a membership of it (superusers see all);
- any member reads the pack and may ask for decisions;
- the people directory is for staff-side members (anyone who is not only a ``student``);
  which people they see is narrowed further in ``portal.people.queries``;
- importing people needs ``is_admin`` or the ``hr`` role;
- the audit log needs ``is_admin``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import QuerySet

from policyguard import ClauseKind, Pack, Permission
from portal.errors import NotFound
from portal.organisations.models import Membership, Organisation
from portal.types import Viewer


@dataclass(frozen=True)
class Access:
    """What one user may do in one organisation."""

    organisation: Organisation
    roles: frozenset[str] = field(default_factory=frozenset)
    is_admin: bool = False

    def may(self, permission: Permission) -> bool:
        """Whether one of the user's roles has ``permission`` under the pack."""
        return not self.roles.isdisjoint(self.organisation.pack().roles_that_may(permission))

    @property
    def is_student_only(self) -> bool:
        return bool(self.roles) and self.roles <= {"student"}

    @property
    def can_view_people(self) -> bool:
        return self.is_admin or (bool(self.roles) and not self.is_student_only)

    @property
    def sees_whole_directory(self) -> bool:
        return self.is_admin or self.may("see_directory")

    @property
    def can_import_people(self) -> bool:
        return self.is_admin or self.may("import_people")

    @property
    def can_view_audit(self) -> bool:
        return self.is_admin


def organisations_for(user: Viewer) -> QuerySet[Organisation]:
    """The organisations ``user`` may open, by name."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    if getattr(user, "is_superuser", False):
        return Organisation.objects.select_related("trust")
    return Organisation.objects.filter(memberships__user=user).select_related("trust")


def access_to(user: Viewer, slug: str) -> Access:
    """The user's access to organisation ``slug``.

    Raises ``NotFound`` alike for an unknown slug and for an organisation the user has
    no membership of, so that nobody learns which organisations exist.
    """
    if not user.is_authenticated:
        raise NotFound()
    # A member (every request but a superuser's): the membership and its organisation in
    # one query, as this runs on every page and API call.
    membership = (
        Membership.objects.select_related("organisation__trust")
        .filter(user=user, organisation__slug=slug)
        .first()
    )
    if membership is not None:
        roles = frozenset(membership.roles)
        return Access(membership.organisation, roles, membership.is_admin)
    if getattr(user, "is_superuser", False):
        organisation = Organisation.objects.select_related("trust").filter(slug=slug).first()
        if organisation is not None:
            return Access(organisation, frozenset(), is_admin=True)
    raise NotFound()


@dataclass(frozen=True)
class RoleLine:
    key: str
    title: str
    description: str
    relative: bool


@dataclass(frozen=True)
class ClauseGroup:
    kind: ClauseKind
    clauses: list[tuple[str, str, str]]  # id, section, summary


@dataclass(frozen=True)
class PackOverview:
    """What an organisation's home page shows about its pack."""

    pack: Pack
    groups: list[ClauseGroup]
    roles: list[RoleLine]
    owner_title: str
    next_review: date | None  # None: the document gives no approval date
    overdue: bool
    days_overdue: int


_KIND_ORDER = [ClauseKind.RULE, ClauseKind.WORKFLOW, ClauseKind.GUIDANCE, ClauseKind.RECORD]


def pack_overview(organisation: Organisation, *, today: date) -> PackOverview:
    """The pack's clauses by kind, its roles with the institution's titles, and the review
    date with an overdue flag as of ``today``."""
    pack = organisation.pack()
    groups = [
        ClauseGroup(kind, [(c.id, c.section, c.summary) for c in pack.clauses if c.kind == kind])
        for kind in _KIND_ORDER
    ]
    roles = [
        RoleLine(key, role.title, role.description, role.relative)
        for key, role in pack.roles.items()
    ]
    return PackOverview(
        pack=pack,
        groups=[g for g in groups if g.clauses],
        roles=roles,
        owner_title=pack.role_title(pack.review.owner),
        next_review=pack.review.next_review,
        overdue=pack.review.is_overdue(today),
        days_overdue=pack.review.days_overdue(today),
    )


def access_or_404(user: Viewer, slug: str) -> Access:
    """``access_to`` for views: an unknown or forbidden organisation is a plain 404."""
    from django.http import Http404

    try:
        return access_to(user, slug)
    except NotFound:
        raise Http404("No such organisation, or you are not a member of it.") from None
