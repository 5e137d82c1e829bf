"""In Chromium, the journey a safeguarding lead makes from a web-filter alert: the alert
page names the learner, their tutor and their earlier alerts (through the directory's
network username); "Open a case" opens one holding the alert; the next alert's "Add to a
case" adds it to that case."""

from __future__ import annotations

from typing import Any

import pytest

from policyguard.webfilter import DecisionRecord
from portal.cases.models import Case, CaseEntry
from portal.monitoring.actions import ingest_records
from portal.monitoring.models import SafeguardingAlert
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in

pytestmark = [*BROWSER_TEST, pytest.mark.clause("WCUC-04")]


def _alerts(org: Any) -> list[SafeguardingAlert]:
    records = [
        DecisionRecord.model_validate(
            {
                "at": at,
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
        for at in ("2026-11-20T10:00:00Z", "2026-11-21T09:30:00Z")
    ]
    ingest_records(organisation=org, records=records, acting_user=None)
    return list(SafeguardingAlert.objects.order_by("at"))


def test_a_lead_opens_a_case_from_an_alert_and_adds_the_next(
    live_server: Any, browser: Any, wcuc: dict[str, Any]
) -> None:
    first, second = _alerts(wcuc["org"])
    base = live_server.url
    page = browser.new_context().new_page()
    sara = wcuc["sara"]  # WCUC's Safeguarding Team: the alert role, and cases' managers
    sign_in(page, base, "sara", "sara-password-9x", device=second_factor_device(sara))
    page.goto(f"{base}/orgs/wcuc/monitoring/alerts/")
    page.get_by_role("link", name=f"Alert {first.pk}", exact=True).click()
    assert page.locator("#alert-learner").inner_text() == "Sam Student (S1)"
    assert page.locator("#alert-tutor").inner_text() == "Tia Tutor (T1)"
    assert page.locator("#alert-history").inner_text().startswith("1:")
    page.get_by_role("button", name="Open a case").click()
    page.get_by_label("Title").fill("Self-harm searches")
    page.get_by_label("Category").select_option("self_harm")
    page.get_by_role("button", name="Open the case").click()
    page.wait_for_url("**/cases/*/")
    case = Case.objects.get()
    assert "Sam Student" in page.locator(".chronology").inner_text()

    page.goto(f"{base}/orgs/wcuc/monitoring/alerts/{second.pk}/")
    assert case.reference in page.locator("#alert-cases").inner_text()
    page.get_by_label("Add to a case").select_option(str(case.pk))
    page.get_by_role("button", name="Add to the case").click()
    page.wait_for_url(f"**/cases/{case.pk}/")
    assert page.locator(".chronology .entry.alert").count() == 2
    assert CaseEntry.objects.filter(case=case, alert=second).exists()
