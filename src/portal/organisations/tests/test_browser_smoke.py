"""A browser walks through the portal: sign in, read the pack, fail an import.

Runs Debian's chromium through Playwright (never ``playwright install``); skipped where
either is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from portal.organisations.models import Organisation
from portal.types import User

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed"),
]


@pytest.fixture
def page(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls
    # happen outside it, so Django's guard against async misuse can stand down.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()
    _end_live_server_sessions()


def _end_live_server_sessions() -> None:
    # The live server answers each browser connection in its own thread, which holds a
    # database connection until the browser's keep-alive socket closes. On PostgreSQL a
    # session left behind stops the test database from being dropped, so end them here.
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


def test_a_member_signs_in_and_reads_the_policy(
    live_server: Any, page: Any, alice: User, oakfield: Organisation, tmp_path: Path
) -> None:
    alice.set_password("correct horse battery")
    alice.save(update_fields=["password"])
    page.goto(f"{live_server.url}/orgs/oakfield/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/orgs/oakfield/")
    assert page.get_by_role("heading", level=1).inner_text() == "Oakfield College"
    assert "Review overdue" in page.get_by_role("alert").inner_text()

    page.get_by_role("link", name="Import people").click()
    bad = tmp_path / "people.csv"
    bad.write_text("id,name\nS1,\n", encoding="utf-8")
    page.get_by_label("People file (CSV, UTF-8)").set_input_files(str(bad))
    page.get_by_role("button", name="Import").click()
    assert "Nothing was imported: 1 problem" in page.get_by_role("alert").inner_text()
