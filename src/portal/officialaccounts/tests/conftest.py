"""WCUC (the bundled pack: WCUC-07 and WCUC-19 are its clauses) with named people.

- mandy: the M&C Manager (account_approver, custodian: the leaver rule's revoke_role),
  directory entry W-MANDY.
- tom: a teacher (staff), W-TOM, owner of the accounts he asks for; may see the register.
- hana: HR (imports people, records leaving).
- sam: a student; sees no register.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from django.test import override_settings

from policyguard import AffiliationKind
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.models import Organisation
from portal.people.actions import add_person
from portal.people.models import Person
from portal.types import User

KEY = "q0bT5Hgq6cV8iZ0hG6x0Kq9m8m6kqgkXlD1mW8o5b4U="


@pytest.fixture(autouse=True)
def _files(tmp_path: Path) -> Iterator[None]:
    with override_settings(MEDIA_ROOT=tmp_path / "files", POLICYGUARD_CREDENTIAL_KEYS=[KEY]):
        yield


@pytest.fixture
def wcuc(db: None) -> Organisation:
    return create_organisation(
        slug="wcuc", name="Wiltshire College", pack_slug="wcuc", acting_user=None
    )


def _member(org: Organisation, username: str, roles: list[str], person: Person | None) -> User:
    user = User.objects.create_user(username=username, password=f"{username}-password")
    user.email = f"{username}@example.org"
    user.save()
    set_membership(organisation=org, user=user, roles=roles, acting_user=None)
    if person is not None:
        person.user = user
        person.save(update_fields=["user"])
    return user


def _staff(org: Organisation, external_id: str, name: str) -> Person:
    return add_person(
        organisation=org,
        external_id=external_id,
        name=name,
        affiliations=[(AffiliationKind.STAFF, date(2015, 9, 1), None)],
        acting_user=None,
    )


@pytest.fixture
def people(wcuc: Organisation) -> dict[str, Person]:
    return {
        "mandy": _staff(wcuc, "W-MANDY", "Mandy Marsh"),
        "tom": _staff(wcuc, "W-TOM", "Tom Tate"),
        "sam": add_person(
            organisation=wcuc,
            external_id="W-SAM",
            name="Sam Student",
            date_of_birth=date(2010, 1, 1),
            affiliations=[(AffiliationKind.STUDENT, date(2025, 9, 1), None)],
            acting_user=None,
        ),
    }


@pytest.fixture
def mandy(wcuc: Organisation, people: dict[str, Person]) -> User:
    return _member(wcuc, "mandy", ["staff", "account_approver", "policy_owner"], people["mandy"])


@pytest.fixture
def tom(wcuc: Organisation, people: dict[str, Person]) -> User:
    return _member(wcuc, "tom", ["staff"], people["tom"])


@pytest.fixture
def hana(wcuc: Organisation) -> User:
    return _member(wcuc, "hana", ["staff", "hr"], None)


@pytest.fixture
def sam(wcuc: Organisation, people: dict[str, Person]) -> User:
    return _member(wcuc, "sam", ["student"], people["sam"])
