"""Who holds a role in an organisation, as portal users: the people a notification or a
duty goes to. Role lists are read in Python because SQLite has no JSON containment."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Reach:
    """Whom to notify so that the work reaches someone by e-mail (``reach_by_email``)."""

    recipients: list[User]  # notified in the inbox; those with an address by e-mail too
    emailed: list[User]  # the recipients with an e-mail address
    problem: str  # why the role's holders are not all e-mailed; empty when they are


def reach_by_email(organisation: Organisation, roles: Iterable[str]) -> Reach:
    """The holders of ``roles``; when none of them has an e-mail address (or nobody
    holds the roles), the administrators as well. ``problem`` says in words what went
    wrong, for the log: a holder without an address, nobody holding the role, or nobody
    at all with an address."""
    wanted = sorted(set(roles))
    held = f"the {' or '.join(wanted)} role"
    holders = role_holders(organisation, wanted)
    addressed = [u for u in holders if u.email]
    missing = [u for u in holders if not u.email]
    if addressed:
        problem = (
            f"{_names(missing)} {_verb(missing, 'holds', 'hold')} {held} but "
            f"{_verb(missing, 'has', 'have')} no e-mail address; e-mailed the other "
            f"holders ({_names(addressed)})"
            if missing
            else ""
        )
        return Reach(holders, addressed, problem)
    why = (
        f"{_names(missing)} {_verb(missing, 'holds', 'hold')} {held} but "
        f"{_verb(missing, 'has', 'have')} no e-mail address"
        if holders
        else f"nobody holds {held}"
    )
    admins = [a for a in administrators(organisation) if a not in holders]
    admins_addressed = [a for a in admins if a.email]
    if admins_addressed:
        problem = f"{why}; e-mailed the administrators ({_names(admins_addressed)})"
    else:
        problem = (
            f"{why}, and no administrator has an e-mail address either: nobody was "
            "e-mailed (the inbox and the portal's pages still show it)"
        )
    return Reach(holders + admins, admins_addressed, problem)


def _names(users: list[User]) -> str:
    return ", ".join(u.get_username() for u in users)


def _verb(users: list[User], one: str, several: str) -> str:
    return one if len(users) == 1 else several


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
