"""Register keepers open a person's page where their register needs it, and see only
what it needs (``portal.people.keepers``).

Beside the consent fixtures (maria keeps the consent register but does not see the
whole directory; tom is Ava's tutor): mandy approves official accounts and keeps their
credentials (WCUC's M&C Manager); vic is a teacher with neither register.
"""

from __future__ import annotations

from datetime import date

import pytest

from portal.consent.actions import record_consent_given
from portal.consent.tests.conftest import member
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.testing.auth import SecondFactorClient
from portal.types import User


def page(user: User, external_id: str) -> tuple[int, str]:
    client = SecondFactorClient()
    client.force_login(user)
    response = client.get(f"/orgs/wcuc/people/{external_id}/")
    return response.status_code, response.content.decode()


@pytest.mark.clause("WCUC-09")
def test_the_consent_keeper_opens_anyones_page_for_consents_and_nothing_more(
    wcuc: Organisation, people: dict[str, Person], maria: User, tom: User
) -> None:
    record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_by_person=people["pat"],
        given_on=date(2026, 5, 3),
        media=["image"],
        purposes=["educational_activity"],
        acting_user=maria,
    )
    status, text = page(maria, "W-AVA")
    assert status == 200
    assert "Ava Young" in text and "Consents" in text and "3 May 2026" in text
    assert "Pat Young (W-PAT)" in text  # who may give her consent
    assert "1 March 2028" in text  # until when only a parent's consent counts
    # Not the directory entry itself: no date of birth, tutor, roles or web history.
    assert "1 March 2010" not in text and "Tom Tate" not in text
    assert "Progress tutor" not in text and "Roles" not in text and "Web history" not in text
    # Her tutor sees the entry, not the consents.
    status, text = page(tom, "W-AVA")
    assert status == 200 and "Tom Tate" in text and "Consents" not in text


@pytest.mark.clause("WCUC-07")
def test_the_account_keeper_opens_the_page_of_an_accounts_owner_only(
    wcuc: Organisation, people: dict[str, Person], tom: User
) -> None:
    mandy = member(wcuc, "mandy", ["staff", "account_approver"], None)
    vic = member(wcuc, "vic", ["staff"], None)
    account = OfficialAccount.objects.create(
        organisation=wcuc, name="@WiltsDrama", platform="instagram"
    )
    account.owners.add(people["tom"])
    status, text = page(mandy, "W-TOM")
    assert status == 200
    assert "@WiltsDrama" in text and "staff: from 1 September 2015" in text
    assert "Consents" not in text and "Line manager" not in text
    # Nobody's page without an account, and nothing for someone with neither register.
    assert page(mandy, "W-AVA")[0] == 404
    assert page(vic, "W-TOM")[0] == 404 and page(vic, "W-AVA")[0] == 404
    assert page(mandy, "W-NOBODY")[0] == 404
