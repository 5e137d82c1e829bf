"""Review requests, the allow and block lists and the alerts as lists: paging, the default
view each opens on, filters, search, export, and a constant number of queries. Access is
as before (this folder's conftest): ivan the requests and lists, dinah the alerts."""

from __future__ import annotations

import json
import re
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from portal.monitoring.actions import ingest_records
from portal.monitoring.logfile import read_lines
from portal.monitoring.models import ListEntry, RequestStatus, SafeguardingAlert, UnblockRequest
from portal.monitoring.tests.conftest import ALERT, record
from portal.organisations.models import Organisation
from portal.testing.lists import csv_rows, queries_for
from portal.types import User

BASE = "/orgs/oakfield/monitoring/"


def add_requests(organisation: Organisation, count: int) -> list[UnblockRequest]:
    now = timezone.now()
    statuses = [RequestStatus.OPEN, RequestStatus.APPROVED, RequestStatus.REFUSED]
    return UnblockRequest.objects.bulk_create(
        UnblockRequest(
            organisation=organisation,
            url=f"https://site{n:04d}.example.com/page",
            category="games",
            message=f"needed for unit {n}",
            requester_name=f"learner {n:04d}",
            status=statuses[n % 3],
            routed_roles=["it_manager"],
            created_at=now - timedelta(minutes=n),
        )
        for n in range(count)
    )


def add_alerts(organisation: Organisation, count: int, start: int = 0) -> None:
    lines = [
        json.dumps(
            record(user=f"s{n:05d}", at=f"2026-11-{1 + n % 20:02d}T09:{n % 60:02d}:00Z", **ALERT)
        )
        for n in range(start, start + count)
    ]
    records, problems = read_lines(lines)
    assert not problems
    ingest_records(organisation=organisation, records=records, acting_user=None)


def test_the_requests_open_first_and_every_status_on_request(
    client: Client, ivan: User, oakfield: Organisation
) -> None:
    made = add_requests(oakfield, 200)
    client.force_login(ivan)
    html = client.get(BASE + "requests/").content.decode()
    assert "Rows 1\u201350 of 67" in html  # every third is open
    assert html.count("Save decision") == 50  # a form on each open request
    assert f'id="request-{made[0].pk}-verdict_0"' in html  # ids differ per form
    assert "of 200" in client.get(BASE + "requests/?status=any").content.decode()
    found = client.get(BASE + "requests/?status=any&q=site0123").content.decode()
    assert "Rows 1\u20131 of 1" in found and "learner 0123" in found
    rows = csv_rows(client, BASE + "requests/?export=csv&status=refused")
    assert rows[0] == [
        "#",
        "When",
        "Address",
        "Why blocked",
        "Asked by, and why",
        "Status",
        "Message",
        "Decision note",
    ]
    assert len(rows) == 1 + 66 and {r[5] for r in rows[1:]} == {"refused"}


def test_the_lists_page_and_filter_by_list(
    client: Client, ivan: User, oakfield: Organisation
) -> None:
    ListEntry.objects.bulk_create(
        ListEntry(
            organisation=oakfield,
            tier=("allow", "deny")[n % 2],
            kind="domain",
            value=f"site{n:04d}.example.com",
            category="custom",
        )
        for n in range(130)
    )
    client.force_login(ivan)
    assert "Rows 1\u201350 of 130" in client.get(BASE + "lists/").content.decode()
    assert "of 65" in client.get(BASE + "lists/?tier=deny").content.decode()
    rows = csv_rows(client, BASE + "lists/?export=csv&tier=allow")
    assert rows[0] == ["Entry", "List", "Kind", "Category", "Note", "Added", "On the proxies"]
    assert len(rows) == 1 + 65 and rows[1][:2] == ["site0000.example.com", "allow"]


def test_alerts_not_closed_first_and_each_opens_on_its_own_page(
    client: Client, dinah: User, ivan: User, oakfield: Organisation
) -> None:
    add_alerts(oakfield, 120)
    SafeguardingAlert.objects.filter(user__in=["s00000", "s00001"]).update(status="closed")
    client.force_login(dinah)
    html = client.get(BASE + "alerts/").content.decode()
    assert "Rows 1\u201350 of 118" in html
    ids = re.findall(r'href="/orgs/oakfield/monitoring/alerts/(\d+)/"', html)
    assert len(ids) == 50
    page = client.get(BASE + f"alerts/{ids[0]}/").content.decode()
    assert "Act on alert" in page
    assert "of 120" in client.get(BASE + "alerts/?status=any").content.decode()
    assert "Rows 1\u20131 of 1" in client.get(BASE + "alerts/?q=s00042").content.decode()
    rows = csv_rows(client, BASE + "alerts/?export=csv&status=closed")
    assert len(rows) == 1 + 2 and "Searched for" in rows[0]
    client.force_login(ivan)  # IT sees no alerts, not even through an export
    assert client.get(BASE + "alerts/?export=csv").status_code == 403
    assert client.get(BASE + f"alerts/{ids[0]}/").status_code == 403


def test_the_pages_run_the_same_queries_whatever_their_length(
    client: Client, dinah: User, ivan: User, oakfield: Organisation
) -> None:
    add_requests(oakfield, 6)
    add_alerts(oakfield, 4)
    ListEntry.objects.create(organisation=oakfield, tier="deny", kind="domain", value="a.test")
    pages = [
        (ivan, "requests/"),
        (ivan, "requests/?status=any&q=site"),
        (ivan, "lists/?tier=deny"),
        (dinah, "alerts/"),
        (dinah, "alerts/?status=any&q=s0&since=2026-11-01"),
    ]

    def counts() -> list[int]:
        found = []
        for user, url in pages:
            client.force_login(user)
            found.append(queries_for(client, BASE + url))
        return found

    small = counts()
    add_requests(oakfield, 200)
    add_alerts(oakfield, 150, start=4)
    ListEntry.objects.bulk_create(
        ListEntry(organisation=oakfield, tier="deny", kind="domain", value=f"b{n}.test")
        for n in range(120)
    )
    assert counts() == small
