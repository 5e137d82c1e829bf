"""A real browser for the portal's tests: Debian's chromium driven by Playwright.

Never ``playwright install``: the browser is the Debian package (``deps/apt-packages.txt``).
Tests that use the ``browser`` fixture (``portal/conftest.py``) mark themselves with
``pytestmark = BROWSER_TEST`` and are skipped where chromium or Playwright is missing.

The fixture's browser is a :class:`PolicyWatch`: every page it opens reports what the
Content-Security-Policy refused, and the test fails at its end if anything was (an
inline script or style, something from elsewhere), whatever the test itself checked.
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


class PolicyWatch:
    """A Playwright ``Browser`` whose pages report Content-Security-Policy violations.

    Chromium logs each refusal to the console ("Refused to apply inline style because it
    violates the following Content Security Policy directive..."); every page made by
    ``new_page`` or a context made by ``new_context`` is watched. Everything else is the
    browser's own."""

    def __init__(self, browser: Any) -> None:
        self._browser = browser
        self.violations: list[str] = []

    def _watch(self, target: Any) -> Any:
        target.on("console", self._console)
        return target

    def _console(self, message: Any) -> None:
        text = message.text
        if "Content Security Policy" in text:
            url = message.location.get("url", "") if message.location else ""
            self.violations.append(f"{url}: {text}")

    def new_page(self, *args: Any, **kwargs: Any) -> Any:
        return self._watch(self._browser.new_page(*args, **kwargs))

    def new_context(self, *args: Any, **kwargs: Any) -> Any:
        return self._watch(self._browser.new_context(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)
