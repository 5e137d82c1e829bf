"""Writes for organisations, trusts and memberships. Each runs in one transaction and
writes an audit row."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction

from policyguard import Pack, PackError, PackNotFound, bundled_slugs, load_bundled, parse_pack
from portal.audit.actions import write_audit_entry
from portal.organisations.models import BASE_ROLES, Membership, Organisation, Trust
from portal.types import Actor, User


def create_trust(*, slug: str, name: str, acting_user: Actor) -> Trust:
    with transaction.atomic():
        trust = Trust.objects.create(slug=slug, name=name)
        write_audit_entry(
            acting_user=acting_user,
            organisation=None,
            verb="trust.create",
            target=trust,
            detail={"slug": slug, "name": name},
        )
    return trust


def check_pack(*, slug: str, pack_slug: str, pack_yaml: str) -> Pack:
    """The pack an organisation with these fields would run: its own ``pack_yaml`` when
    given, else the bundled ``pack_slug``. ValidationError, one message per problem with
    its line ("line 14: review.approved_on: ..."), when it does not load: an invalid pack
    must never be saved, or every page of the organisation would fail."""
    if pack_yaml:
        try:
            return parse_pack(pack_yaml, f"organisation {slug}")
        except PackError as exc:
            raise ValidationError(
                [f"The pack does not load: {p.render()}" for p in exc.problems]
                or [f"The pack does not load: {exc}"]
            ) from None
    try:
        return load_bundled(pack_slug)
    except PackNotFound:
        raise ValidationError(
            f"The pack {pack_slug!r} does not load: no bundled pack has that name. Give one "
            f"of {', '.join(bundled_slugs())}, or the organisation's own pack text."
        ) from None
    except PackError as exc:
        raise ValidationError(f"The bundled pack {pack_slug!r} does not load: {exc}") from None


def create_organisation(
    *,
    slug: str,
    name: str,
    pack_slug: str,
    pack_yaml: str = "",
    trust: Trust | None = None,
    acting_user: Actor,
) -> Organisation:
    """A new organisation on a bundled pack (or its own ``pack_yaml``), checked to load."""
    pack = check_pack(slug=slug, pack_slug=pack_slug, pack_yaml=pack_yaml)
    with transaction.atomic():
        organisation = Organisation.objects.create(
            slug=slug,
            name=name,
            trust=trust,
            pack_slug=pack_slug,
            pack_yaml=pack_yaml,
            pack_version=pack.version,
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="organisation.create",
            target=organisation,
            detail={"pack": pack_slug, "pack_version": pack.version, "trust": trust and trust.slug},
        )
    return organisation


def check_roles(organisation: Organisation, roles: Iterable[str]) -> list[str]:
    """``roles`` in order, once each; ValidationError naming any the pack does not define."""
    known = set(organisation.pack().roles) | set(BASE_ROLES)
    wanted = list(dict.fromkeys(roles))
    unknown = [r for r in wanted if r not in known]
    if unknown:
        raise ValidationError(
            f"unknown role(s) for {organisation.slug}: {', '.join(unknown)}; "
            f"known roles: {', '.join(sorted(known))}"
        )
    return wanted


def set_membership(
    *,
    organisation: Organisation,
    user: User,
    roles: Iterable[str],
    is_admin: bool = False,
    acting_user: Actor,
) -> Membership:
    """Give ``user`` exactly these roles in ``organisation`` (creating the membership)."""
    checked = check_roles(organisation, roles)
    with transaction.atomic():
        # Lock the row so two administrators editing one membership do not interleave
        # their read and write and lose one of the changes.
        membership = (
            Membership.objects.select_for_update()
            .filter(organisation=organisation, user=user)
            .first()
        )
        before: dict[str, object] | None = None
        if membership is None:
            membership = Membership.objects.create(
                organisation=organisation, user=user, roles=checked, is_admin=is_admin
            )
        else:
            before = {"roles": membership.roles, "is_admin": membership.is_admin}
            membership.roles = checked
            membership.is_admin = is_admin
            membership.save(update_fields=["roles", "is_admin"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="membership.set",
            target=membership,
            detail={
                "user": user.get_username(),
                "roles": checked,
                "is_admin": is_admin,
                "before": before,
            },
        )
    return membership
