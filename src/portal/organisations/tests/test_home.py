"""The organisation home page: the pack's clauses by kind, roles, review date, access."""

from __future__ import annotations

import pytest
from django.test import Client

from policyguard import bundled_slugs
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.models import Organisation
from portal.types import User


def test_it_shows_clauses_grouped_by_kind(client: Client, alice: User) -> None:
    client.force_login(alice)
    page = client.get("/orgs/oakfield/").content.decode()
    # Headings in the order rule, workflow, guidance, record, with counts.
    positions = [page.index(h) for h in ("Rule (3)", "Workflow (2)", "Guidance (1)", "Record (1)")]
    assert positions == sorted(positions)
    assert "OAK-01" in page
    assert "Staff keep no social media contact with current students." in page


def test_it_shows_roles_with_the_institutions_titles(client: Client, alice: User) -> None:
    client.force_login(alice)
    page = client.get("/orgs/oakfield/").content.decode()
    assert "Head of Communications" in page
    assert "Communications Officer" in page
    assert "<code>account_approver</code>" in page


def test_it_warns_when_the_review_is_overdue(client: Client, alice: User) -> None:
    client.force_login(alice)
    page = client.get("/orgs/oakfield/").content.decode()
    assert "Review overdue" in page
    assert "10 January 2025" in page
    # 2025-01-10 to 2026-11-21.
    assert "680 days ago" in page


def test_it_shows_no_warning_when_the_review_is_not_due(client: Client, charlie: User) -> None:
    client.force_login(charlie)
    page = client.get("/orgs/elmbrook/").content.decode()
    assert "Review overdue" not in page
    assert "15 January 2028" in page
    assert "(not yet due)" in page


def test_it_hides_other_organisations(
    client: Client, charlie: User, oakfield: Organisation
) -> None:
    client.force_login(charlie)
    assert client.get("/orgs/oakfield/").status_code == 404
    assert client.get("/orgs/no-such-place/").status_code == 404


def test_it_asks_anonymous_visitors_to_sign_in(client: Client, oakfield: Organisation) -> None:
    response = client.get("/orgs/oakfield/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_it_shows_a_student_the_pack_but_not_the_directory_link(client: Client, dave: User) -> None:
    client.force_login(dave)
    page = client.get("/orgs/oakfield/").content.decode()
    assert "OAK-01" in page
    assert "/orgs/oakfield/people/" not in page


@pytest.mark.parametrize("slug", bundled_slugs())
def test_it_renders_every_bundled_pack(client: Client, db: None, slug: str) -> None:
    organisation = create_organisation(slug=slug, name=slug, pack_slug=slug, acting_user=None)
    user = User.objects.create_user("reader")
    set_membership(organisation=organisation, user=user, roles=["staff"], acting_user=None)
    client.force_login(user)
    response = client.get(f"/orgs/{slug}/")
    assert response.status_code == 200
    pack = organisation.pack()
    page = response.content.decode()
    assert all(clause.id in page for clause in pack.clauses)
