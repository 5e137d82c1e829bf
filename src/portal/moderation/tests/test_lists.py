"""The queue and "my drafts" as lists: awaiting posts first by default, every status on
request, filters, search, export, and a constant number of queries. Who sees what is
as before (see this folder's conftest): erin the whole queue, bob his own drafts."""

from __future__ import annotations

import re
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from portal.moderation.models import Direction, Post, Status
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.testing.lists import csv_rows, queries_for
from portal.types import User

QUEUE = "/orgs/oakfield/moderation/"
MINE = "/orgs/oakfield/moderation/mine/"


def add_posts(
    account: OfficialAccount, count: int, *, author: User | None = None, status: str = ""
) -> list[Post]:
    now = timezone.now()
    statuses = [s for s, _ in Status.choices]
    return Post.objects.bulk_create(
        Post(
            organisation=account.organisation,
            account=account,
            direction=Direction.OUTGOING if author else Direction.INCOMING,
            text=f"Post number {n:04d} about open day",
            author=author,
            author_name="" if author else "a visitor",
            status=status or statuses[n % len(statuses)],
            outcome=("allow", "review", "block")[n % 3],
            updated_at=now - timedelta(minutes=n),
        )
        for n in range(count)
    )


def ids_in(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'href="/orgs/oakfield/moderation/(\d+)/"', html)]


def test_the_queue_shows_awaiting_posts_longest_waiting_first(
    client: Client, erin: User, account: OfficialAccount, news_account: OfficialAccount
) -> None:
    posts = add_posts(account, 240)
    add_posts(news_account, 8, status=Status.AWAITING_MODERATION)
    client.force_login(erin)
    html = client.get(QUEUE).content.decode()
    assert "Rows 1\u201350 of 68" in html  # 60 of 240 await, and the 8 of the news account
    awaiting = sorted(
        (p for p in posts if p.status == Status.AWAITING_MODERATION), key=lambda p: p.updated_at
    )
    assert ids_in(html)[0] == awaiting[0].pk
    assert "Rows 1\u201350 of 248" in client.get(QUEUE + "?status=any").content.decode()
    rejected = client.get(QUEUE + "?status=rejected&per_page=100").content.decode()
    assert set(ids_in(rejected)) == {p.pk for p in posts if p.status == Status.REJECTED}
    assert "of 8" in client.get(QUEUE + f"?account={news_account.pk}").content.decode()
    assert "Rows 1\u20131 of 1" in client.get(QUEUE + "?status=any&q=number 0107").content.decode()
    rows = csv_rows(client, QUEUE + "?export=csv&status=any&outcome=block")
    assert rows[0] == ["Post", "Text", "Account", "From", "Screen", "Status", "Updated"]
    assert len(rows) == 1 + 80 + 2  # every third of the 240, and of the 8
    # A handle starts like a spreadsheet formula (@), so it is written as text.
    assert rows[1][2] == "'@OakfieldCollege"


def test_my_drafts_lists_only_mine_in_every_status(
    client: Client, bob: User, gail: User, account: OfficialAccount
) -> None:
    mine = add_posts(account, 70, author=bob)
    add_posts(account, 5, author=gail)
    client.force_login(bob)
    html = client.get(MINE).content.decode()
    assert "Rows 1\u201350 of 70" in html
    everything = set(ids_in(client.get(MINE + "?per_page=200").content.decode()))
    assert everything == {p.pk for p in mine}
    assert len(csv_rows(client, MINE + "?export=csv")) == 1 + 70


def test_the_queue_runs_the_same_queries_whatever_its_length(
    client: Client, erin: User, bob: User, account: OfficialAccount
) -> None:
    add_posts(account, 8, author=bob)
    pages = [(erin, QUEUE), (erin, QUEUE + "?status=any&outcome=block&q=post"), (bob, MINE)]
    small = []
    for user, url in pages:
        client.force_login(user)
        small.append(queries_for(client, url))
    add_posts(account, 300, author=bob)
    for (user, url), expected in zip(pages, small, strict=True):
        client.force_login(user)
        assert queries_for(client, url) == expected, url


def test_a_bad_status_is_named_not_ignored(
    client: Client, erin: User, account: OfficialAccount, oakfield: Organisation
) -> None:
    client.force_login(erin)
    html = client.get(QUEUE + "?status=odd").content.decode()
    assert "Status: Select a valid choice" in html
