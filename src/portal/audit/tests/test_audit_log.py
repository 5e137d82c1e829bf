"""The audit log page is for an organisation's administrators only."""

from __future__ import annotations

from django.test import Client

from portal.audit.models import AuditEntry
from portal.organisations.models import Organisation
from portal.types import User


def test_an_administrator_reads_the_log(client: Client, alice: User) -> None:
    client.force_login(alice)
    page = client.get("/orgs/oakfield/audit/").content.decode()
    assert "organisation.create" in page
    assert "membership.set" in page


def test_it_holds_only_the_organisations_own_entries(
    client: Client, alice: User, charlie: User
) -> None:
    client.force_login(alice)
    page = client.get("/orgs/oakfield/audit/").content.decode()
    assert "charlie" not in page  # Charlie's membership is Elmbrook's business.


def test_others_may_not_read_it(
    client: Client, bob: User, charlie: User, oakfield: Organisation
) -> None:
    client.force_login(bob)
    assert client.get("/orgs/oakfield/audit/").status_code == 403
    client.force_login(charlie)
    assert client.get("/orgs/oakfield/audit/").status_code == 404


def test_entries_survive_their_actor(alice: User) -> None:
    count = AuditEntry.objects.filter(actor_name="alice").count()
    alice.delete()
    assert AuditEntry.objects.filter(actor_name="alice", actor=None).count() == count
