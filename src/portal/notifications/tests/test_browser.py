"""In a real browser: the unread count in the header, the inbox, and opening a
notification, which leads to its page and marks it read."""

from __future__ import annotations

import re
from typing import Any

from portal.notifications.actions import notify
from portal.organisations.models import Organisation
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = BROWSER_TEST


def test_a_member_sees_the_count_opens_the_inbox_and_follows_the_link(
    live_server: Any, browser: Any, bob: User, alice: User, oakfield: Organisation
) -> None:
    # transactional (the browser fixture): notify's on-commit delivery runs at once.
    notify(
        recipients=[bob, alice],
        can_open=lambda user: user == bob,
        organisation=oakfield,
        kind="test.event",
        title="A decision asks you to disclose a contact",
        link="/orgs/oakfield/",
    )
    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("bob")
    page.get_by_label("Password").fill("bob-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r".*/dashboard/$"))
    inbox_link = page.get_by_role("link", name=re.compile(r"^Inbox"))
    assert inbox_link.get_by_text("1").is_visible()
    inbox_link.click()
    page.get_by_role("link", name="A decision asks you to disclose a contact").click()
    page.wait_for_url(re.compile(r".*/orgs/oakfield/$"))
    assert "Oakfield" in page.get_by_role("heading", level=1).inner_text()
    assert page.get_by_role("link", name=re.compile(r"^Inbox")).inner_text().strip() == "Inbox"

    other = browser.new_context().new_page()
    other.set_default_timeout(15_000)
    sign_in(other, live_server.url, "alice", "alice-password", device=second_factor_device(alice))
    other.wait_for_url(re.compile(r".*/dashboard/$"))
    other.goto(f"{live_server.url}/inbox/")
    assert "Nothing new." in other.content()  # alice could not open the page: not told
