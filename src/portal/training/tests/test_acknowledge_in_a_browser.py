"""Done when: a new pack version makes staff acknowledge again, and a manager sees who has
not. The administrator publishes version test.2 on its page (preview, then publish); Bob,
who manages Sian, is asked again with what changed, sees that Sian has not acknowledged,
and acknowledges himself; all in Chromium."""

from __future__ import annotations

import re
from typing import Any

import pytest

from portal.compliance.actions import digest, pack_text, record_pack_version
from portal.organisations.models import Organisation
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.training.acknowledging import state_of
from portal.training.actions import acknowledge_policy
from portal.training.tests.conftest import NEW_OAK_01, next_version
from portal.types import User

pytestmark = [*BROWSER_TEST, pytest.mark.clause("VTS-17", "WCUC-03")]


def test_a_new_version_asks_staff_again_and_the_manager_sees_who_has_not(
    live_server: Any, browser: Any, oakfield: Organisation, alice: User, bob: User, sian: User
) -> None:
    record_pack_version(organisation=oakfield, acting_user=None)
    for user in (bob, sian):
        acknowledge_policy(
            organisation=oakfield, digest=digest(pack_text(oakfield)[0]), acting_user=user
        )

    admin = browser.new_context().new_page()
    admin.set_default_timeout(15_000)
    sign_in(admin, live_server.url, "alice", "alice-password", device=second_factor_device(alice))
    admin.goto(f"{live_server.url}/orgs/oakfield/policy/publish/")
    admin.get_by_label("The new pack (YAML)").fill(next_version())
    admin.get_by_role("button", name="Preview").click()
    preview = admin.get_by_role("region", name=re.compile("Check before publishing"))
    assert NEW_OAK_01 in preview.inner_text()
    assert (
        "staff and student will be asked to read and acknowledge it again" in preview.inner_text()
    )
    admin.get_by_role("button", name="Publish version test.2").click()
    admin.wait_for_url(re.compile(r".*/policy/versions/$"))
    assert (
        "Asked again: staff and student"
        in admin.get_by_role("region", name="Version test.2").inner_text()
    )

    page = browser.new_context().new_page()
    page.set_default_timeout(15_000)
    sign_in(page, live_server.url, "bob", "bob-password")
    page.get_by_role("link", name=re.compile("^The policy")).first.click()
    asked = page.get_by_role("region", name="Please read this version and acknowledge it")
    assert NEW_OAK_01 in asked.inner_text()

    page.get_by_role("link", name=re.compile("^My team and the policy")).first.click()
    row = page.get_by_role("row", name=re.compile("Sian Cole"))
    assert "not yet" in row.inner_text() and "test.2" in row.inner_text()

    page.get_by_role("link", name=re.compile("^The policy")).first.click()
    page.get_by_role("button", name="I have read and understood version test.2").click()
    assert "you acknowledged version test.2" in page.get_by_role("status").first.inner_text()
    assert not state_of(bob, oakfield).pending and state_of(sian, oakfield).pending
