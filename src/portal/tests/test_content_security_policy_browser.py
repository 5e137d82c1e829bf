"""The Content-Security-Policy in Chromium: pages that the other browser tests do not
open (the admin, the jobs, the inbox and duties) load under it with nothing refused, and
the watch that fails every browser test on a refusal does see one.

The pages every person uses are walked by ``test_pages_in_a_browser.py``, the sign-in,
two-factor and reset forms by ``accounts/tests/test_public_forms_browser.py``; the
``browser`` fixture (``portal.testing.browser.PolicyWatch``) fails each on a refusal."""

from __future__ import annotations

from typing import Any

from portal.organisations.models import Organisation
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, PolicyWatch, sign_in
from portal.types import User

pytestmark = BROWSER_TEST

ADMIN_PAGES = [
    "/admin/",
    "/admin/organisations/organisation/",
    "/admin/organisations/organisation/{oakfield}/change/",
    "/admin/auth/user/",
    "/admin/auth/user/add/",
    "/jobs/",
    "/inbox/",
    "/orgs/oakfield/duties/",
]


def test_the_admin_and_the_other_pages_load_with_nothing_refused(
    live_server: Any, browser: PolicyWatch, oakfield: Organisation, alice: User
) -> None:
    root = User.objects.create_superuser("root", password="root horse battery staple")
    page = browser.new_page()
    sign_in(
        page,
        live_server.url,
        "root",
        "root horse battery staple",
        device=second_factor_device(root),
    )
    for path in ADMIN_PAGES:
        response = page.goto(live_server.url + path.format(oakfield=oakfield.pk))
        assert response is not None and response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        # The admin's own scripts ran (they are files under /static/, which the policy
        # allows): its theme toggle is drawn by them.
        if path == "/admin/":
            assert page.locator("button.theme-toggle").count() == 1
    assert browser.violations == []


def test_the_watch_sees_an_inline_style_refused(live_server: Any, browser: Any, db: None) -> None:
    page = browser.new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">inline</p>')"
    )
    page.wait_for_timeout(200)  # the console message arrives after the insertion
    assert any("style-src" in v for v in browser.violations), browser.violations
    browser.violations.clear()  # seen: the fixture would otherwise fail this test
