"""In Chromium, people are picked with the people picker (people:pick offers only those the
reader may name): the DSL hands a case to a tutor from the case page, and a tutor names
their tutee in a report."""

from __future__ import annotations

from typing import Any

from portal.cases.actions import open_case
from portal.cases.models import Concern
from portal.duties.models import Duty
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in

pytestmark = BROWSER_TEST


def _pick(page: Any, field: Any, typed: str, label: str) -> None:
    """Type into a picker field, wait for the offer, and take it (as choosing it does)."""
    field.fill(typed)
    page.locator(f'#people-found option[value="{label}"]').wait_for(state="attached")
    field.fill(label)


def test_the_dsl_reassigns_a_case_to_a_tutor_picked_from_the_directory(
    live_server: Any, browser: Any, wcuc: dict[str, Any]
) -> None:
    case = open_case(
        organisation=wcuc["org"],
        title="Worrying post",
        area="safeguarding",
        category="self_harm",
        acting_user=wcuc["dee"],
    )
    base = live_server.url
    page = browser.new_context().new_page()
    sign_in(page, base, "dee", "dee-password-9x", device=second_factor_device(wcuc["dee"]))
    page.goto(f"{base}/orgs/wcuc/cases/{case.pk}/")
    page.locator("summary", has_text="Reassign the case").click()
    _pick(page, page.get_by_label("Hand it to"), "Tia", "Tia Tutor (T1)")
    page.get_by_label("What they need to know (optional)").fill("She knows the student.")
    page.get_by_role("button", name="Reassign").click()
    assert page.locator("#case-lead").inner_text() == "tia"
    assert "Reassigned to tia (Tia Tutor)" in page.locator(".chronology").inner_text()
    duty = Duty.objects.get(owner_user=wcuc["tia"])
    assert duty.title == f"Case {case.reference}: take it on"


def test_a_tutor_names_their_tutee_in_a_report_with_the_picker(
    live_server: Any, browser: Any, wcuc: dict[str, Any]
) -> None:
    base = live_server.url
    page = browser.new_context().new_page()
    sign_in(page, base, "tia", "tia-password-9x")
    page.goto(f"{base}/orgs/wcuc/report/")
    who = page.get_by_label("Who is it about? (optional)")
    with page.expect_response(lambda r: "/pick/people/" in r.url) as asked:
        who.fill("Ol")  # Olu is not hers to name: nothing is offered
    assert asked.value.json() == {"people": []}
    assert page.locator("#people-found option").count() == 0
    _pick(page, who, "Sam", "Sam Student (S1)")
    page.get_by_label("What is it about?").select_option("safeguarding")
    page.get_by_label("What happened?").fill("Sam posted that they feel unsafe at home.")
    page.get_by_role("button", name="Send the report").click()
    page.wait_for_url("**/my-reports/*/")
    assert Concern.objects.get().subject_person == wcuc["S1"]
