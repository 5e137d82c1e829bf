"""HR's dashboard lists the leavers: people whose last affiliation ends within 30 days of
today, either side, soonest first; the directory filters them; nobody but HR and the
administrators gets the panel.

Users (``portal/conftest.py``): alice (administrator), bob (staff, S001), dave
(student); hana (HR) is added here. Today is 2026-11-21 (frozen).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.test import Client

from policyguard import AffiliationKind
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.people.actions import add_person, record_leaving
from portal.people.models import Person
from portal.types import User

DASHBOARD = "/orgs/oakfield/dashboard/"


@pytest.fixture
def hana(oakfield: Organisation, directory: dict[str, Person]) -> User:
    user = User.objects.create_user("hana")
    set_membership(organisation=oakfield, user=user, roles=["staff", "hr"], acting_user=None)
    return user


def leavers_panel(client: Client) -> str:
    page = client.get(DASHBOARD).content.decode()
    if 'id="panel-peopleleavers"' not in page:
        return ""
    return page.split('id="panel-peopleleavers"', 1)[1].split('<li class="panel', 1)[0]


def test_hr_sees_who_leaves_or_left_within_30_days(
    client: Client, hana: User, directory: dict[str, Person]
) -> None:
    record_leaving(person=directory["S002"], on=date(2026, 12, 5), acting_user=None)
    record_leaving(person=directory["T001"], on=date(2026, 11, 1), acting_user=None)
    record_leaving(person=directory["L001"], on=date(2027, 1, 31), acting_user=None)  # too far
    client.force_login(hana)
    panel = leavers_panel(client)
    assert re.search(r'<span class="count">2</span>', panel)
    assert panel.index("Tariq Noor (T001)") < panel.index("Sian Cole (S002)")
    assert "left 1 Nov 2026" in panel and "leaves 5 Dec 2026" in panel
    assert "Dave Dunn" not in panel and "Lena Ward" not in panel  # left in 2025
    assert 'href="/orgs/oakfield/people/T001/"' in panel
    listed = client.get("/orgs/oakfield/people/?status=leavers").content.decode()
    found = re.findall(r'href="/orgs/oakfield/people/([A-Z]\d+)/"', listed)
    assert sorted(found) == ["S002", "T001"]  # in the directory's own order (by name)


def test_someone_with_an_affiliation_still_open_is_not_a_leaver(
    client: Client, hana: User, oakfield: Organisation, directory: dict[str, Person]
) -> None:
    add_person(
        organisation=oakfield,
        external_id="S009",
        name="Rhys Owen",
        date_of_birth=date(1991, 4, 4),
        affiliations=[
            (AffiliationKind.STUDENT, date(2020, 9, 1), date(2026, 11, 15)),
            (AffiliationKind.STAFF, date(2026, 11, 15), None),
        ],
        acting_user=None,
    )
    client.force_login(hana)
    assert "Rhys Owen" not in leavers_panel(client)
    assert "Nothing waiting." in leavers_panel(client)


def test_only_hr_and_administrators_get_the_panel(
    client: Client, alice: User, bob: User, dave: User, directory: dict[str, Person]
) -> None:
    record_leaving(person=directory["S002"], on=date(2026, 12, 5), acting_user=None)
    client.force_login(alice)
    assert "Sian Cole" in leavers_panel(client)
    for user in (bob, dave):
        client.force_login(user)
        assert 'id="panel-peopleleavers"' not in client.get(DASHBOARD).content.decode(), user
