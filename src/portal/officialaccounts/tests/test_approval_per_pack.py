"""The approval half of each pack's account clause, in the portal: a request goes to
the role the pack names, is decided under that pack's clause, and only that role
approves it (LI-04 and LI-13: the Director; NCLT-19: the DPO or a head of school for a
departmental account; QTSD-05: the Director of Communications; VTS-03: the Marketing
Executive who owns the official presence)."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from policyguard import AffiliationKind
from portal.duties.models import Duty
from portal.errors import Forbidden
from portal.officialaccounts.actions import approve_account, request_account
from portal.officialaccounts.models import AccountStatus
from portal.organisations.actions import create_organisation, set_membership
from portal.people.actions import add_person
from portal.types import User

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.parametrize(
    ("pack", "account_type", "approver", "clause"),
    [
        pytest.param(
            "learning-institute",
            "official",
            "director",
            "LI-04",
            marks=pytest.mark.clause("LI-04", "LI-13"),
            id="li",
        ),
        pytest.param(
            "nclt",
            "departmental",
            "data_protection_officer",
            "NCLT-19",
            marks=pytest.mark.clause("NCLT-19"),
            id="nclt",
        ),
        pytest.param(
            "qtsd",
            "official",
            "director_of_communications",
            "QTSD-05",
            marks=pytest.mark.clause("QTSD-05"),
            id="qtsd",
        ),
        pytest.param(
            "vts",
            "official",
            "account_owner",
            "VTS-03",
            marks=pytest.mark.clause("VTS-03"),
            id="vts",
        ),
    ],
)
def test_a_request_goes_to_the_packs_approver_and_only_they_approve(
    db: None, pack: str, account_type: str, approver: str, clause: str
) -> None:
    org = create_organisation(slug=pack[:12], name=pack, pack_slug=pack, acting_user=None)

    def staff(username: str, roles: list[str]) -> User:
        user = User.objects.create_user(username=username, password=f"{username}-pw")
        set_membership(organisation=org, user=user, roles=roles, acting_user=None)
        add_person(
            organisation=org,
            external_id=username.upper(),
            name=username.title(),
            affiliations=[(AffiliationKind.STAFF, date(2015, 9, 1), None)],
            user=user,
            acting_user=None,
        )
        return user

    asker = staff("asker", ["staff"])
    boss = staff("boss", ["staff", approver])
    owner = org.people.get(external_id="ASKER")
    account = request_account(
        organisation=org,
        name="@Team",
        platform="facebook",
        account_type=account_type,
        area="Sport",
        purpose="promotional",
        description="Team news",
        owners=[owner],
        acting_user=asker,
    )
    assert approver in account.approver_roles
    assert clause in account.clauses
    duty = Duty.objects.get(code="approve_account", role=approver)
    assert clause in duty.clauses
    with pytest.raises(Forbidden):
        approve_account(account=account, acting_user=asker)
    signed = SimpleUploadedFile("approval.pdf", PDF, content_type="application/pdf")
    done = approve_account(account=account, acting_user=boss, document=signed)
    assert done.status == AccountStatus.APPROVED
    assert done.approval_decision is not None and done.approval_decision.outcome == "allow"
