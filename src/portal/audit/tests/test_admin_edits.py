"""Edits made in the Django admin are audited like actions."""

from __future__ import annotations

from django.test import Client
from django.utils import timezone

from portal.apitokens.actions import create_api_token
from portal.audit.models import AuditEntry
from portal.decisions.actions import decide_event
from portal.decisions.models import Decision
from portal.monitoring.models import SafeguardingAlert, WebLogEntry
from portal.officialaccounts.actions import add_official_account
from portal.organisations.models import Organisation
from portal.people.models import Person
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


def test_deleting_several_in_the_admin_writes_a_row_for_each(
    client: Client, oakfield: Organisation, directory: dict[str, Person]
) -> None:
    root = User.objects.create_superuser("root")
    client.force_login(root)
    chosen = [directory["L002"].pk, directory["P001"].pk]
    response = client.post(
        "/admin/people/person/",
        {
            "action": "delete_selected",
            "_selected_action": [str(pk) for pk in chosen],
            "post": "yes",
        },
    )
    assert response.status_code == 302
    assert not Person.objects.filter(pk__in=chosen).exists()
    deleted = AuditEntry.objects.filter(verb="admin.delete", actor=root)
    assert sorted(int(e.object_id) for e in deleted) == sorted(chosen)


def test_records_cannot_be_deleted_in_the_admin(
    client: Client, oakfield: Organisation, directory: dict[str, Person]
) -> None:
    # Decisions, posts, web logs and safeguarding alerts are records: nobody deletes them
    # by hand, audited or not.
    record, _ = decide_event(
        organisation=oakfield,
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
    log = WebLogEntry.objects.create(
        organisation=oakfield, content_hash="h", at=timezone.now(), url="u", outcome="allow"
    )
    alert = SafeguardingAlert.objects.create(
        organisation=oakfield,
        log_entry=log,
        routed_role="dsl",
        term="t",
        category="self_harm",
        severity="high",
        at=timezone.now(),
    )
    root = User.objects.create_superuser("root")
    client.force_login(root)
    for url in (
        f"/admin/decisions/decision/{record.pk}/delete/",
        f"/admin/monitoring/safeguardingalert/{alert.pk}/delete/",
        f"/admin/monitoring/weblogentry/{log.pk}/delete/",
    ):
        assert client.post(url, {"post": "yes"}).status_code == 403, url
    assert Decision.objects.filter(pk=record.pk).exists()
    assert SafeguardingAlert.objects.filter(pk=alert.pk).exists()


def test_correcting_an_official_account_in_the_admin_is_audited(
    client: Client, oakfield: Organisation
) -> None:
    account = add_official_account(
        organisation=oakfield, name="@Oak", platform="x", acting_user=None
    )
    root = User.objects.create_superuser("root")
    client.force_login(root)
    # Accounts come onto the register through a request and its approval, never the admin.
    assert client.get("/admin/officialaccounts/officialaccount/add/").status_code == 403
    response = client.post(
        f"/admin/officialaccounts/officialaccount/{account.pk}/change/",
        {"organisation": oakfield.pk, "name": "@OakCollege", "platform": "x", "area": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    account.refresh_from_db()
    assert account.name == "@OakCollege"
    entry = AuditEntry.objects.get(verb="admin.change")
    assert entry.object_id == str(account.pk) and entry.organisation == oakfield
