"""A decision reads the people its event names in one go, however many it names."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.decisions.actions import decide_event, named_ids
from portal.organisations.models import Organisation
from portal.people.models import Person


def media(people: list[str | dict[str, str]]) -> dict[str, object]:
    return {
        "kind": "media",
        "at": "2026-11-21T10:00:00+00:00",
        "author": "S001",
        "media_type": "image",
        "account_type": "official",
        "people_shown": people,
    }


def test_it_finds_every_id_an_event_names() -> None:
    event = {**media(["L001", {"id": "inline"}]), "media": [{"people_shown": ["L002"]}]}
    assert named_ids(event) == {"S001", "L001", "L002"}


def test_the_queries_do_not_grow_with_the_people_named(
    oakfield: Organisation, directory: dict[str, Person]
) -> None:
    def count(people: list[str | dict[str, str]]) -> int:
        with CaptureQueriesContext(connection) as queries:
            decide_event(organisation=oakfield, event=media(people), acting_user=None)
        # Reads of the directory itself (consents are asked per person shown, by the rule).
        reads = ('FROM "people_person"', 'FROM "people_affiliation"', 'FROM "people_relation"')
        return sum(1 for q in queries.captured_queries if any(r in q["sql"] for r in reads))

    # People, their affiliations, and their relations with the ids of the people those
    # relate to (P001 is a parent of L001): three reads for one person or five.
    one = count(["P001"])
    assert count(["L001", "L002", "T001", "P001", "S002"]) == one == 3
