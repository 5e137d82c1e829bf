"""Training records (VTS-11, WCUC-06): sessions of the pack's courses, attendance on the
register or from a CSV file (all or nothing, every problem with its line), who is due and
who is overdue by the course's cycle, the report per team, and the weekly reminder to
training managers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from portal.conftest import NOW
from portal.errors import Rejected
from portal.notifications.models import Notification
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.retention.actions import purge_expired
from portal.training.actions import create_session, record_attendance
from portal.training.attendance_import import import_attendance_csv, preview_attendance
from portal.training.courses import count, course_states, report_by_team
from portal.training.jobs import overdue_training
from portal.training.models import Attendance, TrainingSession
from portal.types import User

pytestmark = pytest.mark.clause("VTS-11", "WCUC-06")
TODAY = NOW.date()


def test_who_is_due_and_overdue_follows_the_course(
    with_courses: Organisation, learners: dict[str, Person], alice: User
) -> None:
    states = {
        s.person.external_id: s for s in course_states(with_courses, "online_safety", today=TODAY)
    }
    # L002 left in 2025: no longer asked. L001 and L004 started in September 2025.
    assert set(states) == {"L001", "L003", "L004"}
    assert states["L004"].status == "overdue" and states["L004"].due_on == date(2025, 10, 13)
    assert states["L003"].status == "due_soon" and states["L003"].due_on == date(2026, 12, 14)

    session = create_session(
        organisation=with_courses,
        course="online_safety",
        held_on=date(2026, 11, 20),
        acting_user=alice,
    )
    record_attendance(session=session, person_ids=["L004"], status="attended", acting_user=alice)
    record_attendance(session=session, person_ids=["L001"], status="absent", acting_user=alice)
    states = {
        s.person.external_id: s for s in course_states(with_courses, "online_safety", today=TODAY)
    }
    assert states["L004"].status == "up_to_date" and states["L004"].due_on == date(2027, 11, 20)
    assert states["L001"].status == "overdue"  # absent does not count
    assert count(states.values()).overdue == 1
    assert dict(report_by_team(states.values()))["Tariq Noor's tutees"].overdue == 1


def test_a_session_is_of_a_course_the_pack_names_and_already_held(
    with_courses: Organisation, alice: User
) -> None:
    with pytest.raises(Rejected) as caught:
        create_session(
            organisation=with_courses, course="knitting", held_on=TODAY, acting_user=alice
        )
    assert caught.value.problems[0].field == "course"
    with pytest.raises(Rejected):
        create_session(
            organisation=with_courses,
            course="online_safety",
            held_on=TODAY + timedelta(days=1),
            acting_user=alice,
        )
    assert not TrainingSession.objects.exists()


def test_an_attendance_file_is_all_or_nothing_with_every_problem_named(
    with_courses: Organisation, learners: dict[str, Person], alice: User
) -> None:
    session = create_session(
        organisation=with_courses, course="online_safety", held_on=TODAY, acting_user=alice
    )
    bad = b"id,status\nL001,attended\nX999,attended\nL003,asleep\nL001,absent\n"
    with pytest.raises(Rejected) as caught:
        preview_attendance(session=session, data=bad)
    assert [(p.line, p.field) for p in caught.value.problems] == [
        (3, "id"),
        (4, "status"),
        (5, "id"),
    ]
    assert not Attendance.objects.exists()

    good = b"ID,Status,Note\nL001,attended,\nL003,excused,ill\n"
    preview = preview_attendance(session=session, data=good)
    assert (preview.total, len(preview.added)) == (2, 2)
    import_attendance_csv(session=session, data=good, source="register.csv", acting_user=alice)
    assert dict(Attendance.objects.values_list("person__external_id", "status")) == {
        "L001": "attended",
        "L003": "excused",
    }
    again = import_attendance_csv(session=session, data=good, acting_user=alice)
    assert len(again.unchanged) == 2 and Attendance.objects.count() == 2


def test_only_training_managers_and_the_tutor_keep_the_register(
    client: Client, with_courses: Organisation, alice: User, bob: User
) -> None:
    session = create_session(
        organisation=with_courses, course="online_safety", held_on=TODAY, acting_user=alice
    )
    client.force_login(bob)
    assert client.get("/orgs/oakfield/training/").status_code == 403
    assert client.get(f"/orgs/oakfield/training/sessions/{session.pk}/").status_code == 404
    session.tutor = bob
    session.save(update_fields=["tutor"])
    page = client.post(
        f"/orgs/oakfield/training/sessions/{session.pk}/",
        {"upload-file": SimpleUploadedFile("a.csv", b"id\nL001\n")},
    )
    assert page.status_code == 200 and "Check before importing" in page.content.decode()


def test_training_managers_hear_weekly_who_is_overdue(
    with_courses: Organisation,
    learners: dict[str, Person],
    alice: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        assert overdue_training(now=NOW) == "1 course(s) with people overdue"
        overdue_training(now=NOW + timedelta(hours=2))
    [note] = Notification.objects.filter(kind="training.overdue")
    assert note.recipient == alice  # nobody holds dsl or hr: the administrators
    assert note.title == "2 people are overdue for Online-safety session"
    assert note.link == "/orgs/oakfield/training/online_safety/"


def test_old_sessions_are_purged_with_their_register(
    with_courses: Organisation, learners: dict[str, Person], alice: User
) -> None:
    old = create_session(
        organisation=with_courses,
        course="online_safety",
        held_on=date(2019, 11, 1),
        acting_user=alice,
    )
    record_attendance(session=old, person_ids=["L001"], status="attended", acting_user=alice)
    kept = create_session(
        organisation=with_courses, course="online_safety", held_on=TODAY, acting_user=alice
    )
    purge_expired(organisation=with_courses, now=NOW)
    assert list(TrainingSession.objects.all()) == [kept]
    assert not Attendance.objects.filter(session_id=old.pk).exists()
