"""Who holds a role in an organisation, as portal users: the people a notification or a
duty goes to. Role lists are read in Python because SQLite has no JSON containment."""

from __future__ import annotations

from collections.abc import Iterable

from portal.errors import NotFound
from portal.organisations.models import Membership, Organisation
from portal.organisations.queries import Access, access_to
from portal.people.models import Person
from portal.types import User


def role_holders(organisation: Organisation, roles: Iterable[str]) -> list[User]:
    """Members holding any of ``roles``, by username."""
    wanted = set(roles)
    members = Membership.objects.filter(organisation=organisation).select_related("user")
    found = {m.user for m in members if wanted & set(m.roles or []) and m.user.is_active}
    return sorted(found, key=lambda u: u.get_username())


def administrators(organisation: Organisation) -> list[User]:
    members = Membership.objects.filter(
        organisation=organisation, is_admin=True, user__is_active=True
    ).select_related("user")
    return sorted({m.user for m in members}, key=lambda u: u.get_username())


def holders_or_administrators(organisation: Organisation, roles: Iterable[str]) -> list[User]:
    """The role's holders; the administrators when nobody holds it (the work must reach
    someone, and administrators may see everything in their organisation)."""
    return role_holders(organisation, roles) or administrators(organisation)


def user_of(organisation: Organisation, external_id: str) -> User | None:
    """The portal login of directory entry ``external_id``, if it has one."""
    person = (
        Person.objects.filter(organisation=organisation, external_id=external_id)
        .select_related("user")
        .first()
    )
    if person is None or person.user is None or not person.user.is_active:
        return None
    return person.user


def access_of(user: User, organisation: Organisation) -> Access | None:
    """``user``'s access to ``organisation`` (as ``access_to`` gives it), or None: for
    ``notify``'s ``can_open`` checks, which start from a user rather than a request."""
    try:
        return access_to(user, organisation.slug)
    except NotFound:
        return None
