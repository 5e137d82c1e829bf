"""In a real browser: an administrator previews a CSV, confirms it, and watches the
worker's progress on the page that started it until the result appears."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from portal.people.models import Person
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = BROWSER_TEST


def test_the_import_runs_on_the_worker_and_the_page_shows_the_result(
    live_server: Any, browser: Any, alice: User, tmp_path: Path, run_worker: Callable[[], None]
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text("id,name\nS1,Ann Smith\nS2,Raj Patel\n", encoding="utf-8")
    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    sign_in(page, live_server.url, "alice", "alice-password", device=second_factor_device(alice))
    page.wait_for_url(re.compile(r".*/dashboard/$"))
    page.goto(f"{live_server.url}/orgs/oakfield/people/import/")
    page.locator("input[type=file]").set_input_files(str(csv))
    page.get_by_role("button", name="Preview import").click()
    page.get_by_role("button", name="Confirm import").click()
    page.wait_for_url(re.compile(r".*/orgs/oakfield/work/\d+/$"))
    assert "Waiting for the worker" in page.get_by_role("status").inner_text()
    run_worker()  # the real worker, in this process; the page polls for the result
    page.get_by_text("Imported 2 people: 2 new, 0 updated.").wait_for()
    page.get_by_role("link", name="Open the directory").click()
    page.wait_for_url(re.compile(r".*/orgs/oakfield/people/"))
    assert Person.objects.count() == 2
