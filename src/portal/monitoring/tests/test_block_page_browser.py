"""The public block page in a real Chromium: a learner asks for a review and sees that it
was sent. Chromium sends ``Origin: null`` with a form posted from a page served with
``Referrer-Policy: no-referrer``, which Django's CSRF check refuses, so only a real
browser shows whether the form works at all."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pytest

from portal.monitoring.models import UnblockRequest
from portal.organisations.models import Organisation
from portal.testing.browser import BROWSER_TEST

pytestmark = BROWSER_TEST


@pytest.fixture
def page(browser: Any) -> Any:
    opened = browser.new_page()
    opened.set_default_timeout(10_000)
    return opened


def test_a_learner_asks_for_a_review_and_sees_it_was_sent(
    live_server: Any, page: Any, oakfield: Organisation
) -> None:
    query = urlencode(
        {
            "url": "https://www.instagram.com/explore",
            "outcome": "block",
            "reason": "rule",
            "category": "social_networks",
            "entry": "instagram.com",
            "clauses": "OAK-01",
            "org": "oakfield",
        }
    )
    page.goto(f"{live_server.url}/blocked?{query}")
    page.get_by_label("Why do you need this page?").fill("Research for my media studies essay.")
    page.get_by_role("button", name="Ask for a review").click()
    page.wait_for_url("**/blocked/requested")
    assert page.get_by_role("heading", level=1).inner_text() == "Your request has been sent"
    request = UnblockRequest.objects.get()
    assert request.url == "https://www.instagram.com/explore"
    assert request.message == "Research for my media studies essay."
