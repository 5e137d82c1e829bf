"""Done when: a training session's attendance is imported, and the overdue learners appear.
The administrator records a session of the online-safety course, imports its register
from a CSV file (preview, then confirm), and reads on the course's page who is still
overdue; all in Chromium."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = [*BROWSER_TEST, pytest.mark.clause("VTS-11")]


def test_attendance_is_imported_and_the_overdue_learners_appear(
    live_server: Any,
    browser: Any,
    with_courses: Organisation,
    learners: dict[str, Person],
    alice: User,
    tmp_path: Path,
) -> None:
    register = tmp_path / "register.csv"
    register.write_text("id,status\nL001,attended\nL004,absent\n")

    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    sign_in(page, live_server.url, "alice", "alice-password", device=second_factor_device(alice))
    page.get_by_role("link", name=re.compile("^Training")).first.click()
    row = page.get_by_role("row", name=re.compile("Online-safety session"))
    assert row.get_by_role("cell").nth(2).inner_text() == "2"  # overdue: L001 and L004

    page.get_by_label("Course").select_option("online_safety")
    page.get_by_label("Held on").fill("2026-11-20")
    page.get_by_role("button", name="Record the session").click()
    page.wait_for_url(re.compile(r".*/training/sessions/\d+/$"))
    page.get_by_label("Attendance file (CSV)").set_input_files(str(register))
    page.get_by_role("button", name="Preview import").click()
    assert (
        "2 lines: 2 added" in page.get_by_role("region", name="Check before importing").inner_text()
    )
    page.get_by_role("button", name="Confirm import").click()
    assert "Dave Dunn" in page.get_by_role("table", name="Register").inner_text()

    page.get_by_role("link", name="Who is due for this course").click()
    assert "1 overdue" in page.get_by_role("status").first.inner_text()
    assert "overdue" in page.get_by_role("row", name=re.compile("Ben Holt")).inner_text()
    assert "up to date" in page.get_by_role("row", name=re.compile("Dave Dunn")).inner_text()
