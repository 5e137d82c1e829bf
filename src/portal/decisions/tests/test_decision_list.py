"""The decisions page as a list: paging, filters, search, export, constant queries, and
the same visibility as before (see the conftest for alice, bob and dave)."""

from __future__ import annotations

import re
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from portal.decisions.models import Decision, Obligation
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.testing.lists import csv_rows, queries_for
from portal.types import User

URL = "/orgs/oakfield/decisions/"


def add_decisions(
    organisation: Organisation,
    count: int,
    *,
    by: User | None = None,
    kind: str = "connection",
    hours_ago: int = 0,
) -> list[Decision]:
    now = timezone.now()
    made = Decision.objects.bulk_create(
        Decision(
            organisation=organisation,
            event_kind=kind,
            outcome=("allow", "review", "block")[n % 3],
            clauses=[f"OAK-{n % 7:02d}"],
            pack_version="1",
            event={"kind": kind},
            decision={},
            requested_by=by,
            requested_at=now - timedelta(hours=hours_ago + n),
            channel="api",
        )
        for n in range(count)
    )
    return made


def ids_in(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'href="/orgs/oakfield/decisions/(\d+)/"', html)]


def test_it_pages_filters_and_searches(client: Client, alice: User, oakfield: Organisation) -> None:
    made = add_decisions(oakfield, 130, by=alice)
    media = add_decisions(oakfield, 5, kind="media", hours_ago=1000)
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert "Rows 1\u201350 of 135" in html
    assert ids_in(html)[0] == made[0].pk  # newest first
    assert len(ids_in(client.get(URL + "?page=3").content.decode())) == 35
    assert len(ids_in(client.get(URL + "?event_kind=media").content.decode())) == 5
    blocks = ids_in(client.get(URL + "?outcome=block&per_page=200").content.decode())
    assert set(blocks) == {d.pk for d in made + media if d.outcome == "block"}
    assert len(blocks) == 44
    found = set(ids_in(client.get(URL + "?q=OAK-03&per_page=200").content.decode()))
    assert found == {d.pk for d in made + media if d.clauses == ["OAK-03"]}
    assert len(found) == 20
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    recent = ids_in(client.get(f"{URL}?since={yesterday}&per_page=200").content.decode())
    # made[n] is n hours old: from yesterday's midnight (10:00 now) is 34 hours back.
    assert set(recent) == {d.pk for d in made[:35]}
    assert media[0].pk in ids_in(client.get(URL + "?page=3").content.decode())


def test_a_member_sees_and_exports_only_their_own(
    client: Client, bob: User, alice: User, oakfield: Organisation, directory: dict[str, Person]
) -> None:
    own = add_decisions(oakfield, 3, by=bob)
    others = add_decisions(oakfield, 60, by=alice)
    routed = others[0]
    Obligation.objects.create(
        decision=routed,
        role="line_manager",
        person_external_id="S001",
        code="x",
        description="x",
        urgency="immediately",
    )
    client.force_login(bob)
    expected = {d.pk for d in own} | {routed.pk}
    assert set(ids_in(client.get(URL).content.decode())) == expected
    rows = csv_rows(client, URL + "?export=csv")
    assert rows[0] == ["When", "Event", "Outcome", "Clauses", "Asked by", "Channel"]
    assert len(rows) == 1 + len(expected)
    assert {r[4] for r in rows[1:]} == {"bob", "alice"}


def test_the_page_runs_the_same_queries_whatever_the_number_of_decisions(
    client: Client, alice: User, bob: User, oakfield: Organisation
) -> None:
    add_decisions(oakfield, 3, by=bob)
    urls = [URL, URL + "?outcome=block&q=oak&event_kind=connection&sort=outcome"]
    for user in (alice, bob):
        client.force_login(user)
        small = [queries_for(client, url) for url in urls]
        add_decisions(oakfield, 200, by=bob)
        assert [queries_for(client, url) for url in urls] == small
