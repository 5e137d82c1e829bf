"""The pages that are not lists run the same number of SQL queries whatever the size of
the organisation (each list page has its own such test beside its app)."""

from __future__ import annotations

from datetime import date

from django.test import Client

from policyguard import RelationKind
from portal.organisations.models import Organisation
from portal.people.actions import add_relation
from portal.people.models import Affiliation, Person
from portal.testing.lists import queries_for
from portal.types import User


def grow(organisation: Organisation, parent: Person, count: int) -> None:
    people = Person.objects.bulk_create(
        Person(organisation=organisation, external_id=f"G{n:05d}", name=f"Grown {n}")
        for n in range(count)
    )
    Affiliation.objects.bulk_create(
        Affiliation(person=p, kind="student", start=date(2025, 9, 1)) for p in people
    )
    for person in people[:20]:
        add_relation(person=parent, kind=RelationKind.PARENT_OF, other=person, acting_user=None)


def test_home_and_person_pages_do_not_grow(
    client: Client, alice: User, directory: dict[str, Person]
) -> None:
    organisation = directory["S001"].organisation
    client.force_login(alice)
    urls = ["/orgs/oakfield/", "/orgs/oakfield/people/P001/", "/orgs/oakfield/people/L001/"]
    small = [queries_for(client, url) for url in urls]
    grow(organisation, directory["P001"], 300)
    assert [queries_for(client, url) for url in urls] == small
