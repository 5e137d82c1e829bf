"""The finished filtering and monitoring review (DfE standards, VTS-25) as a PDF made on
the server: the roles and who holds them, the saved check run (each test URL, device and
answer), the lists reviewed with their reasons, the reports, and the conclusion."""

from __future__ import annotations

import io
import re

import pytest
from django.test import Client
from pypdf import PdfReader

from portal.compliance.filtering import (
    complete_filtering_review,
    run_filter_checks,
    start_filtering_review,
)
from portal.compliance.models import FilteringReview
from portal.monitoring.models import ListEntry
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.types import User

pytestmark = pytest.mark.clause("VTS-25")


def _text(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def _finished(vts: Organisation, lead: User) -> FilteringReview:
    ListEntry.objects.create(
        organisation=vts, tier="allow", kind="domain", value="bbc.co.uk", note="GCSE revision"
    )
    review = start_filtering_review(organisation=vts, acting_user=lead)
    run_filter_checks(organisation=vts, acting_user=lead)
    review.refresh_from_db()
    return complete_filtering_review(
        review=review,
        roles_confirmed=True,
        lists_reviewed=True,
        reports_reviewed=True,
        reports_note="Two unblock requests answered within a day.",
        conclusion="Filtering works as the policy says; add a VPN test URL.",
        acting_user=lead,
    )


def test_the_finished_review_prints_as_a_pdf_with_its_facts(
    client: Client, vts: Organisation, vts_lead: User
) -> None:
    done = _finished(vts, vts_lead)
    client.force_login(vts_lead)
    response = client.get(f"/orgs/vts/policy/filtering/{done.pk}/pdf/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('inline; filename="vts-filtering-review-')
    text = _text(response.content)
    pack = vts.pack()
    # Roles: the lead's title and who holds it.
    assert f"{pack.role_title('dsl')} (leads the review)" in text and "vts-dsl" in text
    # The check run: each test URL, the device, what it had to be and what it was.
    run = done.check_run
    assert run is not None
    assert f"{run.passed} of {run.total} as expected" in text
    assert "https://www.facebook.com/" in text and "learner_pc" in text
    facebook = run.results.get(url="https://www.facebook.com/", device="learner_pc")
    assert facebook.outcome == "block" and "blocked" in text
    # The lists reviewed, with their reasons; the reports; the outcome.
    assert "bbc.co.uk" in text and "GCSE revision" in text
    assert "Two unblock requests answered within a day." in text
    assert "Filtering works as the policy says; add a VPN test URL." in text
    assert "VTS-25" in text
    # The page of the record links to it.
    page = client.get(f"/orgs/vts/policy/filtering/{done.pk}/").content.decode()
    assert f"/orgs/vts/policy/filtering/{done.pk}/pdf/" in page


def test_only_reviewers_get_it_and_only_once_finished(
    client: Client, vts: Organisation, vts_lead: User
) -> None:
    done = _finished(vts, vts_lead)
    staff = User.objects.create_user(username="teacher", password="teacher-password")
    set_membership(organisation=vts, user=staff, roles=["staff"], acting_user=None)
    client.force_login(staff)
    assert client.get(f"/orgs/vts/policy/filtering/{done.pk}/pdf/").status_code == 403
    client.force_login(vts_lead)
    still_open = start_filtering_review(organisation=vts, acting_user=vts_lead)
    assert client.get(f"/orgs/vts/policy/filtering/{still_open.pk}/pdf/").status_code == 404
