"""Cases: opened from a concern, an alert, a disclosure or a moderation finding; a
chronology in time order with who and when; actions, referrals and breach outcomes
tracked to done; closure with a reason. Access per role, a second factor for every case
record, and an audit row for every view."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone

from policyguard.webfilter import DecisionRecord
from portal.audit.models import AuditEntry
from portal.cases.actions import (
    Report,
    Source,
    add_to_case,
    assign_action,
    close_case,
    complete_breach_outcome,
    open_case,
    record_breach_outcome,
    record_referral,
    report_concern,
    set_action_status,
)
from portal.cases.models import Case, CaseEntry, Concern, ConcernStatus
from portal.duties.models import DutyStatus
from portal.errors import NotAllowedNow
from portal.monitoring.actions import ingest_records
from portal.monitoring.models import SafeguardingAlert
from portal.organisations.queries import access_to

TOMORROW = date(2026, 11, 22)


def _concern(people: dict[str, Any], reporter: str, kind: str, **kw: Any) -> Concern:
    org = people["org"]
    user = people[reporter]
    return report_concern(
        organisation=org,
        access=access_to(user, org.slug),
        report=Report(kind=kind, what="Something worrying online.", **kw),
        acting_user=user,
    )


def _alert(org: Any) -> SafeguardingAlert:
    record = DecisionRecord.model_validate(
        {
            "at": "2026-11-21T09:30:00Z",
            "device": "learner_pc",
            "client_ip": "10.10.1.7",
            "user": "S654321",
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
    return SafeguardingAlert.objects.get()


@pytest.mark.clause("QTSD-11", "LI-18", "WCUC-01", "WCUC-04")
def test_a_case_runs_from_concern_to_closure_in_time_order(wcuc: dict[str, Any]) -> None:
    dee = wcuc["dee"]
    concern = _concern(wcuc, "sam", "safeguarding")
    case = open_case(
        organisation=wcuc["org"],
        title="Worrying post",
        area="safeguarding",
        category="self_harm",
        risk="high",
        source=Source(concern=concern),
        acting_user=dee,
    )
    alert = _alert(wcuc["org"])
    add_to_case(case=case, source=Source(alert=alert), acting_user=dee)
    # The alert names the learner through the directory's network username.
    assert case.people.filter(person=wcuc["S1"]).exists()
    action = assign_action(
        case=case, title="Talk to the student", person=wcuc["T1"], due_on=TOMORROW, acting_user=dee
    )
    assert action.duty.owner_user == wcuc["tia"]
    record_referral(
        case=case, agency="police", made_on=date(2026, 11, 21), reference="PC-1234", acting_user=dee
    )
    outcome = record_breach_outcome(
        case=case, kind="material_removed", due_on=TOMORROW, acting_user=dee
    )
    with pytest.raises(NotAllowedNow) as refused:
        close_case(case=case, reason="referred", acting_user=dee)
    assert "Talk to the student" in str(refused.value) and "material removed" in str(refused.value)
    set_action_status(action=action, status=DutyStatus.DONE, note="Spoke today.", acting_user=dee)
    complete_breach_outcome(outcome=outcome, note="Post taken down.", acting_user=dee)
    close_case(case=case, reason="referred", note="Police lead.", acting_user=dee)
    kinds = list(CaseEntry.objects.filter(case=case).values_list("kind", flat=True))
    assert kinds[0] == "alert"  # the search at 09:30 came before the report at 10:00
    assert kinds[-1] == "closed"
    times = list(CaseEntry.objects.filter(case=case).values_list("at", flat=True))
    assert times == sorted(times)
    assert all(e.recorded_by_name == "dee" for e in CaseEntry.objects.filter(case=case))
    referral = case.referrals.get()
    assert referral.clauses == []  # WCUC holds none of LI-18/QTSD-11/NCLT-10
    concern.refresh_from_db()
    assert concern.status == ConcernStatus.CLOSED


@pytest.mark.clause("LI-18")
def test_li_breach_outcomes_cite_li_18_and_go_to_its_owner(db: None) -> None:
    from portal.organisations.actions import create_organisation, set_membership
    from portal.types import User

    org = create_organisation(
        slug="li", name="LI", pack_slug="learning-institute", acting_user=None
    )
    director = User.objects.create_user(username="dir", password="dir-password-9x")
    set_membership(organisation=org, user=director, roles=["staff", "dsl"], acting_user=None)
    case = open_case(
        organisation=org,
        title="Breach",
        area="safeguarding",
        category="misuse_of_it",
        acting_user=director,
    )
    outcome = record_breach_outcome(
        case=case, kind="it_access_withdrawn", due_on=TOMORROW, acting_user=director
    )
    assert outcome.clauses == ["LI-18"] and outcome.duty is not None
    assert outcome.duty.role == "it_support"
    referral = record_referral(
        case=case, agency="lscb", made_on=date(2026, 11, 20), acting_user=director
    )
    assert referral.clauses == ["LI-18"]


@pytest.mark.clause("NCLT-20")
def test_hr_opens_a_case_from_a_disclosure_decision(nclt: dict[str, Any], client: Any) -> None:
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
    assert any(o.code == "disclose_unknowing_contact" for o in record.obligations.all())
    client.force_login(nclt["hal"])
    response = client.post(
        "/orgs/nclt/cases/new/",
        {
            "decision": record.pk,
            "title": "Contact disclosed",
            "area": "staff_conduct",
            "category": "staff_boundaries",
            "risk": "medium",
        },
    )
    case = Case.objects.get()
    assert response.status_code == 302 and case.area == "staff_conduct"
    assert CaseEntry.objects.get(case=case, kind="decision").clauses == record.clauses


def test_each_role_sees_only_its_cases(
    wcuc: dict[str, Any], nclt: dict[str, Any], client: Any, verified: Any
) -> None:
    safeguarding = open_case(
        organisation=wcuc["org"],
        title="S",
        area="safeguarding",
        category="self_harm",
        acting_user=wcuc["dee"],
    )
    conduct = open_case(
        organisation=wcuc["org"],
        title="H",
        area="staff_conduct",
        category="staff_boundaries",
        acting_user=wcuc["hana"],
    )
    seen = {
        "dee": {safeguarding.pk},
        "sara": {safeguarding.pk},
        "hana": {conduct.pk},
        "tia": set(),
        "ada": set(),  # an administrator sees the counts, not the records
        "sam": set(),
    }
    for name, expected in seen.items():
        verified(wcuc[name])
        for case in (safeguarding, conduct):
            status = client.get(f"/orgs/wcuc/cases/{case.pk}/").status_code
            assert (status == 200) == (case.pk in expected), (name, case.title, status)
    # An NCLT tutor sees the concern routed to them and the case they open from it, only.
    concern = _concern(nclt, "nia", "online_conduct")
    verified(nclt["ned"])
    assert client.get(f"/orgs/nclt/concerns/{concern.pk}/").status_code == 200
    client.post(
        "/orgs/nclt/cases/new/",
        {
            "concern": concern.pk,
            "title": "Post",
            "area": "conduct",
            "category": "online_bullying",
            "risk": "low",
        },
    )
    case = Case.objects.get(organisation=nclt["org"])
    assert client.get(f"/orgs/nclt/cases/{case.pk}/").status_code == 200
    for other in ("lee", "hal", "dora", "nia"):
        verified(nclt[other])
        assert client.get(f"/orgs/nclt/cases/{case.pk}/").status_code == 404, other
        assert client.get(f"/orgs/nclt/concerns/{concern.pk}/").status_code == 404, other


def test_nobody_opens_a_case_without_a_second_factor(
    wcuc: dict[str, Any], nclt: dict[str, Any], client: Any
) -> None:
    case = open_case(
        organisation=wcuc["org"],
        title="S",
        area="safeguarding",
        category="self_harm",
        acting_user=wcuc["dee"],
    )
    concern = _concern(nclt, "nia", "online_conduct")
    pages = [
        (wcuc["dee"], f"/orgs/wcuc/cases/{case.pk}/"),
        (wcuc["dee"], f"/orgs/wcuc/cases/{case.pk}/print/"),
        (wcuc["dee"], "/orgs/wcuc/cases/"),
        (wcuc["dee"], "/orgs/wcuc/cases/people/S1/"),
        (nclt["ned"], f"/orgs/nclt/concerns/{concern.pk}/"),
    ]
    for user, url in pages:
        client.force_login(user, second_factor=False)
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/accounts/two-factor/" in response["Location"], url
    assert not AuditEntry.objects.filter(verb="cases.view").exists()


def test_every_view_of_a_case_is_audited(wcuc: dict[str, Any], client: Any) -> None:
    case = open_case(
        organisation=wcuc["org"],
        title="S",
        area="safeguarding",
        category="self_harm",
        acting_user=wcuc["dee"],
    )
    client.force_login(wcuc["sara"])
    for url in (f"/orgs/wcuc/cases/{case.pk}/", f"/orgs/wcuc/cases/{case.pk}/print/"):
        assert client.get(url).status_code == 200
    views = AuditEntry.objects.filter(verb="cases.view", object_id=str(case.pk))
    assert [(v.actor_name, v.detail["page"]) for v in views.order_by("id")] == [
        ("sara", "case"),
        ("sara", "print"),
    ]


def test_a_case_page_has_a_hide_screen_button(wcuc: dict[str, Any], client: Any) -> None:
    case = open_case(
        organisation=wcuc["org"],
        title="S",
        area="safeguarding",
        category="self_harm",
        acting_user=wcuc["dee"],
    )
    client.force_login(wcuc["dee"])
    page = client.get(f"/orgs/wcuc/cases/{case.pk}/").content.decode()
    assert 'id="hide-screen"' in page and "cases/hide.js" in page


def test_a_persons_chronology_spans_the_cases_the_viewer_may_see(
    wcuc: dict[str, Any], client: Any
) -> None:
    dee = wcuc["dee"]
    first = open_case(
        organisation=wcuc["org"],
        title="First",
        area="safeguarding",
        category="self_harm",
        acting_user=dee,
    )
    add_to_case(case=first, source=Source(alert=_alert(wcuc["org"])), acting_user=dee)
    second = open_case(
        organisation=wcuc["org"],
        title="Second",
        area="safeguarding",
        category="online_bullying",
        source=Source(concern=_concern(wcuc, "sam", "safeguarding")),
        acting_user=dee,
    )
    hidden = open_case(
        organisation=wcuc["org"],
        title="HR only",
        area="staff_conduct",
        category="staff_boundaries",
        source=Source(concern=_concern(wcuc, "sam", "staff_conduct", subject_kind="staff")),
        acting_user=wcuc["hana"],
    )
    client.force_login(dee)
    page = client.get("/orgs/wcuc/cases/people/S1/").content.decode()
    assert first.reference in page and second.reference in page
    assert hidden.reference not in page
    assert page.index("Web-filter alert") < page.index("Concern R")
    # Someone in no case the reader may see is not named, nor said to exist.
    other = client.get("/orgs/wcuc/cases/people/O1/")
    assert other.status_code == 404 and b"Olu Other" not in other.content


def test_the_network_username_is_imported_by_csv(wcuc: dict[str, Any]) -> None:
    import io

    from portal.errors import Rejected
    from portal.people.actions import import_people_csv

    org = wcuc["org"]
    text = "id,name,network_username\nO1,Olu Other,s111111\n"
    import_people_csv(organisation=org, file=io.BytesIO(text.encode()), acting_user=None)
    wcuc["O1"].refresh_from_db()
    assert wcuc["O1"].network_username == "s111111"
    clash = "id,name,network_username\nO1,Olu Other,S654321\n"
    with pytest.raises(Rejected) as caught:
        import_people_csv(organisation=org, file=io.BytesIO(clash.encode()), acting_user=None)
    assert caught.value.problems[0].field == "network_username"
    assert "S1" in caught.value.problems[0].message


def test_leaders_see_counts_and_a_chart_of_time_to_first_action(
    wcuc: dict[str, Any], client: Any
) -> None:
    concern = _concern(wcuc, "sam", "safeguarding")
    open_case(
        organisation=wcuc["org"],
        title="S",
        area="safeguarding",
        category="self_harm",
        source=Source(concern=concern),
        acting_user=wcuc["dee"],
    )
    client.force_login(wcuc["ada"])
    page = client.get("/orgs/wcuc/cases/leaders/")
    text = page.content.decode()
    assert page.status_code == 200 and "<svg" in text and "<script" not in text.split("<svg")[1]
    assert "self-harm or suicide" in text and "Safeguarding Team" in text
    assert "Sam" not in text and "Worrying" not in text
    csv_text = client.get("/orgs/wcuc/cases/leaders/?export=csv").content.decode()
    assert "cases by category,self-harm or suicide,1" in csv_text
    assert "first actions,immediately,1" in csv_text
    client.force_login(wcuc["tia"])
    assert client.get("/orgs/wcuc/cases/leaders/").status_code == 404


def test_first_action_is_measured_from_the_report(wcuc: dict[str, Any]) -> None:
    import time_machine

    concern = _concern(wcuc, "sam", "safeguarding")
    with time_machine.travel(timezone.now() + timedelta(minutes=40), tick=False):
        open_case(
            organisation=wcuc["org"],
            title="S",
            area="safeguarding",
            category="self_harm",
            source=Source(concern=concern),
            acting_user=wcuc["dee"],
        )
    concern.refresh_from_db()
    assert concern.first_action_at is not None
    assert concern.first_action_at - concern.created_at == timedelta(minutes=40)
