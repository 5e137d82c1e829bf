"""Two-factor sign-in: who must use it, enrolment with recovery codes, and the pages it
guards. ``Client()`` here is Django's plain client: it signs in with a password only."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.http import HttpRequest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.secondfactor import needs_second_factor
from portal.audit.models import AuditEntry
from portal.conftest import NOW
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.testing.auth import SecondFactorClient, current_code, second_factor_device
from portal.types import User

ALERTS = "/orgs/elmbrook/monitoring/alerts/"


def _password_only(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_who_needs_a_second_factor(
    alice: User, bob: User, charlie: User, dave: User, oakfield: Organisation
) -> None:
    hr = User.objects.create_user(username="harriet")
    set_membership(organisation=oakfield, user=hr, roles=["staff", "hr"], acting_user=None)
    staff = User.objects.create_user(username="sid", is_staff=True)
    assert [needs_second_factor(u) for u in (alice, charlie, hr, staff)] == [True] * 4
    assert [needs_second_factor(u) for u in (bob, dave)] == [False, False]


def test_a_dsl_cannot_reach_safeguarding_pages_with_a_password_alone(charlie: User) -> None:
    client = _password_only(charlie)
    for url in (ALERTS, "/orgs/elmbrook/", "/orgs/elmbrook/people/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/two-factor/enrol/?next=")


def test_staff_without_a_sensitive_role_sign_in_with_a_password(bob: User) -> None:
    assert _password_only(bob).get("/orgs/oakfield/").status_code == 200


def test_a_dsl_enrols_gets_recovery_codes_and_reaches_the_alerts(charlie: User) -> None:
    client = _password_only(charlie)
    page = client.get("/accounts/two-factor/enrol/?next=" + ALERTS)
    assert page.status_code == 200 and "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=charlie, confirmed=False)
    done = client.post(
        "/accounts/two-factor/enrol/", {"code": current_code(device), "next": ALERTS}
    ).content.decode()
    codes = re.findall(r"<li><code>(\w+)</code></li>", done)
    assert len(codes) == 10
    assert client.get(ALERTS).status_code == 200
    assert AuditEntry.objects.filter(verb="signin.second_factor_enrol", actor=charlie).exists()

    # Next time: password, then a recovery code (each works once).
    again = _password_only(charlie)
    assert again.get(ALERTS)["Location"].startswith("/accounts/two-factor/?next=")
    wrong = again.post("/accounts/two-factor/", {"code": "000000", "next": ALERTS})
    assert wrong.status_code == 200 and "not right" in wrong.content.decode()
    # django-otp makes each wrong code wait longer before the next try.
    with time_machine.travel(NOW + timedelta(seconds=5), tick=False):
        right = again.post("/accounts/two-factor/", {"code": codes[0], "next": ALERTS})
    assert right["Location"] == ALERTS
    assert again.get(ALERTS).status_code == 200
    third = _password_only(charlie)
    reused = third.post("/accounts/two-factor/", {"code": codes[0], "next": ALERTS})
    assert reused.status_code == 200  # refused: that code is spent


def test_a_dsl_with_a_verified_second_factor_reads_the_alerts(charlie: User) -> None:
    verified = Client()
    verified.force_login(charlie)
    session = verified.session
    session["otp_device_id"] = second_factor_device(charlie).persistent_id
    session.save()
    assert verified.get(ALERTS).status_code == 200


def test_the_admin_needs_a_second_factor(db: None) -> None:
    admin = User.objects.create_superuser(username="root", password="a-long-passphrase-1")
    client = _password_only(admin)
    assert client.get("/admin/").status_code == 302
    verified = Client()
    verified.force_login(admin)
    session = verified.session
    session["otp_device_id"] = second_factor_device(admin).persistent_id
    session.save()
    assert verified.get("/admin/").status_code == 200


def test_a_wrong_password_five_times_locks_the_account_out(bob: User, settings: Any) -> None:
    client = Client()
    for _ in range(5):
        client.post("/accounts/login/", {"username": "bob", "password": "wrong"})
    locked = client.post("/accounts/login/", {"username": "bob", "password": "bob-password"})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    assert AuditEntry.objects.filter(verb="signin.failed").count() >= 5


def test_the_test_client_login_needs_a_request(bob: User) -> None:
    # django-axes refuses to count a sign-in it cannot place; pass the request.
    client = Client()
    assert client.login(request=HttpRequest(), username="bob", password="bob-password")


@pytest.mark.parametrize("password", ["Summer2026", "Password1!", "qwerty2025", "12345678901"])
def test_common_passwords_with_numbers_are_refused(password: str) -> None:
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_good_passphrase_passes() -> None:
    from django.contrib.auth.password_validation import validate_password

    validate_password("tandem kettle orchard")


def test_the_alert_role_needs_a_second_factor_whatever_it_is_called(db: None) -> None:
    """Safeguarding alerts are safeguarding data: a pack that sends them to a role outside
    ``SECOND_FACTOR_ROLES`` makes that role's holders sign in with a second factor too,
    on every page, not only the alerts."""
    import yaml

    from portal.organisations.actions import create_organisation
    from portal.testing import pack_text

    pack: dict[str, Any] = yaml.safe_load(pack_text("oakfield"))
    pack["roles"]["welfare_officer"] = {"title": "Welfare Officer"}
    pack["web"] = {"search_terms": {"clauses": ["OAK-01"], "alert_role": "welfare_officer"}}
    oakfield = create_organisation(
        slug="oakfield",
        name="Oakfield College",
        pack_slug="oakfield",
        pack_yaml=yaml.safe_dump(pack, sort_keys=False),
        acting_user=None,
    )
    wendy = User.objects.create_user(username="wendy")
    set_membership(
        organisation=oakfield, user=wendy, roles=["staff", "welfare_officer"], acting_user=None
    )
    assert needs_second_factor(wendy)
    client = _password_only(wendy)
    for url in ("/orgs/oakfield/monitoring/alerts/", "/orgs/oakfield/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/two-factor/enrol/?next=")
    verified = SecondFactorClient()
    verified.force_login(wendy)
    assert verified.get("/orgs/oakfield/monitoring/alerts/").status_code == 200
