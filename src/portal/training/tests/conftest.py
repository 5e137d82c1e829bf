"""Oakfield with a second version of its pack, and Sian (S002, managed by Bob) signed up.

Version ``test.2`` rewords OAK-01 (a contact rule that binds staff), so staff must
acknowledge again and students need not."""

from __future__ import annotations

import pytest

from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.testing import pack_text
from portal.types import User

OLD_OAK_01 = "Staff keep no social media contact with current students."
NEW_OAK_01 = "Staff keep no social media contact with students on any network."


def next_version() -> str:
    text = pack_text("oakfield").replace('version: "test.1"', 'version: "test.2"')
    assert OLD_OAK_01 in text
    return text.replace(OLD_OAK_01, NEW_OAK_01)


@pytest.fixture
def sian(oakfield: Organisation, directory: dict[str, Person]) -> User:
    user = User.objects.create_user(username="sian", password="sian-password")
    set_membership(organisation=oakfield, user=user, roles=["staff"], acting_user=None)
    person = directory["S002"]
    person.user = user
    person.save(update_fields=["user"])
    return user
