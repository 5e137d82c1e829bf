"""The landing page lists only the organisations the user belongs to; a member of one
goes straight to its dashboard."""

from __future__ import annotations

from django.test import Client

from portal.organisations.models import Organisation
from portal.types import User


def test_it_lists_the_users_organisations(
    client: Client, alice: User, elmbrook: Organisation
) -> None:
    client.force_login(alice)
    page = client.get("/", follow=True).content.decode()
    assert "Oakfield College" in page
    assert "Elmbrook Sixth Form" not in page


def test_it_says_when_there_are_none(client: Client, db: None) -> None:
    client.force_login(User.objects.create_user("nobody"))
    assert "not a member of any organisation" in client.get("/").content.decode()


def test_superusers_see_every_organisation(
    client: Client, oakfield: Organisation, elmbrook: Organisation
) -> None:
    client.force_login(User.objects.create_superuser("root"))
    page = client.get("/").content.decode()
    assert "Oakfield College" in page and "Elmbrook Sixth Form" in page
