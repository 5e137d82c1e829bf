"""People as the rules see them: who someone is at a given moment.

Status is computed at the event's time, never today's: a student whose leaving date is
still in the future is a current student; one who left 23 months ago is a former student
inside a 2-year window.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

FIRST_YEAR = 1900
LAST_YEAR = 2200


def _plausible_day(value: date) -> date:
    # Date arithmetic (a 24-month window after a leaving date) overflows near year 9999;
    # nothing the policies judge lies outside these years.
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"{value} is out of range: give a date from {FIRST_YEAR} to {LAST_YEAR}")
    return value


Day = Annotated[date, AfterValidator(_plausible_day)]
"""A calendar date between 1900 and 2200: every date an event or a directory carries."""


class AffiliationKind(StrEnum):
    STAFF = "staff"
    STUDENT = "student"
    APPLICANT = "applicant"
    PARENT = "parent"
    CONTRACTOR = "contractor"
    VOLUNTEER = "volunteer"
    ASSESSOR = "assessor"
    PARTNER = "partner"
    GOVERNOR = "governor"
    GUEST = "guest"


class RelationKind(StrEnum):
    PARENT_OF = "parent_of"
    GUARDIAN_OF = "guardian_of"
    CARER_OF = "carer_of"
    FAMILY_OF = "family_of"  # immediate family other than parent (sibling, spouse, child)
    FAMILY_FRIEND_OF = "family_friend_of"


PARENTAL = frozenset({RelationKind.PARENT_OF, RelationKind.GUARDIAN_OF, RelationKind.CARER_OF})
FAMILY = frozenset(PARENTAL | {RelationKind.FAMILY_OF})


class Affiliation(BaseModel):
    """One period in which a person is staff, a student, an applicant...

    ``end`` is the leaving date: the person is affiliated up to and including the day before.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: AffiliationKind
    start: Day | None = None
    end: Day | None = None

    def active_on(self, day: date) -> bool:
        started = self.start is None or self.start <= day
        return started and (self.end is None or day < self.end)

    def ended_by(self, day: date) -> bool:
        return self.end is not None and self.end <= day


class Relation(BaseModel):
    """``kind`` from this person to ``person_id`` (e.g. this person is parent_of them)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: RelationKind
    person_id: str


class Person(BaseModel):
    """Someone in an organisation's directory (or described inline in an event)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    name: str = ""
    date_of_birth: Day | None = None
    affiliations: list[Affiliation] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    roles: list[str] = Field(
        default_factory=list,
        description="Pack role keys this person holds, e.g. account_approver, dsl.",
    )
    line_manager_id: str | None = None
    progress_tutor_id: str | None = None

    def age_on(self, day: date) -> int | None:
        """Whole years on ``day``; someone born on 29 February turns a year older on 1 March
        in common years (the usual UK reading)."""
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        years = day.year - born.year
        if (day.month, day.day) < (born.month, born.day):
            years -= 1
        return years

    def is_(self, kind: AffiliationKind, day: date) -> bool:
        """Whether an affiliation of ``kind`` is active on ``day``."""
        return any(a.kind == kind and a.active_on(day) for a in self.affiliations)

    def left(self, kind: AffiliationKind, day: date) -> date | None:
        """The latest leaving date of an ended ``kind`` affiliation, if the person is not
        currently ``kind`` on ``day``; otherwise None."""
        if self.is_(kind, day):
            return None
        ends = [a.end for a in self.affiliations if a.kind == kind and a.ended_by(day)]
        return max((e for e in ends if e is not None), default=None)

    def relations_to(self, other: Person) -> set[RelationKind]:
        """Relations in either direction between this person and ``other``."""
        found = {r.kind for r in self.relations if r.person_id == other.id}
        found |= {r.kind for r in other.relations if r.person_id == self.id}
        return found

    def holds(self, role: str) -> bool:
        return role in self.roles
