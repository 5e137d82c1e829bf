"""The consent and takedown API: token auth, the register for its keepers only, a
takedown asked by any member and handled by the communications team, access checked per
object, and no answer (not an error, not a count) naming someone the caller may not see.

People (``conftest``): maria keeps the register and handles takedowns; tom is a teacher,
Ava's tutor, who neither keeps the register nor handles requests; ada is an
administrator. Added here: vic, a teacher with no tutees (she may name only herself).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from portal.apitokens.actions import create_api_token
from portal.consent.actions import record_consent_given
from portal.consent.models import TakedownRequest
from portal.consent.tests.conftest import member
from portal.organisations.models import Organisation
from portal.people.models import Consent, Person
from portal.types import User


def bearer(user: User) -> dict[str, str]:
    _, token = create_api_token(user=user, name="test", acting_user=user)
    return {"Authorization": f"Bearer {token}"}


def call(method: str, path: str, auth: dict[str, str], body: Any = None) -> Any:
    client = Client()
    if method == "get":
        return client.get(f"/api/v1/orgs/wcuc/{path}", body or {}, headers=auth)
    return client.post(
        f"/api/v1/orgs/wcuc/{path}",
        data=json.dumps(body or {}),
        content_type="application/json",
        headers=auth,
    )


@pytest.fixture
def vic(wcuc: Organisation) -> User:
    return member(wcuc, "vic", ["staff"], None)


CONSENT = {
    "person": "W-AVA",
    "given_by": "parent",
    "given_by_person": "W-PAT",
    "given_on": "2026-05-03",
    "media": ["image", "video"],
    "purposes": ["educational_activity"],
}


@pytest.mark.clause("WCUC-09")
def test_the_keeper_records_lists_and_withdraws_consents(
    wcuc: Organisation, people: dict[str, Person], maria: User
) -> None:
    auth = bearer(maria)
    made = call("post", "consents", auth, CONSENT)
    assert made.status_code == 201, made.content
    body = made.json()
    assert (body["person"], body["given_by_person"], body["media"]) == (
        "W-AVA",
        "W-PAT",
        ["image", "video"],
    )
    assert body["purposes"] == ["educational_activity"] and body["source"] == "api"
    assert made["Location"] == f"/api/v1/orgs/wcuc/consents/{body['id']}"
    listed = call("get", "consents", auth, {"person": "W-AVA", "in_force_on": "2026-06-01"})
    assert [c["id"] for c in listed.json()] == [body["id"]]
    assert call("get", "consents", auth, {"in_force_on": "2026-05-02"}).json() == []

    bad = call("post", "consents", auth, {**CONSENT, "given_by": "aunt", "purposes": ["x"]})
    assert bad.status_code == 422
    fields = {p["field"] for p in bad.json()["error"]["problems"]}
    assert fields == {"given_by", "purposes"}
    unknown = call("post", "consents", auth, {**CONSENT, "person": "W-NOBODY"})
    assert unknown.status_code == 422 and unknown.json()["error"]["problems"][0]["field"] == (
        "person"
    )

    gone = call("post", f"consents/{body['id']}/withdraw", auth, {"reason": "asked by parent"})
    assert gone.status_code == 200 and gone.json()["withdrawn_on"] == str(timezone.localdate())
    again = call("post", f"consents/{body['id']}/withdraw", auth, {})
    assert again.status_code == 409
    assert call("post", "consents/99999/withdraw", auth, {}).status_code == 404


@pytest.mark.clause("WCUC-09")
def test_nobody_else_reads_or_writes_the_register_and_no_answer_names_anyone(
    wcuc: Organisation, people: dict[str, Person], maria: User, tom: User
) -> None:
    consent = record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_on=date(2026, 5, 3),
        media=["image"],
        purposes=[],
        acting_user=maria,
    )
    auth = bearer(tom)
    answers = [
        call("get", "consents", auth),
        call("get", "consents", auth, {"person": "W-AVA"}),
        call("get", f"consents/{consent.pk}", auth),
        call("post", "consents", auth, CONSENT),
        call("post", f"consents/{consent.pk}/withdraw", auth, {}),
    ]
    assert [a.status_code for a in answers] == [403] * 5
    for answer in answers:
        text = answer.content.decode()
        assert "Ava" not in text and "W-AVA" not in text and "1" not in text.replace("v1", "")
    consent.refresh_from_db()
    assert consent.withdrawn_on is None and Consent.objects.count() == 1
    assert Client().get("/api/v1/orgs/wcuc/consents").status_code == 401


@pytest.mark.clause("WCUC-09")
def test_a_member_asks_and_the_handler_lists_links_and_closes(
    wcuc: Organisation,
    people: dict[str, Person],
    maria: User,
    tom: User,
    vic: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    record_consent_given(
        person=people["ava"],
        given_by="parent",
        given_on=date(2026, 5, 3),
        media=["image", "video"],
        purposes=["educational_activity"],
        acting_user=maria,
    )
    asked = call(
        "post",
        "takedowns",
        bearer(tom),
        {"material": "image", "on_behalf": "other", "subject": "W-AVA", "where": "site"},
    )
    assert asked.status_code == 201, asked.content
    mine = asked.json()
    # The requester's view: the clause (none: WCUC-09 covers requests from the person or
    # their parent, so a colleague's is the moderators' to judge) and the due time,
    # nothing of the handling.
    assert mine["clauses"] == [] and mine["due_at"] is not None
    assert mine["requester_email"] is None and mine["consents_withdrawn"] is None

    # Vic may not name Ava: refused exactly as an id that does not exist.
    refused = call(
        "post",
        "takedowns",
        bearer(vic),
        {"material": "image", "on_behalf": "other", "subject": "W-AVA", "where": "x"},
    )
    missing = call(
        "post",
        "takedowns",
        bearer(vic),
        {"material": "image", "on_behalf": "other", "subject": "W-NONE", "where": "x"},
    )
    assert refused.status_code == missing.status_code == 422
    assert refused.json() == missing.json()
    # Vic neither lists requests nor opens Tom's (not found, as if none were there).
    assert call("get", "takedowns", bearer(vic)).status_code == 403
    assert call("get", f"takedowns/{mine['id']}", bearer(vic)).status_code == 404
    assert call("get", f"takedowns/{mine['id']}", bearer(tom)).status_code == 200
    assert (
        call(
            "post", f"takedowns/{mine['id']}/close", bearer(tom), {"note": "x", "removed": True}
        ).status_code
        == 403
    )

    handler = bearer(maria)
    listed = call("get", "takedowns", handler, {"status": "open"}).json()
    assert [t["id"] for t in listed] == [mine["id"]]
    assert listed[0]["subject"] == "W-AVA" and listed[0]["channel"] == "api"
    assert call("get", "takedowns", handler, {"status": "lost"}).status_code == 422
    unconfirmed = call(
        "post", f"takedowns/{mine['id']}/close", handler, {"note": "gone", "removed": False}
    )
    assert unconfirmed.status_code == 422
    with django_capture_on_commit_callbacks(execute=True):
        closed = call(
            "post",
            f"takedowns/{mine['id']}/close",
            handler,
            {"note": "Deleted the post", "removed": True},
        )
    assert closed.status_code == 200, closed.content
    assert closed.json()["status"] == "removed" and closed.json()["consents_withdrawn"] == 1
    # Only the image consent went: the video one stays in force.
    [kept] = Consent.objects.filter(person=people["ava"], withdrawn_on=None)
    assert kept.media == ["video"]
    again = call(
        "post", f"takedowns/{mine['id']}/close", handler, {"note": "again", "removed": True}
    )
    assert again.status_code == 409


def test_the_handler_links_a_person_and_asking_is_rate_limited(
    wcuc: Organisation, people: dict[str, Person], maria: User, tom: User
) -> None:
    auth = bearer(tom)
    with override_settings(POLICYGUARD_TAKEDOWN_REQUESTS_PER_HOUR=2):
        for _ in range(2):
            made = call(
                "post",
                "takedowns",
                auth,
                {"material": "video", "on_behalf": "other", "subject_name": "A", "where": "x"},
            )
            assert made.status_code == 201
        limited = call(
            "post",
            "takedowns",
            auth,
            {"material": "video", "on_behalf": "other", "subject_name": "A", "where": "x"},
        )
    assert limited.status_code == 429
    first = TakedownRequest.objects.order_by("pk").first()
    assert first is not None and first.subject is None
    linked = call("post", f"takedowns/{first.pk}/link", bearer(maria), {"subject": "W-AVA"})
    assert linked.status_code == 200 and linked.json()["subject"] == "W-AVA"
    assert linked.json()["subject_found_by"] == "handler"
    assert call("post", f"takedowns/{first.pk}/link", auth, {"subject": "W-AVA"}).status_code == (
        403
    )
