"""Done when: an expired web-log record is purged by the schedule, and the purge is in
the audit log. The real scheduler queues the daily job, a real worker runs it, and the
administrator reads what it did in Chromium: on the retention page and in the audit log."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from portal.conftest import NOW
from portal.jobs.models import JobRun, RunStatus
from portal.jobs.scheduler import schedule_due_jobs
from portal.monitoring.models import WebLogEntry
from portal.retention.tests.conftest import WebLog, remaining
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = BROWSER_TEST


def test_the_daily_job_purges_an_expired_web_log_and_the_audit_log_says_so(
    live_server: Any,
    browser: Any,
    alice: User,
    web_log: WebLog,
    run_worker: Callable[[], None],
) -> None:
    expired, kept = web_log(400, user="s-expired"), web_log(30, user="s-kept")
    schedule_due_jobs(now=NOW)  # the jobs are scheduled from now: the purge is due at 02:30
    schedule_due_jobs(now=NOW + timedelta(days=1))
    run_worker()
    run = JobRun.objects.get(job__name="retention.purge")
    assert run.status == RunStatus.SUCCEEDED, run.error
    assert run.summary.startswith("deleted 1,")
    assert remaining(WebLogEntry) == {kept.pk}

    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    sign_in(page, live_server.url, "alice", "alice-password", device=second_factor_device(alice))
    page.wait_for_url(re.compile(r".*/dashboard/$"))
    page.get_by_role("link", name="Retention and legal holds").first.click()
    row = page.get_by_role("row", name=re.compile("Web-filter records"))
    assert "1 year (default)" in row.inner_text()
    assert "1 deleted, 0 anonymised" in row.inner_text()

    page.goto(f"{live_server.url}/orgs/oakfield/audit/?verb=retention.purge")
    table = page.get_by_role("table").inner_text()
    assert "retention.purge" in table and '"kind": "web_logs"' in table
    assert '"deleted": 1' in table and "system" in table
    assert expired.pk not in remaining(WebLogEntry)
