"""DatabaseLookups: the core's view of one organisation's directory."""

from __future__ import annotations

from datetime import date

from policyguard.people import AffiliationKind, RelationKind
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
