"""A learner declares that they attended a session; the tutor confirms it on their list;
the learner's course is then up to date. All in Chromium."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from portal.notifications.models import Notification
from portal.organisations.models import Organisation
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.training.actions import create_session
from portal.types import User

pytestmark = [*BROWSER_TEST, pytest.mark.clause("VTS-11")]


def test_a_learner_declares_attendance_and_the_tutor_confirms_it(
    live_server: Any,
    browser: Any,
    with_courses: Organisation,
    alice: User,
    dave: User,
    tariq: User,
) -> None:
    create_session(
        organisation=with_courses,
        course="online_safety",
        held_on=date(2026, 11, 20),
        tutor=tariq,
        acting_user=alice,
    )
    learner = browser.new_context().new_page()
    learner.set_default_timeout(15_000)
    sign_in(learner, live_server.url, "dave", "dave-password")
    learner.get_by_role("link", name=re.compile("^My training")).first.click()
    course = learner.get_by_role("row", name=re.compile("Online-safety session"))
    assert "overdue" in course.inner_text()
    learner.get_by_label("Session").select_option(
        label="Online-safety session, 20 November 2026 (tariq)"
    )
    learner.get_by_label("Note for the tutor (optional)").fill("I sat at the back")
    learner.get_by_role("button", name="Declare my attendance").click()
    declared = learner.get_by_role("table", name="What I declared")
    assert "waiting for the tutor" in declared.inner_text()
    assert "overdue" in learner.get_by_role("table", name="My courses").inner_text()

    tutor = browser.new_context().new_page()
    tutor.set_default_timeout(15_000)
    sign_in(tutor, live_server.url, "tariq", "tariq-password")
    tutor.get_by_role("link", name=re.compile("^Attendance to confirm")).first.click()
    row = tutor.get_by_role("row", name=re.compile("Dave Dunn"))
    assert "I sat at the back" in row.inner_text()
    row.get_by_role("button", name="Confirm").click()
    assert "Dave Dunn's attendance of Online-safety session is confirmed" in (
        tutor.get_by_role("status").first.inner_text()
    )
    assert "Nothing is waiting for you" in tutor.get_by_role("table").inner_text()

    learner.reload()
    assert "up to date" in learner.get_by_role("table", name="My courses").inner_text()
    assert "confirmed" in learner.get_by_role("table", name="What I declared").inner_text()
    assert Notification.objects.filter(
        recipient=dave, kind="training.declaration_answered"
    ).exists()
    assert Notification.objects.filter(recipient=tariq, kind="training.declared").exists()
