"""Every page a person uses, in a real browser: nothing scrolls sideways on a 390-pixel
phone, and axe-core finds no accessibility violation, on a phone and on a desktop.

axe-core is the copy the ``axe-playwright-python`` package ships, injected into each page
from disk (nothing is fetched). Drives Debian's chromium through Playwright; skipped where
either is missing. The pages hold a little of everything, including long unbroken
addresses and search terms, which are what push a narrow page sideways.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

import pytest
from django.utils import timezone

from policyguard.webfilter import DecisionRecord
from portal.decisions.actions import decide_event
from portal.jobs.scheduler import sync_jobs
from portal.moderation.actions import add_official_account, submit_draft
from portal.monitoring.actions import add_list_entry, ingest_records, request_unblock
from portal.monitoring.models import MonitoringReport, WebLogEntry
from portal.monitoring.report_actions import make_report
from portal.monitoring.reports import weekly_period
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = BROWSER_TEST

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
LONG_URL = "https://www.example-with-a-very-long-host-name.co.uk/" + "a-long-path-segment/" * 8

PAGES = [
    "/",
    "/orgs/oakfield/",
    "/orgs/oakfield/dashboard/",
    "/inbox/",
    "/orgs/oakfield/duties/",
    "/orgs/oakfield/people/",
    "/orgs/oakfield/people/L001/",
    "/orgs/oakfield/people/import/",
    "/orgs/oakfield/decisions/",
    "/orgs/oakfield/decisions/ask/",
    "/orgs/oakfield/decisions/ask/connection/",
    "/orgs/oakfield/decisions/ask/media/",
    "/orgs/oakfield/decisions/ask/profile/",
    "/orgs/oakfield/decisions/ask/report/",
    "/orgs/oakfield/decisions/ask/json/",
    "/orgs/oakfield/audit/",
    "/orgs/oakfield/moderation/",
    "/orgs/oakfield/moderation/mine/",
    "/orgs/oakfield/moderation/new/",
    "/orgs/oakfield/moderation/import/",
    "/orgs/oakfield/monitoring/requests/",
    "/orgs/oakfield/monitoring/lists/",
    "/orgs/oakfield/monitoring/ingest/",
    "/orgs/oakfield/monitoring/alerts/",
    "/orgs/oakfield/monitoring/review/",
    "/orgs/oakfield/monitoring/review/entries/",
    "/orgs/oakfield/monitoring/review/print/",
    "/orgs/oakfield/monitoring/reports/",
    "/orgs/oakfield/monitoring/reports/live/",
    "/orgs/oakfield/monitoring/reports/{report}/",
    "/orgs/oakfield/monitoring/people/L001/",
    "/orgs/oakfield/accounts/",
    "/orgs/oakfield/accounts/requests/",
    "/orgs/oakfield/accounts/request/",
    "/orgs/oakfield/accounts/activity/",
    "/orgs/oakfield/consents/",
    "/orgs/oakfield/consents/import/",
    "/orgs/oakfield/takedown/",
    "/orgs/oakfield/takedown/new/",
    "/orgs/oakfield/report/",
    "/orgs/oakfield/my-reports/",
    "/orgs/oakfield/concerns/",
    "/orgs/oakfield/cases/",
    "/orgs/oakfield/retention/",
    "/orgs/oakfield/policy/",
    "/orgs/oakfield/policy/guide/",
    "/orgs/oakfield/policy/acknowledgements/",
    "/orgs/oakfield/policy/versions/",
    "/orgs/oakfield/policy/publish/",
    "/orgs/oakfield/policy/review/",
    "/orgs/oakfield/policy/filtering/",
    "/orgs/oakfield/training/",
    "/orgs/oakfield/training/mine/",
    "/orgs/oakfield/training/declarations/",
    "/orgs/oakfield/monitoring/test-url/",
    f"/blocked?org=oakfield&url={LONG_URL}&category=social_networks&reason=rule&clauses=OAK-01",
]
# The scheduled jobs' pages are for the site's superusers.
SUPERUSER_PAGES = ["/jobs/", "/jobs/duties.escalate_overdue/"]


def _record(**fields: Any) -> DecisionRecord:
    data: dict[str, Any] = {
        "at": "2026-11-21T09:30:00Z",
        "device": "learner_pc",
        "device_id": "lab1-pc07",
        "client_ip": "10.10.1.7",
        "user": "s123456",
        "audience": "learner",
        "url": LONG_URL,
        "outcome": "allow",
    }
    data.update(fields)
    return DecisionRecord.model_validate(data)


@pytest.fixture
def everything(oakfield: Organisation, alice: User, directory: dict[str, Person]) -> None:
    """A little of every record, so that no page is only its empty state."""
    event = {
        "kind": "connection",
        "at": "2026-11-21T10:00:00+00:00",
        "actor": "T001",
        "target": "L002",
        "action": "friend_request",
        "platform": "facebook",
    }
    decide_event(organisation=oakfield, event=json.dumps(event), acting_user=alice)
    account = add_official_account(
        organisation=oakfield, name="@OakfieldCollege", platform="x", acting_user=None
    )
    submit_draft(account=account, text=f"Open day on Saturday: {LONG_URL}", acting_user=alice)
    ingest_records(
        organisation=oakfield,
        records=[
            _record(search_site="google", search_term="revision" * 20),
            _record(outcome="block", reason="rule", category="social_networks"),
            _record(
                search_site="bing",
                search_term="how to kms",
                terms=[{"category": "self_harm", "severity": "high", "term": "kms"}],
                alert=True,
            ),
        ],
        acting_user=None,
    )
    request_unblock(
        organisation=oakfield,
        url=LONG_URL,
        category="social_networks",
        entry="example-with-a-very-long-host-name.co.uk",
        reason="rule",
        clauses=["OAK-01"],
        message="Needed for coursework " * 10,
        acting_user=None,
    )
    add_list_entry(
        organisation=oakfield,
        tier="deny",
        kind="url_prefix",
        value=LONG_URL,
        category="custom",
        acting_user=alice,
    )
    Person.objects.filter(organisation=oakfield, external_id="L001").update(
        network_username="s123456"
    )
    make_report(
        organisation=oakfield,
        period=weekly_period(datetime(2026, 11, 23, 7, tzinfo=timezone.get_current_timezone())),
        acting_user=None,
    )


def _signed_in(browser: Any, base: str, viewport: dict[str, int], username: str = "alice") -> Any:
    page = browser.new_context(viewport=viewport).new_page()
    page.set_default_timeout(15_000)
    user = User.objects.get(username=username)
    # Administrators (alice, root) sign in with a second factor; staff (bob) with a password.
    device = second_factor_device(user) if username in ("alice", "root") else None
    sign_in(page, base, username, f"{username}-password", device=device)
    page.wait_for_url(re.compile(r".*/$"))
    return page


# The innermost elements that reach past the right edge: what to fix when a page is wide.
_WIDE_ELEMENTS = """
() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .filter(e => ![...e.children].some(c =>
      c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
  .slice(0, 5)
  .map(e => `too wide: <${e.tagName.toLowerCase()} class="${e.className}">`
            + ` ${e.textContent.trim().slice(0, 40)}`)
"""


def _violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']}: {v['help']} ({', '.join(str(n['target']) for n in v['nodes'][:3])})"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize(("viewport", "name"), [(PHONE, "phone"), (DESKTOP, "desktop")])
def test_no_page_scrolls_sideways_or_fails_axe(
    live_server: Any, browser: Any, everything: None, viewport: dict[str, int], name: str
) -> None:
    User.objects.create_superuser("root", password="root-password")
    sync_jobs(now=timezone.now())
    problems: dict[str, list[str]] = {}
    page = _signed_in(browser, live_server.url, viewport)
    report = MonitoringReport.objects.get().pk
    pages = [(page, path.replace("{report}", str(report))) for path in PAGES]
    root = _signed_in(browser, live_server.url, viewport, "root")
    pages += [(root, path) for path in SUPERUSER_PAGES]
    for page, path in pages:
        response = page.goto(f"{live_server.url}{path}")
        if response is None or response.status != 200:
            problems[path] = [f"answered {response.status if response else 'nothing'}"]
            continue
        found = _violations(page)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            found.append(f"scrolls sideways by {overflow} px at {viewport['width']} px")
            found.extend(page.evaluate(_WIDE_ELEMENTS))
        if found:
            problems[path] = found
    assert problems == {}, f"on a {name}: {json.dumps(problems, indent=2)}"


def test_a_member_asks_a_guided_question_on_a_phone(
    live_server: Any, browser: Any, bob: User, directory: dict[str, Person]
) -> None:
    """bob picks his report from the search box, asks, and reads the decision page."""
    page = _signed_in(browser, live_server.url, PHONE, "bob")
    page.goto(f"{live_server.url}/orgs/oakfield/decisions/ask/")
    page.get_by_role("link", name="May I connect with someone?").click()
    who = page.get_by_label("Who", exact=True)
    who.press_sequentially("Sia", delay=50)
    # A locator, not wait_for_function: that evaluates a string, which the pages'
    # Content-Security-Policy refuses (no 'unsafe-eval').
    page.locator("#people-found option").first.wait_for(state="attached")
    options = page.eval_on_selector_all("#people-found option", "os => os.map(o => o.value)")
    assert options == ["Sian Cole (S002)"]
    who.fill(options[0])
    page.get_by_label("What do you want to do?").select_option("follow")
    page.get_by_label("Where").fill("instagram")
    page.get_by_role("button", name="Ask").click()
    page.wait_for_url(re.compile(r".*/decisions/\d+/$"))
    assert "Decision" in page.get_by_role("heading", level=1).inner_text()
    assert _violations(page) == []


# The test server shares one in-memory SQLite connection between its threads, so the
# browser's parallel image requests can collide there (never on a real database): an
# image that came back broken is asked for once more, on its own, before it is measured.
_CHART_SIZES = """
async () => {
  const found = [];
  for (const i of [...document.images].filter(i => i.src.includes('.svg'))) {
    if (!i.complete || i.naturalWidth === 0) {
      await new Promise(done => {
        i.onload = done; i.onerror = done;
        i.src = i.src + (i.src.includes('?') ? '&' : '?') + 'again=1';
      });
    }
    found.push([i.getAttribute('src'), i.naturalWidth]);
  }
  return found;
}
"""


def test_the_dashboard_and_reports_show_their_charts(
    live_server: Any, browser: Any, everything: None
) -> None:
    """The charts are SVG images drawn on the server: each one loads and has a size, on
    the dashboard (the last seven days) and on a weekly report, on a phone."""
    page = _signed_in(browser, live_server.url, PHONE)
    report = MonitoringReport.objects.get().pk
    for path, least in (
        ("/orgs/oakfield/dashboard/", 3),
        (f"/orgs/oakfield/monitoring/reports/{report}/", 4),
        ("/orgs/oakfield/people/L001/", 0),
    ):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("load")
        charts = page.evaluate(_CHART_SIZES)
        assert len(charts) >= least, (path, charts)
        assert all(width > 0 for _, width in charts), (path, charts)
    page.get_by_role("link", name="Web history").click()
    page.wait_for_load_state("load")
    assert "Web history: Dave Dunn" in page.get_by_role("heading", level=1).inner_text()
    charts = page.evaluate(_CHART_SIZES)
    assert len(charts) == 1 and charts[0][1] > 0
    assert _violations(page) == []


def test_the_log_reviewer_marks_a_learner_day_reviewed(
    live_server: Any, browser: Any, everything: None
) -> None:
    """The log review as its reviewer uses it: from the organisation's page to the review, the
    learner-day's button, the confirmation; the day then no longer waits for review, and
    every record of it is marked with the reviewer's name."""
    page = _signed_in(browser, live_server.url, DESKTOP)
    page.goto(f"{live_server.url}/orgs/oakfield/")
    page.get_by_role("link", name="Log review 3 waiting").click()
    page.wait_for_load_state("load")
    button = page.get_by_role("button", name="Mark s123456's 21 Nov reviewed")
    button.click()
    page.wait_for_load_state("load")
    assert "Marked 3 item(s) of s123456 reviewed." in page.locator("body").inner_text()
    assert page.get_by_role("button", name="Mark s123456's 21 Nov reviewed").count() == 0
    assert page.get_by_role("link", name="Log review 3 waiting").count() == 0
    entries = WebLogEntry.objects.filter(organisation__slug="oakfield", user="s123456")
    assert entries.count() == 3
    assert set(entries.values_list("reviewed_by__username", flat=True)) == {"alice"}
    assert _violations(page) == []
