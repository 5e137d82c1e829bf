"""Two institutions on their real packs, and named people, for the concern and case tests.

Wiltshire (``wcuc``): Sam (student S1, tutor Tia), Tia (staff T1, tutor), Dee (the DSL),
Sara (safeguarding team), Hana (HR), Ada (administrator), Olu (staff O1, no role).
NCLT (``nclt``): Nia (student N1, progress tutor Ned), Ned (staff N2, tutor), Max (staff
N3 with line manager Lee), Lee (staff N4), Hal (HR), Dora (the DSL).

Who may see what: the DSL and the safeguarding team every safeguarding case and concern;
HR staff-conduct ones; a tutor or line manager the concerns routed to them and the cases
they work on; a reporter only the status of their own reports; administrators no case.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from django_otp import DEVICE_ID_SESSION_KEY

from policyguard import AffiliationKind
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.models import Organisation
from portal.people.actions import add_person
from portal.people.models import Person
from portal.testing.auth import second_factor_device
from portal.types import User


def _person(org: Organisation, pid: str, name: str, kind: AffiliationKind, **kw: Any) -> Person:
    return add_person(
        organisation=org,
        external_id=pid,
        name=name,
        date_of_birth=date(2008, 1, 1) if kind == AffiliationKind.STUDENT else date(1980, 1, 1),
        affiliations=[(kind, date(2024, 9, 1), None)],
        acting_user=None,
        **kw,
    )


def _member(org: Organisation, username: str, roles: list[str], *, admin: bool = False) -> User:
    user = User.objects.create_user(username=username, password=f"{username}-password-9x")
    set_membership(organisation=org, user=user, roles=roles, is_admin=admin, acting_user=None)
    return user


@pytest.fixture
def wcuc(db: None) -> dict[str, Any]:
    org = create_organisation(slug="wcuc", name="Wiltshire", pack_slug="wcuc", acting_user=None)
    staff, student = AffiliationKind.STAFF, AffiliationKind.STUDENT
    people: dict[str, Any] = {"org": org}
    for name, roles in (
        ("tia", ["staff"]),
        ("dee", ["staff", "dsl"]),
        ("sara", ["staff", "safeguarding_team"]),
        ("hana", ["staff", "hr"]),
        ("olu", ["staff"]),
        ("sam", ["student"]),
    ):
        people[name] = _member(org, name, roles)
    people["ada"] = _member(org, "ada", ["staff"], admin=True)
    tutor = _person(org, "T1", "Tia Tutor", staff, user=people["tia"])
    people["T1"] = tutor
    people["O1"] = _person(org, "O1", "Olu Other", staff, user=people["olu"])
    people["S1"] = _person(
        org,
        "S1",
        "Sam Student",
        student,
        progress_tutor=tutor,
        user=people["sam"],
        network_username="s654321",
    )
    return people


@pytest.fixture
def nclt(db: None) -> dict[str, Any]:
    org = create_organisation(slug="nclt", name="NCLT", pack_slug="nclt", acting_user=None)
    staff, student = AffiliationKind.STAFF, AffiliationKind.STUDENT
    people: dict[str, Any] = {"org": org}
    for name, roles in (
        ("ned", ["staff"]),
        ("lee", ["staff"]),
        ("max", ["staff"]),
        ("hal", ["staff", "hr"]),
        ("dora", ["staff", "dsl"]),
        ("nia", ["student"]),
    ):
        people[name] = _member(org, name, roles)
    people["N2"] = _person(org, "N2", "Ned Tutor", staff, user=people["ned"])
    people["N4"] = _person(org, "N4", "Lee Manager", staff, user=people["lee"])
    people["N3"] = _person(
        org, "N3", "Max Staff", staff, line_manager=people["N4"], user=people["max"]
    )
    people["N1"] = _person(
        org, "N1", "Nia Student", student, progress_tutor=people["N2"], user=people["nia"]
    )
    return people


@pytest.fixture
def verified(client: Any) -> Callable[[User], None]:
    """``verified(user)``: sign ``client`` in as ``user`` with a second factor proven,
    whatever their roles (a tutor opening a case must prove one too)."""

    def sign_in(user: User) -> None:
        client.force_login(user, second_factor=False)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = second_factor_device(user).persistent_id
        session.save()

    return sign_in
