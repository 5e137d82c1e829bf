"""A real browser for the portal's tests: Debian's chromium driven by Playwright.

Never ``playwright install``: the browser is the Debian package (``deps/apt-packages.txt``).
Tests that use the ``browser`` fixture (``portal/conftest.py``) mark themselves with
``pytestmark = BROWSER_TEST`` and are skipped where chromium or Playwright is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

# Headless as root in a sandbox with no network: no GPU, no sandbox, and no background
# traffic (the machine refuses it, and chromium would otherwise retry at every start).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

BROWSER_TEST = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed"),
]


def end_live_server_sessions() -> None:
    """End the database sessions the live server's threads still hold.

    Each thread keeps its connection while the browser's keep-alive socket is open; on
    PostgreSQL a session left behind stops the test database from being dropped.
    """
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


def sign_in(page: Any, base: str, username: str, password: str, *, device: Any = None) -> None:
    """Sign in on the page as a person does; with ``device`` (a TOTPDevice, see
    ``portal.testing.auth.second_factor_device``) also enter its current code."""
    from portal.testing.auth import current_code

    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    if device is not None:
        page.get_by_label("Code").fill(current_code(device))
        page.get_by_role("button", name="Continue").click()
