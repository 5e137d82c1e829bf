"""Reporting a concern: the form and the API, ONE route by the pack, the duty to the
person where the directory knows them, an acknowledgement, and the reporter's status."""

from __future__ import annotations

from typing import Any

import pytest

from portal.cases.models import Concern, ConcernStatus
from portal.duties.models import Duty
from portal.notifications.models import Notification


def _report(client: Any, org: str, **fields: str) -> Any:
    data = {"kind": "safeguarding", "what": "A worrying post.", "where": "online"}
    data.update(fields)
    return client.post(f"/orgs/{org}/report/", data)


@pytest.mark.clause("WCUC-05", "WCUC-04")
def test_a_student_reports_and_is_told_it_was_received(
    client: Any, wcuc: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    client.force_login(wcuc["sam"])
    with django_capture_on_commit_callbacks(execute=True):
        response = _report(
            client, "wcuc", link_url="https://www.instagram.com/p/abc123/", place="Instagram"
        )
    concern = Concern.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/orgs/wcuc/my-reports/{concern.pk}/"
    # WCUC-04: a student's safeguarding concern goes to the Safeguarding Team, at once.
    assert (concern.route_role, concern.urgency, concern.area) == (
        "safeguarding_team",
        "immediately",
        "safeguarding",
    )
    duty = Duty.objects.get()
    assert duty.role == "safeguarding_team" and duty.link == f"/orgs/wcuc/concerns/{concern.pk}/"
    told = {n.recipient.username: n.title for n in Notification.objects.all()}
    assert told["sam"] == f"Your report {concern.reference} was received"
    assert "sara" in told and "dee" not in told  # the route's holders, nobody else
    page = client.get(response["Location"])
    assert b"received" in page.content and b"Safeguarding Team" in page.content


@pytest.mark.clause("NCLT-10")
def test_an_nclt_students_report_reaches_their_own_progress_tutor(
    client: Any, nclt: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    client.force_login(nclt["nia"])
    with django_capture_on_commit_callbacks(execute=True):
        _report(client, "nclt", kind="online_conduct")
    concern = Concern.objects.get()
    assert (concern.route_role, concern.route_person_external_id, concern.routed_user) == (
        "progress_tutor",
        "N2",
        nclt["ned"],
    )
    assert Duty.objects.get().owner_user == nclt["ned"]
    recipients = {n.recipient.username for n in Notification.objects.all()}
    assert recipients == {"nia", "ned"}  # not HR, not the line manager, not every tutor


@pytest.mark.clause("NCLT-10")
def test_an_nclt_staff_report_goes_to_their_line_manager(client: Any, nclt: dict[str, Any]) -> None:
    client.force_login(nclt["max"])
    _report(client, "nclt", kind="breach")
    concern = Concern.objects.get()
    assert (concern.route_role, concern.routed_user) == ("line_manager", nclt["lee"])


@pytest.mark.clause("NCLT-20")
def test_an_unknowing_contact_is_disclosed_to_hr_at_once(client: Any, nclt: dict[str, Any]) -> None:
    client.force_login(nclt["ned"])
    _report(client, "nclt", kind="unknowing_contact", subject="N1")
    concern = Concern.objects.get()
    assert (concern.route_role, concern.urgency, concern.area) == (
        "hr",
        "immediately",
        "staff_conduct",
    )
    assert concern.subject_person == nclt["N1"]


@pytest.mark.clause("WCUC-17")
def test_a_colleagues_post_goes_to_hr_with_the_mc_manager_told(
    client: Any, wcuc: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    from portal.organisations.actions import set_membership
    from portal.types import User

    mc = User.objects.create_user(username="mia", password="mia-password-9x")
    set_membership(
        organisation=wcuc["org"], user=mc, roles=["staff", "policy_owner"], acting_user=None
    )
    client.force_login(wcuc["olu"])
    with django_capture_on_commit_callbacks(execute=True):
        _report(client, "wcuc", kind="colleague_post", subject_kind="staff")
    concern = Concern.objects.get()
    assert concern.route_role == "hr" and concern.told_roles == ",policy_owner,"
    assert Notification.objects.filter(recipient=mc, kind="cases.concern.told").exists()


def test_a_reporter_may_name_only_people_they_may_see(client: Any, wcuc: dict[str, Any]) -> None:
    client.force_login(wcuc["sam"])
    response = _report(client, "wcuc", subject="O1")
    assert response.status_code == 422
    assert b"Nobody you may name" in response.content
    assert b"leave this empty and say who below" in response.content
    assert b"Olu" not in response.content
    assert not Concern.objects.exists()


def test_bad_input_names_the_field_and_stores_nothing(client: Any, wcuc: dict[str, Any]) -> None:
    client.force_login(wcuc["sam"])
    response = _report(client, "wcuc", kind="gossip", what="", link_url="not a link")
    assert response.status_code == 422
    for field in (b"What is it about?", b"What happened?", b"A link to it"):
        assert field in response.content
    assert not Concern.objects.exists()


@pytest.mark.clause("WCUC-05")
def test_the_api_reports_and_lists_only_ones_own_status(
    client: Any, wcuc: dict[str, Any], token_for: Any
) -> None:
    headers = token_for(wcuc["sam"])
    created = client.post(
        "/api/v1/orgs/wcuc/concerns",
        {"kind": "student_conduct", "what": "Someone is posting photos of me."},
        content_type="application/json",
        **headers,
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["status"] == "received" and body["sent_to"] == "Safeguarding Team"
    assert set(body) == {"id", "reference", "kind", "kind_title", "status", "sent_to", "created_at"}
    other = client.get("/api/v1/orgs/wcuc/concerns", **token_for(wcuc["olu"]))
    assert other.json() == []
    bad = client.post(
        "/api/v1/orgs/wcuc/concerns",
        {"kind": "safeguarding", "what": "x", "subject": "O1"},
        content_type="application/json",
        **headers,
    )
    assert bad.status_code == 422 and bad.json()["error"]["problems"][0]["field"] == "subject"


def test_the_reporter_sees_the_status_never_the_case(
    client: Any, wcuc: dict[str, Any], verified: Any
) -> None:
    from portal.cases.actions import Source, open_case

    client.force_login(wcuc["sam"])
    _report(client, "wcuc")
    concern = Concern.objects.get()
    case = open_case(
        organisation=wcuc["org"],
        title="Worrying post",
        area="safeguarding",
        category="self_harm",
        source=Source(concern=concern),
        acting_user=wcuc["dee"],
    )
    concern.refresh_from_db()
    assert concern.status == ConcernStatus.IN_HAND
    page = client.get(f"/orgs/wcuc/my-reports/{concern.pk}/")
    assert b"being dealt with" in page.content
    assert case.reference.encode() not in page.content and b"self" not in page.content
    assert client.get(f"/orgs/wcuc/cases/{case.pk}/").status_code in (302, 404)
    verified(wcuc["sam"])
    assert client.get(f"/orgs/wcuc/cases/{case.pk}/").status_code == 404
    assert client.get(f"/orgs/wcuc/concerns/{concern.pk}/").status_code == 404
