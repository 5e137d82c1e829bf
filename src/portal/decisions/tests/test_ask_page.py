"""Asking for a decision: guided questions for everyone, JSON for administrators.

bob (staff S001) manages S002 but may not see student L001 or former student L002: he
picks S002 by name, and describes anyone else. dave (student L001) may name only
himself. alice (administrator) may also describe any event as JSON.
"""

from __future__ import annotations

import json

from django.test import Client

from portal.decisions.models import Decision
from portal.people.models import Person
from portal.types import User

ASK = "/orgs/oakfield/decisions/ask/"
EVENT = {
    "kind": "connection",
    "at": "2026-11-21T10:00:00+00:00",
    "actor": "S002",
    "target": "L001",
    "action": "friend_request",
    "platform": "facebook",
}
CONNECT = {"action": "friend_request", "platform": "Facebook", "account_type": "personal"}


def test_the_questions_are_offered_and_json_only_to_administrators(
    client: Client, bob: User, alice: User, directory: dict[str, Person]
) -> None:
    client.force_login(bob)
    page = client.get(ASK).content.decode()
    for title in (
        "May I connect with someone?",
        "May this photo or video go out?",
        "Check my profile",
        "Report a concern",
    ):
        assert title in page
    assert "JSON" not in page
    assert client.get(ASK + "json/").status_code == 403
    assert client.post(ASK + "json/", {"event": json.dumps(EVENT)}).status_code == 403
    client.force_login(alice)
    assert "describe any event as JSON" in client.get(ASK).content.decode()


def test_a_described_former_student_is_blocked_with_the_clause(
    client: Client, bob: User, directory: dict[str, Person]
) -> None:
    client.force_login(bob)
    form = {**CONNECT, "target_kind": "former_student", "target_left_on": "2025-07-01"}
    response = client.post(ASK + "connection/", form)
    record = Decision.objects.get()
    assert response["Location"] == f"/orgs/oakfield/decisions/{record.pk}/"
    assert record.outcome == "block" and "OAK-02" in record.clauses
    assert record.event["actor"] == "S001"  # the asker, from his directory entry
    assert (
        record.event["target"]["affiliations"]
        == [{"kind": "student", "start": None, "end": "2025-07-01"}]
        or record.event["target"]["affiliations"][0]["end"] == "2025-07-01"
    )
    assert record.channel == "web" and record.requested_by == bob


def test_family_is_the_exception_the_policy_makes(
    client: Client, bob: User, directory: dict[str, Person]
) -> None:
    client.force_login(bob)
    form = {**CONNECT, "target_kind": "student", "relation": "family_of"}
    client.post(ASK + "connection/", form)
    assert Decision.objects.get().outcome != "block"


def test_people_are_picked_by_name_among_those_the_asker_may_name(
    client: Client, bob: User, directory: dict[str, Person]
) -> None:
    client.force_login(bob)
    found = client.get("/orgs/oakfield/pick/people/?q=an").json()["people"]
    # "an" is in Sian Cole (S002, his report) and Dave Dunn, Tariq Noor, Lena Ward, Pat
    # Dunn, whom he may not see: only Sian is offered.
    assert found == [{"id": "S002", "label": "Sian Cole (S002)"}]
    response = client.post(ASK + "connection/", {**CONNECT, "target": "Sian Cole (S002)"})
    assert response.status_code == 302
    assert Decision.objects.get().event["target"] == "S002"


def test_someone_the_asker_may_not_name_reads_as_unknown(
    client: Client, bob: User, directory: dict[str, Person]
) -> None:
    client.force_login(bob)
    for typed in ("L001", "Dave Dunn", "Dave"):
        response = client.post(ASK + "connection/", {**CONNECT, "target": typed})
        page = response.content.decode()
        assert response.status_code == 422
        assert "Nobody you may name matches" in page and "L001" not in page.replace(typed, "")
    assert not Decision.objects.exists()
    assert client.get("/orgs/oakfield/pick/people/?q=dunn").json() == {"people": []}


def test_a_student_may_name_only_himself(
    client: Client, dave: User, directory: dict[str, Person]
) -> None:
    client.force_login(dave)
    assert client.get("/orgs/oakfield/pick/people/?q=d").json()["people"] == [
        {"id": "L001", "label": "Dave Dunn (L001)"}
    ]
    response = client.post(
        ASK + "profile/",
        {
            "platform": "instagram",
            "account_type": "personal",
            "handle": "@dave",
            "is_private": "no",
        },
    )
    assert response.status_code == 302
    record = Decision.objects.get()
    assert record.event["owner"] == "L001" and record.event["is_private"] is False


def test_a_photo_names_the_people_shown_and_describes_the_rest(
    client: Client, alice: User, directory: dict[str, Person]
) -> None:
    client.force_login(alice)
    form = {
        "media_type": "image",
        "account_type": "official",
        "people_shown": "Dave Dunn\nL002",
        "others_shown": "student",
        "others_under_18": "on",
        "on_premises": "on",
    }
    assert client.post(ASK + "media/", form).status_code == 302
    event = Decision.objects.get().event
    assert event["people_shown"][:2] == ["L001", "L002"]
    assert event["people_shown"][2]["affiliations"][0]["kind"] == "student"
    assert event["people_shown"][2]["date_of_birth"] == "2010-11-21"
    # Only the pack's own purposes are offered (this pack defines none).
    assert client.post(ASK + "media/", {**form, "purpose": "marketing"}).status_code == 422
    bad = client.post(ASK + "media/", {**form, "people_shown": "Dunn"})
    assert bad.status_code == 422
    assert "Several people match" in bad.content.decode()


def test_reporting_a_concern_is_the_cases_form(
    client: Client, bob: User, directory: dict[str, Person]
) -> None:
    client.force_login(bob)
    response = client.get(ASK + "report/")
    assert response.status_code == 302 and response["Location"] == "/orgs/oakfield/report/"
    assert "/orgs/oakfield/report/" in client.get(ASK).content.decode()


def test_the_json_form_records_and_lists_problems_for_administrators(
    client: Client, alice: User, directory: dict[str, Person]
) -> None:
    client.force_login(alice)
    response = client.post(ASK + "json/", {"event": json.dumps({**EVENT, "target": "X"})})
    assert response.status_code == 422
    assert "no person with id &#x27;X&#x27; in the directory" in response.content.decode()
    response = client.post(ASK + "json/", {"event": json.dumps(EVENT)})
    record = Decision.objects.get()
    assert response["Location"] == f"/orgs/oakfield/decisions/{record.pk}/"
    assert "OAK-01" in client.get(response["Location"]).content.decode()
