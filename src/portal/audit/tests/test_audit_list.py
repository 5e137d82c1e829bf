"""The audit log as a list: every entry reachable by paging, filters, search, export, and
a constant number of queries; still for administrators only."""

from __future__ import annotations

from django.test import Client

from portal.audit.actions import write_audit_entry
from portal.audit.models import AuditEntry
from portal.organisations.models import Organisation
from portal.testing.lists import csv_rows, queries_for
from portal.types import User

URL = "/orgs/oakfield/audit/"


def add_entries(organisation: Organisation, count: int, user: User | None = None) -> None:
    for n in range(count):
        write_audit_entry(
            acting_user=user,
            organisation=organisation,
            verb="person.add" if n % 2 else "consent.record",
            detail={"external_id": f"X{n:04d}"},
        )


def test_every_entry_is_reachable_and_filters_apply(
    client: Client, alice: User, oakfield: Organisation
) -> None:
    add_entries(oakfield, 600, alice)
    total = AuditEntry.objects.filter(organisation=oakfield).count()
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert f"of {total}, page 1 of {-(-total // 50)}" in html
    assert "X0599" in html and "X0549" not in html  # newest first
    assert "X0000" in client.get(URL + "?sort=at").content.decode()  # oldest first
    assert "Rows 1\u201350 of 300" in client.get(URL + "?verb=person").content.decode()
    found = client.get(URL + "?q=X0421").content.decode()
    assert "Rows 1\u20131 of 1" in found and "X0421" in found
    assert "No rows" in client.get(URL + "?actor=nobody").content.decode()
    rows = csv_rows(client, URL + "?export=csv&verb=consent")
    assert rows[0] == ["When", "Who", "What", "Object", "Detail"]
    assert len(rows) == 1 + 300
    assert rows[1][1:3] == ["alice", "consent.record"]


def test_only_administrators_read_or_export_it(client: Client, bob: User) -> None:
    client.force_login(bob)
    assert client.get(URL).status_code == 403
    assert client.get(URL + "?export=csv").status_code == 403


def test_the_page_runs_the_same_queries_whatever_the_log_size(
    client: Client, alice: User, oakfield: Organisation
) -> None:
    client.force_login(alice)
    urls = [URL, URL + "?verb=person&q=X&since=2026-01-01&until=2026-12-31&sort=verb"]
    add_entries(oakfield, 3, alice)
    small = [queries_for(client, url) for url in urls]
    add_entries(oakfield, 300, alice)
    assert [queries_for(client, url) for url in urls] == small
