"""In a real browser: IT uploads a proxy's web log from the monitoring pages, watches
the worker store it, and reads which lines were left out."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from portal.monitoring.models import WebLogEntry
from portal.monitoring.tests.conftest import BLOCKED, record
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = BROWSER_TEST


def test_it_uploads_a_web_log_and_sees_it_stored(
    live_server: Any,
    browser: Any,
    ivan: User,
    run_worker: Callable[[], None],
    tmp_path: Path,
) -> None:
    log = tmp_path / "proxy1.jsonl"
    lines = [json.dumps(record()), "{cut off", json.dumps(record(**BLOCKED))]
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    sign_in(page, live_server.url, "ivan", "ivan-password")
    page.goto(f"{live_server.url}/orgs/oakfield/monitoring/requests/")
    page.get_by_role("link", name="Upload a web log").click()
    page.get_by_label("Web filter log").set_input_files(str(log))
    page.get_by_role("button", name="Upload and store").click()
    page.get_by_role("heading", name="Storing the web log proxy1.jsonl").wait_for()
    assert "Waiting for the worker" in page.get_by_role("status").inner_text()
    run_worker()  # the real worker; the page asks again until the work is done
    page.get_by_text("2 record(s) stored; 0 stored before were skipped.").wait_for()
    problems = page.get_by_role("table").inner_text()
    assert "Left out (the rest was stored)" in problems and "not JSON" in problems
    assert WebLogEntry.objects.count() == 2
    page.get_by_role("link", name="Upload another log").click()
    page.get_by_role("heading", name="Upload a web filter log").wait_for()
