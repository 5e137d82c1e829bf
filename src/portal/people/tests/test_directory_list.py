"""The people page as a list: paging, sorting, search, filters, CSV export, and a number
of queries that does not grow with the directory (see the conftest for who sees whom)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.test import Client

from policyguard import AffiliationKind
from portal.audit.models import AuditEntry
from portal.organisations.models import Organisation
from portal.people.actions import add_person
from portal.people.models import Affiliation, Person
from portal.testing.lists import csv_rows, queries_for
from portal.types import User

URL = "/orgs/oakfield/people/"


def add_students(organisation: Organisation, count: int, *, start: int = 0) -> None:
    people = Person.objects.bulk_create(
        Person(organisation=organisation, external_id=f"X{n:05d}", name=f"Student {n:05d}")
        for n in range(start, start + count)
    )
    Affiliation.objects.bulk_create(
        Affiliation(person=p, kind="student", start=date(2025, 9, 1)) for p in people
    )


def ids_in(html: str) -> list[str]:
    return re.findall(r'data-label="Id"[^>]*><a href="/orgs/oakfield/people/([^/"]+)/"', html)


def test_it_pages_a_large_directory_and_says_how_many(
    client: Client, alice: User, directory: dict[str, Person]
) -> None:
    add_students(directory["S001"].organisation, 120)
    client.force_login(alice)
    html = client.get(URL).content.decode()
    assert len(ids_in(html)) == 50
    assert "Rows 1\u201350 of 126, page 1 of 3." in html
    last = client.get(URL + "?page=3").content.decode()
    assert len(ids_in(last)) == 26
    # A page past the end shows the last one; a huge per_page is held at 200.
    assert ids_in(client.get(URL + "?page=99").content.decode()) == ids_in(last)
    assert len(ids_in(client.get(URL + "?per_page=100000").content.decode())) == 126


def test_it_sorts_by_name_and_by_id(
    client: Client, alice: User, directory: dict[str, Person]
) -> None:
    client.force_login(alice)
    by_name = ids_in(client.get(URL).content.decode())
    assert by_name == ["S001", "L001", "L002", "P001", "S002", "T001"]  # Bob, Dave, Lena…
    assert ids_in(client.get(URL + "?sort=-external_id").content.decode()) == [
        "T001",
        "S002",
        "S001",
        "P001",
        "L002",
        "L001",
    ]
    page = client.get(URL + "?sort=-external_id").content.decode()
    assert 'aria-sort="descending"' in page
    # An unknown sort key is ignored rather than an error.
    assert client.get(URL + "?sort=date_of_birth").status_code == 200


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=dunn", {"L001", "P001"}),
        ("q=s00", {"S001", "S002"}),
        ("kind=parent", {"P001"}),
        ("status=former", {"L002"}),
        ("status=current&kind=student", {"L001"}),
        ("q=nobody", set()),
    ],
)
def test_it_searches_and_filters(
    client: Client, alice: User, directory: dict[str, Person], query: str, expected: set[str]
) -> None:
    client.force_login(alice)
    assert set(ids_in(client.get(f"{URL}?{query}").content.decode())) == expected


def test_it_filters_by_role(client: Client, alice: User, oakfield: Organisation) -> None:
    add_person(
        organisation=oakfield,
        external_id="D1",
        name="Dee Ess",
        roles=["dsl"],
        affiliations=[(AffiliationKind.STAFF, None, None)],
        acting_user=None,
    )
    add_person(
        organisation=oakfield, external_id="H1", name="Aitch", roles=["hr"], acting_user=None
    )
    client.force_login(alice)
    assert ids_in(client.get(URL + "?role=dsl").content.decode()) == ["D1"]


def test_a_bad_filter_value_is_named_and_the_rest_still_apply(
    client: Client, alice: User, directory: dict[str, Person]
) -> None:
    client.force_login(alice)
    response = client.get(URL + "?kind=wizard&q=dunn")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Affiliation: Select a valid choice" in html
    assert set(ids_in(html)) == {"L001", "P001"}


def test_search_never_widens_what_a_line_manager_sees(
    client: Client, bob: User, directory: dict[str, Person]
) -> None:
    client.force_login(bob)
    assert set(ids_in(client.get(URL + "?q=dunn").content.decode())) == set()
    assert set(ids_in(client.get(URL).content.decode())) == {"S001", "S002"}
    rows = csv_rows(client, URL + "?export=csv")
    assert [r[0] for r in rows[1:]] == ["S001", "S002"]


def test_the_export_has_every_matching_row_and_is_audited(
    client: Client, alice: User, directory: dict[str, Person]
) -> None:
    add_students(directory["S001"].organisation, 2100)  # more than one export chunk
    client.force_login(alice)
    rows = csv_rows(client, URL + "?export=csv&kind=student&sort=-external_id&page=2")
    assert rows[0] == ["Id", "Name", "Affiliations", "Roles"]
    assert len(rows) == 1 + 2100 + 2  # header, the added students, L001 and L002
    ids = [r[0] for r in rows[1:]]
    assert ids == sorted(ids, reverse=True)
    assert ["L001", "Dave Dunn", "student:2025-09-01:", ""] in rows
    entry = AuditEntry.objects.get(verb="list.export")
    assert entry.actor == alice
    assert entry.detail == {
        "list": "people",
        "filters": {"kind": "student", "sort": "-external_id"},
    }


def test_the_export_writes_formulas_as_text(
    client: Client, alice: User, oakfield: Organisation
) -> None:
    add_person(organisation=oakfield, external_id="F1", name="=HYPERLINK(1)", acting_user=None)
    client.force_login(alice)
    assert csv_rows(client, URL + "?export=csv")[1][1] == "'=HYPERLINK(1)"


def test_the_page_runs_the_same_queries_whatever_the_directory_size(
    client: Client, alice: User, bob: User, directory: dict[str, Person]
) -> None:
    organisation = directory["S001"].organisation
    add_students(organisation, 3)
    client.force_login(alice)
    urls = [URL, URL + "?kind=student&status=current&q=stu&sort=-name&page=2"]
    small = [queries_for(client, url) for url in urls]
    add_students(organisation, 300, start=3)
    for person in Person.objects.filter(external_id__startswith="X")[:150]:
        person.line_manager = directory["S001"]
        person.save(update_fields=["line_manager"])
    assert [queries_for(client, url) for url in urls] == small
    client.force_login(bob)
    assert queries_for(client, URL) == queries_for(client, URL + "?page=3")
