"""load_demo: one organisation per bundled pack, people, logins; safe to run twice."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.http import HttpRequest
from django.test import Client

from policyguard import bundled_slugs
from portal.apitokens.models import ApiToken
from portal.apitokens.queries import user_for_token
from portal.decisions.actions import decide_event
from portal.organisations.models import Membership, Organisation
from portal.people.models import Person
from portal.types import User


def test_it_is_idempotent(db: None, capsys: pytest.CaptureFixture[str]) -> None:
    call_command("load_demo", "--force")
    first = capsys.readouterr().out
    counts = (
        Organisation.objects.count(),
        Person.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
    )
    call_command("load_demo", "--force")
    second = capsys.readouterr().out
    assert counts == (
        Organisation.objects.count(),
        Person.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
    )
    assert sorted(Organisation.objects.values_list("slug", flat=True)) == bundled_slugs()
    assert "none (already there)" in second
    # Each run prints a new token and revokes the one before.
    tokens = [out.split("replaced on every load_demo):\n")[1].split()[0] for out in (first, second)]
    assert user_for_token(tokens[0]) is None
    assert user_for_token(tokens[1]) is not None
    # One live token for the trust administrator, one per institution's administrator.
    assert ApiToken.objects.filter(revoked_at=None).count() == 1 + len(bundled_slugs())


def test_demo_logins_work_and_see_their_organisation(client: Client, db: None) -> None:
    call_command("load_demo", "--force")
    slug = bundled_slugs()[0]
    assert client.login(
        request=HttpRequest(), username=f"{slug}-student", password="policyguard-demo"
    )
    assert client.get(f"/orgs/{slug}/").status_code == 200
    assert client.get(f"/orgs/{slug}/people/").status_code == 403


def test_demo_people_make_real_decisions(db: None) -> None:
    call_command("load_demo", "--force")
    for organisation in Organisation.objects.all():
        _, decision = decide_event(
            organisation=organisation,
            event={
                "kind": "connection",
                "at": "2026-11-21T10:00:00+00:00",
                "actor": "S002",
                "target": "L001",
                "action": "friend_request",
                "platform": "facebook",
            },
            acting_user=None,
        )
        # Every seed forbids staff befriending a current student on a personal account.
        assert decision.outcome.value != "allow", organisation.slug


def test_it_refuses_outside_debug_mode(db: None, settings: object) -> None:
    settings.DEBUG = False  # type: ignore[attr-defined]
    with pytest.raises(CommandError, match="refusing"):
        call_command("load_demo")


def test_it_prints_the_site_url_an_e_mail_for_every_dsl_and_a_token_per_institution(
    client: Client, db: None, capsys: pytest.CaptureFixture[str], settings: object
) -> None:
    settings.POLICYGUARD_SITE_URL = "http://127.0.0.1:8123"  # type: ignore[attr-defined]
    call_command("load_demo", "--force")
    out = capsys.readouterr().out
    assert "at http://127.0.0.1:8123/" in out and "http://127.0.0.1:8000" not in out
    for slug in bundled_slugs():
        assert User.objects.get(username=f"{slug}-dsl").email == f"{slug}-dsl@demo.example.org"
        line = next(line for line in out.splitlines() if line.strip().startswith(f"{slug} "))
        token = line.split()[-1]
        listed = client.get("/api/v1/orgs", HTTP_AUTHORIZATION=f"Bearer {token}")
        assert [o["slug"] for o in listed.json()] == [slug]  # its own institution only
