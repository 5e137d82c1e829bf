"""The register and an account's page name its owners and the people with access; each
name links to the person's page only where the reader may open it, and is plain text
otherwise (``people.keepers.pages_openable_by``).

Beside the fixtures of conftest.py: vic, a teacher with no login, owns the account with
Tom and can use it. Tom sees his own directory entry only; Mandy keeps the account
register (she may open the page of anyone who owns or uses an account); Hana (HR) sees
the whole directory; Sam, a student, sees no register at all.
"""

from __future__ import annotations

import re

import pytest

from portal.officialaccounts.actions import grant_access
from portal.officialaccounts.models import OfficialAccount
from portal.officialaccounts.tests.conftest import _staff
from portal.officialaccounts.tests.test_register import approved
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.testing.auth import SecondFactorClient
from portal.types import User


def _read(user: User, path: str) -> tuple[int, str]:
    client = SecondFactorClient()
    client.force_login(user)
    response = client.get(path)
    if response.streaming:
        text = b"".join(response.streaming_content).decode()  # type: ignore[attr-defined]
        return response.status_code, text
    return response.status_code, response.content.decode()


def _linked(page: str) -> set[str]:
    return set(re.findall(r'href="/orgs/wcuc/people/(W-[^/"]+)/"', page))


@pytest.fixture
def account(
    wcuc: Organisation, tom: User, mandy: User, people: dict[str, Person]
) -> OfficialAccount:
    vic = _staff(wcuc, "W-VIC", "Vic Vaughan")
    account = approved(wcuc, tom, mandy, people)
    account.owners.add(vic)
    grant_access(account=account, person=vic, acting_user=mandy)
    return account


@pytest.mark.clause("WCUC-07")
def test_owners_names_link_to_the_pages_their_reader_may_open(
    account: OfficialAccount, tom: User, mandy: User, hana: User, sam: User
) -> None:
    detail = f"/orgs/wcuc/accounts/{account.pk}/"
    for reader, may_open in (
        (mandy, {"W-TOM", "W-VIC"}),
        (hana, {"W-TOM", "W-VIC"}),
        (tom, {"W-TOM"}),
    ):
        for path in ("/orgs/wcuc/accounts/", detail):
            status, page = _read(reader, path)
            assert status == 200
            # Both owners are named (the register says who owns each account) ...
            assert "Tom Tate" in page and "Vic Vaughan" in page
            # ... and linked exactly where the reader may open the page.
            assert _linked(page) == may_open, (reader, path)
        for external_id in ("W-TOM", "W-VIC"):
            status, _ = _read(reader, f"/orgs/wcuc/people/{external_id}/")
            assert (status == 200) == (external_id in may_open), (reader, external_id)
    # Vic is among the people with access on the account's page: plain text for Tom.
    _, page = _read(tom, detail)
    assert "Vic Vaughan (W-VIC)" in page
    # The export has the names, never markup.
    _, csv = _read(mandy, "/orgs/wcuc/accounts/?export=csv")
    assert "Tom Tate, Vic Vaughan" in csv and "href" not in csv
    # A student sees no register, so no names at all.
    assert _read(sam, "/orgs/wcuc/accounts/")[0] == 403
    assert _read(sam, detail)[0] == 403
