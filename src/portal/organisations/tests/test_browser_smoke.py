"""A browser walks through the portal: sign in, read the pack, fail an import.

Runs Debian's chromium through Playwright (never ``playwright install``); skipped where
either is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from portal.organisations.models import Organisation
from portal.testing.auth import current_code, second_factor_device
from portal.testing.browser import BROWSER_TEST
from portal.types import User

pytestmark = BROWSER_TEST


@pytest.fixture
def page(browser: Any) -> Any:
    return browser.new_page()


def test_a_member_signs_in_and_reads_the_policy(
    live_server: Any, page: Any, alice: User, oakfield: Organisation, tmp_path: Path
) -> None:
    alice.set_password("correct horse battery")
    alice.save(update_fields=["password"])
    device = second_factor_device(alice)  # an administrator: a second factor is required
    page.goto(f"{live_server.url}/orgs/oakfield/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code").fill(current_code(device))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/orgs/oakfield/")
    assert page.get_by_role("heading", level=1).inner_text() == "Oakfield College"
    assert "Review overdue" in page.get_by_role("alert").inner_text()

    page.get_by_role("link", name="Import people").click()
    bad = tmp_path / "people.csv"
    bad.write_text("id,name\nS1,\n", encoding="utf-8")
    page.get_by_label("People file (CSV, UTF-8)").set_input_files(str(bad))
    page.get_by_role("button", name="Import").click()
    assert "Nothing was imported: 1 problem" in page.get_by_role("alert").inner_text()
