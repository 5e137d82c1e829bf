"""The leaders' chart (pygal SVG) in Chromium under the Content-Security-Policy: drawn
with its own style, nothing refused (the ``browser`` fixture fails on any refusal)."""

from __future__ import annotations

from typing import Any

from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in

pytestmark = BROWSER_TEST


def test_the_leaders_chart_is_drawn_under_the_policy(
    live_server: Any, browser: Any, wcuc: dict[str, Any]
) -> None:
    page = browser.new_page()
    ada = wcuc["ada"]  # an administrator: a second factor
    sign_in(page, live_server.url, "ada", "ada-password-9x", device=second_factor_device(ada))
    response = page.goto(f"{live_server.url}/orgs/wcuc/cases/leaders/")
    assert response is not None and response.status == 200
    chart = page.locator("figure.chart svg")
    assert chart.count() == 1
    # pygal's stylesheet applied: its background rectangle is painted white, not black.
    background = page.locator("figure.chart svg .background").first
    assert background.evaluate("e => getComputedStyle(e).fill") == "rgb(255, 255, 255)"
