"""Who sees whom in the directory (see the conftest for alice, bob, charlie and dave)."""

from __future__ import annotations

from django.test import Client

from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.types import User


def ids_on_page(client: Client) -> set[str]:
    page = client.get("/orgs/oakfield/people/").content.decode()
    return {pid for pid in ("S001", "S002", "T001", "L001", "L002", "P001") if f">{pid}<" in page}


def test_an_administrator_sees_everyone(
    client: Client, alice: User, directory: dict[str, Person]
) -> None:
    client.force_login(alice)
    assert ids_on_page(client) == {"S001", "S002", "T001", "L001", "L002", "P001"}


def test_a_line_manager_sees_himself_and_his_reports(client: Client, bob: User) -> None:
    client.force_login(bob)
    assert ids_on_page(client) == {"S001", "S002"}
    assert client.get("/orgs/oakfield/people/S002/").status_code == 200
    # Not his to see: a student's date of birth and consents.
    assert client.get("/orgs/oakfield/people/L001/").status_code == 404


def test_a_student_has_no_directory(client: Client, dave: User) -> None:
    client.force_login(dave)
    assert client.get("/orgs/oakfield/people/").status_code == 403
    assert client.get("/orgs/oakfield/people/L001/").status_code == 404


def test_another_organisations_dsl_sees_nothing(
    client: Client, charlie: User, directory: dict[str, Person]
) -> None:
    client.force_login(charlie)
    assert client.get("/orgs/oakfield/people/").status_code == 404
    assert client.get("/orgs/oakfield/people/L001/").status_code == 404


def test_the_person_page_shows_relations_and_consents(
    client: Client, alice: User, directory: dict[str, Person]
) -> None:
    client.force_login(alice)
    page = client.get("/orgs/oakfield/people/L001/").content.decode()
    assert "Pat Dunn (P001) is parent of this person" in page
    # An administrator keeps the consent register (as do holders of record_consent).
    assert "for official_social_media: given by a parent or carer (Pat Dunn)" in page
    assert "Tariq Noor" in page  # progress tutor


def test_a_tutor_does_not_learn_a_students_family_from_the_person_page(
    client: Client, oakfield: Organisation, directory: dict[str, Person]
) -> None:
    # Tariq tutors Dave (L001) and so sees his page; Dave's parent Pat (P001) is not
    # someone Tariq may see, so the page must not name her.
    tariq = User.objects.create_user(username="tariq", password="x")
    set_membership(organisation=oakfield, user=tariq, roles=["staff"], acting_user=None)
    directory["T001"].user = tariq
    directory["T001"].save(update_fields=["user"])
    client.force_login(tariq)
    page = client.get("/orgs/oakfield/people/L001/").content.decode()
    assert "Dave Dunn" in page
    assert "Pat Dunn" not in page and "P001" not in page
    # Nor whether Dave has a consent on file: the section is for the register's keepers.
    assert "Consents" not in page and "official_social_media" not in page
