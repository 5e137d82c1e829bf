"""A small directory shared by the rule tables: who each person is, and why they exist.

Dates are chosen around the boundaries the rules care about:
- ``student`` is a current student whose leaving date (2027-07-01) is still in the future;
- ``minor`` turns 18 on 2026-05-10;
- ``left_2024`` left on 2024-11-20, so a 2-year window ends on 2026-11-20;
- ``left_minor`` left in January 2026 and is 17 until 2027-03-15;
- ``nephew`` is a current student and family of ``teacher``;
- ``parent`` is the parent of ``student``;
- ``promo_student`` is an adult student who consented to marketing, not to educational use.
"""

from __future__ import annotations

from datetime import date

from policyguard.lookups import Consent, ConsentGiver, InMemoryLookups
from policyguard.people import Affiliation, AffiliationKind, Person, Relation, RelationKind

STAFF = AffiliationKind.STAFF
STUDENT = AffiliationKind.STUDENT


def _person(
    pid: str,
    kind: AffiliationKind,
    *,
    start: str | None = None,
    end: str | None = None,
    born: str | None = None,
    **extra: object,
) -> Person:
    return Person(
        id=pid,
        name=pid.replace("_", " ").title(),
        date_of_birth=date.fromisoformat(born) if born else None,
        affiliations=[
            Affiliation(
                kind=kind,
                start=date.fromisoformat(start) if start else None,
                end=date.fromisoformat(end) if end else None,
            )
        ],
        **extra,  # type: ignore[arg-type]
    )


PEOPLE = [
    _person(
        "teacher",
        STAFF,
        start="2015-09-01",
        line_manager_id="manager",
        relations=[Relation(kind=RelationKind.FAMILY_OF, person_id="nephew")],
    ),
    _person("manager", STAFF, start="2010-09-01"),
    _person("assessor", AffiliationKind.ASSESSOR, start="2020-01-01"),
    _person("student", STUDENT, start="2025-09-01", end="2027-07-01", born="2007-01-15"),
    _person("minor", STUDENT, start="2024-09-01", end="2027-07-01", born="2008-05-10"),
    _person("adult_learner", STUDENT, start="2025-09-01", born="1990-02-02"),
    _person("left_2024", STUDENT, start="2022-09-01", end="2024-11-20", born="2004-03-03"),
    _person("left_minor", STUDENT, start="2025-09-01", end="2026-01-31", born="2009-03-15"),
    _person("left_long_ago", STUDENT, start="2010-09-01", end="2012-07-01", born="1994-01-01"),
    _person("applicant", AffiliationKind.APPLICANT, start="2026-10-01"),
    _person("nephew", STUDENT, start="2025-09-01", born="2008-01-01"),
    _person("promo_student", STUDENT, start="2025-09-01", born="2006-06-06"),
    _person(
        "parent",
        AffiliationKind.PARENT,
        relations=[Relation(kind=RelationKind.PARENT_OF, person_id="minor")],
    ),
    _person("friend", AffiliationKind.GUEST),
    _person(
        "approver",
        STAFF,
        roles=[
            "account_approver",
            "account_owner",
            "director",
            "data_protection_officer",
            "director_of_communications",
            "head_of_school",
        ],
    ),
]

# Consents name where (official social media) and why (educational activity, a purpose key
# of the bundled packs); ``promo_student`` consented to marketing only.
USES = ["official_social_media", "educational_activity"]
CONSENTS = [
    # minor consented herself on 2026-01-01 (under 18 then); her parent consented 2026-02-01.
    Consent(person_id="minor", given_by=ConsentGiver.SELF, uses=USES, given_on=date(2026, 1, 1)),
    Consent(person_id="student", given_by=ConsentGiver.SELF, uses=USES, given_on=date(2025, 9, 1)),
    # adult_learner consented, then withdrew on 2026-06-01.
    Consent(
        person_id="adult_learner",
        given_by=ConsentGiver.SELF,
        uses=USES,
        given_on=date(2025, 9, 1),
        withdrawn_on=date(2026, 6, 1),
    ),
    Consent(
        person_id="promo_student",
        given_by=ConsentGiver.SELF,
        uses=["official_social_media", "marketing"],
        given_on=date(2025, 9, 1),
    ),
]

PARENT_CONSENT = Consent(
    person_id="minor",
    given_by=ConsentGiver.PARENT,
    given_by_person_id="parent",
    uses=USES,
    given_on=date(2026, 2, 1),
)


def lookups(*, with_parent_consent: bool = False) -> InMemoryLookups:
    consents = [*CONSENTS, *([PARENT_CONSENT] if with_parent_consent else [])]
    return InMemoryLookups(PEOPLE, consents)
