"""Reassigning a case hands it to one person: they lead it, get an action (a duty) to take
it on and a notification, and the previous lead stops working on it. Audited, in the
chronology, and only the managers of its area or its lead may do it. People are picked
among those the reader may name, and no error names anyone else."""

from __future__ import annotations

from typing import Any

from portal.audit.models import AuditEntry
from portal.cases.actions import assign_worker, open_case
from portal.cases.models import Case, CaseAction, CaseEntry
from portal.duties.models import DutyStatus
from portal.notifications.models import Notification
from portal.people.models import Person


def _case(wcuc: dict[str, Any]) -> Case:
    return open_case(
        organisation=wcuc["org"],
        title="Worrying post",
        area="safeguarding",
        category="self_harm",
        acting_user=wcuc["dee"],
    )


def _reassign(client: Any, case: Case, who: str, note: str = "") -> Any:
    return client.post(
        f"/orgs/wcuc/cases/{case.pk}/reassign/",
        {"reassign-person": who, "reassign-note": note},
        follow=True,
    )


def test_the_dsl_hands_a_case_on_and_the_new_lead_is_told_and_has_a_duty(
    wcuc: dict[str, Any], client: Any, verified: Any, django_capture_on_commit_callbacks: Any
) -> None:
    case = _case(wcuc)
    verified(wcuc["dee"])
    with django_capture_on_commit_callbacks(execute=True):
        page = _reassign(client, case, "Tia Tutor (T1)", "Knows the student well.")
    assert "Case reassigned." in page.content.decode()
    case.refresh_from_db()
    assert case.lead == wcuc["tia"] and wcuc["tia"] in case.workers.all()
    action = CaseAction.objects.select_related("duty").get(case=case)
    assert action.duty.owner_user == wcuc["tia"] and action.duty.urgency == case.urgency
    assert action.duty.title == f"Case {case.reference}: take it on"
    told = Notification.objects.filter(recipient=wcuc["tia"]).values_list("kind", flat=True)
    assert {"cases.case.reassigned", "duty.assigned"} <= set(told)
    entry = CaseEntry.objects.get(case=case, kind="reassigned")
    assert entry.summary == "Reassigned to tia (Tia Tutor)"
    assert entry.text == "Knows the student well." and entry.recorded_by == wcuc["dee"]
    audit = AuditEntry.objects.get(verb="cases.case.reassign")
    assert audit.detail["to"] == "tia" and audit.actor_name == "dee"
    verified(wcuc["tia"])
    page = client.get(f"/orgs/wcuc/cases/{case.pk}/").content.decode()
    assert "Reassign the case" in page  # its lead may hand it on

    # The DSL hands it to Olu: Tia stops working on it, her take-on is not needed.
    verified(wcuc["dee"])
    page = _reassign(client, case, "O1")
    assert "Case reassigned." in page.content.decode()
    case.refresh_from_db()
    assert case.lead == wcuc["olu"] and wcuc["tia"] not in case.workers.all()
    action.duty.refresh_from_db()
    assert action.duty.status == DutyStatus.NOT_NEEDED
    verified(wcuc["tia"])
    assert client.get(f"/orgs/wcuc/cases/{case.pk}/").status_code == 404
    last = CaseEntry.objects.filter(case=case, kind="reassigned").last()
    assert last is not None and last.summary == "Reassigned from tia to olu (Olu Other)"


def test_a_case_goes_only_to_a_member_of_staff_with_a_login(
    wcuc: dict[str, Any], client: Any, verified: Any
) -> None:
    case = _case(wcuc)
    Person.objects.create(organisation=wcuc["org"], external_id="X1", name="Xavier Nologin")
    verified(wcuc["dee"])
    page = _reassign(client, case, "S1").content.decode()
    assert "Sam Student is not a member of staff here." in page
    page = _reassign(client, case, "X1").content.decode()
    assert "Xavier Nologin has no login here" in page
    case.refresh_from_db()
    assert case.lead is None and not CaseAction.objects.exists()


def test_only_the_managers_of_its_area_or_its_lead_reassign_a_case(
    wcuc: dict[str, Any], client: Any, verified: Any
) -> None:
    case = _case(wcuc)
    assign_worker(case=case, worker=wcuc["tia"], acting_user=wcuc["dee"])
    verified(wcuc["tia"])  # works on it, does not lead it
    page = client.get(f"/orgs/wcuc/cases/{case.pk}/").content.decode()
    assert "Reassign the case" not in page
    assert _reassign(client, case, "T1").status_code == 403
    verified(wcuc["hana"])  # HR: not her area, and she cannot see it
    assert _reassign(client, case, "T1").status_code == 404
    case.refresh_from_db()
    assert case.lead is None


def test_a_worker_picks_only_among_people_they_may_name(
    wcuc: dict[str, Any], client: Any, verified: Any
) -> None:
    case = _case(wcuc)
    assign_worker(case=case, worker=wcuc["tia"], acting_user=wcuc["dee"])
    verified(wcuc["tia"])
    found = client.get("/orgs/wcuc/pick/people/?q=ol").json()["people"]
    assert "Olu Other (O1)" not in [p["label"] for p in found]
    page = client.post(
        f"/orgs/wcuc/cases/{case.pk}/person/",
        {"involved-person": "Olu", "involved-involvement": "witness"},
        follow=True,
    ).content.decode()
    assert "Nobody you may name matches" in page and "Olu Other" not in page
    # This box has no description beside it: the message says what the worker can do here.
    assert "give their directory id" in page and "describe them below" not in page
    page = client.post(
        f"/orgs/wcuc/cases/{case.pk}/person/",
        {"involved-person": "Sam Student (S1)", "involved-involvement": "witness"},
        follow=True,
    ).content.decode()
    assert "Sam Student" in page and case.people.filter(person=wcuc["S1"]).exists()
