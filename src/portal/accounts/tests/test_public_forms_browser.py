"""The sign-in forms in a real browser (Chromium through Playwright), each from the page
a person starts on to the result: a password reset from the e-mail's link, enrolling an
authenticator from the key the page shows, a code and a recovery code at sign-in, and
the lockout after too many wrong passwords. The ``browser`` fixture also fails a test
whose pages break the Content-Security-Policy (the QR code page among them).

Who: bob (Oakfield staff, no second factor needed) and charlie (Elmbrook DSL, who must
use one); see ``portal/conftest.py``."""

from __future__ import annotations

import re
from base64 import b32decode
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

from portal.testing.auth import current_code, second_factor_device
from portal.testing.browser import BROWSER_TEST
from portal.types import User

pytestmark = BROWSER_TEST

ALERTS = "/orgs/elmbrook/monitoring/alerts/"


@pytest.fixture
def page(browser: Any) -> Any:
    return browser.new_page()


def _password(user: User, password: str, email: str = "") -> None:
    user.set_password(password)
    if email:
        user.email = email
    user.save()


def _sign_in(page: Any, base: str, username: str, password: str, path: str = "/") -> None:
    page.goto(f"{base}{path}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def _a_few_seconds_later() -> None:
    """The portal's clock is frozen in tests (``portal/conftest.py``); move it on, as a
    person who mistyped a code waits before the next try."""
    moved = time_machine.travel(timezone.now() + timedelta(seconds=5), tick=False)
    moved.start()
    _LATER.append(moved)


_LATER: list[Any] = []


@pytest.fixture(autouse=True)
def _back_in_time() -> Iterator[None]:
    yield
    while _LATER:
        _LATER.pop().stop()


def _alert_text(page: Any) -> str:
    """The page's alerts, once the answer to the form has drawn one (all_inner_texts alone
    does not wait, and under load it read the page before the answer arrived)."""
    page.wait_for_load_state()
    page.get_by_role("alert").first.wait_for()
    return " ".join(page.get_by_role("alert").all_inner_texts())


def test_a_forgotten_password_is_reset_from_the_e_mailed_link(
    live_server: Any, page: Any, bob: User
) -> None:
    _password(bob, "old horse battery staple", email="bob@oakfield.test")
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_role("link", name="Forgotten your password?").click()
    page.get_by_label("Email").fill("bob@oakfield.test")
    page.get_by_role("button", name="Send the reset link").click()
    page.wait_for_url("**/password_reset/done/")
    assert [m.to for m in mail.outbox] == [["bob@oakfield.test"]]
    link = re.search(r"https?://\S+/accounts/reset/\S+/", str(mail.outbox[0].body))
    assert link is not None, mail.outbox[0].body
    page.goto(re.sub(r"^https?://[^/]+", live_server.url, link.group(0)))
    page.get_by_label("New password", exact=True).fill("Summer2026")  # refused: common
    page.get_by_label("New password confirmation").fill("Summer2026")
    page.get_by_role("button", name="Set the new password").click()
    assert "common" in page.content().lower()
    page.get_by_label("New password", exact=True).fill("a ferret in the bike shed")
    page.get_by_label("New password confirmation").fill("a ferret in the bike shed")
    page.get_by_role("button", name="Set the new password").click()
    page.wait_for_url("**/reset/done/")
    _sign_in(page, live_server.url, "bob", "a ferret in the bike shed", "/accounts/login/")
    page.wait_for_url(lambda url: "/accounts/" not in url)  # signed in: off to his work
    assert page.get_by_role("button", name="Sign out").is_visible()


def test_reset_requests_past_the_limit_are_refused_on_the_page(
    live_server: Any, page: Any, bob: User, settings: Any
) -> None:
    settings.POLICYGUARD_PASSWORD_RESETS_PER_HOUR = 2
    for _ in range(2):
        page.goto(f"{live_server.url}/accounts/password_reset/")
        page.get_by_label("Email").fill("someone@oakfield.test")
        page.get_by_role("button", name="Send the reset link").click()
        page.wait_for_url("**/password_reset/done/")
    page.goto(f"{live_server.url}/accounts/password_reset/")
    page.get_by_label("Email").fill("someone@oakfield.test")
    with page.expect_response(re.compile(r"/password_reset/$")) as answer:
        page.get_by_role("button", name="Send the reset link").click()
    assert answer.value.status == 429
    assert "Too many reset requests; try again in an hour." in page.content()


def test_a_dsl_enrols_from_the_key_on_the_page_and_keeps_the_recovery_codes(
    live_server: Any, page: Any, charlie: User
) -> None:
    _password(charlie, "charlie horse battery")
    _sign_in(page, live_server.url, "charlie", "charlie horse battery", ALERTS)
    page.wait_for_url(re.compile(r".*/accounts/two-factor/enrol/\?next="))
    assert page.locator(".qr svg").is_visible()  # the QR code is drawn, under the policy
    key = page.locator("code.key").inner_text().replace(" ", "")
    # What the authenticator app computes from the key (the page's own text).
    code = f"{totp(b32decode(key), step=30, t0=0, digits=6):06d}"
    page.get_by_label("Code", exact=True).fill("000000" if code != "000000" else "111111")
    page.get_by_role("button", name="Turn on two-step sign-in").click()
    assert "That code is not right" in _alert_text(page)
    _a_few_seconds_later()  # django-otp makes a retry wait a second after a wrong code
    page.get_by_label("Code", exact=True).fill(code)
    page.get_by_role("button", name="Turn on two-step sign-in").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Two-step sign-in is on"
    shown = page.locator(".recovery-codes code").all_inner_texts()
    assert len(shown) == 10
    assert sorted(shown) == sorted(
        StaticToken.objects.filter(device__user=charlie).values_list("token", flat=True)
    )
    page.get_by_role("link", name="Continue").click()
    page.wait_for_url(f"{live_server.url}{ALERTS}")
    assert "alert" in page.get_by_role("heading", level=1).inner_text().lower()


def test_a_dsl_signs_in_with_a_code_or_once_with_each_recovery_code(
    live_server: Any, page: Any, charlie: User
) -> None:
    _password(charlie, "charlie horse battery")
    device = second_factor_device(charlie)
    recovery = StaticDevice.objects.create(user=charlie, name="recovery codes", confirmed=True)
    recovery.token_set.create(token="rc1234ab")

    # A wrong code, then a recovery code instead of the phone.
    _sign_in(page, live_server.url, "charlie", "charlie horse battery", ALERTS)
    page.wait_for_url(re.compile(r".*/accounts/two-factor/\?next="))
    page.get_by_label("Code", exact=True).fill("12345")
    page.get_by_role("button", name="Continue").click()
    assert "That code is not right, or it has been used" in _alert_text(page)
    _a_few_seconds_later()
    page.get_by_label("Code", exact=True).fill("rc1234ab")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"{live_server.url}{ALERTS}")
    page.get_by_role("button", name="Sign out").click()

    # The same recovery code does not work twice; the authenticator's code does.
    _sign_in(page, live_server.url, "charlie", "charlie horse battery", ALERTS)
    page.get_by_label("Code", exact=True).fill("rc1234ab")
    page.get_by_role("button", name="Continue").click()
    assert "it has been used" in _alert_text(page)
    _a_few_seconds_later()
    page.get_by_label("Code", exact=True).fill(current_code(device))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"{live_server.url}{ALERTS}")


def test_too_many_wrong_passwords_pause_signing_in_with_a_way_out(
    live_server: Any, page: Any, bob: User, settings: Any
) -> None:
    _password(bob, "bob horse battery staple")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _sign_in(page, live_server.url, "bob", "wrong password", "/accounts/login/")
        assert "did not match" in _alert_text(page)
    _sign_in(page, live_server.url, "bob", "wrong password", "/accounts/login/")
    assert page.get_by_role("heading", level=1).inner_text() == "Signing in is paused"
    # Even the right password waits now; the page offers a reset instead.
    _sign_in(page, live_server.url, "bob", "bob horse battery staple", "/accounts/login/")
    assert "too many wrong passwords" in _alert_text(page).lower()
    page.get_by_role("link", name="Reset your password").click()
    page.wait_for_url("**/accounts/password_reset/")
