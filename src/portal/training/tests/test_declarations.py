"""Declared attendance (VTS-11, WCUC-06): a learner says they attended a session; it
counts only once the session's tutor confirms it; a rejection records them absent with
the reason; each side is told of the other's step, and nobody else may answer."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client

from portal.conftest import NOW
from portal.errors import NotAllowedNow, NotFound, Rejected
from portal.notifications.models import Notification
from portal.organisations.models import Organisation
from portal.organisations.queries import access_to
from portal.training.actions import (
    confirm_declaration,
    create_session,
    declare_attendance,
    record_attendance,
    reject_declaration,
)
from portal.training.courses import course_states
from portal.training.models import AttendanceStatus, TrainingSession
from portal.training.queries import pending_declarations
from portal.types import User

pytestmark = pytest.mark.clause("VTS-11", "WCUC-06")
TODAY = NOW.date()


def _status(organisation: Organisation, external_id: str) -> str:
    states = course_states(organisation, "online_safety", today=TODAY)
    return next(s.status for s in states if s.person.external_id == external_id)


@pytest.fixture
def session(with_courses: Organisation, alice: User, tariq: User) -> TrainingSession:
    return create_session(
        organisation=with_courses,
        course="online_safety",
        held_on=date(2026, 11, 20),
        tutor=tariq,
        acting_user=alice,
    )


def test_it_counts_only_once_the_tutor_confirms(
    session: TrainingSession,
    dave: User,
    tariq: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    organisation = session.organisation
    assert _status(organisation, "L001") == "overdue"
    with django_capture_on_commit_callbacks(execute=True):
        declared = declare_attendance(
            access=access_to(dave, "oakfield"), session=session, note="front row", acting_user=dave
        )
    assert not declared.confirmed and declared.source == "declared"
    assert _status(organisation, "L001") == "overdue"  # not yet confirmed
    [told] = Notification.objects.filter(kind="training.declared")
    assert told.recipient == tariq
    assert told.title == (
        "Dave Dunn says they attended Online-safety session on 20 November 2026: please confirm"
    )
    assert told.link == "/orgs/oakfield/training/declarations/"
    # Declaring again changes nothing and tells nobody twice.
    with django_capture_on_commit_callbacks(execute=True):
        again = declare_attendance(
            access=access_to(dave, "oakfield"), session=session, acting_user=dave
        )
    assert again.pk == declared.pk
    assert Notification.objects.filter(kind="training.declared").count() == 1

    access = access_to(tariq, "oakfield")
    assert list(pending_declarations(tariq, access)) == [declared]
    with django_capture_on_commit_callbacks(execute=True):
        confirm_declaration(access=access, attendance_id=declared.pk, acting_user=tariq)
    assert _status(organisation, "L001") == "up_to_date"
    assert list(pending_declarations(tariq, access)) == []
    [answer] = Notification.objects.filter(kind="training.declaration_answered")
    assert answer.recipient == dave
    assert (
        answer.title == "Your attendance of Online-safety session on 20 November 2026 is confirmed"
    )
    with pytest.raises(NotAllowedNow):
        confirm_declaration(access=access, attendance_id=declared.pk, acting_user=tariq)
    with pytest.raises(NotAllowedNow, match="already answered"):
        declare_attendance(access=access_to(dave, "oakfield"), session=session, acting_user=dave)


def test_a_rejection_needs_a_reason_and_records_the_person_absent(
    session: TrainingSession,
    dave: User,
    tariq: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    declared = declare_attendance(
        access=access_to(dave, "oakfield"), session=session, acting_user=dave
    )
    access = access_to(tariq, "oakfield")
    with pytest.raises(Rejected) as raised:
        reject_declaration(access=access, attendance_id=declared.pk, reason=" ", acting_user=tariq)
    assert raised.value.problems[0].field == "note"
    with django_capture_on_commit_callbacks(execute=True):
        rejected = reject_declaration(
            access=access, attendance_id=declared.pk, reason="Not on my list", acting_user=tariq
        )
    assert rejected.status == AttendanceStatus.ABSENT and rejected.confirmed
    assert _status(session.organisation, "L001") == "overdue"
    [answer] = Notification.objects.filter(kind="training.declaration_answered")
    assert answer.recipient == dave and answer.body == "The tutor's reason: Not on my list"


def test_only_the_tutor_or_a_training_manager_answers(
    session: TrainingSession, dave: User, tariq: User, bob: User, alice: User
) -> None:
    declared = declare_attendance(
        access=access_to(dave, "oakfield"), session=session, acting_user=dave
    )
    for someone in (bob, dave):  # another member of staff; the learner themself
        access = access_to(someone, "oakfield")
        assert list(pending_declarations(someone, access)) == []
        with pytest.raises(NotFound):
            confirm_declaration(access=access, attendance_id=declared.pk, acting_user=someone)
    # The administrator (a training manager) sees every declaration.
    assert list(pending_declarations(alice, access_to(alice, "oakfield"))) == [declared]


def test_a_session_is_declared_only_by_someone_who_must_attend_and_recently(
    session: TrainingSession, dave: User, bob: User, alice: User
) -> None:
    with pytest.raises(NotFound):  # staff do not attend the learners' course
        declare_attendance(access=access_to(bob, "oakfield"), session=session, acting_user=bob)
    old = create_session(
        organisation=session.organisation,
        course="online_safety",
        held_on=TODAY - timedelta(days=90),
        acting_user=alice,
    )
    with pytest.raises(NotAllowedNow, match="last 60 days"):
        declare_attendance(access=access_to(dave, "oakfield"), session=old, acting_user=dave)
    record_attendance(session=session, person_ids=["L001"], status="absent", acting_user=alice)
    with pytest.raises(NotAllowedNow, match="register already has you as absent"):
        declare_attendance(access=access_to(dave, "oakfield"), session=session, acting_user=dave)


def test_the_pages_of_the_learner_and_the_tutor(
    client: Client, session: TrainingSession, dave: User, tariq: User, bob: User
) -> None:
    client.force_login(dave)
    page = client.get("/orgs/oakfield/training/mine/").content.decode()
    assert "Online-safety session, 20 November 2026 (tariq)" in page
    client.post("/orgs/oakfield/training/mine/", {"session": session.pk, "note": "late"})
    page = client.get("/orgs/oakfield/training/mine/").content.decode()
    assert "waiting for the tutor" in page
    assert client.get("/orgs/oakfield/training/declarations/").status_code == 403

    client.force_login(bob)  # runs no session: no list, and no link to one
    assert client.get("/orgs/oakfield/training/declarations/").status_code == 403

    client.force_login(tariq)
    page = client.get("/orgs/oakfield/training/declarations/").content.decode()
    assert "Dave Dunn" in page and "late" in page
    [pending] = pending_declarations(tariq, access_to(tariq, "oakfield"))
    client.post(
        "/orgs/oakfield/training/declarations/",
        {"attendance": pending.pk, "decision": "reject", "reason": "Absent that day"},
    )
    pending.refresh_from_db()
    assert pending.status == "absent" and pending.note == "Absent that day"
