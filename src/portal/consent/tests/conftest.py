"""WCUC (the bundled pack: WCUC-09 is its consent and takedown clause) with named people.

- maria: the Marketing team (``moderator``): keeps the consent register (the default
  holders of ``record_consent``) and takes material down.
- tom: a teacher, Ava's progress tutor: sees Ava in the directory, never her consents.
- ava: a student, born 1 March 2010 (under 18 until 1 March 2028).
- pat: Ava's parent, in the directory with no login.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from django.test import override_settings

from policyguard import AffiliationKind, RelationKind
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.models import Organisation
from portal.people.actions import add_person, add_relation
from portal.people.models import Person
from portal.types import User


@pytest.fixture(autouse=True)
def _files(tmp_path: Path) -> Iterator[None]:
    with override_settings(MEDIA_ROOT=tmp_path / "files"):
        yield


@pytest.fixture
def wcuc(db: None) -> Organisation:
    return create_organisation(
        slug="wcuc", name="Wiltshire College", pack_slug="wcuc", acting_user=None
    )


def member(org: Organisation, username: str, roles: list[str], person: Person | None) -> User:
    user = User.objects.create_user(username=username, password=f"{username}-password")
    user.email = f"{username}@example.org"
    user.save()
    set_membership(organisation=org, user=user, roles=roles, acting_user=None)
    if person is not None:
        person.user = user
        person.save(update_fields=["user"])
    return user


@pytest.fixture
def people(wcuc: Organisation) -> dict[str, Person]:
    staff: list[tuple[AffiliationKind, date | None, date | None]] = [
        (AffiliationKind.STAFF, date(2015, 9, 1), None)
    ]
    made = {
        "maria": add_person(
            organisation=wcuc,
            external_id="W-MARIA",
            name="Maria Marketing",
            affiliations=staff,
            acting_user=None,
        ),
        "tom": add_person(
            organisation=wcuc,
            external_id="W-TOM",
            name="Tom Tate",
            affiliations=staff,
            acting_user=None,
        ),
        "pat": add_person(
            organisation=wcuc,
            external_id="W-PAT",
            name="Pat Young",
            affiliations=[(AffiliationKind.PARENT, date(2025, 9, 1), None)],
            acting_user=None,
        ),
    }
    made["ava"] = add_person(
        organisation=wcuc,
        external_id="W-AVA",
        name="Ava Young",
        date_of_birth=date(2010, 3, 1),
        affiliations=[(AffiliationKind.STUDENT, date(2025, 9, 1), None)],
        progress_tutor=made["tom"],
        acting_user=None,
    )
    add_relation(
        person=made["pat"], kind=RelationKind.PARENT_OF, other=made["ava"], acting_user=None
    )
    return made


@pytest.fixture
def maria(wcuc: Organisation, people: dict[str, Person]) -> User:
    return member(wcuc, "maria", ["staff", "moderator"], people["maria"])


@pytest.fixture
def tom(wcuc: Organisation, people: dict[str, Person]) -> User:
    return member(wcuc, "tom", ["staff"], people["tom"])


@pytest.fixture
def ada(wcuc: Organisation) -> User:
    """An administrator: sees the whole directory and every consent."""
    user = User.objects.create_user(username="ada", password="ada-password")
    set_membership(organisation=wcuc, user=user, roles=["staff"], is_admin=True, acting_user=None)
    return user
