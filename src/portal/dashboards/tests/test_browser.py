"""Each demo role signs in, in a real browser, and lands on a dashboard of its own work.

Loads the demo for NCLT (the pack with an IT role) and signs in as the demo logins, as a
newcomer would after ``make run``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from portal.accounts.secondfactor import needs_second_factor
from portal.conftest import TODAY
from portal.demo import DEMO_PASSWORD, load_demo
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = BROWSER_TEST

# login → panels that must be there, panels that must not
EXPECTED = {
    "nclt-dsl": (["Safeguarding alerts", "My duties", "Log review"], ["Drafts waiting"]),
    "nclt-moderator": (["Drafts waiting", "My duties"], ["Safeguarding alerts", "Log review"]),
    "nclt-it-manager": (["Review requests", "Web lists", "Log review"], ["Safeguarding alerts"]),
    "nclt-hr": (["My duties", "People"], ["Safeguarding alerts", "Drafts waiting"]),
    "nclt-line-manager": (["My duties"], ["Safeguarding alerts", "Review requests"]),
    "nclt-student": (["Decisions"], ["People", "Drafts waiting", "Safeguarding alerts"]),
    "nclt-admin": (["Safeguarding alerts", "Drafts waiting", "Review requests", "Audit log"], []),
}


@pytest.fixture
def demo(transactional_db: None) -> None:
    load_demo(today=TODAY, slugs=["nclt"])


def _sign_in(browser: Any, base: str, username: str) -> Any:
    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    page.set_default_timeout(15_000)
    user = User.objects.get(username=username)
    device = second_factor_device(user) if needs_second_factor(user) else None
    sign_in(page, base, username, DEMO_PASSWORD, device=device)
    page.wait_for_url(re.compile(r".*/orgs/nclt/dashboard/$"))
    return page


@pytest.mark.parametrize("login", sorted(EXPECTED))
def test_each_demo_role_lands_on_its_own_work(
    live_server: Any, browser: Any, demo: None, login: str
) -> None:
    page = _sign_in(browser, live_server.url, login)
    assert "Your work at" in page.get_by_role("heading", level=1).inner_text()
    panels = page.locator("li.panel h2").all_inner_texts()
    present, absent = EXPECTED[login]
    for title in present:
        assert any(p.startswith(title) for p in panels), (login, title, panels)
    for title in absent:
        assert not any(p.startswith(title) for p in panels), (login, title, panels)
    # Each item a panel lists is a line of it, not a box of its own.
    for item in page.locator("li.panel li").all():
        assert item.evaluate("e => getComputedStyle(e).borderTopStyle") == "none", login
    # The policy's clauses are one click away, from the navigation; its text (to read and
    # acknowledge) is "The policy", a name no other link of the navigation shares.
    nav = page.locator("nav.org")
    names = [
        re.sub(r"[\d\s]+$", "", n).lower().removeprefix("the ")
        for n in nav.get_by_role("link").all_inner_texts()
    ]
    assert len(set(names)) == len(names), (login, names)
    nav.get_by_role("link", name="Policy clauses", exact=True).click()
    page.wait_for_url(re.compile(r".*/orgs/nclt/$"))
    # Nothing scrolls sideways on a phone.
    page.go_back()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, (login, width)
