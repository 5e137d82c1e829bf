"""set_membership: roles come from the organisation's pack; every change is audited."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from portal.audit.models import AuditEntry
from portal.organisations.actions import set_membership
from portal.organisations.models import Membership, Organisation
from portal.types import User


def test_it_rejects_a_role_the_pack_does_not_define(alice: User, oakfield: Organisation) -> None:
    user = User.objects.create_user("eve")
    with pytest.raises(ValidationError, match=r"unknown role.*marketing_executive"):
        set_membership(
            organisation=oakfield, user=user, roles=["marketing_executive"], acting_user=alice
        )
    assert not Membership.objects.filter(user=user).exists()


def test_it_creates_then_updates_and_audits(alice: User, oakfield: Organisation) -> None:
    user = User.objects.create_user("eve")
    set_membership(organisation=oakfield, user=user, roles=["staff"], acting_user=alice)
    set_membership(
        organisation=oakfield, user=user, roles=["staff", "dsl", "dsl"], acting_user=alice
    )
    membership = Membership.objects.get(user=user)
    assert membership.roles == ["staff", "dsl"]
    entries = AuditEntry.objects.filter(verb="membership.set", detail__user="eve").order_by("id")
    assert [e.actor_name for e in entries] == ["alice", "alice"]
    assert entries.last().detail["before"] == {"roles": ["staff"], "is_admin": False}  # type: ignore[union-attr]


def test_it_rejects_a_pack_that_does_not_load(db: None) -> None:
    from portal.organisations.actions import create_organisation

    with pytest.raises(ValidationError, match="does not load"):
        create_organisation(
            slug="broken",
            name="Broken",
            pack_slug="broken",
            pack_yaml="format: 1\n",
            acting_user=None,
        )
    with pytest.raises(ValidationError, match="does not load"):
        create_organisation(slug="gone", name="Gone", pack_slug="no-such-pack", acting_user=None)
