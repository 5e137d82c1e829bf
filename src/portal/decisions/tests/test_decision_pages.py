"""The decisions pages show each member what they may see."""

from __future__ import annotations

from django.test import Client

from portal.decisions.actions import decide_event
from portal.decisions.models import Decision
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.types import User

EVENT = {
    "kind": "connection",
    "at": "2026-11-21T10:00:00+00:00",
    "actor": "S002",
    "target": "L002",
    "action": "friend_request",
    "platform": "instagram",
}


def record(organisation: Organisation, user: User) -> Decision:
    decision, _ = decide_event(organisation=organisation, event=EVENT, acting_user=user)
    return decision


def test_an_administrator_sees_every_decision_and_why(
    client: Client, alice: User, dave: User, oakfield: Organisation
) -> None:
    decision = record(oakfield, dave)
    client.force_login(alice)
    assert (
        f"/orgs/oakfield/decisions/{decision.pk}/"
        in client.get("/orgs/oakfield/decisions/").content.decode()
    )
    page = client.get(f"/orgs/oakfield/decisions/{decision.pk}/").content.decode()
    # Lena left on 2025-07-01: inside the two-year window.
    assert "OAK-02" in page
    assert "the 24-month window ends on 2027-07-01" in page


def test_members_see_only_their_own(
    client: Client, bob: User, dave: User, oakfield: Organisation
) -> None:
    decision = record(oakfield, dave)
    client.force_login(bob)
    assert client.get(f"/orgs/oakfield/decisions/{decision.pk}/").status_code == 404
    client.force_login(dave)
    assert client.get(f"/orgs/oakfield/decisions/{decision.pk}/").status_code == 200


def test_other_organisations_see_nothing(
    client: Client, charlie: User, dave: User, oakfield: Organisation, directory: dict[str, Person]
) -> None:
    decision = record(oakfield, dave)
    client.force_login(charlie)
    assert client.get("/orgs/oakfield/decisions/").status_code == 404
    assert client.get(f"/orgs/elmbrook/decisions/{decision.pk}/").status_code == 404
