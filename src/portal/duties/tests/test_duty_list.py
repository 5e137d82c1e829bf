"""The duties page as a list: one's own open duties by default, "all I may see", status,
urgency, overdue and day filters, search, CSV export, the same queries whatever the
number of duties, and the same visibility as the duty page.

Users (``portal/conftest.py``): bob (staff, S001), dinah (Oakfield DSL, added here),
alice (administrator), dave (student).
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from portal.duties.models import Duty, DutyStatus
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.testing.lists import csv_rows, queries_for
from portal.types import User

URL = "/orgs/oakfield/duties/"


@pytest.fixture
def dinah(oakfield: Organisation) -> User:
    user = User.objects.create_user("dinah")
    set_membership(organisation=oakfield, user=user, roles=["staff", "dsl"], acting_user=None)
    return user


def add_duties(
    organisation: Organisation,
    count: int,
    *,
    owner: User | None = None,
    role: str = "dsl",
    status: str = DutyStatus.OPEN,
    hours: int = 1,
    urgency: str = "soon",
    title: str = "Duty",
) -> list[Duty]:
    now = timezone.now()
    return Duty.objects.bulk_create(
        Duty(
            organisation=organisation,
            title=f"{title} {n}",
            role=role,
            role_title=role.upper(),
            owner_user=owner,
            urgency=urgency,
            due_at=now + timedelta(hours=hours + n),
            status=status,
            clauses=[f"OAK-{n % 3:02d}"],
            created_at=now,
            updated_at=now,
        )
        for n in range(count)
    )


def ids_in(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'href="/orgs/oakfield/duties/(\d+)/"', html)]


def test_it_shows_my_open_duties_soonest_first_and_pages(
    client: Client, bob: User, dinah: User, oakfield: Organisation
) -> None:
    bobs = add_duties(oakfield, 60, owner=bob, role="line_manager")
    add_duties(oakfield, 4, role="dsl", title="For the DSL")
    add_duties(oakfield, 3, owner=bob, role="line_manager", status=DutyStatus.DONE)
    client.force_login(bob)
    html = client.get(URL).content.decode()
    assert "Rows 1\u201350 of 60" in html
    assert ids_in(html) == [d.pk for d in bobs[:50]]
    assert ids_in(client.get(URL + "?page=2").content.decode()) == [d.pk for d in bobs[50:]]
    closed = ids_in(client.get(URL + "?status=done").content.decode())
    assert len(closed) == 3
    assert len(ids_in(client.get(URL + "?status=any&per_page=200").content.decode())) == 63
    # The DSL's duties are for the DSL's holders: bob sees none of them, whatever he asks.
    assert "For the DSL" not in client.get(URL + "?whose=any&per_page=200").content.decode()
    client.force_login(dinah)
    assert len(ids_in(client.get(URL).content.decode())) == 4


def test_it_filters_by_urgency_overdue_days_and_search(
    client: Client, alice: User, oakfield: Organisation
) -> None:
    late = add_duties(oakfield, 3, owner=alice, hours=-10, urgency="immediately", title="Late")
    add_duties(oakfield, 5, owner=alice, hours=30, urgency="routine", title="Later")
    client.force_login(alice)
    overdue = ids_in(client.get(URL + "?overdue=on").content.decode())
    assert overdue == [d.pk for d in late]
    html = client.get(URL + "?overdue=on").content.decode()
    assert html.count('class="overdue"') == 3
    assert len(ids_in(client.get(URL + "?urgency=routine").content.decode())) == 5
    assert ids_in(client.get(URL + "?q=Late+1").content.decode()) == [late[1].pk]
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    assert ids_in(client.get(f"{URL}?due_to={timezone.localdate()}").content.decode()) == [
        d.pk for d in late
    ]
    assert len(ids_in(client.get(f"{URL}?due_from={tomorrow}").content.decode())) == 5


def test_the_export_holds_every_matching_duty_and_nobody_elses(
    client: Client, bob: User, dave: User, oakfield: Organisation
) -> None:
    add_duties(oakfield, 70, owner=bob, role="line_manager")
    add_duties(oakfield, 2, role="dsl")
    client.force_login(bob)
    rows = csv_rows(client, URL + "?export=csv&whose=any")
    assert rows[0] == ["Duty", "Who", "Urgency", "Due", "Status", "Clauses", "Updated"]
    assert len(rows) == 71
    assert {r[1] for r in rows[1:]} == {"bob"}
    client.force_login(dave)
    assert csv_rows(client, URL + "?export=csv&whose=any&status=any") == [rows[0]]


def test_the_page_runs_the_same_queries_whatever_the_number_of_duties(
    client: Client, alice: User, bob: User, dinah: User, oakfield: Organisation
) -> None:
    add_duties(oakfield, 2, owner=bob, role="line_manager")
    add_duties(oakfield, 2, role="dsl")
    urls = [URL, URL + "?whose=any&status=any&urgency=soon&q=duty&sort=-title&overdue=on"]
    for user in (alice, bob, dinah):
        client.force_login(user)
        small = [queries_for(client, url) for url in urls]
        add_duties(oakfield, 120, owner=bob, role="line_manager")
        add_duties(oakfield, 120, role="dsl")
        assert [queries_for(client, url) for url in urls] == small, user
