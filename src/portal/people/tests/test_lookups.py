"""DatabaseLookups: the core's view of one organisation's directory."""

from __future__ import annotations

from datetime import date

from policyguard import AffiliationKind, RelationKind
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.people.queries import DatabaseLookups


def test_it_returns_core_people_with_links(
    oakfield: Organisation, directory: dict[str, Person]
) -> None:
    lookups = DatabaseLookups(oakfield)
    student = lookups.person("L001")
    assert student is not None
    assert student.is_(AffiliationKind.STUDENT, date(2026, 11, 21))
    assert student.age_on(date(2026, 11, 21)) == 16
    assert student.progress_tutor_id == "T001"
    parent = lookups.person("P001")
    assert parent is not None
    assert parent.relations_to(student) == {RelationKind.PARENT_OF}
    former = lookups.person("L002")
    assert former is not None and former.left(AffiliationKind.STUDENT, date(2026, 11, 21)) == date(
        2025, 7, 1
    )
    assert lookups.person("S002").line_manager_id == "S001"  # type: ignore[union-attr]


def test_it_returns_consents(oakfield: Organisation, directory: dict[str, Person]) -> None:
    (consent,) = DatabaseLookups(oakfield).consents("L001")
    assert consent.given_by_person_id == "P001"
    assert consent.valid_on(date(2026, 11, 21))


def test_other_organisations_people_are_unknown(
    elmbrook: Organisation, directory: dict[str, Person]
) -> None:
    lookups = DatabaseLookups(elmbrook)
    assert lookups.person("L001") is None
    assert list(lookups.consents("L001")) == []


def test_it_lists_names_for_screening_and_reuses_them_while_unchanged(
    oakfield: Organisation, directory: dict[str, Person]
) -> None:
    first = DatabaseLookups(oakfield).directory()
    assert {(p.id, p.name) for p in first} >= {("L001", "Dave Dunn"), ("S001", "Bob Baker")}
    assert DatabaseLookups(oakfield).directory() is first
    renamed = directory["L001"]
    renamed.name = "David Dunn"
    renamed.save(update_fields=["name"])
    again = DatabaseLookups(oakfield).directory()
    assert again is not first and ("L001", "David Dunn") in {(p.id, p.name) for p in again}


def test_it_finds_a_directory_name_in_a_post(
    oakfield: Organisation, directory: dict[str, Person]
) -> None:
    from policyguard import DirectoryLookups
    from policyguard.screening import names_for

    lookups = DatabaseLookups(oakfield)
    assert isinstance(lookups, DirectoryLookups)
    found = names_for(lookups.directory()).detect("Well done to Lena Ward on her results!")
    assert [(d.match, d.detail.get("person_ids")) for d in found] == [("Lena Ward", "L002")]
