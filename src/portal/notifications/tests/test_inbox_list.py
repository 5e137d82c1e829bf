"""The inbox as a list: unread by default, all on asking, search and organisation
filters, paging, only one's own, and the same queries whatever the number of
notifications."""

from __future__ import annotations

import re
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from portal.notifications.models import Notification
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.testing.lists import queries_for
from portal.types import User

URL = "/inbox/"


def add_notes(
    user: User,
    organisation: Organisation | None,
    count: int,
    *,
    read: bool = False,
    title: str = "Note",
) -> list[Notification]:
    now = timezone.now()
    return Notification.objects.bulk_create(
        Notification(
            recipient=user,
            organisation=organisation,
            kind="test",
            title=f"{title} {n}",
            link="/",
            created_at=now - timedelta(minutes=n),
            read_at=now if read else None,
        )
        for n in range(count)
    )


def ids_in(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'href="/inbox/(\d+)/"', html)]


def test_it_shows_unread_newest_first_and_all_on_asking(
    client: Client, bob: User, alice: User, oakfield: Organisation
) -> None:
    unread = add_notes(bob, oakfield, 55)
    read = add_notes(bob, oakfield, 5, read=True, title="Seen")
    add_notes(alice, oakfield, 5, title="Alice's")
    client.force_login(bob)
    html = client.get(URL).content.decode()
    assert "Rows 1\u201350 of 55" in html
    assert ids_in(html) == [n.pk for n in unread[:50]]
    assert "Alice's" not in html
    everything = ids_in(client.get(URL + "?show=all&per_page=200").content.decode())
    assert set(everything) == {n.pk for n in unread + read}
    assert ids_in(client.get(URL + "?show=all&q=Seen+3").content.decode()) == [read[3].pk]


def test_it_filters_by_organisation_among_ones_own(
    client: Client, bob: User, oakfield: Organisation, elmbrook: Organisation
) -> None:
    set_membership(organisation=elmbrook, user=bob, roles=["staff"], acting_user=None)
    add_notes(bob, oakfield, 3)
    theirs = add_notes(bob, elmbrook, 2, title="Elmbrook")
    client.force_login(bob)
    html = client.get(f"{URL}?org={elmbrook.pk}").content.decode()
    assert ids_in(html) == [n.pk for n in theirs]
    assert '<option value="' in html and "Elmbrook Sixth Form" in html


def test_the_inbox_runs_the_same_queries_whatever_the_number_of_notifications(
    client: Client, bob: User, oakfield: Organisation
) -> None:
    add_notes(bob, oakfield, 2)
    client.force_login(bob)
    urls = [URL, URL + "?show=all&q=note&sort=-created_at", f"{URL}?org={oakfield.pk}"]
    small = [queries_for(client, url) for url in urls]
    add_notes(bob, oakfield, 150)
    add_notes(bob, None, 20, read=True)
    assert [queries_for(client, url) for url in urls] == small
