"""Oakfield with a second version of its pack (``test.2`` rewords OAK-01, a rule that binds
staff and students), Sian (S002, managed by Bob) signed up, a yearly online-safety course,
and two more learners."""

from __future__ import annotations

from datetime import date

import pytest

from policyguard import AffiliationKind
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.people.actions import add_person
from portal.people.models import Person
from portal.testing import pack_text
from portal.types import User

OLD_OAK_01 = "Staff keep no social media contact with current students."
NEW_OAK_01 = "Staff keep no social media contact with students on any network."


def next_version() -> str:
    text = pack_text("oakfield").replace('version: "test.1"', 'version: "test.2"')
    assert OLD_OAK_01 in text
    return text.replace(OLD_OAK_01, NEW_OAK_01)


@pytest.fixture
def sian(oakfield: Organisation, directory: dict[str, Person]) -> User:
    user = User.objects.create_user(username="sian", password="sian-password")
    set_membership(organisation=oakfield, user=user, roles=["staff"], acting_user=None)
    person = directory["S002"]
    person.user = user
    person.save(update_fields=["user"])
    return user


COURSES = """
training:
  courses:
    online_safety:
      title: Online-safety session
      kind: online_safety
      attendees: [student]
      cycle_months: 12
      due_within_days: 42
      clauses: [OAK-05]
"""


@pytest.fixture
def with_courses(oakfield: Organisation) -> Organisation:
    """Oakfield's pack with a yearly online-safety session for students, due within six
    weeks of starting."""
    oakfield.pack_yaml = pack_text("oakfield") + COURSES
    oakfield.save(update_fields=["pack_yaml"])
    return oakfield


@pytest.fixture
def learners(oakfield: Organisation, directory: dict[str, Person]) -> dict[str, Person]:
    """Two more current learners, tutored by T001: L003 started this term (due in six
    weeks), L004 a year ago (overdue, never attended)."""
    for external_id, name, start in (
        ("L003", "Ann Lee", date(2026, 11, 2)),
        ("L004", "Ben Holt", date(2025, 9, 1)),
    ):
        directory[external_id] = add_person(
            organisation=oakfield,
            external_id=external_id,
            name=name,
            date_of_birth=date(2009, 1, 1),
            affiliations=[(AffiliationKind.STUDENT, start, None)],
            progress_tutor=directory["T001"],
            acting_user=None,
        )
    return directory


@pytest.fixture
def tariq(oakfield: Organisation, directory: dict[str, Person]) -> User:
    """Tariq (T001), a member of staff who tutors L001 and runs sessions."""
    user = User.objects.create_user(username="tariq", password="tariq-password")
    set_membership(organisation=oakfield, user=user, roles=["staff"], acting_user=None)
    person = directory["T001"]
    person.user = user
    person.save(update_fields=["user"])
    return user
