"""The whole path in Chromium: a student reports a concern about a post; it reaches the
person the pack names for that reporter; the DSL opens a case, adds a web-filter alert,
assigns an action, records a police referral and closes the case; the student sees
"received" and then "closed", and never the case."""

from __future__ import annotations

from typing import Any

import pytest

from policyguard.webfilter import DecisionRecord
from portal.cases.models import Case, Concern
from portal.duties.models import Duty
from portal.monitoring.actions import ingest_records
from portal.monitoring.models import SafeguardingAlert
from portal.notifications.models import Notification
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in

pytestmark = [*BROWSER_TEST, pytest.mark.clause("WCUC-04", "WCUC-05")]


def _alert(org: Any) -> None:
    record = DecisionRecord.model_validate(
        {
            "at": "2026-11-21T09:30:00Z",
            "user": "s654321",
            "audience": "learner",
            "url": "https://www.google.com/search?q=how+to+kms",
            "outcome": "allow",
            "search_site": "google",
            "search_term": "how to kms",
            "terms": [{"category": "self_harm", "severity": "high", "term": "kms"}],
            "alert": True,
        }
    )
    ingest_records(organisation=org, records=[record], acting_user=None)


def test_a_students_report_becomes_a_case_the_student_never_sees(
    live_server: Any, browser: Any, wcuc: dict[str, Any]
) -> None:
    base = live_server.url
    student = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    sign_in(student, base, "sam", "sam-password-9x")
    student.goto(f"{base}/orgs/wcuc/report/")
    student.get_by_label("What is it about?").select_option("safeguarding")
    student.get_by_label("What happened?").fill(
        "A student in my class posted that they want to hurt themselves."
    )
    student.get_by_label("Where?").select_option("online")
    student.get_by_label("A link to it (optional)").fill("https://www.instagram.com/p/abc123/")
    student.get_by_role("button", name="Send the report").click()
    student.wait_for_url("**/my-reports/*/")
    assert student.locator("#report-status").inner_text() == "received"
    concern = Concern.objects.get()
    # WCUC-04: the Safeguarding Team, at once; its holder has the duty and a notification.
    duty = Duty.objects.get()
    assert (duty.role, duty.urgency) == ("safeguarding_team", "immediately")
    assert Notification.objects.filter(recipient=wcuc["sara"], kind="duty.assigned").exists()

    _alert(wcuc["org"])
    dsl = browser.new_context().new_page()
    sign_in(dsl, base, "dee", "dee-password-9x", device=second_factor_device(wcuc["dee"]))
    dsl.goto(f"{base}/orgs/wcuc/concerns/{concern.pk}/")
    dsl.get_by_role("button", name="Open a case").click()
    dsl.get_by_label("Title").fill("Worrying post")
    dsl.get_by_label("Category").select_option("self_harm")
    dsl.get_by_label("Risk level").select_option("high")
    dsl.get_by_role("button", name="Open the case").click()
    dsl.wait_for_url("**/cases/*/")
    case = Case.objects.get()
    alert = SafeguardingAlert.objects.get()
    dsl.goto(f"{base}/orgs/wcuc/cases/new/?alert={alert.pk}")
    dsl.get_by_role("button", name=f"Add to {case.reference}").click()
    dsl.wait_for_url(f"**/cases/{case.pk}/")
    assert "Sam Student" in dsl.locator(".chronology").inner_text()

    dsl.locator("summary", has_text="Assign an action").click()
    dsl.get_by_label("What must be done").fill("Talk to the student today")
    dsl.get_by_label("Who (a person: name or id in the directory)").fill("T1")
    dsl.get_by_label("Due").first.fill("2026-11-22")
    dsl.get_by_role("button", name="Assign the action").click()
    dsl.locator("summary", has_text="Record a referral").click()
    dsl.get_by_label("Agency").select_option("police")
    dsl.get_by_label("Referred on").fill("2026-11-21")
    dsl.get_by_label("Their reference").fill("PC-1234")
    dsl.get_by_role("button", name="Record the referral").click()
    assert "Referred to Police, reference PC-1234" in dsl.locator(".chronology").inner_text()
    dsl.get_by_label("Status of Case").select_option("done")
    dsl.get_by_role("button", name="Update").click()
    dsl.locator("summary", has_text="Close the case").click()
    dsl.get_by_label("Why is it closing?").select_option("referred")
    dsl.get_by_role("button", name="Close the case").click()
    assert dsl.locator("#case-status").inner_text() == "closed"
    dsl.get_by_role("link", name="Hide screen").click()
    dsl.wait_for_url(lambda url: "/cases/" not in url)
    assert case.reference not in dsl.content()

    student.goto(f"{base}/orgs/wcuc/my-reports/")
    assert "closed" in student.locator("table").inner_text()
    assert case.reference not in student.content()
    assert student.goto(f"{base}/orgs/wcuc/cases/{case.pk}/").status in (403, 404) or (
        "two-factor" in student.url
    )
