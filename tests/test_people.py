"""Ages and affiliations are computed on the event's date, with the boundary days right."""

from __future__ import annotations

from datetime import date

import pytest

from policyguard.people import Affiliation, AffiliationKind, Person, Relation, RelationKind


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (date(2008, 5, 10), date(2026, 5, 9), 17),  # the day before the 18th birthday
        (date(2008, 5, 10), date(2026, 5, 10), 18),  # the 18th birthday itself
        (date(2008, 2, 29), date(2026, 2, 28), 17),  # leap-day birth, common year
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
    ],
)
def test_it_counts_whole_years(born: date, day: date, age: int) -> None:
    assert Person(id="p", date_of_birth=born).age_on(day) == age


def test_it_has_no_age_without_a_date_of_birth() -> None:
    assert Person(id="p").age_on(date(2026, 1, 1)) is None


def test_it_treats_a_future_leaving_date_as_still_current() -> None:
    student = Person(
        id="s",
        affiliations=[Affiliation(kind=AffiliationKind.STUDENT, end=date(2026, 7, 1))],
    )
    assert student.is_(AffiliationKind.STUDENT, date(2026, 6, 30))
    assert student.left(AffiliationKind.STUDENT, date(2026, 6, 30)) is None
    assert not student.is_(AffiliationKind.STUDENT, date(2026, 7, 1))
    assert student.left(AffiliationKind.STUDENT, date(2026, 7, 1)) == date(2026, 7, 1)


def test_it_is_not_yet_affiliated_before_the_start_date() -> None:
    applicant = Person(
        id="a",
        affiliations=[Affiliation(kind=AffiliationKind.STUDENT, start=date(2026, 9, 1))],
    )
    assert not applicant.is_(AffiliationKind.STUDENT, date(2026, 8, 31))
    assert applicant.left(AffiliationKind.STUDENT, date(2026, 8, 31)) is None


def test_it_finds_relations_in_either_direction() -> None:
    parent = Person(id="p", relations=[Relation(kind=RelationKind.PARENT_OF, person_id="c")])
    child = Person(id="c")
    assert parent.relations_to(child) == {RelationKind.PARENT_OF}
    assert child.relations_to(parent) == {RelationKind.PARENT_OF}
    assert child.relations_to(Person(id="x")) == set()
