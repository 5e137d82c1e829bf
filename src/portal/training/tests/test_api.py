"""The JSON API for acknowledgements (VTS-17) and training attendance (VTS-11): token
auth, each object's access rule (nobody is named to a caller who may not see them), the
import's all-or-nothing checks named by record, and its hourly limit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from django.test import override_settings

from portal.compliance.actions import digest, pack_text, record_pack_version
from portal.conftest import NOW
from portal.organisations.models import Organisation
from portal.organisations.queries import access_to
from portal.people.models import Person
from portal.training.actions import acknowledge_policy, create_session, declare_attendance
from portal.training.courses import course_states
from portal.training.models import Attendance, TrainingSession
from portal.types import User

pytestmark = pytest.mark.clause("VTS-17", "VTS-11")
Token = Callable[[User], dict[str, str]]


def _names(rows: list[dict[str, object]]) -> set[object]:
    return {r["username"] or r["name"] for r in rows}


def test_acknowledgements_name_only_whom_the_caller_may_see(
    client: Any,
    token_for: Token,
    oakfield: Organisation,
    alice: User,
    bob: User,
    sian: User,
    dave: User,
    charlie: User,
) -> None:
    record_pack_version(organisation=oakfield, acting_user=None)
    acknowledge_policy(
        organisation=oakfield, digest=digest(pack_text(oakfield)[0]), acting_user=bob
    )
    url = "/api/v1/orgs/oakfield/acknowledgements"
    everyone = client.get(url, **token_for(alice)).json()
    assert _names(everyone) == {"alice", "bob", "sian", "dave"}
    bobs = {r["username"]: r for r in everyone}["bob"]
    assert bobs["version"] == "test.1" and not bobs["pending"] and bobs["person_id"] == "S001"

    # Bob manages Sian: he sees himself and her, nobody else.
    mine = client.get(url, **token_for(bob)).json()
    assert _names(mine) == {"bob", "sian"}
    assert {r["username"]: r["pending"] for r in mine} == {"bob": False, "sian": True}
    pending = client.get(url + "?pending_only=true", **token_for(bob)).json()
    assert _names(pending) == {"sian"}
    # Dave, a student, sees only himself; Charlie (Elmbrook) not even that Oakfield exists.
    assert _names(client.get(url, **token_for(dave)).json()) == {"dave"}
    assert client.get(url, **token_for(charlie)).status_code == 404
    unauthenticated = client.get(url)
    assert unauthenticated.status_code == 401
    assert unauthenticated.json()["error"]["code"] == "not_authenticated"


@pytest.fixture
def session(
    with_courses: Organisation, learners: dict[str, Person], alice: User, tariq: User
) -> TrainingSession:
    return create_session(
        organisation=with_courses,
        course="online_safety",
        held_on=date(2026, 11, 20),
        tutor=tariq,
        acting_user=alice,
    )


def test_sessions_and_registers_are_for_their_tutor_and_training_managers(
    client: Any,
    token_for: Token,
    session: TrainingSession,
    alice: User,
    tariq: User,
    bob: User,
    dave: User,
) -> None:
    other = create_session(
        organisation=session.organisation,
        course="online_safety",
        held_on=date(2026, 11, 1),
        acting_user=alice,
    )
    declare_attendance(access=access_to(dave, "oakfield"), session=session, acting_user=dave)
    listed = client.get("/api/v1/orgs/oakfield/training/sessions", **token_for(alice)).json()
    assert [s["id"] for s in listed] == [session.pk, other.pk]
    tutors = client.get("/api/v1/orgs/oakfield/training/sessions", **token_for(tariq)).json()
    assert [(s["id"], s["tutor"], s["declared"]) for s in tutors] == [(session.pk, "tariq", 1)]
    assert client.get("/api/v1/orgs/oakfield/training/sessions", **token_for(bob)).json() == []

    register = f"/api/v1/orgs/oakfield/training/sessions/{session.pk}/attendance"
    rows = client.get(register, **token_for(tariq)).json()
    assert [(r["person_id"], r["source"], r["confirmed"]) for r in rows] == [
        ("L001", "declared", False)
    ]
    # Another session's register, or any register for Bob: not found, like no session.
    other_register = f"/api/v1/orgs/oakfield/training/sessions/{other.pk}/attendance"
    assert client.get(other_register, **token_for(tariq)).status_code == 404
    assert client.get(register, **token_for(bob)).status_code == 404


def test_an_import_is_all_or_nothing_with_each_problem_named_by_record(
    client: Any, token_for: Token, session: TrainingSession, tariq: User
) -> None:
    register = f"/api/v1/orgs/oakfield/training/sessions/{session.pk}/attendance"
    bad = client.post(
        register,
        {"records": [{"id": "L004", "status": "late"}, {"id": "L999"}]},
        content_type="application/json",
        **token_for(tariq),
    )
    assert bad.status_code == 422
    problems = {p["field"]: p["message"] for p in bad.json()["error"]["problems"]}
    assert set(problems) == {"records.0.status", "records.1.id"}
    assert "'L999' is not in the directory" in problems["records.1.id"]
    assert not Attendance.objects.exists()

    body = {"records": [{"id": "L004"}, {"id": "L003", "status": "absent", "note": "ill"}]}
    preview = client.post(
        register, {**body, "preview": True}, content_type="application/json", **token_for(tariq)
    ).json()
    assert preview == {"total": 2, "added": 2, "changed": 0, "unchanged": 0, "written": False}
    assert not Attendance.objects.exists()
    done = client.post(register, body, content_type="application/json", **token_for(tariq))
    assert done.json()["written"] is True
    states = {
        s.person.external_id: s.status
        for s in course_states(session.organisation, "online_safety", today=NOW.date())
    }
    assert states["L004"] == "up_to_date" and states["L003"] != "up_to_date"
    assert Attendance.objects.get(person__external_id="L003").note == "ill"


@override_settings(POLICYGUARD_API_IMPORTS_PER_HOUR=1)
def test_imports_are_limited_per_hour(
    client: Any, token_for: Token, session: TrainingSession, tariq: User
) -> None:
    register = f"/api/v1/orgs/oakfield/training/sessions/{session.pk}/attendance"
    headers = token_for(tariq)
    body = {"records": [{"id": "L004"}], "preview": True}
    assert (
        client.post(register, body, content_type="application/json", **headers).status_code == 200
    )
    again = client.post(register, body, content_type="application/json", **headers)
    assert again.status_code == 429 and again.json()["error"]["code"] == "rate_limited"


def test_a_line_break_in_a_note_does_not_shift_the_records_named_in_problems(
    client: Any, token_for: Token, session: TrainingSession, tariq: User
) -> None:
    register = f"/api/v1/orgs/oakfield/training/sessions/{session.pk}/attendance"
    body = {"records": [{"id": "L004", "note": "one\ntwo"}, {"id": "L998"}], "preview": True}
    bad = client.post(register, body, content_type="application/json", **token_for(tariq))
    assert [p["field"] for p in bad.json()["error"]["problems"]] == ["records.1.id"]
