"""VTS on its bundled pack with a compiled snapshot (the monitoring tests' fixtures: the
documented ``build_snapshot`` over a small list folder where facebook.com is a social
network), and its DSL, who leads the filtering review."""

from __future__ import annotations

import pytest

from portal.monitoring.tests.conftest import snapshots, vts  # noqa: F401  (fixtures)
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.types import User


@pytest.fixture
def vts_lead(vts: Organisation) -> User:  # noqa: F811
    user = User.objects.create_user(username="vts-dsl", password="vts-dsl-password")
    set_membership(organisation=vts, user=user, roles=["staff", "dsl"], acting_user=None)
    return user
