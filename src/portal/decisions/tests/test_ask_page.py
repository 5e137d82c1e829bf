"""The "ask for a decision" page: the API's contract for people with a browser."""

from __future__ import annotations

import json

from django.test import Client

from portal.decisions.models import Decision
from portal.people.models import Person
from portal.types import User

EVENT = {
    "kind": "connection",
    "at": "2026-11-21T10:00:00+00:00",
    "actor": "S002",
    "target": "L001",
    "action": "friend_request",
    "platform": "facebook",
}


# Bob (S001) manages S002 but may not see student L001, so he describes her in the event.
INLINE_STUDENT = {
    "id": "a-student",
    "date_of_birth": "2010-05-05",
    "affiliations": [{"kind": "student", "start": "2025-09-01"}],
}


def test_it_records_and_shows_the_decision(
    client: Client, bob: User, directory: dict[str, Person]
) -> None:
    client.force_login(bob)
    assert "friend_request" in client.get("/orgs/oakfield/decisions/ask/").content.decode()
    event = {**EVENT, "target": INLINE_STUDENT}
    response = client.post("/orgs/oakfield/decisions/ask/", {"event": json.dumps(event)})
    record = Decision.objects.get()
    assert response["Location"] == f"/orgs/oakfield/decisions/{record.pk}/"
    assert record.channel == "web" and record.requested_by == bob
    page = client.get(response["Location"]).content.decode()
    assert "OAK-01" in page and "block" in page


def test_it_lists_the_problems_of_an_invalid_event(
    client: Client, bob: User, directory: dict[str, Person]
) -> None:
    client.force_login(bob)
    response = client.post(
        "/orgs/oakfield/decisions/ask/", {"event": json.dumps({**EVENT, "target": "X"})}
    )
    assert response.status_code == 422
    assert "no person with id &#x27;X&#x27; in the directory" in response.content.decode()
    assert not Decision.objects.exists()


def test_it_names_only_people_the_asker_may_see(
    client: Client, bob: User, directory: dict[str, Person]
) -> None:
    # L001 exists, but bob may not see her: the same answer as for an id nobody has.
    client.force_login(bob)
    response = client.post("/orgs/oakfield/decisions/ask/", {"event": json.dumps(EVENT)})
    assert response.status_code == 422
    assert "no person with id &#x27;L001&#x27; in the directory" in response.content.decode()
    assert not Decision.objects.exists()
