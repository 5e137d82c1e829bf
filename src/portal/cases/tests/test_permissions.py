"""Who manages each area of cases comes from the pack (``may:`` on its roles), with
defaults that give safeguarding to the DSL and the safeguarding team and staff conduct
to HR; the roles only told of a concern read it and do not handle it."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from portal.accounts.secondfactor import needs_second_factor
from portal.cases.access import managers_of
from portal.cases.actions import Report, open_case, report_concern
from portal.cases.models import Case
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.models import Organisation
from portal.organisations.queries import access_to
from portal.types import User


def _wcuc_text() -> str:
    return (resources.files("policyguard") / "packs" / "bundled" / "wcuc.yaml").read_text(
        encoding="utf-8"
    )


def _granting(role: str, permission: str) -> str:
    """WCUC's pack with ``role`` claiming ``permission``."""
    text = _wcuc_text()
    heading = f"  {role}:\n"
    assert heading in text
    return text.replace(heading, f"{heading}    may: [{permission}]\n", 1)


def _member(org: Organisation, username: str, roles: list[str]) -> User:
    user = User.objects.create_user(username=username, password=f"{username}-password-9x")
    set_membership(organisation=org, user=user, roles=roles, acting_user=None)
    return user


@pytest.mark.parametrize(
    ("pack", "safeguarding", "staff_conduct"),
    [
        ("wcuc", ("dsl", "safeguarding_team"), ("hr",)),
        ("nclt", ("dsl",), ("hr",)),
        ("qtsd", ("dsl",), ("hr",)),
        ("vts", ("dsl",), ("hr",)),
        ("learning-institute", ("dsl",), ("hr",)),
    ],
)
def test_it_gives_each_area_to_its_default_managers(
    db: None, pack: str, safeguarding: tuple[str, ...], staff_conduct: tuple[str, ...]
) -> None:
    org = create_organisation(slug="x", name="X", pack_slug=pack, acting_user=None)
    assert managers_of(org, "safeguarding") == safeguarding
    assert managers_of(org, "staff_conduct") == staff_conduct
    assert managers_of(org, "conduct") == ()  # only the people working on one see it


def test_a_pack_may_give_safeguarding_cases_to_another_role(
    db: None, client: Any, verified: Any
) -> None:
    org = create_organisation(
        slug="wcuc",
        name="Wiltshire",
        pack_slug="wcuc",
        pack_yaml=_granting("principal", "manage_safeguarding_cases"),
        acting_user=None,
    )
    pat = _member(org, "pat", ["staff", "principal"])
    dee = _member(org, "dee", ["staff", "dsl"])
    hana = _member(org, "hana", ["staff", "hr"])
    assert managers_of(org, "safeguarding") == ("principal",)  # a claim replaces defaults
    # Case records are behind a second factor: the pack's managers sign in with one.
    assert needs_second_factor(pat) and not needs_second_factor(_member(org, "olu", ["staff"]))
    case = open_case(
        organisation=org, title="S", area="safeguarding", category="self_harm", acting_user=hana
    )
    verified(pat)
    assert client.get(f"/orgs/wcuc/cases/{case.pk}/").status_code == 200
    assert client.get("/orgs/wcuc/cases/leaders/").status_code == 200
    opened = client.post(
        "/orgs/wcuc/cases/new/",
        {"title": "New", "area": "safeguarding", "category": "other", "risk": "low"},
    )
    assert opened.status_code == 302
    refused = client.post(
        "/orgs/wcuc/cases/new/",
        {"title": "HR's", "area": "staff_conduct", "category": "other", "risk": "low"},
    )
    assert refused.status_code == 422 and b"only in an area you manage" in refused.content
    # The DSL holds no claim now: WCUC's DSL sees no safeguarding case and no figures.
    verified(dee)
    assert client.get(f"/orgs/wcuc/cases/{case.pk}/").status_code == 404
    assert client.get("/orgs/wcuc/cases/leaders/").status_code == 404
    assert client.get("/orgs/wcuc/cases/new/").status_code == 404
    # HR opened it and works on it, so HR still sees it (a worker), and HR's own area
    # stays HR's (unclaimed: the default).
    verified(hana)
    assert client.get(f"/orgs/wcuc/cases/{case.pk}/").status_code == 200
    assert managers_of(org, "staff_conduct") == ("hr",)


def test_a_pack_may_give_conduct_cases_managers(db: None, client: Any, verified: Any) -> None:
    org = create_organisation(
        slug="wcuc",
        name="Wiltshire",
        pack_slug="wcuc",
        pack_yaml=_granting("vice_principal", "manage_conduct_cases"),
        acting_user=None,
    )
    tia = _member(org, "tia", ["staff"])
    vic = _member(org, "vic", ["staff", "vice_principal"])
    dee = _member(org, "dee", ["staff", "dsl"])
    case = Case.objects.create(
        organisation=org, title="C", area="conduct", category="other", opened_by=tia
    )
    case.workers.add(tia)
    verified(vic)
    assert client.get(f"/orgs/wcuc/cases/{case.pk}/").status_code == 200
    verified(dee)  # safeguarding's managers do not manage conduct
    assert client.get(f"/orgs/wcuc/cases/{case.pk}/").status_code == 404


@pytest.mark.clause("WCUC-17")
def test_a_role_only_told_of_a_concern_reads_it_and_does_not_handle_it(
    wcuc: dict[str, Any], client: Any, verified: Any
) -> None:
    org = wcuc["org"]
    mia = _member(org, "mia", ["staff", "policy_owner"])
    concern = report_concern(
        organisation=org,
        access=access_to(wcuc["olu"], "wcuc"),
        report=Report(kind="colleague_post", what="A colleague's post.", subject_kind="staff"),
        acting_user=wcuc["olu"],
    )
    assert concern.route_role == "hr" and concern.told_roles == ",policy_owner,"
    verified(mia)
    page = client.get(f"/orgs/wcuc/concerns/{concern.pk}/")
    assert page.status_code == 200 and b"Open a case" not in page.content
    assert client.post(f"/orgs/wcuc/concerns/{concern.pk}/in-hand/").status_code == 403
    opened = client.post(
        "/orgs/wcuc/cases/new/",
        {"concern": concern.pk, "title": "T", "area": "staff_conduct", "category": "other"},
    )
    assert opened.status_code == 404 and not Case.objects.exists()
    verified(wcuc["hana"])  # the Director of HR, to whom it was routed, handles it
    page = client.get(f"/orgs/wcuc/concerns/{concern.pk}/")
    assert b"Open a case" in page.content
