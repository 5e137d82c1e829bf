"""Edits made in the Django admin are audited like actions."""

from __future__ import annotations

from django.test import Client

from portal.apitokens.actions import create_api_token
from portal.audit.models import AuditEntry
from portal.organisations.models import Organisation
from portal.types import User


def test_a_change_in_the_admin_writes_an_audit_row(client: Client, oakfield: Organisation) -> None:
    root = User.objects.create_superuser("root")
    client.force_login(root)
    response = client.post(
        f"/admin/organisations/organisation/{oakfield.pk}/change/",
        {
            "slug": "oakfield",
            "name": "Oakfield College of Arts",
            "pack_slug": "oakfield",
            "pack_yaml": oakfield.pack_yaml,
            "pack_version": oakfield.pack_version,
            "created_at_0": "2026-11-21",
            "created_at_1": "10:00:00",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = AuditEntry.objects.get(verb="admin.change")
    assert (entry.actor_name, entry.organisation) == ("root", oakfield)
    assert "name" in entry.detail["fields"]


def test_revoking_tokens_in_the_admin_is_audited(client: Client, alice: User) -> None:
    row, _ = create_api_token(user=alice, name="x", acting_user=alice)
    root = User.objects.create_superuser("root")
    client.force_login(root)
    client.post(
        "/admin/apitokens/apitoken/",
        {"action": "revoke", "_selected_action": [str(row.pk)]},
    )
    row.refresh_from_db()
    assert row.revoked_at is not None
    assert AuditEntry.objects.filter(verb="apitoken.revoke", actor=root).exists()
