"""The pages that show a web-filter alert, a decision or a moderation finding offer
"Open a case" and "Add to a case" to those who open cases, and the alert page names the
learner (through the directory's network username), their tutor and their history to
those who may see them, and to nobody else."""

from __future__ import annotations

from datetime import datetime
from importlib import resources
from typing import Any

import pytest

from policyguard.webfilter import DecisionRecord
from portal.cases.actions import Source, add_to_case, open_case
from portal.cases.models import CaseEntry
from portal.cases.queries import case_choices
from portal.monitoring.actions import ingest_records
from portal.monitoring.models import SafeguardingAlert
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.queries import access_to
from portal.people.models import Person
from portal.types import User


def _alert(org: Any, at: str, user: str = "S654321") -> SafeguardingAlert:
    record = DecisionRecord.model_validate(
        {
            "at": at,
            "user": user,
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
    return SafeguardingAlert.objects.get(at=datetime.fromisoformat(at))


@pytest.mark.clause("WCUC-04")
def test_the_alert_page_names_the_learner_their_tutor_and_history(
    wcuc: dict[str, Any], client: Any, verified: Any
) -> None:
    org = wcuc["org"]
    earlier = _alert(org, "2026-11-20T10:00:00+00:00")
    alert = _alert(org, "2026-11-21T09:30:00+00:00")
    _alert(org, "2026-11-21T09:40:00+00:00", user="s999999")  # somebody else's
    case = open_case(
        organisation=org,
        title="Searches",
        area="safeguarding",
        category="self_harm",
        source=Source(alert=earlier),
        acting_user=wcuc["sara"],
    )
    hidden = open_case(
        organisation=org,
        title="HR's",
        area="staff_conduct",
        category="other",
        acting_user=wcuc["hana"],
    )
    hidden.people.create(person=wcuc["S1"], name="Sam Student", involvement="subject")
    verified(wcuc["sara"])  # the Safeguarding Team: WCUC's alert role
    page = client.get(f"/orgs/wcuc/monitoring/alerts/{alert.pk}/").content.decode()
    assert "Sam Student (S1)" in page and "Tia Tutor (T1)" in page
    assert (
        f"/monitoring/alerts/{earlier.pk}/" in page
        and 'Earlier alerts</dt><dd id="alert-history">1:' in page
    )
    assert case.reference in page and hidden.reference not in page
    # An administrator sees alerts and the directory: the name, and no case.
    verified(wcuc["ada"])
    page = client.get(f"/orgs/wcuc/monitoring/alerts/{alert.pk}/").content.decode()
    assert "Sam Student (S1)" in page and case.reference not in page
    assert "Open a case" not in page  # administrators open no case


def test_an_alert_viewer_who_may_not_see_the_learner_gets_the_username_only(
    db: None, client: Any, verified: Any
) -> None:
    text = (resources.files("policyguard") / "packs" / "bundled" / "wcuc.yaml").read_text(
        encoding="utf-8"
    )
    # Safeguarding cases are the Principal's here: the Safeguarding Team only reads alerts.
    text = text.replace("  principal:\n", "  principal:\n    may: [manage_safeguarding_cases]\n", 1)
    org = create_organisation(
        slug="wcuc", name="W", pack_slug="wcuc", pack_yaml=text, acting_user=None
    )
    Person.objects.create(
        organisation=org, external_id="S1", name="Sam Student", network_username="s654321"
    )
    sue = User.objects.create_user(username="sue", password="sue-password-9x")
    set_membership(
        organisation=org, user=sue, roles=["staff", "safeguarding_team"], acting_user=None
    )
    alert = _alert(org, "2026-11-21T09:30:00+00:00")
    verified(sue)
    page = client.get(f"/orgs/wcuc/monitoring/alerts/{alert.pk}/").content.decode()
    assert "S654321" in page
    assert "Sam Student" not in page and "S1)" not in page and "Who searched" not in page
    assert "Open a case" not in page


def test_a_safeguarding_lead_opens_and_adds_from_the_alert_page(
    wcuc: dict[str, Any], client: Any, verified: Any
) -> None:
    org = wcuc["org"]
    first = _alert(org, "2026-11-20T10:00:00+00:00")
    second = _alert(org, "2026-11-21T09:30:00+00:00")
    case = open_case(
        organisation=org,
        title="Searches",
        area="safeguarding",
        category="self_harm",
        acting_user=wcuc["sara"],
    )
    hidden = open_case(
        organisation=org,
        title="HR matter",
        area="staff_conduct",
        category="other",
        acting_user=wcuc["hana"],
    )
    client.force_login(wcuc["sara"], second_factor=False)
    page = client.get(f"/orgs/wcuc/monitoring/alerts/{first.pk}/")
    assert page.status_code == 302  # the alert page itself needs the second factor
    verified(wcuc["sara"])
    page = client.get(f"/orgs/wcuc/monitoring/alerts/{first.pk}/").content.decode()
    assert "Open a case" in page and f'name="alert" value="{first.pk}"' in page
    assert f"{case.reference}: Searches" in page and "HR matter" not in page
    added = client.post("/orgs/wcuc/cases/add/", {"case": case.pk, "alert": first.pk})
    assert added.status_code == 302 and added["Location"].endswith(f"/cases/{case.pk}/")
    assert CaseEntry.objects.filter(case=case, alert=first).exists()
    page = client.get(f"/orgs/wcuc/monitoring/alerts/{first.pk}/").content.decode()
    assert f'In <a href="/orgs/wcuc/cases/{case.pk}/">case {case.reference}</a>' in page
    # A case the viewer may not see is not found, whatever the form says.
    refused = client.post("/orgs/wcuc/cases/add/", {"case": hidden.pk, "alert": second.pk})
    assert refused.status_code == 404
    assert not CaseEntry.objects.filter(case=hidden, alert__isnull=False).exists()


@pytest.mark.clause("NCLT-20")
def test_the_decision_page_offers_a_case_to_its_area_managers_only(
    nclt: dict[str, Any], client: Any, verified: Any
) -> None:
    from portal.decisions.actions import decide_event

    record, _ = decide_event(
        organisation=nclt["org"],
        event={
            "kind": "connection",
            "at": "2026-11-21T09:00:00+00:00",
            "actor": "N2",
            "target": "N1",
            "action": "friend_request",
            "platform": "facebook",
        },
        acting_user=nclt["ned"],
    )
    verified(nclt["hal"])
    page = client.get(f"/orgs/nclt/decisions/{record.pk}/").content.decode()
    assert "Open a case" in page and f'name="decision" value="{record.pk}"' in page
    verified(nclt["ned"])  # the asker sees the decision, and opens no case from it
    page = client.get(f"/orgs/nclt/decisions/{record.pk}/")
    assert page.status_code == 200 and b"Open a case" not in page.content
    # Without a second factor (a principal given cases by the pack need not have one to
    # sign in) the buttons lead to the page that asks for it: no case titles before.
    case = open_case(
        organisation=nclt["org"],
        title="Contact",
        area="staff_conduct",
        category="staff_boundaries",
        acting_user=nclt["hal"],
    )
    add_to_case(case=case, source=Source(decision=record), acting_user=nclt["hal"])
    access = access_to(nclt["hal"], "nclt")
    unverified = case_choices(nclt["hal"], access, verified=False, decision=record)
    assert unverified.may_open and not unverified.open_cases and not unverified.holding
    proven = case_choices(nclt["hal"], access, verified=True, decision=record)
    assert proven.open_cases == [case] and proven.holding == [case]
