"""The DfE filtering and monitoring standards' yearly review: the roles named, a saved run
of the pack's test URLs against the compiled snapshot (which were blocked, for which
audience and device, and when), the lists reviewed with their reasons, the reports acted
on; refused until every part is done; kept as a record."""

from __future__ import annotations

import pytest
from django.test import Client

from portal.compliance.filtering import (
    complete_filtering_review,
    run_filter_checks,
    start_filtering_review,
)
from portal.compliance.models import FilterCheckRun, ReviewStatus
from portal.conftest import NOW
from portal.errors import NotAllowedNow, Rejected
from portal.monitoring.models import ListEntry
from portal.organisations.models import Organisation
from portal.types import User

pytestmark = pytest.mark.clause("VTS-25")


def test_the_check_run_says_which_test_urls_were_blocked_where_and_when(
    vts: Organisation, vts_lead: User
) -> None:
    pack = vts.pack()
    review = start_filtering_review(organisation=vts, acting_user=vts_lead)
    assert [r["key"] for r in review.roles if r["lead"]] == ["dsl"]
    assert any(r["holders"] == ["vts-dsl"] for r in review.roles)

    run = run_filter_checks(organisation=vts, acting_user=vts_lead)
    review.refresh_from_db()
    assert review.check_run == run and run.at == NOW and run.pack_version == pack.version
    assert run.snapshot == "vts.pgwf"
    results = {(r.url, r.device): r for r in run.results.all()}
    facebook = results[("https://www.facebook.com/", "learner_pc")]
    assert (facebook.expected, facebook.outcome, facebook.passed) == ("block", "block", True)
    assert facebook.audience == "learner" and "social" in facebook.reason
    assert facebook.clauses  # the clauses the block carries out
    bitesize = [r for (url, _), r in results.items() if "bitesize" in url]
    assert bitesize and all(r.outcome == "allow" and r.passed for r in bitesize)
    assert run.total == len(results) and run.passed == sum(r.passed for r in results.values())


def test_the_review_is_refused_until_each_part_is_done_then_kept(
    client: Client, vts: Organisation, vts_lead: User
) -> None:
    ListEntry.objects.create(
        organisation=vts, tier="allow", kind="domain", value="bbc.co.uk", note="learning"
    )
    review = start_filtering_review(organisation=vts, acting_user=vts_lead)
    assert review.lists[0]["value"] == "bbc.co.uk" and review.lists[0]["reason"] == "learning"
    with pytest.raises(NotAllowedNow):
        start_filtering_review(organisation=vts, acting_user=vts_lead)
    with pytest.raises(Rejected) as caught:
        complete_filtering_review(
            review=review,
            roles_confirmed=True,
            lists_reviewed=False,
            reports_reviewed=True,
            conclusion="",
            acting_user=vts_lead,
        )
    assert {p.field for p in caught.value.problems} == {"check_run", "lists_reviewed", "conclusion"}

    run_filter_checks(organisation=vts, acting_user=vts_lead)
    review.refresh_from_db()
    done = complete_filtering_review(
        review=review,
        roles_confirmed=True,
        lists_reviewed=True,
        reports_reviewed=True,
        conclusion="Filtering works as the policy says; VPN test URL to be added to the lists.",
        acting_user=vts_lead,
    )
    assert done.status == ReviewStatus.DONE and done.completed_by == vts_lead

    client.force_login(vts_lead)
    page = client.get(f"/orgs/vts/policy/filtering/{done.pk}/").content.decode()
    assert "https://www.facebook.com/" in page and "vts-dsl" in page and "bbc.co.uk" in page
    assert "VPN test URL to be added" in page


def test_only_the_review_lead_and_those_who_filter_the_web_see_it(
    client: Client, vts: Organisation, vts_lead: User
) -> None:
    from portal.organisations.actions import set_membership

    staff = User.objects.create_user(username="teacher", password="teacher-password")
    set_membership(organisation=vts, user=staff, roles=["staff"], acting_user=None)
    client.force_login(staff)
    assert client.get("/orgs/vts/policy/filtering/").status_code == 403
    assert not FilterCheckRun.objects.exists()
