"""Done when: the DSL completes the annual filtering and monitoring review with a saved
check run, and prints it. From the dashboard to the printed record, in Chromium; the
print is a real PDF from Chromium's print path, without the page's navigation."""

from __future__ import annotations

import re
from typing import Any

import pytest

from portal.compliance.models import FilteringReview
from portal.organisations.models import Organisation
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = [*BROWSER_TEST, pytest.mark.clause("VTS-25")]


def test_the_dsl_completes_the_review_with_a_check_run_and_prints_it(
    live_server: Any, browser: Any, vts: Organisation, vts_lead: User
) -> None:
    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    sign_in(
        page, live_server.url, "vts-dsl", "vts-dsl-password", device=second_factor_device(vts_lead)
    )
    page.goto(f"{live_server.url}/orgs/vts/dashboard/")
    page.get_by_role("link", name=re.compile("^Filtering and monitoring review")).first.click()
    page.get_by_role("button", name="Start the review").click()
    page.get_by_role("button", name="Record the review").click()
    assert "run the checks" in page.get_by_text(re.compile("run the checks")).first.inner_text()

    page.get_by_role("button", name="Run the checks now").click()
    checks = page.get_by_role("table", name=re.compile("Test URLs"))
    row = checks.get_by_role("row", name=re.compile(r"facebook\.com.*learner_pc"))
    assert "blocked" in row.inner_text() and "block" in row.inner_text()

    page.get_by_label("The roles are named, and the people holding them know their part").check()
    page.get_by_label("The block and allow lists were reviewed with their reasons").check()
    page.get_by_label("Unblock requests and safeguarding alerts were acted on").check()
    page.get_by_label("Conclusion of the review").fill("Filtering blocks what the policy asks.")
    page.get_by_role("button", name="Record the review").click()
    page.wait_for_url(re.compile(r".*/policy/filtering/\d+/$"))
    assert "Filtering blocks what the policy asks." in page.content()
    review = FilteringReview.objects.get()
    assert review.completed_by == vts_lead and review.check_run is not None

    account = page.get_by_role("navigation", name="Account")
    assert account.is_visible()
    page.emulate_media(media="print")
    assert not account.is_visible()  # the print is the record alone
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5_000
