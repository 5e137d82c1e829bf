"""Takedown requests: the public and portal forms, the duty, the removal confirmed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone

from portal.audit.models import AuditEntry
from portal.consent.actions import import_consents_csv, record_consent_given
from portal.consent.models import TakedownRequest, TakedownStatus
from portal.consent.takedown import confirm_removal
from portal.duties.actions import escalate_overdue
from portal.duties.models import DutyStatus
from portal.notifications.models import Notification
from portal.organisations.models import Organisation
from portal.people.models import Consent, Person
from portal.types import User

FORM = {
    "requester_name": "Pat Young",
    "requester_email": "pat@example.net",
    "on_behalf": "child",
    "subject_name": "Ava Young",
    "material": "image",
    "where": "https://instagram.com/p/open-day",
}


@pytest.mark.clause("WCUC-09")
def test_a_public_request_reaches_communications_at_once(
    wcuc: Organisation,
    people: dict[str, Person],
    maria: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post("/takedown/wcuc/", FORM)
    assert response.status_code == 302 and response["Location"] == "/takedown/wcuc/sent/"
    request = TakedownRequest.objects.get()
    assert (request.channel, request.requester_ip) == ("public", "127.0.0.1")
    assert request.clauses == ["WCUC-09"]
    duty = request.duty
    assert duty is not None
    assert (duty.role, duty.urgency, duty.clauses) == ("moderator", "immediately", ["WCUC-09"])
    assert duty.due_at <= before + timedelta(hours=1, minutes=1)
    assert duty.link == f"/orgs/wcuc/takedown/{request.pk}/"
    note = Notification.objects.get(recipient=maria, kind="duty.assigned")
    assert "Ava Young" in note.title
    assert AuditEntry.objects.filter(verb="takedown.request").count() == 1
    # Overdue after the hour: escalated like any duty.
    assert escalate_overdue(now=timezone.now() + timedelta(hours=2)) == 1


def test_the_public_form_is_rate_limited_by_address(wcuc: Organisation, maria: User) -> None:
    client = Client()
    with override_settings(POLICYGUARD_TAKEDOWN_REQUESTS_PER_HOUR=2):
        assert client.post("/takedown/wcuc/", FORM).status_code == 302
        assert client.post("/takedown/wcuc/", FORM).status_code == 302
        refused = client.post("/takedown/wcuc/", FORM)
    assert refused.status_code == 429
    assert "Too many requests" in refused.content.decode()
    assert TakedownRequest.objects.count() == 2


def test_the_public_form_says_what_is_missing(wcuc: Organisation) -> None:
    response = Client().post("/takedown/wcuc/", {**FORM, "where": "", "material": "poster"})
    assert response.status_code == 422
    assert response["Referrer-Policy"] == "same-origin"
    assert not TakedownRequest.objects.exists()
    assert Client().get("/takedown/nowhere/").status_code == 404


@pytest.mark.clause("WCUC-09")
def test_confirming_the_removal_closes_the_duty_and_withdraws_the_consent(
    wcuc: Organisation,
    people: dict[str, Person],
    maria: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Any,
) -> None:
    consent = record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_on=date(2026, 5, 3),
        media=["image", "video"],
        purposes=["educational_activity"],
        acting_user=maria,
    )
    Client().post("/takedown/wcuc/", FORM)
    request = TakedownRequest.objects.get()
    client = Client()
    client.force_login(maria)
    page = client.get(f"/orgs/wcuc/takedown/{request.pk}/").content.decode()
    assert "WCUC-09" in page and "pat@example.net" in page
    refused = client.post(f"/orgs/wcuc/takedown/{request.pk}/", {"note": "gone"})
    assert refused.status_code == 422  # the confirmation box was not ticked
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/orgs/wcuc/takedown/{request.pk}/",
            {"note": "Deleted the open day post", "subject": "W-AVA", "removed": "on"},
        )
    assert response.status_code == 302
    run_worker()
    request.refresh_from_db()
    assert request.status == TakedownStatus.REMOVED and request.consents_withdrawn == 1
    assert request.duty is not None and request.duty.status == DutyStatus.DONE
    consent.refresh_from_db()
    assert consent.withdrawn_on == timezone.localdate()
    assert consent.withdrawn_reason == f"takedown request #{request.pk}"
    # Only the image consent goes: the video consent the parent gave with it stays.
    [kept] = Consent.objects.filter(person=people["ava"], withdrawn_on=None)
    assert (kept.media, kept.given_on, kept.given_by, kept.source) == (
        ["video"],
        date(2026, 5, 3),
        "parent",
        "takedown",
    )
    assert kept.uses == consent.uses
    [message] = mail.outbox
    assert message.to == ["pat@example.net"] and "Deleted the open day post" in message.body
    assert "no longer covers it" in message.body
    with pytest.raises(Exception, match="closed already"):
        confirm_removal(request=request, note="again", acting_user=maria)


def test_a_member_asks_in_the_portal_and_sees_only_their_own(
    wcuc: Organisation, people: dict[str, Person], maria: User, tom: User
) -> None:
    client = Client()
    client.force_login(tom)
    response = client.post(
        "/orgs/wcuc/takedown/new/",
        {"on_behalf": "self", "material": "information", "where": "Staff page on the website"},
    )
    assert response.status_code == 302
    mine = TakedownRequest.objects.get()
    assert (mine.subject, mine.requested_by, mine.channel) == (people["tom"], tom, "portal")
    assert mine.decision is not None and mine.decision.event["requester"] == "W-TOM"
    assert client.get(f"/orgs/wcuc/takedown/{mine.pk}/").status_code == 200
    # Not the list, and not someone else's request; nor can he close his own.
    assert client.get("/orgs/wcuc/takedown/").status_code == 403
    other = Client().post("/takedown/wcuc/", FORM)
    assert other.status_code == 302
    theirs = TakedownRequest.objects.exclude(pk=mine.pk).get()
    assert client.get(f"/orgs/wcuc/takedown/{theirs.pk}/").status_code == 404
    closing = client.post(f"/orgs/wcuc/takedown/{mine.pk}/", {"note": "x", "removed": "on"})
    assert closing.status_code == 403


def test_the_marketing_team_dashboard_leads_with_open_requests(
    wcuc: Organisation, people: dict[str, Person], maria: User, tom: User
) -> None:
    Client().post("/takedown/wcuc/", FORM)
    client = Client()
    client.force_login(maria)
    page = client.get("/orgs/wcuc/dashboard/").content.decode()
    assert "Takedown requests" in page and "an image about Ava Young" in page
    client.force_login(tom)
    page = client.get("/orgs/wcuc/dashboard/").content.decode()
    assert "Takedown requests" not in page and "Ava Young" not in page
    assert "Ask for a takedown" in page


@pytest.mark.clause("WCUC-09")
def test_a_takedown_for_one_purpose_keeps_the_others_and_other_consents(
    wcuc: Organisation, people: dict[str, Person], maria: User
) -> None:
    both = record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_on=date(2026, 5, 3),
        media=["image"],
        purposes=["educational_activity", "marketing"],
        acting_user=maria,
    )
    video = record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_on=date(2026, 6, 1),
        media=["video"],
        purposes=["marketing"],
        acting_user=maria,
    )
    Client().post("/takedown/wcuc/", FORM)
    request = TakedownRequest.objects.get()
    closed = confirm_removal(
        request=request,
        note="Removed from the prospectus page",
        subject=people["ava"],
        purpose="marketing",
        acting_user=maria,
    )
    assert (closed.consents_withdrawn, closed.purpose) == (1, "marketing")
    both.refresh_from_db()
    video.refresh_from_db()
    assert both.withdrawn_on == timezone.localdate() and video.withdrawn_on is None
    # The image consent still holds for educational activity, no longer for marketing.
    [rest] = Consent.objects.filter(person=people["ava"], source="takedown")
    assert rest.media == ["image"] and "marketing" not in rest.uses
    assert "educational_activity" in rest.uses and rest.withdrawn_on is None
    with pytest.raises(Exception, match="purpose"):
        confirm_removal(
            request=TakedownRequest.objects.create(
                organisation=wcuc,
                channel="portal",
                material="image",
                on_behalf="self",
                subject_name="x",
                where="y",
                requester_name="z",
            ),
            note="n",
            purpose="astrology",
            acting_user=maria,
        )


def test_a_re_import_does_not_bring_back_what_a_takedown_withdrew(
    wcuc: Organisation, people: dict[str, Person], maria: User
) -> None:
    row = "person_id,given_by,given_on,media,withdrawn_on\nW-AVA,parent,2026-05-03,image;video,\n"
    import_consents_csv(organisation=wcuc, data=row.encode(), acting_user=maria)
    Client().post("/takedown/wcuc/", FORM)
    confirm_removal(
        request=TakedownRequest.objects.get(),
        note="Removed",
        subject=people["ava"],
        acting_user=maria,
    )
    summary = import_consents_csv(organisation=wcuc, data=row.encode(), acting_user=maria)
    [problem] = summary.problems
    assert (problem.line, problem.field) == (2, "withdrawn_on")
    assert "an import does not undo a takedown" in problem.message
    in_force = Consent.objects.filter(person=people["ava"], withdrawn_on=None)
    assert [c.media for c in in_force] == [["video"]]
