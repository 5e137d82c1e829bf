"""In a real browser: The DSL adds a block entry, watches the lists page say when it is live,
then asks Test a URL what the proxies answer for it now."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = BROWSER_TEST


def test_a_block_entry_goes_live_and_test_a_url_shows_it(
    live_server: Any,
    browser: Any,
    vts_dsl: User,
    run_worker: Callable[[], None],
) -> None:
    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    sign_in(
        page, live_server.url, "vts-dsl", "vts-dsl-password", device=second_factor_device(vts_dsl)
    )
    page.goto(f"{live_server.url}/orgs/vts/monitoring/lists/")
    page.get_by_label("Tier").select_option("deny")
    page.get_by_label("Value").fill("www.bbc.co.uk")
    page.get_by_role("button", name="Add").click()
    page.get_by_text("Added bbc.co.uk to the deny list.").wait_for()
    assert "Publishing" in page.locator("#lists-status").inner_text()
    run_worker()  # the real worker; the page asks again until the change is live
    page.locator("#lists-status").get_by_text("All changes are live").wait_for()
    page.get_by_role("link", name="Test a URL").first.click()
    page.get_by_label("URL").fill("https://www.bbc.co.uk/news")
    page.get_by_label("Who asks").select_option("learner")
    page.get_by_role("button", name="Test").click()
    answer = page.locator(".answer").first.inner_text()
    assert "block" in answer and "block list" in answer
