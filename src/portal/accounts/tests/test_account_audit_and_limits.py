"""Account changes, sign-ins and failed sign-ins are audited; password reset and the
public block page are throttled on an atomic counter; sessions expire when idle."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import time_machine
from django.core import mail
from django.test import Client

from portal.accounts.throttle import hit
from portal.audit.models import AuditEntry
from portal.clientip import client_ip
from portal.conftest import NOW
from portal.testing.auth import SecondFactorClient
from portal.types import User


def test_admin_changes_to_users_are_audited(db: None) -> None:
    root = User.objects.create_superuser(username="root", password="a-long-passphrase-1")
    client = SecondFactorClient()
    client.force_login(root)
    client.post(
        "/admin/auth/user/add/",
        {
            "username": "newbie",
            "password1": "tandem kettle orchard",
            "password2": "tandem kettle orchard",
            "usable_password": "true",
        },
    )
    newbie = User.objects.get(username="newbie")
    added = AuditEntry.objects.get(verb="user.add", object_id=str(newbie.pk))
    assert added.actor == root
    newbie.is_superuser = True
    newbie.save()
    granted = AuditEntry.objects.get(verb="user.change", object_id=str(newbie.pk))
    assert granted.detail["changed"] == {"is_superuser": True}
    client.post(
        f"/admin/auth/user/{newbie.pk}/password/",
        {
            "password1": "another long phrase",
            "password2": "another long phrase",
            "usable_password": "true",
        },
    )
    changed = AuditEntry.objects.get(verb="user.password.change", object_id=str(newbie.pk))
    assert changed.actor == root


def test_sign_ins_failures_and_password_changes_are_audited(bob: User) -> None:
    client = Client()
    client.post("/accounts/login/", {"username": "bob", "password": "nope"})
    failed = AuditEntry.objects.get(verb="signin.failed")
    assert failed.detail["username"] == "bob" and failed.actor is None
    client.post("/accounts/login/", {"username": "bob", "password": "bob-password"})
    assert AuditEntry.objects.filter(verb="signin.login", actor=bob).exists()
    client.post(
        "/accounts/password_change/",
        {
            "old_password": "bob-password",
            "new_password1": "tandem kettle orchard",
            "new_password2": "tandem kettle orchard",
        },
    )
    assert AuditEntry.objects.get(verb="user.password.change").actor == bob


def test_password_reset_is_throttled(bob: User, settings: Any) -> None:
    bob.email = "bob@oakfield.test"
    bob.save()
    client = Client()
    answers = [
        client.post("/accounts/password_reset/", {"email": "bob@oakfield.test"}).status_code
        for _ in range(4)
    ]
    assert answers == [302, 302, 302, 429]
    assert len(mail.outbox) == 3


def test_a_session_ends_after_eight_idle_hours(bob: User) -> None:
    client = Client()
    client.post("/accounts/login/", {"username": "bob", "password": "bob-password"})
    with time_machine.travel(NOW + timedelta(hours=7), tick=False):
        assert client.get("/orgs/oakfield/").status_code == 200  # activity renews it
    with time_machine.travel(NOW + timedelta(hours=14), tick=False):
        assert client.get("/orgs/oakfield/").status_code == 200
    with time_machine.travel(NOW + timedelta(hours=22, minutes=1), tick=False):
        assert client.get("/orgs/oakfield/").status_code == 302


def test_the_counter_counts_every_hit(db: None) -> None:
    assert [hit("k", per=60) for _ in range(3)] == [1, 2, 3]
    with time_machine.travel(NOW + timedelta(minutes=2), tick=False):
        assert hit("k", per=60) == 1  # a new window


def test_only_the_trusted_proxies_are_believed(rf: Any, settings: Any) -> None:
    settings.POLICYGUARD_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.POLICYGUARD_TRUSTED_PROXIES = 1
    # The client wrote the first address itself; the proxy appended the one it saw.
    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.9, 10.0.0.5")
    assert client_ip(request) == "10.0.0.5"
    settings.POLICYGUARD_TRUSTED_PROXIES = 2
    assert client_ip(request) == "203.0.113.9"
